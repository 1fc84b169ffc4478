import type { ChatAdapter, ChatPayload, ChatWindow } from '../../core/chat/chat-adapter.js';
import type { ChatDefinition, ProviderName } from '../../core/chat/chat-definition.js';
import { createCustomAdapter } from './custom.js';
import { detectProvider } from './detect-provider.js';

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

/** What every provider factory gets: the options of all of them, taken from the guide and the app. */
type Settings = CreateChatAdapterOptions & {
  win: ChatWindow;
  email?: string;
  url?: string;
  newTab?: boolean;
  context?: boolean;
  fieldIds?: Record<string, string | number>;
};
type Factory = (settings: Settings) => ChatAdapter;

// One chunk per provider: a page using Intercom downloads only the Intercom adapter.
const providers: Partial<Record<ProviderName, () => Promise<Factory>>> = {
  intercom: () => import('./intercom.js').then((m) => m.createIntercomAdapter),
  crisp: () => import('./crisp.js').then((m) => m.createCrispAdapter),
  zendesk: () => import('./zendesk.js').then((m) => m.createZendeskAdapter),
  hubspot: () => import('./hubspot.js').then((m) => m.createHubSpotAdapter),
  helpscout: () => import('./helpscout.js').then((m) => m.createHelpScoutAdapter),
  mailto: () => import('./mailto.js').then((m) => m.createMailtoAdapter),
  url: () => import('./url.js').then((m) => m.createUrlAdapter),
};

/** An adapter whose provider code loads now, in the background: unavailable until then; `open` waits for it. */
const lazy = (name: ProviderName, settings: Settings): ChatAdapter => {
  let real: ChatAdapter | undefined;
  // A chunk that fails to load leaves the provider unavailable.
  const loaded = providers[name]!().then(
    (make) => void (real = make(settings)),
    () => {},
  );
  return {
    name,
    supportsOffline: true,
    loaded,
    isAvailable: () => !!real?.isAvailable(),
    open: async (payload) => (await loaded, !!real && real.open(payload)),
    // The provider's own ready hook, and once more when its code arrived.
    onReady(listener) {
      let off: (() => void) | undefined;
      let on = true;
      loaded.then(() => on && ((off = real?.onReady?.(listener)), listener()));
      return () => void ((on = false), off?.());
    },
  };
};

/**
 * The adapter for a guide's `chat` section. The provider's code is loaded on demand (a chunk per provider): the
 * adapter reports unavailable until it arrived (`loaded` resolves then) and `open` waits for it. With
 * `provider: "auto"` it talks to whichever widget is on the page when asked (found by {@link detectProvider},
 * whose adapter alone is then loaded), so a widget that loads late is still found (pair it with `waitForProvider`).
 * @param chat - the guide's chat section
 * @param options - window, navigation, custom handler, Zendesk field ids
 * @returns the adapter, or `null` for `custom` without a handler or an unknown provider
 */
export function createChatAdapter(
  chat: ChatDefinition = {},
  options: CreateChatAdapterOptions = {},
): ChatAdapter | null {
  const { win = globalThis, custom } = options;
  const settings: Settings = {
    ...options,
    win,
    email: chat.email,
    url: chat.url,
    newTab: chat.newTab,
    context: chat.urlContext,
    fieldIds: options.zendeskFieldIds,
  };
  const name = chat.provider ?? 'auto';
  if (name == 'custom') return custom ? createCustomAdapter(custom) : null;
  if (name != 'auto') return providers[name] ? lazy(name, settings) : null;
  const made: Record<string, ChatAdapter> = {};
  const current = () => {
    const found = detectProvider(win);
    return found && (made[found] ??= lazy(found, settings));
  };
  return {
    name: 'auto',
    supportsOffline: true,
    isAvailable: () => !!current(),
    open: async (payload) => !!(await current()?.open(payload)),
  };
}
