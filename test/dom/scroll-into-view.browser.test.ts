import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollIntoViewIfNeeded } from '../../src/dom/scroll-into-view.js';

const frames = (n: number) => new Promise<void>((r) => (n ? requestAnimationFrame(() => frames(n - 1).then(r)) : r()));
const inside = (inner: DOMRect, outer: { top: number; bottom: number; left: number; right: number }) =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
const viewport = () => ({ top: 0, left: 0, bottom: innerHeight, right: document.documentElement.clientWidth });

afterEach(() => {
  document.body.replaceChildren();
  scrollTo(0, 0);
  vi.restoreAllMocks();
});

describe('scrollIntoViewIfNeeded', () => {
  it('brings a target inside a nested scroll container and the window into view, then settles', async () => {
    document.body.innerHTML = `
      <div style="height:1500px"></div>
      <div id="box" style="height:150px;width:200px;overflow:auto;border:4px solid">
        <div style="height:900px"></div><button id="t" style="height:30px">Target</button><div style="height:300px"></div>
      </div>
      <div style="height:1500px"></div>`;
    const box = document.getElementById('box')!;
    const target = document.getElementById('t')!;
    expect(inside(target.getBoundingClientRect(), viewport())).toBe(false);

    await scrollIntoViewIfNeeded(target);

    const rect = target.getBoundingClientRect();
    expect(inside(rect, box.getBoundingClientRect())).toBe(true);
    expect(inside(rect, viewport())).toBe(true);
    // settled: nothing moves any more
    const positions = [scrollY, box.scrollTop];
    await frames(5);
    expect([scrollY, box.scrollTop]).toEqual(positions);
  });

  it('does not scroll when the target is already fully visible', async () => {
    document.body.innerHTML =
      '<div style="height:3000px"><button id="t" style="margin-top:100px">Visible</button></div>';
    const target = document.getElementById('t')!;
    const scroll = vi.spyOn(target, 'scrollIntoView');
    await scrollIntoViewIfNeeded(target);
    expect(scroll).not.toHaveBeenCalled();
    expect(scrollY).toBe(0);
  });

  it('treats a target under a sticky header as hidden when its scroll-margin-top covers the header', async () => {
    document.body.innerHTML = `
      <header style="position:sticky;top:0;height:60px;background:#ccc">Header</header>
      <div style="height:1000px"></div>
      <button id="t" style="height:30px">Target</button>
      <div style="height:3000px"></div>`;
    const target = document.getElementById('t')!;
    // place the target 20px from the top: on screen, but under the 60px header
    scrollTo(0, target.getBoundingClientRect().top + scrollY - 20);
    await frames(1);
    expect(target.getBoundingClientRect().top).toBeCloseTo(20, 0);

    const scroll = vi.spyOn(target, 'scrollIntoView');
    await scrollIntoViewIfNeeded(target);
    expect(scroll).not.toHaveBeenCalled(); // without scroll-margin it counts as visible

    target.style.scrollMarginTop = '70px';
    await scrollIntoViewIfNeeded(target);
    expect(scroll).toHaveBeenCalledOnce();
    expect(target.getBoundingClientRect().top).toBeGreaterThanOrEqual(60 + 10);
  });

  it('jumps instantly when the user prefers reduced motion', async () => {
    document.body.innerHTML =
      '<div style="height:3000px"></div><button id="t">Far</button><div style="height:3000px"></div>';
    const target = document.getElementById('t')!;
    const native = matchMedia;
    vi.spyOn(window, 'matchMedia').mockImplementation((q) =>
      q.includes('prefers-reduced-motion') ? ({ matches: true } as MediaQueryList) : native(q),
    );
    const scroll = vi.spyOn(target, 'scrollIntoView');
    const settled = scrollIntoViewIfNeeded(target);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'instant' });
    expect(inside(target.getBoundingClientRect(), viewport())).toBe(true); // already there, no animation
    await settled;
  });
});

describe('scrollIfNeeded: a short, bounded motion', () => {
  const farPage = () => {
    document.body.innerHTML =
      '<div style="height:4000px"></div><button id="t" style="height:30px">Far</button><div style="height:4000px"></div>';
    return document.getElementById('t')!;
  };

  it('has a far target in view on the next frame, still moves towards it, then settles centred', async () => {
    const target = farPage();
    const settled = scrollIntoViewIfNeeded(target);
    await frames(1);
    // The user sees the target at once (the browser's smooth scroll would still be thousands of pixels away)…
    expect(inside(target.getBoundingClientRect(), viewport())).toBe(true);
    // …and sees the page move the way it went: the last stretch is animated, downwards.
    const early = scrollY;
    await settled;
    expect(scrollY).toBeGreaterThan(early);
    const rect = target.getBoundingClientRect();
    expect(rect.top + rect.height / 2).toBeCloseTo(innerHeight / 2, -1);
    const end = scrollY;
    await frames(3);
    expect(scrollY).toBe(end);
  });

  it('stops where it is when the user scrolls with the wheel', async () => {
    const target = farPage();
    const settled = scrollIntoViewIfNeeded(target);
    await frames(1);
    window.dispatchEvent(new WheelEvent('wheel', { deltaY: -10 }));
    await settled;
    const stopped = scrollY;
    await frames(4);
    expect(scrollY).toBe(stopped);
    expect(target.getBoundingClientRect().top + 15).toBeGreaterThan(innerHeight / 2 + 1); // not centred: it stopped short
  });

  it('a new call takes over from the running one', async () => {
    const first = farPage();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<button id="u" style="height:30px">Further</button><div style="height:4000px"></div>',
    );
    const second = document.getElementById('u')!;
    void scrollIntoViewIfNeeded(first);
    await frames(1);
    await scrollIntoViewIfNeeded(second);
    const rect = second.getBoundingClientRect();
    expect(rect.top + rect.height / 2).toBeCloseTo(innerHeight / 2, -1);
    await frames(3);
    expect(second.getBoundingClientRect().top).toBe(rect.top);
  });
});
