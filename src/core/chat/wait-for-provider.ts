import type { ChatAdapter } from './chat-adapter.js';

/** The part of an `AbortSignal` that {@link waitForProvider} uses (core has no DOM types; a real signal fits). */
export interface AbortSignalLike {
  /** Whether the signal has already aborted. */
  readonly aborted: boolean;
  /** Listen for the abort. */
  addEventListener(type: 'abort', listener: () => void): void;
  /** Stop listening. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Options of {@link waitForProvider}. */
export interface WaitForProviderOptions {
  /**
   * Give up after this many milliseconds.
   * @default 5000
   */
  timeout?: number;
  /**
   * Check `isAvailable` this often, in milliseconds.
   * @default 250
   */
  interval?: number;
  /** Stop waiting (resolves `false`). */
  signal?: AbortSignalLike;
}

/**
 * Wait until a chat provider's widget is on the page. Checks `isAvailable` now, then every
 * `interval` ms and whenever the provider's ready hook fires. Never loads anything itself.
 * @param adapter - the adapter to wait for
 * @param options - timeout, poll interval and abort signal
 * @returns `true` once available; `false` on timeout or abort
 */
export function waitForProvider(
  adapter: ChatAdapter,
  { timeout = 5000, interval = 250, signal }: WaitForProviderOptions = {},
): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      try {
        if (adapter.isAvailable()) done(true);
      } catch {
        // a broken provider global counts as not available yet
      }
    };
    const abort = () => done(false);
    const poll = setInterval(check, interval);
    const timer = setTimeout(abort, timeout);
    let off: (() => void) | undefined;
    let settled = false;
    function done(ok: boolean) {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      off?.();
      signal?.removeEventListener('abort', abort);
      resolve(ok);
    }
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    try {
      off = adapter.onReady?.(check);
    } catch {
      // polling still covers it
    }
    if (settled) off?.();
    check();
  });
}
