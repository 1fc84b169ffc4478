/**
 * Whether an element is rendered: not `display: none` (itself or an ancestor, across shadow roots),
 * not `visibility: hidden`. Browsers without `checkVisibility` count every element as rendered.
 * @param el - the element to test.
 */
export const isRendered = (el: Element): boolean => el.checkVisibility?.({ visibilityProperty: true }) ?? true;

/**
 * Whether an element is visible enough to point at: rendered ({@link isRendered}) and with a non-zero
 * box (width or height). Environments without layout (happy-dom, jsdom) report a zero box, so nothing
 * is visible there.
 * @param el - the element to test.
 */
export const isVisible = (el: Element): boolean => {
  const r = el.getBoundingClientRect();
  return (r.width > 0 || r.height > 0) && isRendered(el);
};
