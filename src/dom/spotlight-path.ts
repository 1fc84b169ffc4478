/** A rectangle in viewport (CSS pixel) coordinates. */
export interface SpotlightRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The cut-outs of a spotlight: every rectangle grown by `padding` (never to a negative size), and those that
 * overlap merged into their bounding box, until none overlap. Overlapping holes of an even-odd path would dim
 * their intersection again; merged, the whole area stays lit. The first hole keeps its place in the list (so the
 * target's hole is the first command group and can glide between steps). Pure geometry.
 * @param rects - the rectangles to cut out (the target first).
 * @param padding - space between each rectangle and its hole's edge.
 * @returns the holes, in viewport coordinates.
 */
export function spotlightHoles(rects: readonly SpotlightRect[], padding: number): SpotlightRect[] {
  const holes = rects.map(({ x, y, width, height }) => ({
    x: x - padding,
    y: y - padding,
    width: Math.max(0, width + 2 * padding),
    height: Math.max(0, height + 2 * padding),
  }));
  const overlap = (a: SpotlightRect, b: SpotlightRect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  // Merge one overlapping pair at a time, into the earlier one, until none overlap (a few holes: cheap).
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < holes.length && !merged; i++) {
      for (let j = i + 1; j < holes.length && !merged; j++) {
        const [a, b] = [holes[i], holes[j]];
        if (!overlap(a, b)) continue;
        const x = Math.min(a.x, b.x);
        const y = Math.min(a.y, b.y);
        holes[i] = {
          x,
          y,
          width: Math.max(a.x + a.width, b.x + b.width) - x,
          height: Math.max(a.y + a.height, b.y + b.height) - y,
        };
        holes.splice(j, 1);
        merged = true;
      }
    }
  }
  return holes;
}

/**
 * The SVG path `d` for a full-viewport rectangle with rounded-rectangle holes, to fill with
 * `fill-rule="evenodd"`. Each hole is a rectangle grown by `padding` on every side (overlapping ones merged, see
 * {@link spotlightHoles}); `radius` is clamped to half each hole's size. A hole always has the same commands (so
 * `d` can transition between steps with the same number of holes). Pure geometry: it reads nothing from the DOM.
 * @param viewport - the viewport size.
 * @param hole - the target's rectangle, several rectangles (the target first), or `null` for no hole.
 * @param padding - space between a rectangle and its hole's edge.
 * @param radius - corner radius of the holes.
 * @returns the path data.
 */
export function spotlightPath(
  viewport: { width: number; height: number },
  hole: SpotlightRect | readonly SpotlightRect[] | null,
  padding: number,
  radius: number,
): string {
  let d = `M0 0H${viewport.width}V${viewport.height}H0Z`;
  for (const { x, y, width: w, height: h } of spotlightHoles(
    hole ? ([] as SpotlightRect[]).concat(hole) : [],
    padding,
  )) {
    const r = Math.max(0, Math.min(radius, w / 2, h / 2));
    const a = (dx: number, dy: number) => `a${r} ${r} 0 0 1 ${dx} ${dy}`;
    d += `M${x + r} ${y}h${w - 2 * r}${a(r, r)}v${h - 2 * r}${a(-r, r)}h${2 * r - w}${a(-r, -r)}v${2 * r - h}${a(r, -r)}z`;
  }
  return d;
}
