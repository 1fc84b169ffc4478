import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import type { WaymarkEvent } from '../../src/core/events.js';
import hints from '../../src/features/hints.js';
import { standInFor } from '../../src/dom/visible-stand-in.js';

// TodoMVC's "toggle all": a 1 × 1 px transparent checkbox, shown to users through its <label>.
const TODO = `<section class="main" style="position:relative;padding:40px;margin:60px">
  <input id="toggle-all" class="toggle-all" type="checkbox" style="width:1px;height:1px;border:none;opacity:0;position:absolute;right:100%;bottom:100%">
  <label for="toggle-all" style="display:inline-block;width:40px;height:30px">❯</label>
  <div class="row" style="width:200px;height:40px"><span id="dot" style="display:inline-block;width:1px;height:1px"></span></div>
  <input id="hidden-box" type="checkbox" style="display:none">
  <p class="panel" style="width:240px;height:50px"><input id="secret" type="text" hidden></p>
</section>`;

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'todo',
      steps: [
        { id: 'toggle', target: '.toggle-all', title: 'Mark all as complete', advanceOn: 'click' },
        { id: 'dot', target: '#dot', title: 'A dot' },
        { id: 'secret', target: '#secret', title: 'Never visible', waitTimeout: 100 },
        { id: 'end', title: 'The end' },
      ],
    },
  ],
};

let waymark: Waymark | undefined;
let events: WaymarkEvent[] = [];
beforeEach(() => {
  events = [];
  document.body.innerHTML = TODO;
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
  vi.restoreAllMocks();
});
const make = async (options: Partial<Parameters<typeof createWaymark>[0]> = {}) => {
  waymark = createWaymark({ guides, storage: memoryStorage(), onEvent: (e) => events.push(e), ...options });
  await waymark.ready;
  return waymark;
};
const dialog = (name: string) => page.getByRole('dialog', { name });
/** The spotlight as a user sees it: whether a viewport point is dimmed (the path, or the anchored cut-out box). */
const path = () => ({
  isPointInFill(p: DOMPoint) {
    const root = document.querySelector('wm-tour')!.shadowRoot!.querySelector('wm-spotlight')!.shadowRoot!;
    const d = root.querySelector('path');
    if (d) return d.isPointInFill(p);
    const r = root.querySelector('[part=backdrop]')!.getBoundingClientRect();
    return !(p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom);
  },
});
const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  return new DOMPoint(r.left + r.width / 2, r.top + r.height / 2);
};

it('finds the visible stand-in of an element a user cannot see', () => {
  expect(standInFor(document.querySelector('#toggle-all')!)).toEqual({
    reason: 'tiny',
    use: document.querySelector('label'),
    suggest: document.querySelector('label'),
  });
  expect(standInFor(document.querySelector('#dot')!)).toEqual({
    reason: 'tiny',
    use: document.querySelector('.row'),
    suggest: document.querySelector('.row'),
  });
  expect(standInFor(document.querySelector('#secret')!)).toEqual({
    reason: 'not-rendered',
    use: null,
    suggest: document.querySelector('.panel'),
  });
  expect(standInFor(document.querySelector('label')!)).toBeUndefined();
});

it('spotlights the label of a 1 px checkbox, still advances on the real control, and warns once in development', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const w = await make({ validate: true });
  w.start('todo');
  await expect.element(dialog('Mark all as complete')).toBeVisible();
  const label = document.querySelector('label')!;
  await expect.poll(() => path().isPointInFill(centre(label))).toBe(false);
  expect(events.find((e) => e.type == 'target:invisible')).toMatchObject({
    tourId: 'todo',
    stepId: 'toggle',
    reason: 'tiny',
    element: 'input#toggle-all.toggle-all',
    suggestion: 'label[for="toggle-all"]',
    substituted: true,
  });
  await expect.poll(() => warn.mock.calls.length).toBeGreaterThan(0);
  const message = String(warn.mock.calls.find((c) => String(c[0]).includes('toggle'))?.[0]);
  expect(message).toContain('tour "todo", step "toggle"');
  expect(message).toContain('label[for="toggle-all"]');
  // Clicking the label toggles the checkbox: the step advances (once).
  label.click();
  await expect.element(dialog('A dot')).toBeVisible();
  // A 1 px element without a label: its visible ancestor is lit instead.
  const row = document.querySelector('.row')!;
  await expect.poll(() => path().isPointInFill(centre(row))).toBe(false);
  w.next();
  // Only a hidden element matches: reported with a suggestion, then skipped as missing (reason not-rendered).
  await expect.element(dialog('The end'), { timeout: 2000 }).toBeVisible();
  expect(
    events.filter((e) => e.type == 'target:invisible').map((e) => [e.stepId, e.reason, e.substituted, e.suggestion]),
  ).toEqual([
    ['toggle', 'tiny', true, 'label[for="toggle-all"]'],
    ['dot', 'tiny', true, 'div.row'],
    ['secret', 'not-rendered', false, 'p.panel'],
  ]);
  expect(events.find((e) => e.type == 'target:missing')).toMatchObject({ stepId: 'secret', reason: 'not-rendered' });
  await expect.poll(() => warn.mock.calls.filter((c) => String(c[0]).startsWith('waymark: tour')).length).toBe(3);
  // the same step again does not warn twice
  w.goTo('toggle');
  await expect.element(dialog('Mark all as complete')).toBeVisible();
  await new Promise((r) => setTimeout(r, 100));
  expect(warn.mock.calls.filter((c) => String(c[0]).startsWith('waymark: tour'))).toHaveLength(3);
});

it('stays silent outside development, but still reports the event', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const w = await make({ validate: false });
  w.start('todo');
  await expect.element(dialog('Mark all as complete')).toBeVisible();
  expect(events.some((e) => e.type == 'target:invisible')).toBe(true);
  expect(warn).not.toHaveBeenCalled();
});

it('a hidden checkbox with a visible label is a target (its label is pointed at)', async () => {
  document
    .querySelector('#hidden-box')!
    .insertAdjacentHTML(
      'afterend',
      '<label for="hidden-box" style="display:inline-block;width:60px;height:20px">Remember</label>',
    );
  const w = await make({
    guides: {
      schemaVersion: 1,
      tours: [{ id: 'x', steps: [{ id: 'box', target: '#hidden-box', title: 'Remember me', waitTimeout: 100 }] }],
    },
  });
  w.start('x');
  await expect.element(dialog('Remember me')).toBeVisible();
  expect(events.find((e) => e.type == 'target:invisible')).toMatchObject({
    reason: 'not-rendered',
    substituted: true,
    suggestion: 'label[for="hidden-box"]',
  });
});

it('a hint on a 1 px checkbox sits on its label', async () => {
  await make({
    guides: { schemaVersion: 1, hints: [{ id: 'all', target: '.toggle-all', title: 'Toggle all' }] },
    plugins: [hints],
  });
  await expect.element(page.getByRole('button', { name: 'Hint: Toggle all' })).toBeVisible();
  expect(document.querySelector('wm-hint')!.anchor).toBe(document.querySelector('label'));
  expect(events.find((e) => e.type == 'target:invisible')).toMatchObject({
    hintId: 'all',
    reason: 'tiny',
    substituted: true,
  });
});
