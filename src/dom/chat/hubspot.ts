import { attempt, type ChatAdapter, type ProviderOptions } from '../../core/chat/chat-adapter.js';

/**
 * HubSpot chat widget: opens it, loading it first (`widget.load({ widgetOpen: true })`) when the page
 * set `loadImmediately: false`. HubSpot has no API to prefill a message or attach data, so only the
 * widget opens. Ready hook: `window.hsConversationsOnReady`.
 * @param options - `win`: where `HubSpotConversations` lives
 * @returns the adapter
 */
export function createHubSpotAdapter({ win = globalThis }: ProviderOptions = {}): ChatAdapter {
  return {
    name: 'hubspot',
    supportsOffline: true,
    isAvailable: () => !!win.HubSpotConversations?.widget,
    onReady(listener) {
      const queue: unknown[] = Array.isArray(win.hsConversationsOnReady)
        ? win.hsConversationsOnReady
        : (win.hsConversationsOnReady = []);
      queue.push(listener);
      return () => {
        const index = queue.indexOf(listener);
        if (index >= 0) queue.splice(index, 1);
      };
    },
    open: () =>
      attempt(() => {
        const widget = win.HubSpotConversations.widget;
        widget.status().loaded ? widget.open() : widget.load({ widgetOpen: true });
      }),
  };
}
