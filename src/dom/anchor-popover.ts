/** The element each popover was last shown against (its implicit CSS anchor). */
const sources = new WeakMap<HTMLElement, Element | null>();

/**
 * Whether `target` can be the implicit CSS anchor of a popover in `doc`: the browser supports anchor positioning,
 * and the target is on the page in the same document (an element in a frame cannot be an anchor across documents).
 * @param target - the element to anchor to.
 * @param doc - the popover's document.
 */
export const canAnchor = (target: Element | null | undefined, doc: Document = document): target is Element =>
  !!target?.isConnected &&
  target.ownerDocument == doc &&
  typeof CSS != 'undefined' &&
  CSS.supports('position-anchor: auto') &&
  CSS.supports('position-area: bottom');

/**
 * Put a popover in the top layer with `source` as its implicit CSS anchor (`showPopover({ source })`; style it
 * `position-anchor: auto` and place it with `anchor()`), or with none (`null`). An implicit anchor is an element
 * reference, which shadow roots do not stop, unlike `anchor-name`s, which are tree-scoped: a popover in a shadow
 * root cannot see a name set on an element of the page or of another shadow root (Chromium 156). A popover shown
 * against another source is shown again (it moves to the top of the top layer) and gets its focused element back.
 * Never throws: on a disconnected element or where the browser refuses, nothing happens.
 * @param el - the popover element.
 * @param source - its anchor, or `null`.
 * @returns whether the popover is open with `source` as its anchor.
 */
export function showAnchoredPopover(el: HTMLElement | null | undefined, source: Element | null): boolean {
  try {
    if (!el?.isConnected || !el.showPopover) return false;
    const popover = el;
    const open = el.matches(':popover-open');
    if (open && sources.get(el) == source) return true;
    const root = el.getRootNode() as Document | ShadowRoot;
    const focused = open ? root.activeElement : null;
    if (open) el.hidePopover();
    sources.set(el, source);
    (el.showPopover as (options?: { source?: Element }) => void)(source ? { source } : undefined);
    if (focused && popover.contains(focused) && root.activeElement != focused)
      (focused as HTMLElement).focus?.({ preventScroll: true });
    return true;
  } catch {
    if (el) sources.delete(el);
    return false;
  }
}
