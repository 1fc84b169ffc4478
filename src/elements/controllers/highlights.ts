/**
 * The extra highlighted elements of a tour step (`highlight`), found again only when they leave the page.
 * @packageDocumentation
 */
import type { ActiveStep } from '../../core/tour-engine.js';
import { resolveTarget } from '../../dom/resolve-target.js';
import { isVisible } from '../../dom/is-visible.js';
import { extras } from '../tour-extras-loader.js';

/**
 * Track a step's extra highlighted elements between position updates.
 * @param stepOf - the step on screen, if any.
 * @returns a function giving where the step's extra highlighted elements are now (those on the page and visible):
 *   called on every position update, it looks an element found before up again only once it left the page or
 *   stopped being visible.
 */
export function trackHighlights(stepOf: () => ActiveStep['step'] | undefined): () => DOMRect[] {
  // The highlighted elements found for a step (by `highlight` index).
  let lit: { step?: ActiveStep['step']; els: (Element | null)[] } = { els: [] };
  return () => {
    const step = stepOf();
    if (!step?.highlight?.length || !extras) return [];
    const { isAttached, viewportRect } = extras;
    if (lit.step != step) lit = { step, els: [] };
    const { els } = lit;
    return step.highlight.flatMap((t, i) => {
      const known = els[i];
      const el =
        known && isAttached(known) && isVisible(known) ? known : (els[i] = resolveTarget(t, document, isVisible));
      return el ? [viewportRect(el)] : [];
    });
  };
}
