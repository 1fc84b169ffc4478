/** Pixel distances from each edge of the viewport. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Space to keep free at the viewport's edges: one number for every side, or per side (missing sides: 8). */
export type ViewportPadding = number | Partial<Insets>;

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * The part of the viewport a floating element may use: `padding` (default 8 px per side) plus the page's
 * `scroll-padding` on the root element, which is where sites declare their sticky or fixed headers and footers
 * (it also keeps anchor links and `scrollIntoView` clear of them). Percentages resolve against the viewport.
 * @param padding - space kept free at each edge, on top of the page's scroll padding.
 * @param around - the rectangle of the element the floating element points at: when it lies inside a scroll
 * padding band (a button in the sticky header itself), that band shrinks to `gap` beyond it, so the floating
 * element can sit right next to it.
 * @param gap - the distance kept from `around`.
 * @returns the insets per side, in CSS pixels.
 */
export function viewportInsets(padding: ViewportPadding = 8, around?: DOMRect, gap = 0): Insets {
  const html = document.documentElement;
  const style = getComputedStyle(html);
  const [vw, vh] = [html.clientWidth, html.clientHeight];
  const insets = {} as Insets;
  for (const side of SIDES) {
    const value = style.getPropertyValue(`scroll-padding-${side}`);
    const y = side == 'top' || side == 'bottom';
    const own = typeof padding == 'number' ? padding : padding[side] ?? 8;
    // `auto` (the initial value) parses to NaN: no scroll padding.
    const inset = own + ((value.endsWith('%') ? (parseFloat(value) * (y ? vh : vw)) / 100 : parseFloat(value)) || 0);
    const r = around ?? { top: -Infinity, right: Infinity, bottom: Infinity, left: -Infinity };
    const beyond = side == 'top' ? r.bottom : side == 'bottom' ? vh - r.top : side == 'left' ? r.right : vw - r.left;
    insets[side] = Math.min(inset, Math.max(own, beyond + gap));
  }
  return insets;
}
