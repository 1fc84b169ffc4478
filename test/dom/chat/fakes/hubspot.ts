import type { ChatWindow } from '../../../../src/core/chat/chat-adapter.js';
import type { FakeProvider } from './fake-provider.js';

/**
 * Fake `window.HubSpotConversations` (developers.hubspot.com chat widget SDK): `widget.load(options)`,
 * `widget.open()`, `widget.close()`, `widget.status()` → `{ loaded }`. On install it runs the
 * functions queued in `window.hsConversationsOnReady`, as HubSpot does once its API is initialised.
 * `loaded: false` models `hsConversationsSettings.loadImmediately = false`.
 */
export function fakeHubSpot({ loaded = true } = {}): FakeProvider {
  const calls: unknown[][] = [];
  let broken = false;
  let isLoaded = loaded;
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      if (broken) throw new Error('provider failed');
      calls.push([name, ...args]);
      if (name == 'load') isLoaded = true;
    };
  return {
    calls,
    breakIt: () => void (broken = true),
    install(win: ChatWindow) {
      win.HubSpotConversations = {
        widget: {
          load: record('load'),
          open: record('open'),
          close: record('close'),
          status: () => ({ loaded: isLoaded }),
        },
      };
      for (const callback of win.hsConversationsOnReady ?? []) callback();
    },
  };
}
