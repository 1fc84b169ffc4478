import { isVisible } from './is-visible.js';
import { listen } from './listen.js';
import { resolveTarget } from './resolve-target.js';

/** Options of {@link observeTargets}. */
export interface ObserveTargetsOptions {
  /** The document to search and observe. @default document */
  root?: Document;
  /** Only count elements passing this test. @default isVisible */
  accept?: (el: Element) => boolean;
  /** Called after every check, changed or not (the page changed: things may have moved). */
  onCheck?: () => void;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, attributes: true };

/**
 * Watch many targets at once with ONE `MutationObserver` (on the document and every open shadow root met along
 * `>>>` paths) and one `resize` listener, re-resolving every selector at most once per animation frame.
 * `onChange` is called right away with the first resolution, then only when some target changed: appeared,
 * went, or was replaced by another node (a re-render).
 * @param targets - one selector (or list of fallbacks, see {@link resolveTarget}) per target.
 * @param onChange - receives the element found for each target, in order (`null` where none).
 * @param options - root and acceptance test.
 * @returns cleanup that stops watching.
 */
export function observeTargets(
  targets: readonly (string | readonly string[])[],
  onChange: (found: readonly (Element | null)[]) => void,
  { root = document, accept = isVisible, onCheck }: ObserveTargetsOptions = {},
): () => void {
  let frame = 0;
  let last: (Element | null)[] | undefined;
  const frames = new Map<Element, () => void>();
  // Shadow roots and frame documents met along `>>>` paths are observed too; a frame's load replaces its document.
  const observe = (inner: Node | null, host?: Element) => {
    if (inner) observer.observe(inner, OBSERVE);
    if (host && !host.shadowRoot && !frames.has(host)) frames.set(host, listen(host, 'load', schedule));
  };
  const check = () => {
    frame = 0;
    const found = targets.map((t) => resolveTarget(t, root, accept, observe));
    if (!last || found.some((el, i) => el != last![i])) onChange((last = found));
    onCheck?.();
  };
  const schedule = () => void (frame ||= requestAnimationFrame(check));
  const observer = new MutationObserver(schedule);
  const off = listen(root.defaultView ?? window, 'resize', schedule);
  observe(root);
  check();
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    off();
    frames.forEach((stop) => stop());
  };
}
