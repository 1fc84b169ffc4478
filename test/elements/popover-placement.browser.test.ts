import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { defineElements } from '../../src/elements/define.js';
import type { WmPopover } from '../../src/elements/popover.js';
import type { Placement } from '../../src/core/guide-definition.js';

// The placement matrix: wherever the target is, whatever the placement, viewport and direction, the whole step
// stays inside the viewport (minus the padding and the page's scroll-padding) with its buttons visible, and it
// does not cover its target when some side has room for it.

defineElements();

const GAP = 10;
const PAD = 8;
const SIZES = [
  [1280, 800],
  [375, 667],
] as const;
const SIDES = ['top', 'bottom', 'left', 'right'] as const;
const PLACEMENTS = SIDES.flatMap((s) => [s, `${s}-start`, `${s}-end`]) as Placement[];

interface Scene {
  /** The target. */
  target: HTMLElement;
  /** A scroll container clipping the target. */
  clip?: HTMLElement;
  /** `scroll-padding` on the root (sticky header / footer). */
  scrollPadding?: { top?: number; bottom?: number };
}

const stage = document.createElement('div');
const box = (style: string, parent: HTMLElement = stage, text = 'Target') => {
  const el = document.createElement('div');
  el.textContent = text;
  el.style.cssText = `position:fixed;box-sizing:border-box;background:#cde;${style}`;
  parent.append(el);
  return el;
};
/** A fixed header (or footer) the page declares with scroll-padding. */
const bar = (edge: 'top' | 'bottom', height: number) =>
  box(`${edge}:0;left:0;right:0;height:${height}px;background:#333;z-index:1`, stage, 'Sticky');

/** A scroll container at one corner of the viewport, scrolled so its highlighted row sits near its `edge`. */
function inScroller(vw: number, vh: number, corner: 'top-left' | 'bottom-right', edge: 'top' | 'bottom'): Scene {
  const w = Math.min(600, vw - 20);
  const clip = box(
    `${corner == 'top-left' ? 'left:4px;top:4px' : 'right:4px;bottom:4px'};width:${w}px;height:180px;overflow:auto;background:#fff`,
  );
  for (let i = 0; i < 30; i++) {
    const row = document.createElement('p');
    row.style.cssText = 'margin:0;height:24px';
    row.textContent = `Row ${i}`;
    clip.append(row);
  }
  const target = clip.children[15] as HTMLElement;
  // The row at the container's top or bottom edge.
  clip.scrollTop = target.offsetTop - (edge == 'top' ? 0 : 180 - 24);
  return { target, clip };
}

