type Root = Document | ShadowRoot | Element;

const walk = (
  root: Root,
  [head, ...rest]: string[],
  accept?: (el: Element) => boolean,
  onShadowRoot?: (root: ShadowRoot) => void,
): Element | null => {
  for (const el of root.querySelectorAll(head)) {
    const shadow = el.shadowRoot;
    if (!rest.length) {
      if (!accept || accept(el)) return el;
    } else if (shadow) {
      onShadowRoot?.(shadow);
      const found = walk(shadow, rest, accept, onShadowRoot);
      if (found) return found;
    }
  }
  return null;
};

/**
 * Resolve a selector, or the first match of an ordered list of fallbacks.
 *
 * Each selector may pierce OPEN shadow roots with `>>>`: `"app-shell >>> nav-bar >>> button.search"` is
 * `querySelector('app-shell').shadowRoot.querySelector('nav-bar').shadowRoot.querySelector('button.search')`.
 * A segment may match several hosts: each is tried in document order until the rest resolves.
 * Invalid selectors never throw; they match nothing.
 *
 * @param selectors - a selector, or fallbacks tried in order.
 * @param root - where to search. @default document
 * @param accept - only return elements passing this test (e.g. {@link isVisible}); the next match is tried otherwise.
 * @param onShadowRoot - called with every open shadow root entered along a `>>>` path (used to observe them).
 * @returns the first matching element, or `null`.
 */
export function resolveTarget(
  selectors: string | readonly string[],
  root: Root = document,
  accept?: (el: Element) => boolean,
  onShadowRoot?: (root: ShadowRoot) => void,
): Element | null {
  for (const selector of ([] as string[]).concat(selectors)) {
    try {
      const found = walk(root, String(selector).split('>>>'), accept, onShadowRoot);
      if (found) return found;
    } catch {
      // an invalid selector matches nothing
    }
  }
  return null;
}
