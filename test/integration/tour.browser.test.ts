import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import type { WaymarkEvent } from '../../src/core/events.js';

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'welcome',
      title: 'Welcome',
      steps: [
        { id: 'hello', title: 'Welcome aboard', body: 'A **short** tour.' },
        { id: 'create', target: '#create', title: 'Create a project', body: 'Everything starts here.' },
        { id: 'search', target: ['#nope', 'x-shell >>> input'], title: 'Find anything', body: 'Inside a shadow root.' },
      ],
    },
    {
      id: 'missing',
      steps: [
        { id: 'm1', target: '#absent', title: 'Skipped', waitTimeout: 100 },
        { id: 'm2', target: '#absent', title: 'Centred', waitTimeout: 100, onMissing: 'center' },
        { id: 'm3', target: '#absent', title: 'Ends', waitTimeout: 100, onMissing: 'end' },
        { id: 'm4', title: 'Never reached' },
      ],
    },
    {
      id: 'advance',
      steps: [
        { id: 'click-it', target: '#create', title: 'Click the button', advanceOn: 'click' },
        { id: 'after', title: 'Well done' },
      ],
    },
    { id: 'late', steps: [{ id: 'l1', target: '#late', title: 'Late target', waitTimeout: 3000 }] },
  ],
};

class XShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<input aria-label="Search" type="search">';
  }
}
if (!customElements.get('x-shell')) customElements.define('x-shell', XShell);

let waymark: Waymark | undefined;
let events: WaymarkEvent[] = [];
const storage = memoryStorage();
const make = (options: Partial<Parameters<typeof createWaymark>[0]> = {}) => {
  waymark = createWaymark({ guides, storage, onEvent: (e) => events.push(e), ...options });
  return waymark;
};
const rendered = (w: Waymark) =>
  new Promise<void>((r) => {
    const off = w.on('step:rendered', () => {
      off();
      r();
    });
  });
const dialog = (name: string) => page.getByRole('dialog', { name });
const types = () => events.map((e) => e.type);
/** axe skips contrast while the entrance animation runs: wait until the step is fully opaque. */
const settled = async () => {
  const box = document
    .querySelector('wm-tour')!
    .shadowRoot!.querySelector('wm-popover')!
    .shadowRoot!.querySelector('[role=dialog]')!;
  await expect.poll(() => getComputedStyle(box).opacity).toBe('1');
};

beforeEach(() => {
  events = [];
  document.body.innerHTML = `
    <header><button id="opener">Help</button></header>
    <main style="padding: 40px"><button id="create">New project</button><x-shell></x-shell>
      <div style="height: 2000px"></div><p id="far">Far below</p></main>`;
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
  storage.remove?.('waymark:v1:anonymous');
});