/** Every situation, for a viewport of vw × vh. */
const SCENES: Record<string, (vw: number, vh: number) => Scene> = {
  'top-left corner': () => ({ target: box('left:0;top:0;width:100px;height:32px') }),
  'top-right corner': () => ({ target: box('right:0;top:0;width:100px;height:32px') }),
  'bottom-left corner': () => ({ target: box('left:0;bottom:0;width:100px;height:32px') }),
  'bottom-right corner': () => ({ target: box('right:0;bottom:0;width:100px;height:32px') }),
  'top edge': (vw) => ({ target: box(`left:${vw / 2 - 50}px;top:0;width:100px;height:32px`) }),
  'bottom edge': (vw) => ({ target: box(`left:${vw / 2 - 50}px;bottom:0;width:100px;height:32px`) }),
  'left edge': (_, vh) => ({ target: box(`left:0;top:${vh / 2 - 16}px;width:100px;height:32px`) }),
  'right edge': (_, vh) => ({ target: box(`right:0;top:${vh / 2 - 16}px;width:100px;height:32px`) }),
  centre: (vw, vh) => ({ target: box(`left:${vw / 2 - 50}px;top:${vh / 2 - 16}px;width:100px;height:32px`) }),
  'full-width row at the top': () => ({ target: box('left:0;right:0;top:0;height:40px') }),
  'full-width row in the middle': (_, vh) => ({ target: box(`left:0;right:0;top:${vh / 2 - 20}px;height:40px`) }),
  'full-width row at the bottom': () => ({ target: box('left:0;right:0;bottom:0;height:40px') }),
  'full-width block, upper two thirds': (_, vh) => ({
    target: box(`left:0;right:0;top:0;height:${Math.round(vh * 0.66)}px`),
  }),
  'full-height column on the left': () => ({ target: box('left:0;top:0;bottom:0;width:200px') }),
  'narrow target taller than the viewport': (_, vh) => ({
    target: box(`left:20px;top:${-vh / 4}px;width:120px;height:${vh * 1.5}px`),
  }),
  'target covering the viewport and more': (vw, vh) => ({
    target: box(`left:-10px;top:${-vh / 4}px;width:${vw + 20}px;height:${vh * 1.5}px`),
  }),
  'scroll container top-left, row at its top edge': (vw, vh) => inScroller(vw, vh, 'top-left', 'top'),
  'scroll container bottom-right, row at its bottom edge': (vw, vh) => inScroller(vw, vh, 'bottom-right', 'bottom'),
  'under a sticky header (scroll-padding-top)': (vw) => (
    bar('top', 60),
    { target: box(`left:${vw / 2 - 50}px;top:70px;width:100px;height:32px`), scrollPadding: { top: 60 } }
  ),
  'full-width row under a sticky header': () => (
    bar('top', 60),
    { target: box('left:0;right:0;top:64px;height:40px'), scrollPadding: { top: 60 } }
  ),
  'button in a sticky header': (vw) => ({
    target: box(`left:${vw - 160}px;top:14px;width:120px;height:32px;z-index:2`, bar('top', 60)),
    scrollPadding: { top: 60 },
  }),
  'button in a sticky footer': () => ({
    target: box('left:20px;bottom:12px;width:120px;height:32px;z-index:2', bar('bottom', 56)),
    scrollPadding: { bottom: 56 },
  }),
  'above a sticky footer (scroll-padding-bottom)': (vw, vh) => (
    bar('bottom', 56),
    { target: box(`left:${vw / 2 - 50}px;top:${vh - 100}px;width:100px;height:32px`), scrollPadding: { bottom: 56 } }
  ),
};

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});
const empty = (r: Box) => r.right - r.left < 1 || r.bottom - r.top < 1;
const fmt = (r: Box) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');

let pop: WmPopover;
const settled = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

async function show(anchor: Element, placement: Placement) {
  const positioned = new Promise((r) => pop.addEventListener('wm-positioned', r, { once: true }));
  Object.assign(pop, { anchor, placement });
  await positioned;
  // Resize observers may ask for one more update in the next frame.
  await settled();
}

function mountPopover() {
  pop = Object.assign(document.createElement('wm-popover'), {
    heading: 'Inside a scroll container',
    body: 'Steps stay attached while you scroll this feed or the page.',
    step: 4,
    steps: 6,
    buttons: [
      { label: 'Back', action: 'back' },
      { label: 'Next', action: 'next', variant: 'primary' as const },
    ],
  });
  document.body.append(pop);
}

afterEach(() => {
  stage.replaceChildren();
  pop?.remove();
  document.documentElement.removeAttribute('dir');
  document.documentElement.style.cssText = '';
});
afterAll(() => stage.remove());

