import type { ChatWindow } from '../../core/chat/chat-adapter.js';
import type { ProviderName } from '../../core/chat/chat-definition.js';

// Each widget's global, and the member its adapter needs (Crisp's queue `push`, HubSpot's `widget`).
const GLOBALS: [ProviderName, string, string?][] = [
  ['intercom', 'Intercom'],
  ['crisp', '$crisp', 'push'],
  ['zendesk', 'zE'],
  ['hubspot', 'HubSpotConversations', 'widget'],
  ['helpscout', 'Beacon'],
];

/**
 * Find the chat widget on the page, for `provider: "auto"`. Checks, in order, Intercom, Crisp,
 * Zendesk, HubSpot and Help Scout globals. Tiny and adapter-free: the adapter of the provider found
 * is loaded only then.
 * @param win - where the globals live
 * @default win globalThis
 * @returns the provider found, or `null`
 */
export function detectProvider(win: ChatWindow = globalThis): ProviderName | null {
  for (const [name, key, member] of GLOBALS) if (member ? win[key]?.[member] : win[key]) return name;
  return null;
}