describe('a tour in real Chromium', () => {
  it('runs end to end with the mouse: modal step, anchored steps, shadow-DOM target, completion', async () => {
    const w = make();
    await w.ready;
    expect(document.querySelector('wm-tour')).toBeNull(); // an idle instance adds no node
    w.start('welcome');
    await expect.element(dialog('Welcome aboard')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Next' }));
    await expect.element(dialog('Create a project')).toBeVisible();
    await expect.element(dialog('Create a project')).toHaveAccessibleDescription('Everything starts here.');
    await userEvent.click(page.getByRole('button', { name: 'Next' }));
    await expect.element(dialog('Find anything')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Done' }));
    await expect.element(dialog('Find anything')).not.toBeInTheDocument();
    expect(types()).toEqual(
      expect.arrayContaining(['tour:started', 'step:shown', 'step:rendered', 'step:completed', 'tour:completed']),
    );
    expect(w.progress.getTour('welcome')?.status).toBe('completed');
    await expect.poll(() => document.querySelector('wm-tour')).toBeNull();
  });

  it('anchors the popover to its target (below it, horizontally overlapping) and spotlights it', async () => {
    // A desktop viewport: on a phone-sized one (the default) the step is a sheet docked to the viewport's edge.
    await page.viewport(1024, 768);
    onTestFinished(() => page.viewport(414, 896));
    const w = make();
    await w.ready;
    const shown = rendered(w);
    w.start('welcome', { stepId: 'create' });
    await shown;
    await new Promise((r) => requestAnimationFrame(r));
    const target = document.querySelector('#create')!.getBoundingClientRect();
    const box = (await dialog('Create a project').element()).getBoundingClientRect();
    expect(box.top).toBeGreaterThan(target.bottom);
    expect(box.top - target.bottom).toBeLessThan(30);
    expect(box.left).toBeLessThan(target.right);
    expect(box.right).toBeGreaterThan(target.left);
    const popover = document.querySelector('wm-tour')!.shadowRoot!.querySelector('wm-popover')!;
    expect(popover.shadowRoot!.querySelector('[popover]')!.matches(':popover-open')).toBe(true);
  });

  it('works with the keyboard alone: focus moves in, arrows navigate, Tab stays inside, Esc dismisses and focus returns', async () => {
    const w = make();
    await w.ready;
    const opener = document.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    w.start('welcome');
    await expect.element(dialog('Welcome aboard')).toBeVisible();
    await expect.poll(() => document.activeElement?.tagName).toBe('WM-TOUR');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(dialog('Create a project')).toBeVisible();
    // Tab cycles among the step's controls and its target, never into the page behind.
    const visited = new Set<string>();
    for (let i = 0; i < 6; i++) {
      await userEvent.keyboard('{Tab}');
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      visited.add(el?.id || el?.getAttribute('aria-label') || el?.textContent?.trim() || '?');
    }
    expect(visited.has('opener')).toBe(false);
    expect(visited.has('create')).toBe(true);
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(dialog('Welcome aboard')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog('Welcome aboard')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(opener);
    expect(events.find((e) => e.type == 'tour:dismissed')).toMatchObject({ source: 'keyboard', stepId: 'hello' });
  });

  it('does not steal arrow keys while the user types in a field', async () => {
    const w = make();
    await w.ready;
    w.start('welcome', { stepId: 'search' });
    await expect.element(dialog('Find anything')).toBeVisible();
    const input = document.querySelector('x-shell')!.shadowRoot!.querySelector('input')!;
    input.focus();
    await userEvent.keyboard('ab{ArrowLeft}');
    await expect.element(dialog('Find anything')).toBeVisible();
    expect(input.value).toBe('ab');
  });

  it('makes the page inert behind a modal step, and restores it', async () => {
    const w = make();
    await w.ready;
    w.start('welcome');
    await expect.element(dialog('Welcome aboard')).toBeVisible();
    expect(document.querySelector('main')!.inert).toBe(true);
    w.dismiss();
    await expect.poll(() => document.querySelector('main')!.inert).toBe(false);
  });

  it('applies the missing-target policies: skip, center, end', async () => {
    const w = make();
    await w.ready;
    w.start('missing');
    await expect.element(dialog('Centred'), { timeout: 2000 }).toBeVisible();
    const missing = events.filter((e) => e.type == 'target:missing');
    expect(missing.map((e) => (e as { policy: string }).policy)).toEqual(['skip', 'center']);
    await userEvent.click(page.getByRole('button', { name: 'Next' }));
    await expect.poll(() => types().includes('tour:dismissed'), { timeout: 2000 }).toBe(true);
    expect(events.find((e) => e.type == 'tour:dismissed')).toMatchObject({ reason: 'missing-target', stepId: 'm3' });
  });

  it('waits for a target that renders late', async () => {
    const w = make();
    await w.ready;
    w.start('late');
    setTimeout(() => document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<p id="late">Late</p>'), 300);
    await expect.element(dialog('Late target'), { timeout: 2000 }).toBeVisible();
    expect(types()).not.toContain('target:missing');
  });

  it('advances when the user clicks the target (advanceOn)', async () => {
    const w = make();
    await w.ready;
    w.start('advance');
    await expect.element(dialog('Click the button')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'New project' }));
    await expect.element(dialog('Well done')).toBeVisible();
    expect(events.find((e) => e.type == 'step:completed')).toMatchObject({ stepId: 'click-it', source: 'target' });
  });

  it('resumes an unfinished tour after a reload', async () => {
    const first = make();
    await first.ready;
    first.start('welcome', { stepId: 'create' });
    await expect.element(dialog('Create a project')).toBeVisible();
    first.destroy(); // the page goes away mid-tour
    const second = make();
    await second.ready;
    await expect.element(dialog('Create a project')).toBeVisible();
    expect(events.filter((e) => e.type == 'tour:started').at(-1)).toMatchObject({ resumed: true });
  });

  it('has no axe violations on a modal and an anchored step', async () => {
    const w = make();
    await w.ready;
    w.start('welcome');
    await expect.element(dialog('Welcome aboard')).toBeVisible();
    const tour = document.querySelector('wm-tour')!;
    await settled();
    expect((await axe.run(tour)).violations.map((v) => v.id)).toEqual([]);
    w.next();
    await expect.element(dialog('Create a project')).toBeVisible();
    await settled();
    expect((await axe.run(tour)).violations.map((v) => v.id)).toEqual([]);
  });

  it('leaves nothing behind after destroy()', async () => {
    const before = document.body.innerHTML;
    const w = make();
    await w.ready;
    // Started from a button, focus goes back to it (started with nothing focused, it would go to <main>).
    document.querySelector<HTMLElement>('#opener')!.focus();
    w.start('welcome', { stepId: 'create' });
    await expect.element(dialog('Create a project')).toBeVisible();
    w.destroy();
    waymark = undefined;
    expect(document.querySelector('wm-tour')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('[inert]')).toBeNull();
  });
});
