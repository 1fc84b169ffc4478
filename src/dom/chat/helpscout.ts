import { attempt, type ChatAdapter, type ProviderOptions } from '../../core/chat/chat-adapter.js';

/**
 * Help Scout Beacon: adds the fields as session data (shown to the agent with the conversation),
 * prefills the contact form's subject and text, then opens Beacon on the message screen.
 * @param options - `win`: where `Beacon` lives
 * @returns the adapter
 */
export function createHelpScoutAdapter({ win = globalThis }: ProviderOptions = {}): ChatAdapter {
  return {
    name: 'helpscout',
    supportsOffline: true,
    isAvailable: () => typeof win.Beacon == 'function',
    open: ({ message, fields, subject }) =>
      attempt(() => {
        win.Beacon(
          'session-data',
          Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, String(value)])),
        );
        win.Beacon('prefill', subject ? { subject, text: message } : { text: message });
        win.Beacon('open');
        win.Beacon('navigate', '/ask/message/');
      }),
  };
}
