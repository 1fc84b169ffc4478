/** A rectangle in viewport (CSS pixel) coordinates. */
export interface SpotlightRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The SVG path `d` for a full-viewport rectangle with a rounded-rectangle hole, to fill with
 * `fill-rule="evenodd"`. The hole is `hole` grown by `padding` on every side; `radius` is clamped to half
 * the hole's size. The hole always has the same commands (so `d` can transition between steps). Pure
 * geometry: it reads nothing from the DOM.
 * @param viewport - the viewport size.
 * @param hole - the target's rectangle, or `null` for no hole.
 * @param padding - space between the rectangle and the hole's edge.
 * @param radius - corner radius of the hole.
 * @returns the path data.
 */
export function spotlightPath(
  viewport: { width: number; height: number },
  hole: SpotlightRect | null,
  padding: number,
  radius: number,
): string {
  let d = `M0 0H${viewport.width}V${viewport.height}H0Z`;
  if (hole) {
    const w = Math.max(0, hole.width + 2 * padding);
    const h = Math.max(0, hole.height + 2 * padding);
    const r = Math.max(0, Math.min(radius, w / 2, h / 2));
    const a = (dx: number, dy: number) => `a${r} ${r} 0 0 1 ${dx} ${dy}`;
    d += `M${hole.x - padding + r} ${hole.y - padding}h${w - 2 * r}${a(r, r)}v${h - 2 * r}${a(-r, r)}h${2 * r - w}${a(-r, -r)}v${2 * r - h}${a(r, -r)}z`;
  }
  return d;
}
