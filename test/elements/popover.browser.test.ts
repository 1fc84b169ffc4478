import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { defineElements } from '../../src/elements/define.js';
import type { WmPopover, WmPositionedDetail } from '../../src/elements/popover.js';

defineElements();
// A desktop viewport (the default is phone-sized, where anchored popovers are sheets).
beforeAll(() => page.viewport(1024, 768));
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('dir');
});

const buttons = [
  { label: 'Back', action: 'back' },
  { label: 'Next', action: 'next', variant: 'primary' as const },
];

async function mount(props: Partial<WmPopover>, parent: HTMLElement = document.body) {
  const el = Object.assign(
    document.createElement('wm-popover'),
    { heading: 'Create a project', body: 'Click **New** to [start](https://example.com).', step: 2, steps: 5, buttons },
    props,
  );
  const positioned = new Promise<WmPositionedDetail>((r) =>
    el.addEventListener('wm-positioned', (e) => r(e.detail), { once: true }),
  );
  parent.append(el);
  await el.updateComplete;
  const detail = await positioned;
  // Measure the resting position, not the first frame of the entrance animation.
  el.container!.getAnimations().forEach((a) => a.finish());
  return { el, dialog: el.container!, positioned: detail };
}

function anchorAt(style: string) {
  const a = document.createElement('button');
  a.textContent = 'New project';
  a.style.cssText = `position:absolute;width:100px;height:32px;${style}`;
  document.body.append(a);
  return a;
}

const violations = async (el: Element) =>
  (await axe.run(el)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);

describe('<wm-popover> in Chromium', () => {
  it('lives in the top layer, above any host z-index or overflow', async () => {
    const trap = document.createElement('div');
    trap.style.cssText = 'position:relative;z-index:-1;overflow:hidden;width:0;height:0';
    document.body.append(trap);
    const { el, dialog, positioned } = await mount({}, trap);
    expect(dialog.matches(':popover-open')).toBe(true);
    expect(positioned).toEqual({ placement: 'center', rect: null });
    const r = dialog.getBoundingClientRect();
    expect(r.width).toBeGreaterThan(100);
    expect(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)).toBe(el);
    // Centred in the viewport.
    expect(r.left + r.width / 2).toBeCloseTo(innerWidth / 2, 0);
    expect(r.top + r.height / 2).toBeCloseTo(innerHeight / 2, 0);
    await expect.element(page.getByRole('dialog', { name: 'Create a project' })).toBeVisible();
  });

  it('sits below its anchor with a 10px gap and an arrow pointing at it', async () => {
    const anchor = anchorAt('left:40px;top:60px');
    const { dialog, positioned } = await mount({ anchor, placement: 'bottom' });
    expect(positioned.placement).toBe('bottom');
    const a = anchor.getBoundingClientRect();
    expect(positioned.rect?.top).toBeCloseTo(a.top, 0);
    const d = dialog.getBoundingClientRect();
    expect(d.top - a.bottom).toBeCloseTo(10, 0);
    const arrow = el(dialog, '[part=arrow]').getBoundingClientRect();
    expect(arrow.left + arrow.width / 2).toBeCloseTo(a.left + a.width / 2, 0);
    expect(arrow.top).toBeLessThan(d.top); // sticks out of the top edge, towards the anchor
    expect(arrow.bottom).toBeGreaterThan(d.top);
  });

  it('flips above an anchor near the bottom edge and re-centres without one', async () => {
    const anchor = anchorAt(`left:40px;top:${innerHeight - 50}px`);
    const { el: pop, dialog, positioned } = await mount({ anchor, placement: 'bottom' });
    expect(positioned.placement).toBe('top');
    expect(anchor.getBoundingClientRect().top - dialog.getBoundingClientRect().bottom).toBeCloseTo(10, 0);
    const next = new Promise<WmPositionedDetail>((r) =>
      pop.addEventListener('wm-positioned', (e) => r(e.detail), { once: true }),
    );
    pop.anchor = null;
    expect(await next).toEqual({ placement: 'center', rect: null });
    expect(pop.shadowRoot!.querySelector('[part=arrow]')).toBeNull();
    const r = dialog.getBoundingClientRect();
    expect(r.top + r.height / 2).toBeCloseTo(innerHeight / 2, 0);
  });

  it('wraps long words and URLs inside its maximum width', async () => {
    const { dialog } = await mount({ body: `${'x'.repeat(300)} https://example.com/${'a/'.repeat(100)}` });
    expect(dialog.getBoundingClientRect().width).toBeLessThanOrEqual(22 * 16 + 1);
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
  });

  it('puts the close button on the inline end in RTL', async () => {
    document.documentElement.dir = 'rtl';
    const { dialog } = await mount({});
    const close = el(dialog, '[part=close-button]').getBoundingClientRect();
    const d = dialog.getBoundingClientRect();
    expect(close.left - d.left).toBeLessThan(d.right - close.right);
  });

  it('reports presses from real clicks', async () => {
    const { el: pop } = await mount({});
    const actions: string[] = [];
    pop.addEventListener('wm-action', (e) => actions.push(e.detail.action));
    await userEvent.click(page.getByRole('button', { name: 'Next' }));
    await userEvent.click(page.getByRole('button', { name: 'Close' }));
    expect(actions).toEqual(['next', 'dismiss']);
  });

  it('has no axe violations, light or dark, anchored or centred', async () => {
    const anchor = anchorAt('left:40px;top:60px');
    const { el: pop } = await mount({ anchor });
    expect(await violations(pop)).toEqual([]);
    pop.setAttribute('theme', 'dark');
    pop.anchor = null;
    pop.modal = true;
    await pop.updateComplete;
    expect(await violations(pop)).toEqual([]);
  });
});

function el(root: Element, selector: string) {
  return root.querySelector(selector) as HTMLElement;
}
