import type { ChatAdapter, ChatPayload, ChatWindow } from '../../core/chat/chat-adapter.js';
import type { ChatDefinition, ProviderName } from '../../core/chat/chat-definition.js';
import { createCrispAdapter } from './crisp.js';
import { createCustomAdapter } from './custom.js';
import { detectProvider } from './detect-provider.js';
import { createHelpScoutAdapter } from './helpscout.js';
import { createHubSpotAdapter } from './hubspot.js';
import { createIntercomAdapter } from './intercom.js';
import { createMailtoAdapter } from './mailto.js';
import { createUrlAdapter } from './url.js';
import { createZendeskAdapter } from './zendesk.js';

/** App-side settings of {@link createChatAdapter} (things that do not belong in the guide JSON). */
export interface CreateChatAdapterOptions {
  /**
   * Where provider globals live.
   * @default globalThis
   */
  win?: ChatWindow;
  /** Opens URLs in the current tab (mailto, url). */
  navigate?: (url: string) => unknown;
  /** The app's handler for `provider: "custom"`. */
  custom?: (payload: ChatPayload) => unknown;
  /** Zendesk ticket field ids; see `ZendeskAdapterOptions.fieldIds`. */
  zendeskFieldIds?: Record<string, string | number>;
}

/**
 * The adapter for a guide's `chat` section. With `provider: "auto"` it talks to whichever widget is on
 * the page when asked, so a widget that loads late is still found (pair it with `waitForProvider`).
 * @param chat - the guide's chat section
 * @param options - window, navigation, custom handler, Zendesk field ids
 * @returns the adapter, or `null` for `custom` without a handler or an unknown provider
 */
export function createChatAdapter(chat: ChatDefinition = {}, options: CreateChatAdapterOptions = {}): ChatAdapter | null {
  const { win = globalThis, custom } = options;
  const make = (name: ProviderName): ChatAdapter | null | undefined =>
    name == 'custom'
      ? custom && createCustomAdapter(custom)
      : name == 'mailto'
        ? createMailtoAdapter({ ...options, win, email: chat.email })
        : name == 'url'
          ? createUrlAdapter({ ...options, win, url: chat.url, newTab: chat.newTab, context: chat.urlContext })
          : name == 'zendesk'
            ? createZendeskAdapter({ win, fieldIds: options.zendeskFieldIds })
            : { intercom: createIntercomAdapter, crisp: createCrispAdapter, hubspot: createHubSpotAdapter, helpscout: createHelpScoutAdapter }[
                name as 'intercom'
              ]?.({ win });
  if ((chat.provider ?? 'auto') != 'auto') return make(chat.provider!) ?? null;
  const current = () => {
    const name = detectProvider(win);
    return name && make(name);
  };
  return {
    name: 'auto',
    supportsOffline: true,
    isAvailable: () => !!current()?.isAvailable(),
    open: (payload) => current()?.open(payload) ?? false,
  };
}
