import { afterEach, describe, expect, it } from 'vitest';
import { WmHint } from '../../src/elements/hint.js';
import { WmPopover } from '../../src/elements/popover.js';
import { defineElements } from '../../src/elements/define.js';

defineElements(undefined, { 'wm-popover': WmPopover, 'wm-hint': WmHint });
const frames = (n = 2) =>
  new Promise<void>((r) => {
    const f = () => (n-- ? requestAnimationFrame(f) : r());
    f();
  });
const beaconOf = (el: WmHint) => el.shadowRoot!.querySelector<HTMLElement>('.beacon')!;
/** The beacon sits centred on the anchor's edge given by `placement` (24×24 px, positions rounded to whole pixels). */
const onEdge = (el: WmHint, placement = 'top-end') => {
  const b = beaconOf(el).getBoundingClientRect();
  const t = el.anchor!.getBoundingClientRect();
  const close = (a: number, c: number) => Math.abs(a - c) < 1;
  return placement == 'right'
    ? close(b.left + 12, t.right) && close(b.top + 12, (t.top + t.bottom) / 2)
    : close(b.right, t.right) && close(b.top + 12, t.top);
};

async function mount(html: string, props: Partial<WmHint> = {}) {
  document.body.innerHTML = `${html}<div style="height:3000px"></div>`;
  const el = Object.assign(
    document.createElement('wm-hint'),
    { heading: 'Billing', anchor: document.querySelector('#t') },
    props,
  );
  document.body.append(el);
  await el.updateComplete;
  await frames();
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

describe('<wm-hint> in real Chromium', () => {
  it('moves with the page as it scrolls, in the same frame and without writing a style', async () => {
    const el = await mount('<button id="t" style="margin:100px 200px">Billing</button>');
    expect(onEdge(el)).toBe(true);
    const written = beaconOf(el).style.cssText;
    window.scrollBy(0, 40);
    expect(onEdge(el)).toBe(true); // no frame has run yet
    await frames(3);
    expect(onEdge(el)).toBe(true);
    expect(beaconOf(el).style.cssText).toBe(written);
  });

  it('stays on an anchor in a fixed header while the page scrolls under it', async () => {
    const el = await mount(
      '<header style="position:fixed;inset:0 0 auto 0;padding:20px"><button id="t">Billing</button></header>',
    );
    window.scrollBy(0, 30);
    await frames(3);
    expect(onEdge(el)).toBe(true);
    window.scrollBy(0, 30);
    expect(onEdge(el)).toBe(true); // held in viewport coordinates now: no frame needed
    window.scrollTo(0, 0);
    await frames(3);
    expect(onEdge(el)).toBe(true);
  });

  it('follows an anchor in a scrolling box, and one that moves on the page', async () => {
    const el = await mount(
      '<div id="box" style="height:100px;overflow:auto;margin:60px"><div style="height:40px"></div><button id="t">Billing</button><div style="height:400px"></div></div>',
    );
    document.querySelector('#box')!.scrollTop = 30;
    await frames(3);
    expect(onEdge(el)).toBe(true);
    (document.querySelector('#box') as HTMLElement).style.marginLeft = '160px';
    el.reposition();
    await frames(2);
    expect(onEdge(el)).toBe(true);
  });

  it('does not widen the page when it sits past the right edge', async () => {
    const el = await mount('<div style="text-align:right"><button id="t">Billing</button></div>', {
      beaconPlacement: 'right',
    });
    expect(onEdge(el, 'right')).toBe(true);
    expect(document.documentElement.scrollWidth).toBe(document.documentElement.clientWidth);
    window.scrollBy(0, 20);
    await frames(3);
    expect(onEdge(el, 'right')).toBe(true);
    expect(document.documentElement.scrollWidth).toBe(document.documentElement.clientWidth);
  });

  it('holds the pulse still while the page scrolls, and resumes it after', async () => {
    const el = await mount('<button id="t" style="margin:100px">Billing</button>');
    const ring = () => getComputedStyle(beaconOf(el), '::after').animationName;
    const pulse = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'none' : 'wm-pulse';
    await expect.poll(ring, { timeout: 2000 }).toBe(pulse); // the previous test's scroll may still be settling
    window.scrollBy(0, 20);
    await frames(1);
    expect(ring()).toBe('none');
    await expect.poll(ring, { timeout: 2000 }).toBe(pulse);
  });
});