describe('placement matrix', () => {
  for (const [vw, vh] of SIZES)
    for (const dir of ['ltr', 'rtl'] as const)
      it(`${vw}×${vh} ${dir}: every scene × 12 placements stays in the viewport and off its target where there is room`, async () => {
        await page.viewport(vw, vh);
        document.documentElement.dir = dir;
        document.body.append(stage);
        mountPopover();
        // The step's natural size, where there is room for it (the middle of an empty viewport).
        const probe = box(`left:${vw / 2 - 5}px;top:${vh / 2 - 5}px;width:10px;height:10px`);
        await show(probe, 'bottom');
        const dialog = pop.container!;
        dialog.getAnimations().forEach((a) => a.finish());
        expect(dialog.style.maxHeight).toBe('');
        const natural = dialog.getBoundingClientRect();
        const sheet = vw < 480;
        expect(dialog.hasAttribute('data-sheet')).toBe(sheet);
        probe.remove();

        const failures: string[] = [];
        let count = 0;
        let roomy = 0;
        for (const [name, make] of Object.entries(SCENES)) {
          stage.replaceChildren();
          document.documentElement.style.cssText = '';
          const scene = make(vw, vh);
          const sp = scene.scrollPadding ?? {};
          document.documentElement.style.cssText = `scroll-padding-top:${sp.top ?? 0}px;scroll-padding-bottom:${sp.bottom ?? 0}px`;
          const html = document.documentElement;
          const t0 = scene.target.getBoundingClientRect();
          // The sticky bands, except that a target inside one may have its step right next to it.
          const view = {
            left: PAD,
            top: Math.min(PAD + (sp.top ?? 0), Math.max(PAD, t0.bottom + GAP)),
            right: html.clientWidth - PAD,
            bottom:
              html.clientHeight - Math.min(PAD + (sp.bottom ?? 0), Math.max(PAD, html.clientHeight - t0.top + GAP)),
          };
          for (const placement of PLACEMENTS) {
            count++;
            await show(scene.target, placement);
            const d = dialog.getBoundingClientRect();
            const t = scene.target.getBoundingClientRect();
            const problems: string[] = [];
            // 1. The whole step inside the viewport, minus the padding and the page's scroll padding.
            if (
              d.left < view.left - 0.5 ||
              d.top < view.top - 0.5 ||
              d.right > view.right + 0.5 ||
              d.bottom > view.bottom + 0.5
            )
              problems.push(`outside ${fmt(view)}`);
            // 2. Its buttons visible: the footer inside the dialog's box (the body scrolls instead).
            const footer = dialog.querySelector('.footer')!.getBoundingClientRect();
            if (footer.top < d.top || footer.bottom > d.bottom + 0.5 || footer.height < 20)
              problems.push(`footer cut off at ${fmt(footer)}`);
            // 3. Off the target when some side has room for the whole step.
            const w = sheet ? view.right - view.left : natural.width;
            const h = natural.height;
            const room = {
              top: t.top - GAP - view.top >= h && view.right - view.left >= w,
              bottom: view.bottom - t.bottom - GAP >= h && view.right - view.left >= w,
              left: !sheet && t.left - GAP - view.left >= w && view.bottom - view.top >= h,
              right: !sheet && view.right - t.right - GAP >= w && view.bottom - view.top >= h,
            };
            let visible = intersect(t, { left: 0, top: 0, right: html.clientWidth, bottom: html.clientHeight });
            if (scene.clip) visible = intersect(visible, scene.clip.getBoundingClientRect());
            const hasRoom = Object.values(room).some(Boolean);
            if (hasRoom) roomy++;
            if (hasRoom && !empty(visible) && !empty(intersect(d, visible)))
              problems.push(`covers its target ${fmt(visible)} though there is room (${SIDES.filter((s) => room[s])})`);
            if (problems.length)
              failures.push(
                `${name} / ${placement} → ${dialog.dataset.placement} at ${fmt(d)}: ${problems.join('; ')}`,
              );
          }
        }
        console.log(
          `placement matrix ${vw}×${vh} ${dir}: ${count} combinations (${roomy} with room off the target), ${count - failures.length} pass`,
        );
        expect(failures).toEqual([]);
      });
});

/** Mount the popover on `anchor` and wait until it is placed and its entrance animation is over. */
async function placed(anchor: Element, placement: Placement, props: Partial<WmPopover> = {}) {
  mountPopover();
  Object.assign(pop, props);
  await show(anchor, placement);
  pop.container!.getAnimations().forEach((a) => a.finish());
  return pop.container!;
}

const inside = (d: DOMRect, view: Box) =>
  d.left >= view.left - 0.5 && d.top >= view.top - 0.5 && d.right <= view.right + 0.5 && d.bottom <= view.bottom + 0.5;
const viewport = (top = PAD, bottom = PAD) => ({
  left: PAD,
  top,
  right: document.documentElement.clientWidth - PAD,
  bottom: document.documentElement.clientHeight - bottom,
});

