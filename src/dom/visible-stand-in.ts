import { invisibleReason, isSeen, visibleLabel, type InvisibleReason } from './is-visible.js';
import { flatParent } from './modal-dialog.js';

// What the hot path needs (is a target pointable, is it invisible) lives in is-visible.ts, which the tour runtime
// loads up front; the rest of this module is loaded only when a target cannot be seen.
export { invisibleReason, isPointable, visibleLabel, type InvisibleReason } from './is-visible.js';

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
    if (isSeen(e)) return e;
  return null;
}

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
