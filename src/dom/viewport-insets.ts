/** Pixel distances from each edge of the viewport. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Space to keep free at the viewport's edges: one number for every side, or per side (missing sides: 8). */
export type ViewportPadding = number | Partial<Insets>;

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
  const { clientWidth: vw, clientHeight: vh } = html;
  const { top = -1 / 0, right = 1 / 0, bottom = 1 / 0, left = -1 / 0 } = around ?? {};
  // Per side: the viewport's size along it, and how far `around` reaches from that edge.
  const sides = { top: [vh, bottom], right: [vw, vw - left], bottom: [vh, vh - top], left: [vw, right] };
  const insets = {} as Insets;
  for (const [side, [size, beyond]] of Object.entries(sides) as [keyof Insets, number[]][]) {
    const value = style.getPropertyValue(`scroll-padding-${side}`);
    const own = typeof padding == 'number' ? padding : (padding[side] ?? 8);
    // `auto` (the initial value) parses to NaN: no scroll padding.
    const inset = own + ((value.endsWith('%') ? (parseFloat(value) * size) / 100 : parseFloat(value)) || 0);
    insets[side] = Math.min(inset, Math.max(own, beyond + gap));
  }
  return insets;
}
