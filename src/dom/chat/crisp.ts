import { attempt, type ChatAdapter, type ProviderOptions } from '../../core/chat/chat-adapter.js';

/**
 * Crisp chatbox: pushes the fields as session data, prefills the message, then shows and opens the
 * chatbox. `$crisp` is an array queue before Crisp loads, so it is usable as soon as the snippet ran.
 * @param options - `win`: where `$crisp` lives
 * @returns the adapter
 */
export function createCrispAdapter({ win = globalThis }: ProviderOptions = {}): ChatAdapter {
  return {
    name: 'crisp',
    supportsOffline: true,
    isAvailable: () => typeof win.$crisp?.push == 'function',
    open: ({ message, fields }) =>
      attempt(() => {
        const push = (command: unknown[]) => win.$crisp.push(command);
        const data = Object.entries(fields);
        if (data.length) push(['set', 'session:data', [data]]);
        if (message) push(['set', 'message:text', [message]]);
        push(['do', 'chat:show']);
        push(['do', 'chat:open']);
      }),
  };
}
