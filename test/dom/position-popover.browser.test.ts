import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { positionPopover } from '../../src/dom/position-popover.js';

const cleanups: (() => void)[] = [];
// A desktop viewport (the default is phone-sized, where anchored popovers are sheets).
beforeAll(() => page.viewport(1024, 768));
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  document.body.replaceChildren();
});

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

function setup(anchorStyle: string, parent: HTMLElement = document.body) {
  const anchor = document.createElement('button');
  anchor.textContent = 'Target';
  anchor.style.cssText = `position:absolute;width:80px;height:30px;${anchorStyle}`;
  parent.append(anchor);
  const floating = document.createElement('div');
  floating.setAttribute('popover', 'manual');
  floating.style.cssText = 'margin:0;inset:auto;width:200px;height:100px;padding:0;border:0;overflow:visible';
  const arrow = document.createElement('div');
  arrow.style.cssText = 'position:absolute;width:10px;height:10px';
  floating.append(arrow);
  document.body.append(floating);
  floating.showPopover();
  return { anchor, floating, arrow };
}

function place(...args: Parameters<typeof positionPopover>) {
  const stop = positionPopover(...args);
  cleanups.push(stop);
  return stop;
}

describe('positionPopover', () => {
  it('places the floating element below the anchor with the offset gap and reports the anchor rect', async () => {
    const { anchor, floating } = setup('left:100px;top:100px');
    const rects: DOMRect[] = [];
    place(anchor, floating, { placement: 'bottom' }, (r) => rects.push(r));
    await expect.poll(() => floating.dataset.placement).toBe('bottom');
    const a = anchor.getBoundingClientRect();
    const f = floating.getBoundingClientRect();
    expect(f.top - a.bottom).toBeCloseTo(10, 0);
    expect(f.left + f.width / 2).toBeCloseTo(a.left + a.width / 2, 0);
    expect(rects[0].top).toBeCloseTo(a.top, 0);
    expect(floating.hasAttribute('data-reference-hidden')).toBe(false);
  });

  it('uses a custom offset', async () => {
    const { anchor, floating } = setup('left:40px;top:100px');
    place(anchor, floating, { placement: 'right', offset: 20 });
    await expect.poll(() => floating.dataset.placement).toBe('right');
    expect(floating.getBoundingClientRect().left - anchor.getBoundingClientRect().right).toBeCloseTo(20, 0);
  });

  it('flips to the other side near the viewport edge', async () => {
    const { anchor, floating } = setup(`left:100px;top:${innerHeight - 40}px`);
    place(anchor, floating, { placement: 'bottom' });
    await expect.poll(() => floating.dataset.placement).toBe('top');
    expect(anchor.getBoundingClientRect().top - floating.getBoundingClientRect().bottom).toBeCloseTo(10, 0);
  });

  it('points the arrow at the anchor when shifted along the edge', async () => {
    const { anchor, floating, arrow } = setup('left:20px;top:100px;width:40px');
    place(anchor, floating, { placement: 'bottom', arrow });
    await expect.poll(() => floating.dataset.placement).toBe('bottom');
    const a = anchor.getBoundingClientRect();
    const f = floating.getBoundingClientRect();
    expect(f.left).toBeCloseTo(8, 0); // shifted inside the 8px viewport padding
    const ar = arrow.getBoundingClientRect();
    expect(ar.left + ar.width / 2).toBeCloseTo(a.left + a.width / 2, 0);
  });

  it('follows the anchor when a scroll container scrolls, and stops after cleanup', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'position:absolute;left:50px;top:50px;width:400px;height:300px;overflow:auto';
    const tall = document.createElement('div');
    tall.style.cssText = 'position:relative;height:2000px';
    box.append(tall);
    document.body.append(box);
    const { anchor, floating } = setup('left:10px;top:100px', tall);
    const stop = place(anchor, floating, { placement: 'bottom' });
    await expect.poll(() => floating.dataset.placement).toBe('bottom');
    const top = () => floating.getBoundingClientRect().top;
    const before = top();
    box.scrollTop = 60;
    await frame();
    await expect.poll(top).toBeCloseTo(before - 60, 0);
    expect(top() - anchor.getBoundingClientRect().bottom).toBeCloseTo(10, 0);
    // Scrolled out of the container: the reference is hidden.
    box.scrollTop = 500;
    await expect.poll(() => floating.hasAttribute('data-reference-hidden')).toBe(true);
    stop();
    const frozen = top();
    box.scrollTop = 0;
    await frame();
    await frame();
    expect(top()).toBe(frozen);
  });
});

describe('positionPopover with a mistyped placement', () => {
  it('falls back to bottom instead of producing NaN coordinates', async () => {
    const reference = document.createElement('button');
    reference.textContent = 'Anchor';
    reference.style.cssText = 'position:fixed;top:100px;left:100px';
    const floating = document.createElement('div');
    floating.style.cssText = 'position:fixed;width:80px;height:40px';
    document.body.append(reference, floating);
    const stop = positionPopover(reference, floating, { placement: 'botom' as never });
    await expect.poll(() => floating.dataset.placement).toBe('bottom');
    expect(Number.parseFloat(floating.style.top)).toBeGreaterThan(reference.getBoundingClientRect().bottom);
    stop();
    reference.remove();
    floating.remove();
  });
});
