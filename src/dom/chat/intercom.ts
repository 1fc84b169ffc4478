import { attempt, type ChatAdapter, type ProviderOptions } from '../../core/chat/chat-adapter.js';

/**
 * Intercom Messenger: stores the fields as user attributes (`Intercom('update', fields)`), then opens
 * the composer with the message prefilled (`Intercom('showNewMessage', message)`), or the Messenger
 * (`Intercom('show')`) when there is no message. Calls made before the Messenger boots are queued by
 * Intercom's own snippet.
 * @param options - `win`: where `Intercom` lives
 * @returns the adapter
 */
export function createIntercomAdapter({ win = globalThis }: ProviderOptions = {}): ChatAdapter {
  return {
    name: 'intercom',
    supportsOffline: true,
    isAvailable: () => typeof win.Intercom == 'function',
    open: ({ message, fields }) =>
      attempt(() => {
        win.Intercom('update', fields);
        message ? win.Intercom('showNewMessage', message) : win.Intercom('show');
      }),
  };
}
