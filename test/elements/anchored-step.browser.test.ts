import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { defineElements } from '../../src/elements/define.js';
import type { WmSpotlight } from '../../src/elements/spotlight.js';

// Where the browser supports CSS anchor positioning (Chromium does), the step popover and the spotlight's cut-out
// follow their target while the page or a scroll container scrolls with no script: no update, no event.

defineElements();
beforeAll(() => page.viewport(1280, 800));
afterEach(() => {
  document.body.replaceChildren();
  scrollTo({ top: 0, behavior: 'instant' });
});

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** A tall page with a scroll container holding the target; the target sits in a shadow root when asked. */
function scene(inShadow = false) {
  const tall = document.body.appendChild(document.createElement('div'));
  tall.style.cssText = 'height:3000px;padding-top:200px';
  const box = tall.appendChild(document.createElement('div'));
  box.style.cssText = 'margin-left:200px;width:400px;height:300px;overflow:auto';
  const inner = box.appendChild(document.createElement('div'));
  inner.style.cssText = 'height:1500px;padding-top:100px';
  const host = inner.appendChild(document.createElement('div'));
  const parent = inShadow ? host.attachShadow({ mode: 'open' }) : host;
  const target = parent.appendChild(document.createElement('button'));
  target.textContent = 'Target';
  target.style.cssText = 'margin-left:40px;width:100px;height:30px';
  return { box, target };
}

// First in this file: Floating UI (a lazy chunk) is not loaded yet in this test page.
describe('the first anchored step, before Floating UI has arrived', () => {
  it('is already beside its target, placed by CSS, then refined by Floating UI', async () => {
    const { target } = scene();
    const pop = Object.assign(document.createElement('wm-popover'), {
      heading: 'First',
      placement: 'bottom-start' as const,
    });
    const positioned = new Promise((r) => pop.addEventListener('wm-positioned', r, { once: true }));
    pop.anchor = target;
    document.body.append(pop);
    await pop.updateComplete;
    const dialog = pop.container!;
    expect(dialog.style.getPropertyValue('position-area')).toMatch(/^(bottom span-x-end|span-x-end bottom)$/);
    let t = target.getBoundingClientRect();
    let d = dialog.getBoundingClientRect();
    expect([Math.round(d.top - t.bottom), Math.round(d.left - t.left)]).toEqual([10, 0]);
    expect(getComputedStyle(dialog.querySelector('.arrow')!).visibility).toBe('hidden');
    await positioned;
    expect(dialog.style.getPropertyValue('position-area')).toBe('');
    expect(dialog.style.left).toContain('anchor(');
    t = target.getBoundingClientRect();
    d = dialog.getBoundingClientRect();
    expect([Math.round(d.top - t.bottom), Math.round(d.left - t.left)]).toEqual([10, 0]);
  });
});

describe('an anchored step popover', () => {
  for (const inShadow of [false, true])
    it(`follows a target ${inShadow ? 'in another shadow root ' : ''}through page and container scrolls without an update`, async () => {
      const { box, target } = scene(inShadow);
      const pop = Object.assign(document.createElement('wm-popover'), {
        heading: 'Anchored',
        body: 'Moves with its target.',
        placement: 'bottom' as const,
      });
      const positioned = new Promise((r) => pop.addEventListener('wm-positioned', r, { once: true }));
      pop.anchor = target;
      document.body.append(pop);
      await positioned;
      // The first observations of its size are over.
      for (let i = 0; i < 3; i++) await frame();
      const dialog = pop.container!;
      expect(dialog.style.left).toContain('anchor(');
      const offset = () => {
        const t = target.getBoundingClientRect();
        const d = dialog.getBoundingClientRect();
        return [Math.round(d.left - t.left), Math.round(d.top - t.bottom)];
      };
      const before = offset();
      expect(before[1]).toBe(10);
      let updates = 0;
      pop.addEventListener('wm-positioned', () => updates++);
      box.scrollTop = 60;
      await frame();
      scrollTo({ top: 120, behavior: 'instant' });
      await frame();
      expect(offset()).toEqual(before);
      expect(updates).toBe(0);
      // Once scrolling has come to rest its side is checked again (one update).
      await expect.poll(() => updates).toBe(1);
      expect(offset()).toEqual(before);
    });

  it('is placed by script and reports every scroll frame with `track`', async () => {
    const { box, target } = scene();
    const pop = Object.assign(document.createElement('wm-popover'), { heading: 'Tracked', track: true });
    const positioned = new Promise((r) => pop.addEventListener('wm-positioned', r, { once: true }));
    pop.anchor = target;
    document.body.append(pop);
    await positioned;
    expect(pop.container!.style.left).toMatch(/^[\d.]+px$/);
    let updates = 0;
    pop.addEventListener('wm-positioned', () => updates++);
    box.scrollTop = 60;
    await expect.poll(() => updates).toBeGreaterThan(0);
  });
});

describe('an anchored spotlight', () => {
  it('cuts out its anchor plus padding, follows it by CSS, and catches clicks only on the dimmed area', async () => {
    const { box, target } = scene();
    const spot = Object.assign(document.createElement('wm-spotlight'), { padding: 8, radius: 6 }) as WmSpotlight;
    spot.anchor = target;
    document.body.append(spot);
    await spot.updateComplete;
    const backdrop = spot.shadowRoot!.querySelector<HTMLElement>('[part=backdrop]')!;
    expect(backdrop.matches(':popover-open')).toBe(true);
    expect(spot.shadowRoot!.querySelector('path')).toBeNull();
    const hole = () => {
      const t = target.getBoundingClientRect();
      const h = backdrop.getBoundingClientRect();
      return [h.left - t.left, h.top - t.top, h.width - t.width, h.height - t.height].map(Math.round);
    };
    await frame();
    expect(hole()).toEqual([-8, -8, 16, 16]);
    let renders = 0;
    const update = spot['update'].bind(spot);
    spot['update'] = (changed) => (renders++, update(changed));
    box.scrollTop = 40;
    scrollTo({ top: 100, behavior: 'instant' });
    await frame();
    expect(hole()).toEqual([-8, -8, 16, 16]);
    expect(renders).toBe(0);
    const t = target.getBoundingClientRect();
    // The hole blocks clicks (without click-through); the dimmed area catches them and reports them.
    expect(document.elementFromPoint(t.left + 50, t.top + 15)).toBe(spot);
    let clicks = 0;
    spot.addEventListener('wm-backdrop-click', () => clicks++);
    const dim = spot.shadowRoot!.elementFromPoint(5, 5) as HTMLElement;
    expect(dim.parentElement).toBe(backdrop);
    dim.click();
    expect(clicks).toBe(1);
    backdrop.click();
    expect(clicks).toBe(1);
    spot.clickThrough = true;
    await spot.updateComplete;
    expect(document.elementFromPoint(t.left + 50, t.top + 15)).toBe(target);
    expect(document.elementFromPoint(5, 5)).toBe(spot);
  });

  it('draws the path from `rect` when there are extra holes', async () => {
    const { target } = scene();
    const spot = Object.assign(document.createElement('wm-spotlight'), {
      rect: { x: 10, y: 10, width: 50, height: 20 },
      holes: [{ x: 300, y: 300, width: 20, height: 20 }],
    });
    spot.anchor = target;
    document.body.append(spot);
    await spot.updateComplete;
    expect(spot.shadowRoot!.querySelector('path')).not.toBeNull();
  });
});
