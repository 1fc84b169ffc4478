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
 * @returns the insets per side, in CSS pixels.
 */
export function viewportInsets(padding: ViewportPadding = 8): Insets {
  const html = document.documentElement;
  const style = getComputedStyle(html);
  const insets = {} as Insets;
  for (const side of SIDES) {
    const value = style.getPropertyValue(`scroll-padding-${side}`);
    const size = side == 'top' || side == 'bottom' ? html.clientHeight : html.clientWidth;
    const own = typeof padding == 'number' ? padding : padding[side] ?? 8;
    // `auto` (the initial value) parses to NaN: no scroll padding.
    insets[side] = own + ((value.endsWith('%') ? (parseFloat(value) * size) / 100 : parseFloat(value)) || 0);
  }
  return insets;
}
