type Root = Document | ShadowRoot | Element;

/**
 * Called for every root a `>>>` path enters: an open shadow root, or a same-origin frame's document (`root`
 * is `null` when the frame's document cannot be read: cross-origin, or not there). `host` is the shadow host
 * or the `<iframe>` / `<frame>` element.
 */
export type OnEnterRoot = (root: ShadowRoot | Document | null, host: Element) => void;

/** The document of a same-origin frame element, `null` for a cross-origin one, `undefined` for other elements. */
const frameDocument = (el: Element): Document | null | undefined => {
  if (el.localName != 'iframe' && el.localName != 'frame') return undefined;
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
};

const walk = (
  root: Root,
  [head, ...rest]: string[],
  accept?: (el: Element) => boolean,
  onEnter?: OnEnterRoot,
): Element | null => {
  for (const el of root.querySelectorAll(head)) {
    if (!rest.length) {
      if (!accept || accept(el)) return el;
      continue;
    }
    const inner = el.shadowRoot ?? frameDocument(el);
    if (inner === undefined) continue;
    onEnter?.(inner, el);
    const found = inner && walk(inner, rest, accept, onEnter);
    if (found) return found;
  }
  return null;
};

/**
 * Resolve a selector, or the first match of an ordered list of fallbacks.
 *
 * Each selector may step into OPEN shadow roots and SAME-ORIGIN frames with `>>>`:
 * `"app-shell >>> nav-bar >>> button.search"` is
 * `querySelector('app-shell').shadowRoot.querySelector('nav-bar').shadowRoot.querySelector('button.search')`, and
 * `"iframe#editor >>> .toolbar button"` searches the document of `<iframe id="editor">`. A segment may match
 * several hosts: each is tried in document order until the rest resolves. A cross-origin frame's document cannot
 * be read: its path matches nothing. Invalid selectors never throw; they match nothing.
 *
 * @param selectors - a selector, or fallbacks tried in order.
 * @param root - where to search. @default document
 * @param accept - only return elements passing this test (e.g. {@link isVisible}); the next match is tried otherwise.
 * @param onEnter - called with every shadow root and frame document entered along a `>>>` path (used to observe
 *   them), see {@link OnEnterRoot}.
 * @returns the first matching element, or `null`.
 */
export function resolveTarget(
  selectors: string | readonly string[],
  root: Root = document,
  accept?: (el: Element) => boolean,
  onEnter?: OnEnterRoot,
): Element | null {
  for (const selector of ([] as string[]).concat(selectors)) {
    try {
      const found = walk(root, String(selector).split('>>>'), accept, onEnter);
      if (found) return found;
    } catch {
      // an invalid selector matches nothing
    }
  }
  return null;
}

/**
 * Whether a selector path goes through a frame that cannot be entered (a cross-origin `<iframe>`): the reason
 * to give when its target is missing.
 * @param selectors - a selector or ordered fallbacks, see {@link resolveTarget}.
 * @param root - where to search. @default document
 */
export function blockedByFrame(selectors: string | readonly string[], root: Root = document): boolean {
  let blocked = false;
  resolveTarget(selectors, root, undefined, (inner, host) => (blocked ||= !inner && frameDocument(host) === null));
  return blocked;
}
