import { isRendered, isVisible } from './is-visible.js';
import { flatParent } from './modal-dialog.js';

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

/** Big enough to point at. */
const seen = (el: Element | null | undefined): el is Element => !!el && isRendered(el) && !invisibleReason(el);

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
  return [...labels, ...named].find(seen) ?? null;
}

/**
 * The nearest visible ancestor of an element (in the flat tree), below `<body>`: the place a user sees
 * around an element they cannot see.
 * @param el - the element.
 * @returns the ancestor, or `null`.
 */
export function visibleAncestor(el: Element): Element | null {
  for (
    let e = flatParent(el);
    e && e != el.ownerDocument.body && e != el.ownerDocument.documentElement;
    e = flatParent(e)
  )
    if (seen(e)) return e;
  return null;
}

/**
 * Whether an element can be a step's or a hint's target: visible ({@link isVisible}), or standing in for a visible
 * label (a hidden checkbox behind a styled `<label>`).
 * @param el - a candidate.
 */
export const isPointable = (el: Element): boolean => isVisible(el) || !!visibleLabel(el);

/** What to point at for a target a user cannot see, and what to say about it. */
export interface StandIn {
  /** Why the target cannot be seen. */
  reason: InvisibleReason;
  /** The visible element to point at instead, or `null` when there is none to use automatically. */
  use: Element | null;
  /** The visible element to suggest as a target (the one in `use`, or the nearest visible ancestor). */
  suggest: Element | null;
}

/**
 * For a target a user cannot see, the visible element that stands in for it: its visible label (a hidden or tiny
 * form control) is used automatically; a 1 × 1 px (or smaller) element without one is replaced by its nearest
 * visible ancestor. Anything else (a thin line, an element that is not rendered) is not replaced, only a
 * visible ancestor suggested.
 * @param el - the target.
 * @returns `undefined` when the target is visible.
 */
export function standInFor(el: Element): StandIn | undefined {
  const reason = invisibleReason(el);
  if (!reason) return undefined;
  const label = visibleLabel(el);
  const r = el.getBoundingClientRect();
  const ancestor = label ? null : visibleAncestor(el);
  const dot = reason == 'tiny' && r.width <= 1 && r.height <= 1;
  return { reason, use: label ?? (dot ? ancestor : null), suggest: label ?? ancestor };
}

/**
 * A short CSS-like description of an element for messages: `input#toggle-all.toggle-all`, `label[for="x"]`.
 * @param el - the element.
 */
export function describeElement(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const classes = [...el.classList]
    .slice(0, 2)
    .map((c) => `.${c}`)
    .join('');
  const forAttr = !id && !classes && el.getAttribute('for') ? `[for="${el.getAttribute('for')}"]` : '';
  return el.localName + id + classes + forAttr;
}

/**
 * What a `target:invisible` event says about a target a user cannot see: why, which element, the visible element
 * to suggest, and whether a stand-in is pointed at instead. One wording for tour steps and hints.
 * @param target - the target.
 * @param standIn - its {@link standInFor} result (or the same shape for a target that never rendered).
 */
export const describeInvisible = (target: Element, { reason, use, suggest }: StandIn) => ({
  reason,
  element: describeElement(target),
  ...(suggest && { suggestion: describeElement(suggest) }),
  substituted: !!use,
});
