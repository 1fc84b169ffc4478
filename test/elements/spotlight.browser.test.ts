import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { defineElements } from '../../src/elements/define.js';
import type { WmSpotlight } from '../../src/elements/spotlight.js';

defineElements();
afterEach(() => document.body.replaceChildren());

const rect = { x: 100, y: 80, width: 120, height: 40 };

async function mount(props: Partial<WmSpotlight>) {
  const target = document.createElement('button');
  target.textContent = 'Target';
  target.style.cssText = `position:absolute;left:${rect.x}px;top:${rect.y}px;width:${rect.width}px;height:${rect.height}px`;
  const el = Object.assign(document.createElement('wm-spotlight'), { rect, padding: 8, radius: 6 }, props);
  document.body.append(target, el);
  await el.updateComplete;
  return { el, target, path: el.shadowRoot!.querySelector('path')! };
}

describe('<wm-spotlight> in Chromium', () => {
  it('dims the viewport from the top layer with a hole matching the rect plus padding', async () => {
    const { el, path } = await mount({});
    expect(el.shadowRoot!.querySelector('[part=backdrop]')!.matches(':popover-open')).toBe(true);
    const inFill = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
    expect(inFill(rect.x + 60, rect.y + 20)).toBe(false); // centre of the target
    expect(inFill(rect.x - 6, rect.y + 20)).toBe(false); // inside the padding
    expect(inFill(rect.x - 10, rect.y + 20)).toBe(true); // just outside the padding
    expect(inFill(rect.x + rect.width + 10, rect.y + 20)).toBe(true);
    expect(inFill(rect.x - 7, rect.y - 7)).toBe(true); // rounded corner is dimmed
    expect(inFill(5, 5)).toBe(true);
    expect(inFill(innerWidth - 5, innerHeight - 5)).toBe(true);
    expect(getComputedStyle(path).transitionProperty).toContain('d');
  });

  it('lets clicks through the hole only with click-through; the dimmed area catches them', async () => {
    const { el, target } = await mount({});
    const cx = rect.x + 60;
    const cy = rect.y + 20;
    expect(document.elementFromPoint(cx, cy)).toBe(el); // the blocker covers the hole
    expect(document.elementFromPoint(5, 5)).toBe(el);
    el.clickThrough = true;
    await el.updateComplete;
    expect(document.elementFromPoint(cx, cy)).toBe(target);
    expect(document.elementFromPoint(5, 5)).toBe(el);
    let clicks = 0;
    el.addEventListener('wm-backdrop-click', () => clicks++);
    (el.shadowRoot!.elementFromPoint(5, 5) as SVGElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    expect(clicks).toBe(1);
  });

  it('hides while inactive, keeping its place in the top layer', async () => {
    const { el, target } = await mount({ inactive: true, clickThrough: false });
    expect(el.shadowRoot!.querySelector('[part=backdrop]')!.matches(':popover-open')).toBe(true);
    expect(document.elementFromPoint(5, 5)).not.toBe(el);
    expect(document.elementFromPoint(rect.x + 60, rect.y + 20)).toBe(target);
  });

  it('has no axe violations', async () => {
    const { el } = await mount({});
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
  });
});

describe('<wm-spotlight> with several holes', () => {
  it('cuts a hole around every extra rectangle too; clicks reach each only with click-through', async () => {
    const extra = { x: 300, y: 200, width: 80, height: 30 };
    const { el, path, target } = await mount({ holes: [extra] });
    const inFill = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
    expect(inFill(rect.x + 60, rect.y + 20)).toBe(false);
    expect(inFill(extra.x + 40, extra.y + 15)).toBe(false);
    expect(inFill(extra.x - 12, extra.y + 15)).toBe(true);
    expect(inFill(250, 150)).toBe(true); // between the two
    expect(document.elementFromPoint(extra.x + 40, extra.y + 15)).toBe(el); // blocked
    el.clickThrough = true;
    const other = document.body.appendChild(document.createElement('button'));
    other.style.cssText = `position:absolute;left:${extra.x}px;top:${extra.y}px;width:${extra.width}px;height:${extra.height}px`;
    await el.updateComplete;
    expect(document.elementFromPoint(extra.x + 40, extra.y + 15)).toBe(other);
    expect(document.elementFromPoint(rect.x + 60, rect.y + 20)).toBe(target);
  });

  it('keeps the overlap of two holes lit (merged), and cuts holes without a target rect', async () => {
    const { path } = await mount({ holes: [{ x: rect.x + 100, y: rect.y, width: 100, height: 40 }] });
    // the holes overlap: their intersection is not dimmed again
    expect(path.isPointInFill(new DOMPoint(rect.x + 110, rect.y + 20))).toBe(false);
    const { path: alone } = await mount({ rect: null, holes: [{ x: 400, y: 300, width: 20, height: 20 }] });
    expect(alone.isPointInFill(new DOMPoint(410, 310))).toBe(false);
    expect(alone.isPointInFill(new DOMPoint(rect.x + 60, rect.y + 20))).toBe(true);
  });
});
