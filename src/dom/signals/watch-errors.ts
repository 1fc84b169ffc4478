import { listen } from '../listen.js';

/**
 * Call back for every uncaught error and unhandled promise rejection of the page (`window` `error` and
 * `unhandledrejection` events). Resource load errors (which do not bubble to `window`) are not counted.
 * @param onError - called once per error.
 * @param win - the window to watch. @default window
 * @returns the cleanup.
 */
export function watchErrors(onError: () => void, win: Window = window): () => void {
  const a = listen(win, 'error', () => onError());
  const b = listen(win, 'unhandledrejection', () => onError());
  return () => (a(), b());
}
