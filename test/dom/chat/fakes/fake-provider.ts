import type { ChatWindow } from '../../../../src/core/chat/chat-adapter.js';

/** A stand-in for a chat provider's browser global that records what it was asked to do. */
export interface FakeProvider {
  /** Every call, as `[method, ...args]` (for queue APIs, the pushed command). */
  calls: unknown[][];
  /** Put the global on `win`, as the provider's snippet/script would. */
  install(win: ChatWindow): void;
  /** Make every later call throw, like a provider broken by an ad blocker or a bad boot. */
  breakIt(): void;
}

/** A recording function `(method, ...args)` that throws once broken. */
export function recorder(): { calls: unknown[][]; fn: (...args: unknown[]) => unknown; breakIt(): void } {
  const calls: unknown[][] = [];
  let broken = false;
  return {
    calls,
    fn: (...args) => {
      if (broken) throw new Error('provider failed');
      calls.push(args);
      return undefined;
    },
    breakIt: () => void (broken = true),
  };
}
