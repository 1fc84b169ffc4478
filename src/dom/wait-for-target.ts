import { isVisible } from './is-visible.js';
import { resolveTarget, type OnEnterRoot } from './resolve-target.js';

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
  /** Only accept elements passing this test (replaces `visible`). */
  accept?: (el: Element) => boolean;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, attributes: true };

/**
 * Resolve a target now, or wait until it appears (or becomes visible), up to `timeout` ms.
 *
 * Observes the document and every open shadow root and same-origin frame document along the `>>>` paths as
 * their hosts appear, including attribute changes (a class or style can make the target visible), and the
 * `load` of those frames (a frame's document is replaced when it loads). Checks at most once per animation
 * frame, and once more when the time is up. Never rejects; removes its observers, timer and listeners when it
 * settles.
 *
 * @param selectors - a selector or ordered fallbacks, see {@link resolveTarget}.
 * @param options - timeout, abort signal, root and visibility requirement.
 * @returns the element, or `null` on timeout or abort.
 */
export function waitForTarget(
  selectors: string | readonly string[],
  { timeout, signal, root = document, visible = true, accept = visible ? isVisible : undefined }: WaitForTargetOptions,
): Promise<Element | null> {
  return new Promise((resolve) => {
    let frame = 0;
    const frames = new Set<Element>();
    const schedule = () => (frame ||= requestAnimationFrame(check));
    // observing a node again only replaces its options, so roots met on every check are fine
    const observe = (node: Node) => observer.observe(node, OBSERVE);
    const enter: OnEnterRoot = (inner, host) => {
      if (inner) observe(inner);
      if (!host.shadowRoot && !frames.has(host)) {
        frames.add(host);
        host.addEventListener('load', schedule);
      }
    };
    const find = () => resolveTarget(selectors, root, accept, enter);
    const check = () => {
      frame = 0;
      const el = find();
      if (el) done(el);
    };
    const observer = new MutationObserver(schedule);
    const timer = setTimeout(() => done(find()), Math.min(timeout, 2 ** 31 - 1));
    const abort = () => done(null);
    const done = (el: Element | null) => {
      observer.disconnect();
      frames.forEach((f) => f.removeEventListener('load', schedule));
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
