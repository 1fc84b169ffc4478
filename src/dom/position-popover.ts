import { arrow as arrowMiddleware, autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';
import type { Placement } from '../core/guide-definition.js';

/** How {@link positionPopover} places the floating element. */
export interface PositionOptions {
  /** Preferred side and alignment; flipped to the other side when there is no room. */
  placement: Placement;
  /** Gap between the reference and the floating element, in CSS pixels. @default 10 */
  offset?: number;
  /** An absolutely positioned arrow inside the floating element, moved to point at the reference. */
  arrow?: HTMLElement | null;
}

/**
 * Place `floating` next to `reference` and keep it there while ancestors scroll, things resize or the layout
 * shifts (no per-frame polling, so it costs nothing while idle). Uses fixed positioning, for a floating element
 * in the top layer. Writes `left`/`top`, `data-placement` (the final placement, after flipping) and
 * `data-reference-hidden` (present while the reference is scrolled out of sight) on `floating`, and
 * `left`/`top` on the arrow.
 * @param reference - the element to point at.
 * @param floating - the element to move.
 * @param options - placement, gap and arrow.
 * @param onUpdate - called after each update with the reference's viewport rectangle.
 * @returns cleanup that stops following the reference.
 */
export function positionPopover(
  reference: Element,
  floating: HTMLElement,
  { placement, offset: gap = 10, arrow }: PositionOptions,
  onUpdate?: (referenceRect: DOMRect) => void,
): () => void {
  let live = true;
  const stop = autoUpdate(reference, floating, () =>
    computePosition(reference, floating, {
      // A mistyped placement in the guide ("botom") falls back instead of breaking the maths.
      placement: /^(top|right|bottom|left)(-start|-end)?$/.test(placement) ? placement : 'bottom',
      strategy: 'fixed',
      middleware: [offset(gap), flip(), shift({ padding: 8 }), arrow && arrowMiddleware({ element: arrow, padding: 8 }), hide()],
    }).then(({ x, y, placement: final, middlewareData: data }) => {
      if (!live) return;
      const px = (n?: number) => (n == null ? '' : `${n}px`);
      Object.assign(floating.style, { left: px(x), top: px(y) });
      floating.dataset.placement = final;
      floating.toggleAttribute('data-reference-hidden', !!data.hide?.referenceHidden);
      if (arrow) Object.assign(arrow.style, { left: px(data.arrow?.x), top: px(data.arrow?.y) });
      onUpdate?.(reference.getBoundingClientRect());
    }),
  );
  return () => {
    live = false;
    stop();
  };
}
