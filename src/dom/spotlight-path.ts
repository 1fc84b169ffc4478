/** A rectangle in viewport (CSS pixel) coordinates. */
export interface SpotlightRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The SVG path `d` for a full-viewport rectangle with a rounded-rectangle hole, to fill with
 * `fill-rule="evenodd"`. The hole is `hole` grown by `padding` on every side; `radius` is clamped to half
 * the hole's size. Pure geometry: it reads nothing from the DOM.
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
  let d = `M0 0H${r2(viewport.width)}V${r2(viewport.height)}H0Z`;
  if (hole) {
    const x = r2(hole.x - padding);
    const y = r2(hole.y - padding);
    const w = Math.max(0, hole.width + 2 * padding);
    const h = Math.max(0, hole.height + 2 * padding);
    const r = r2(Math.max(0, Math.min(radius, w / 2, h / 2)));
    const a = `A${r} ${r} 0 0 1 `;
    const [x2, y2] = [r2(x + w), r2(y + h)];
    d += `M${r2(x + r)} ${y}H${r2(x2 - r)}${a}${x2} ${r2(y + r)}V${r2(y2 - r)}${a}${r2(x2 - r)} ${y2}H${r2(x + r)}${a}${x} ${r2(y2 - r)}V${r2(y + r)}${a}${r2(x + r)} ${y}Z`;
  }
  return d;
}