describe('the demo steps that were cut off (issue 8)', () => {
  it('step 4, `left` of a wide row in a scroll container at 1280×800, goes below it instead of 113px off screen', async () => {
    await page.viewport(1280, 800);
    document.body.append(stage);
    bar('top', 58);
    // The demo's activity feed: 836px wide from x = 232, its highlighted row scrolled into the middle.
    const feed = box('left:232px;top:300px;width:836px;height:180px;overflow:auto;padding:8px 16px;background:#fff');
    feed.replaceChildren(
      ...Array.from({ length: 40 }, (_, i) =>
        Object.assign(document.createElement('p'), { textContent: `Ana updated task #${1200 + i}` }),
      ),
    );
    const row = feed.children[22] as HTMLElement;
    feed.scrollTop = row.offsetTop - 90;
    const d = (await placed(row, 'left')).getBoundingClientRect();
    const r = row.getBoundingClientRect();
    expect(d.left).toBeGreaterThanOrEqual(PAD);
    expect(inside(d, viewport())).toBe(true);
    expect(empty(intersect(d, r))).toBe(true);
    expect(pop.container!.dataset.placement).toMatch(/^(bottom|top)/);
  });

  it('step 5, `top` of a card under the sticky header, flips below instead of covering the header', async () => {
    await page.viewport(1280, 800);
    document.body.append(stage);
    bar('top', 58);
    // The page declares its sticky header, as the demo does.
    document.documentElement.style.scrollPaddingTop = '58px';
    const card = box('left:232px;top:189px;width:836px;height:53px');
    const d = (await placed(card, 'top')).getBoundingClientRect();
    expect(d.top).toBeGreaterThanOrEqual(58 + PAD);
    expect(empty(intersect(d, card.getBoundingClientRect()))).toBe(true);
    expect(pop.container!.dataset.placement).toBe('bottom');
  });
});

