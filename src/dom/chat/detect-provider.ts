import type { ChatWindow } from '../../core/chat/chat-adapter.js';
import type { ProviderName } from '../../core/chat/chat-definition.js';

const GLOBALS = [
  ['intercom', 'Intercom'],
  ['crisp', '$crisp'],
  ['zendesk', 'zE'],
  ['hubspot', 'HubSpotConversations'],
  ['helpscout', 'Beacon'],
] as const;

/**
 * Find the chat widget on the page, for `provider: "auto"`. Checks, in order, Intercom, Crisp,
 * Zendesk, HubSpot and Help Scout globals.
 * @param win - where the globals live
 * @default win globalThis
 * @returns the provider found, or `null`
 */
export function detectProvider(win: ChatWindow = globalThis): ProviderName | null {
  for (const [name, key] of GLOBALS) if (win[key]) return name;
  return null;
}
