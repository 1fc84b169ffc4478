import { isVisible } from './is-visible.js';
import { resolveTarget } from './resolve-target.js';

/** Options of {@link waitForTarget}. */
export interface WaitForTargetOptions {
  /** How long to wait, in milliseconds, before giving up with `null`. */
  timeout: number;
  /** Stop waiting (resolves `null`) when aborted. */
  signal?: AbortSignal;
  /** The document to search and observe. @default document */
  root?: Document;
  /** Require the element to be rendered (non-zero box, not `display: none` / `visibility: hidden`). @default true */
  visible?: boolean;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, attributes: true };

/**
 * Resolve a target now, or wait until it appears (or becomes visible), up to `timeout` ms.
 *
 * Observes the document and every open shadow root along the `>>>` paths as their hosts appear,
 * including attribute changes (a class or style can make the target visible). Checks at most once per
 * animation frame, and once more when the time is up. Never rejects; removes its observer, timer and
 * listener when it settles.
 *
 * @param selectors - a selector or ordered fallbacks, see {@link resolveTarget}.
 * @param options - timeout, abort signal, root and visibility requirement.
 * @returns the element, or `null` on timeout or abort.
 */
export function waitForTarget(
  selectors: string | readonly string[],
  { timeout, signal, root = document, visible = true }: WaitForTargetOptions,
): Promise<Element | null> {
  return new Promise((resolve) => {
    let frame = 0;
    // observing a node again only replaces its options, so roots met on every check are fine
    const observe = (node: Node) => observer.observe(node, OBSERVE);
    const find = () => resolveTarget(selectors, root, visible ? isVisible : undefined, observe);
    const check = () => {
      frame = 0;
      const el = find();
      if (el) done(el);
    };
    const observer = new MutationObserver(() => (frame ||= requestAnimationFrame(check)));
    const timer = setTimeout(() => done(find()), Math.min(timeout, 2 ** 31 - 1));
    const abort = () => done(null);
    const done = (el: Element | null) => {
      observer.disconnect();
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      signal?.removeEventListener('abort', abort);
      resolve(el);
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    observe(root);
    check();
  });
}