describe('room, padding and direction', () => {
  it('keeps `viewportPadding` free on every side, on top of scroll-padding', async () => {
    await page.viewport(1280, 800);
    document.body.append(stage);
    document.documentElement.style.scrollPaddingTop = '40px';
    // Just below the 40px + 30px band: centred beside it, the step would reach into the band.
    const t = box('left:0;top:80px;width:60px;height:30px');
    let d = (await placed(t, 'right', { viewportPadding: { top: 30 } })).getBoundingClientRect();
    expect(d.top).toBeCloseTo(70, 0);
    expect(d.left).toBeCloseTo(60 + GAP, 0);
    pop.viewportPadding = { left: 150 };
    await show(t, 'bottom-start');
    d = pop.container!.getBoundingClientRect();
    expect(d.left).toBeCloseTo(150, 0);
    expect(d.top).toBeCloseTo(110 + GAP, 0);
    // Now the target is inside the 120px + 40px band: the scroll padding gives way to it, the padding does not.
    pop.viewportPadding = 120;
    await show(t, 'right');
    d = pop.container!.getBoundingClientRect();
    expect(d.top).toBeCloseTo(120, 0);
    expect(d.left).toBeCloseTo(120, 0);
  });

  it('limits its height to the room on its side and scrolls the body, the buttons staying visible', async () => {
    await page.viewport(1280, 800);
    document.body.append(stage);
    const row = box(`left:0;right:0;top:${800 / 2 - 20}px;height:40px`);
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of a long explanation.`).join('\n\n');
    const dialog = await placed(row, 'bottom', { body });
    const d = dialog.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    expect(inside(d, viewport())).toBe(true);
    expect(d.top).toBeGreaterThanOrEqual(r.bottom + GAP - 0.5);
    const scroller = dialog.querySelector<HTMLElement>('.body')!;
    expect(scroller.scrollHeight).toBeGreaterThan(scroller.clientHeight);
    const next = dialog.querySelector('.primary')!.getBoundingClientRect();
    expect(next.bottom).toBeLessThanOrEqual(d.bottom);
    expect(document.elementFromPoint(next.left + next.width / 2, next.top + next.height / 2)).toBe(pop);
    // Room again (a short body): the limit goes.
    pop.body = 'Short.';
    await show(row, 'bottom');
    expect(dialog.style.maxHeight).toBe('');
  });

  it('aligns `-start` with the inline start of the target: its left edge in LTR, its right edge in RTL', async () => {
    await page.viewport(1280, 800);
    document.body.append(stage);
    const t = box('left:500px;top:300px;width:200px;height:30px');
    let d = (await placed(t, 'bottom-start')).getBoundingClientRect();
    expect(d.left).toBeCloseTo(500, 0);
    pop.remove();
    document.documentElement.dir = 'rtl';
    d = (await placed(t, 'bottom-start')).getBoundingClientRect();
    expect(d.right).toBeCloseTo(700, 0);
    expect(pop.container!.dataset.placement).toBe('bottom-start');
  });
});

describe('bottom sheet on narrow viewports', () => {
  it('docks to the bottom edge at full width without an arrow, clear of a target in the upper part', async () => {
    await page.viewport(375, 667);
    document.body.append(stage);
    const t = box('left:20px;top:100px;width:100px;height:30px');
    const dialog = await placed(t, 'right');
    const d = dialog.getBoundingClientRect();
    const html = document.documentElement;
    expect(dialog.hasAttribute('data-sheet')).toBe(true);
    expect(d.left).toBeCloseTo(PAD, 0);
    expect(d.right).toBeCloseTo(html.clientWidth - PAD, 0);
    expect(d.bottom).toBeCloseTo(html.clientHeight - PAD, 0);
    expect(getComputedStyle(dialog.querySelector('.arrow')!).visibility).toBe('hidden');
    expect(empty(intersect(d, t.getBoundingClientRect()))).toBe(true);
  });

  it('docks to the top edge when the target is in the bottom part, and is symmetric in RTL', async () => {
    await page.viewport(375, 667);
    document.documentElement.dir = 'rtl';
    document.body.append(stage);
    const t = box('right:20px;bottom:60px;width:100px;height:30px');
    const d = (await placed(t, 'bottom')).getBoundingClientRect();
    expect(d.top).toBeCloseTo(PAD, 0);
    expect(d.left).toBeCloseTo(PAD, 0);
    expect(d.right).toBeCloseTo(document.documentElement.clientWidth - PAD, 0);
    expect(empty(intersect(d, t.getBoundingClientRect()))).toBe(true);
  });

  it('limits its height to the room beside the target, its body scrolling and its buttons visible', async () => {
    await page.viewport(375, 667);
    document.body.append(stage);
    const row = box(`left:0;right:0;top:${667 / 2 - 20}px;height:40px`);
    const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of a long explanation.`).join('\n\n');
    const dialog = await placed(row, 'top', { body });
    const d = dialog.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    expect(dialog.hasAttribute('data-sheet')).toBe(true);
    expect(empty(intersect(d, r))).toBe(true);
    expect(inside(d, viewport())).toBe(true);
    const scroller = dialog.querySelector<HTMLElement>('.body')!;
    expect(scroller.scrollHeight).toBeGreaterThan(scroller.clientHeight);
    expect(dialog.querySelector('.primary')!.getBoundingClientRect().bottom).toBeLessThanOrEqual(d.bottom);
  });

  it('turns into a sheet and back when the viewport is resized', async () => {
    await page.viewport(1280, 800);
    document.body.append(stage);
    const t = box('left:200px;top:100px;width:100px;height:30px');
    const dialog = await placed(t, 'right');
    expect(dialog.hasAttribute('data-sheet')).toBe(false);
    const width = dialog.getBoundingClientRect().width;
    // A size change inside a ResizeObserver callback would reach the host's error tracker as "ResizeObserver loop".
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    await page.viewport(375, 667);
    await expect.poll(() => dialog.hasAttribute('data-sheet')).toBe(true);
    await settled();
    expect(dialog.getBoundingClientRect().width).toBeCloseTo(document.documentElement.clientWidth - 2 * PAD, 0);
    await page.viewport(1280, 800);
    await expect.poll(() => dialog.hasAttribute('data-sheet')).toBe(false);
    await settled();
    expect(dialog.dataset.placement).toBe('right');
    expect(dialog.getBoundingClientRect().width).toBeCloseTo(width, 0);
    expect(dialog.getBoundingClientRect().left).toBeCloseTo(300 + GAP, 0);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});
