import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import announcements from '../../src/features/announcements.js';
import { chatPlugin } from '../../src/features/chat.js';
import checklists from '../../src/features/checklists.js';
import hints from '../../src/features/hints.js';
import { deepActive } from '../../src/dom/focus-trap.js';

// One instance with everything that floats: the checklist launcher, the chat launcher and a slide-out, all asking
// for the bottom-right corner, plus a hint.
const guides = (slide: 'slideout' | 'modal' = 'slideout') => ({
  schemaVersion: 1,
  checklists: [{ id: 'start', title: 'Getting started', items: [{ id: 'a', title: 'Do A', completeWhen: 'manual' }] }],
  chat: { provider: 'custom', launcher: 'bottom-right' },
  announcements: [{ id: 'news', style: slide, title: 'New: faster reports', body: 'Reports load **3× faster**.' }],
  hints: [{ id: 'h', target: '#save', title: 'Save here' }],
});

let w: Waymark | undefined;
const make = async (g: object = guides()) => {
  w = createWaymark({
    guides: g,
    storage: 'memory',
    validate: false,
    plugins: [checklists, chatPlugin({ custom: () => {} }), announcements, hints],
  });
  await w.ready;
  return w;
};
const frames = (n = 3) =>
  new Promise<void>((r) => {
    const f = () => (n-- ? requestAnimationFrame(f) : r());
    f();
  });
const host = (sel: string) => document.querySelector<HTMLElement>(sel)!;
const slide = () => host('wm-announcement').shadowRoot!.querySelector('[part=dialog]')!;
const drawn = (el: Element) =>
  el.isConnected && getComputedStyle(el).visibility != 'hidden' && el.getBoundingClientRect().width > 0;
/** The floating boxes a user sees: checklist launcher, chat launcher, slide-out. */
const floating = () =>
  [host('wm-checklist'), host('wm-chat-button'), slide()].filter(drawn).map((el) => el.getBoundingClientRect());
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const beaconShown = () => !!document.querySelector('wm-hint')?.shadowRoot?.querySelector('.beacon:popover-open');

beforeEach(async () => {
  await page.viewport(1024, 700);
  document.body.innerHTML =
    '<main style="padding:20px"><button id="save">Save</button><input aria-label="Name" id="name"></main>';
  sessionStorage.clear();
});
afterEach(() => {
  w?.destroy();
  w = undefined;
  document.body.replaceChildren();
});

describe('one layer at a time (Chromium)', () => {
  it('a hint beacon under a launcher or slide-out is not drawn over it, and comes back when clear', async () => {
    // The hint's target sits in the bottom-right corner, under the corner stack (seen on the demo at 375 px: a beacon
    // drew over the slide-out announcement).
    document.body.innerHTML =
      '<main style="height:2000px"><button id="save" style="position:absolute;right:60px;top:640px">Save</button></main>';
    await make();
    await expect.element(page.getByRole('dialog', { name: 'New: faster reports' })).toBeVisible();
    await expect.poll(() => beaconShown()).toBe(true);
    const beacon = () => document.querySelector('wm-hint')!.shadowRoot!.querySelector('.beacon')!;
    await expect.poll(() => getComputedStyle(beacon()).visibility).toBe('hidden');
    // Scrolled clear of the corner stack: drawn again.
    scrollTo(0, 400);
    await expect.poll(() => getComputedStyle(beacon()).visibility).toBe('visible');
    const b = beacon().getBoundingClientRect();
    expect(floating().some((f) => overlap(f, b))).toBe(false);
    scrollTo(0, 0);
  });

  it('a slide-out announcement never takes focus', async () => {
    const input = host('#name') as HTMLInputElement;
    input.focus();
    await make();
    await expect.element(page.getByRole('dialog', { name: 'New: faster reports' })).toBeVisible();
    await frames();
    expect(deepActive()).toBe(input);
    // Nor with nothing focused.
    w!.destroy();
    input.blur();
    sessionStorage.clear();
    await make();
    await expect.element(page.getByRole('dialog', { name: 'New: faster reports' })).toBeVisible();
    await frames();
    expect(document.activeElement).toBe(document.body);
  });

  it('a modal announcement takes focus (dialog pattern), and hint beacons never draw over it', async () => {
    await make(guides('modal'));
    await expect.element(page.getByRole('dialog', { name: 'New: faster reports' })).toBeVisible();
    await frames();
    expect(host('wm-announcement').shadowRoot!.activeElement).not.toBeNull();
    expect(beaconShown()).toBe(false);
    await userEvent.keyboard('{Escape}');
    await expect.poll(beaconShown).toBe(true);
  });

  it('the checklist launcher, the chat launcher and the slide-out share one corner stack and never overlap', async () => {
    await make();
    await expect.element(page.getByRole('dialog', { name: 'New: faster reports' })).toBeVisible();
    await expect.poll(() => floating().length).toBe(3);
    await frames();
    const boxes = floating();
    for (const a of boxes) {
      expect(a.right).toBeLessThanOrEqual(1024);
      expect(a.bottom).toBeLessThanOrEqual(700);
      for (const b of boxes) if (a != b) expect(overlap(a, b)).toBe(false);
    }
    // Opening the checklist panel grows its box: the others move up with it.
    await userEvent.click(page.getByRole('button', { name: /Getting started/ }));
    await frames(4);
    const open = floating();
    for (const a of open) for (const b of open) if (a != b) expect(overlap(a, b)).toBe(false);
  });

  it('never hides the control that has keyboard focus (WCAG 2.4.11): launchers move aside or yield until focus leaves', async () => {
    // The page's last controls sit in the bottom-right corner, where the launchers are: a link and a field in a
    // component's shadow root.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<footer style="position:fixed;right:24px;bottom:24px"><a href="#" id="last">Last link</a><x-field></x-field></footer>',
    );
    if (!customElements.get('x-field'))
      customElements.define(
        'x-field',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<input aria-label="Deep" style="width:60px">';
          }
        },
      );
    await make();
    await expect.poll(() => floating().length).toBe(3);
    const link = host('#last');
    const deep = host('x-field').shadowRoot!.querySelector('input')!;
    for (const el of [link, deep]) {
      el.focus();
      await frames(4);
      const r = el.getBoundingClientRect();
      for (const b of floating()) expect(overlap(b, r)).toBe(false);
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit == el || hit == (el.getRootNode() as ShadowRoot).host || el.contains(hit)).toBe(true);
    }
    // Focus gone: back in the corner, stacked again.
    deep.blur();
    await frames(4);
    expect(floating()).toHaveLength(3);
    expect(host('wm-checklist').getAttribute('data-wm-stack')).toBe('bottom-right');
  });

  it("hint beacons and launchers never draw over the app's own modal dialog, and come back when it closes", async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<dialog id="app" style="width:900px;height:600px"><button>OK</button></dialog>',
    );
    await make();
    await expect.poll(() => floating().length).toBe(3);
    await expect.poll(beaconShown).toBe(true);
    const dialog = host('#app') as HTMLDialogElement;
    dialog.showModal();
    await expect.poll(() => floating().length).toBe(0);
    expect(beaconShown()).toBe(false);
    // A script-made modal counts too.
    dialog.close();
    await expect.poll(() => floating().length).toBe(3);
    await expect.poll(beaconShown).toBe(true);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog" aria-modal="true" id="app2" style="position:fixed;inset:0;background:#fff">App modal</div>',
    );
    await expect.poll(() => floating().length).toBe(0);
    expect(beaconShown()).toBe(false);
    host('#app2').remove();
    await expect.poll(() => floating().length).toBe(3);
  });
});
