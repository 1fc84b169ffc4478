import type { ChatAdapter, ChatPayload } from '../../core/chat/chat-adapter.js';

/** Options of {@link createCustomAdapter}. */
export interface CustomAdapterOptions {
  /**
   * Whether the app's channel can take a request now.
   * @default () => true
   */
  isAvailable?: () => boolean;
  /**
   * The channel takes requests when nobody is online.
   * @default true
   */
  supportsOffline?: boolean;
}

/**
 * An escalation channel the app provides: `handler` receives the payload. It may return (or resolve
 * to) `false` to say it did not open; a throw or rejection also counts as `false`.
 * @param handler - the app's callback
 * @param options - availability check and offline support
 * @returns the adapter
 */
export function createCustomAdapter(
  handler: (payload: ChatPayload) => unknown,
  { isAvailable = () => true, supportsOffline = true }: CustomAdapterOptions = {},
): ChatAdapter {
  return {
    name: 'custom',
    supportsOffline,
    isAvailable,
    async open(payload) {
      try {
        return (await handler(payload)) !== false;
      } catch {
        return false;
      }
    },
  };
}
