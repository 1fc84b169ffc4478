import { afterEach, describe, expect, it } from 'vitest';
import { type WmSpotlight } from '../../src/elements/spotlight.js';
import { defineElements } from '../../src/elements/define.js';
import { spotlightPath } from '../../src/dom/spotlight-path.js';

defineElements();
afterEach(() => document.body.replaceChildren());

async function mount(props: Partial<WmSpotlight>) {
  const el = Object.assign(document.createElement('wm-spotlight'), props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<wm-spotlight>', () => {
  it('draws the backdrop with a hole around rect, hidden from assistive technology', async () => {
    const rect = { x: 10, y: 20, width: 100, height: 40 };
    const el = await mount({ rect, padding: 4, radius: 6 });
    const backdrop = el.shadowRoot!.querySelector('[part=backdrop]')!;
    expect(backdrop.getAttribute('aria-hidden')).toBe('true');
    expect(backdrop.getAttribute('popover')).toBe('manual');
    const path = backdrop.querySelector('path')!;
    expect(path.getAttribute('fill-rule')).toBe('evenodd');
    expect(path.getAttribute('d')).toBe(spotlightPath({ width: innerWidth, height: innerHeight }, rect, 4, 6));
  });

  it('blocks the hole unless click-through', async () => {
    const el = await mount({ rect: { x: 10, y: 20, width: 100, height: 40 }, padding: 4 });
    const block = el.shadowRoot!.querySelector('rect')!;
    expect([
      block.getAttribute('x'),
      block.getAttribute('y'),
      block.getAttribute('width'),
      block.getAttribute('height'),
    ]).toEqual(['6', '16', '108', '48']);
    el.clickThrough = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('rect')).toBeNull();
  });

  it('dispatches wm-backdrop-click when the dimmed area is clicked', async () => {
    const el = await mount({ rect: null });
    let clicks = 0;
    document.addEventListener('wm-backdrop-click', () => clicks++);
    el.shadowRoot!.querySelector('path')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(clicks).toBe(1);
  });

  it('recomputes the path on window resize and stops listening once removed', async () => {
    const el = await mount({ rect: null });
    const d = () => el.shadowRoot!.querySelector('path')!.getAttribute('d');
    const before = d();
    const w = innerWidth;
    (globalThis as { innerWidth: number }).innerWidth = w + 100;
    dispatchEvent(new Event('resize'));
    await el.updateComplete;
    expect(d()).not.toBe(before);
    expect(d()).toContain(`H${w + 100}`);
    el.remove();
    dispatchEvent(new Event('resize'));
    expect(el.isUpdatePending).toBe(false);
    (globalThis as { innerWidth: number }).innerWidth = w;
  });
});
