import type { ChatWindow } from '../../../../src/core/chat/chat-adapter.js';
import type { FakeProvider } from './fake-provider.js';

/**
 * Fake `window.$crisp` (docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp): before the chatbox
 * loads it is the plain array the snippet creates (`window.$crisp = []`), and pushes queue up; once
 * loaded, `push` runs commands such as `["set", "message:text", [text]]`,
 * `["set", "session:data", [[[key, value], ...]]]`, `["do", "chat:open"]`, `["do", "chat:show"]`.
 * `calls` holds the pushed commands in order, queued or not.
 */
export function fakeCrisp({ loaded = true } = {}): FakeProvider {
  const calls: unknown[][] = [];
  let broken = false;
  const push = (...commands: unknown[][]) => {
    if (broken) throw new Error('provider failed');
    calls.push(...commands);
    return calls.length;
  };
  return {
    calls,
    breakIt: () => void (broken = true),
    install(win: ChatWindow) {
      if (loaded) win.$crisp = { push, is: () => false, get: () => undefined };
      else {
        const queue: unknown[][] = [];
        queue.push = push; // a real array; records what would be replayed on load
        win.$crisp = queue;
      }
    },
  };
}
