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

/**
 * Why a user cannot see an element: `not-rendered` (`display: none`, `visibility: hidden`, or no size at all),
 * `tiny` (1 CSS pixel or less in width or height, like a visually hidden input).
 */
export type InvisibleReason = 'not-rendered' | 'tiny';

/**
 * Why a user cannot see this element, or `undefined` when they can (as far as its box tells: opacity and clipping
 * are not looked at, so an element fading in is not mistaken for a hidden one).
 * @param el - the element.
 */
export function invisibleReason(el: Element): InvisibleReason | undefined {
  if (!isVisible(el)) return 'not-rendered';
  const r = el.getBoundingClientRect();
  return r.width <= 1 || r.height <= 1 ? 'tiny' : undefined;
}

/**
 * Whether a user can see an element: rendered and bigger than 1 CSS pixel either way (see {@link invisibleReason}).
 * @param el - the element (`null`: false).
 */
export const isSeen = (el: Element | null | undefined): el is Element => !!el && isRendered(el) && !invisibleReason(el);

/**
 * The visible label of a form control: its first visible `<label>` (`labels`), else the first visible element
 * named by `aria-labelledby` (in the control's own tree).
 * @param el - the element.
 * @returns the label, or `null`.
 */
export function visibleLabel(el: Element): Element | null {
  const labels = [...((el as HTMLInputElement).labels ?? [])];
  const root = el.getRootNode() as Document | ShadowRoot;
  const named = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById?.(id));
  return [...labels, ...named].find(isSeen) ?? null;
}

/**
 * Whether an element can be a step's or a hint's target: visible ({@link isVisible}), or standing in for a visible
 * label (a hidden checkbox behind a styled `<label>`).
 * @param el - a candidate.
 */
export const isPointable = (el: Element): boolean => isVisible(el) || !!visibleLabel(el);
