import { describe, expect, it } from 'vitest';
import { spotlightHoles, spotlightPath } from '../../src/dom/spotlight-path.js';

const vp = { width: 800, height: 600 };

describe('spotlightPath', () => {
  it('covers the viewport with no hole when rect is null', () => {
    expect(spotlightPath(vp, null, 8, 6)).toBe('M0 0H800V600H0Z');
  });

  it('cuts a rounded hole grown by the padding', () => {
    const d = spotlightPath(vp, { x: 100, y: 50, width: 200, height: 40 }, 10, 6);
    expect(d).toBe(
      'M0 0H800V600H0ZM96 40h208a6 6 0 0 1 6 6v48a6 6 0 0 1 -6 6h-208a6 6 0 0 1 -6 -6v-48a6 6 0 0 1 6 -6z',
    );
  });

  it('clamps the radius to half the hole and keeps the same commands for radius 0', () => {
    const d = spotlightPath(vp, { x: 0, y: 0, width: 20, height: 10 }, 0, 100);
    expect(d).toContain('a5 5 0 0 1');
    const square = spotlightPath(vp, { x: 0, y: 0, width: 20, height: 10 }, 0, 0);
    expect(square.match(/a/g)).toHaveLength(4); // same shape of path, so `d` can transition between steps
  });

  it('never produces a negative-size hole', () => {
    expect(spotlightPath(vp, { x: 50, y: 50, width: -100, height: 10 }, 0, 4)).toBe(
      'M0 0H800V600H0ZM50 50h0a0 0 0 0 1 0 0v10a0 0 0 0 1 0 0h0a0 0 0 0 1 0 0v-10a0 0 0 0 1 0 0z',
    );
  });
});

describe('several holes', () => {
  it('cuts one hole per rectangle, the first one first', () => {
    const one = spotlightPath(vp, { x: 100, y: 50, width: 200, height: 40 }, 10, 6);
    const d = spotlightPath(
      vp,
      [
        { x: 100, y: 50, width: 200, height: 40 },
        { x: 400, y: 300, width: 50, height: 50 },
      ],
      10,
      6,
    );
    expect(d.startsWith(one)).toBe(true);
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d).toContain('M396 290h58');
  });

  it('merges holes that overlap (after padding) into their bounding box, so no intersection is dimmed again', () => {
    expect(
      spotlightHoles(
        [
          { x: 0, y: 0, width: 10, height: 10 },
          { x: 15, y: 0, width: 10, height: 10 },
        ],
        4,
      ),
    ).toEqual([{ x: -4, y: -4, width: 33, height: 18 }]);
    expect(
      spotlightHoles(
        [
          { x: 0, y: 0, width: 10, height: 10 },
          { x: 30, y: 0, width: 10, height: 10 },
        ],
        4,
      ),
    ).toHaveLength(2);
    // a merge that reaches a third hole merges it too, whatever the order
    const chain = spotlightHoles(
      [
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 100, y: 0, width: 10, height: 10 },
        { x: 8, y: 0, width: 95, height: 10 },
      ],
      0,
    );
    expect(chain).toEqual([{ x: 0, y: 0, width: 110, height: 10 }]);
    expect(spotlightPath(vp, [], 8, 6)).toBe('M0 0H800V600H0Z');
  });
});

it('re-checks earlier holes after a merge', () => {
  // B and C merge into a box that reaches A, which overlapped neither of them
  const holes = spotlightHoles(
    [
      { x: 50, y: 0, width: 10, height: 10 },
      { x: 0, y: 0, width: 10, height: 25 },
      { x: 0, y: 20, width: 60, height: 10 },
    ],
    0,
  );
  expect(holes).toEqual([{ x: 0, y: 0, width: 60, height: 30 }]);
});
