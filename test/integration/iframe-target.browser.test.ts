import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import type { WaymarkEvent } from '../../src/core/events.js';
import { resolveTarget } from '../../src/dom/resolve-target.js';
import { waitForTarget } from '../../src/dom/wait-for-target.js';

const EDITOR = `<!doctype html><body style="margin:0;height:600px"><div class="toolbar" style="padding:20px 30px"><button id="bold">Bold</button></div><div style="height:900px"></div><button id="far">Far</button></body>`;

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'frame',
      steps: [
        { id: 'bold', target: 'iframe#editor >>> .toolbar #bold', title: 'Make it bold', advanceOn: 'click' },
        { id: 'after', title: 'Well done' },
      ],
    },
    { id: 'far', steps: [{ id: 'far', target: 'iframe#editor >>> #far', title: 'Far down in the frame' }] },
    {
      id: 'foreign',
      steps: [
        { id: 'x', target: 'iframe#foreign >>> button', title: 'Never shown', waitTimeout: 200, onMissing: 'center' },
      ],
    },
  ],
};

let waymark: Waymark | undefined;
let events: WaymarkEvent[] = [];
const make = async () => {
  waymark = createWaymark({ guides, storage: memoryStorage(), onEvent: (e) => events.push(e) });
  await waymark.ready;
  return waymark;
};
const dialog = (name: string) => page.getByRole('dialog', { name });
const loaded = (frame: HTMLIFrameElement) =>
  new Promise<void>((r) => frame.addEventListener('load', () => r(), { once: true }));
const frameEl = () => document.querySelector<HTMLIFrameElement>('#editor')!;
const tourParts = () => {
  const tour = document.querySelector('wm-tour')!.shadowRoot!;
  return {
    box: tour.querySelector('wm-popover')!.shadowRoot!.querySelector('[role=dialog]')!,
    spot: tour.querySelector('wm-spotlight')!.shadowRoot!.querySelector('path')!,
  };
};

afterAll(() => page.viewport(414, 896));

beforeEach(async () => {
  // A desktop viewport: below 480 px wide an anchored step is a bottom sheet.
  await page.viewport(1024, 768);
  events = [];
  document.body.innerHTML = `<main style="padding:50px 0 0 120px"><iframe id="editor" style="width:500px;height:300px;border:7px solid #888;padding:3px"></iframe></main>`;
  const ready = loaded(frameEl());
  frameEl().srcdoc = EDITOR;
  await ready;
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
});

describe('targets in same-origin iframes', () => {
  it('resolves `iframe >>> selector` into the frame document; a cross-origin frame matches nothing and never throws', async () => {
    const bold = frameEl().contentDocument!.querySelector('#bold');
    expect(bold).not.toBeNull();
    expect(resolveTarget('iframe#editor >>> .toolbar #bold')).toBe(bold);
    expect(resolveTarget(['#nope', 'main iframe >>> #bold'])).toBe(bold);
    const foreign = document.createElement('iframe');
    foreign.id = 'foreign';
    foreign.sandbox.value = '';
    const ready = loaded(foreign);
    foreign.srcdoc = '<button>x</button>';
    document.body.append(foreign);
    await ready;
    expect(() => resolveTarget('iframe#foreign >>> button')).not.toThrow();
    expect(resolveTarget('iframe#foreign >>> button')).toBeNull();
  });

  it('waits for a target in a frame that loads later (and re-loads)', async () => {
    const frame = document.createElement('iframe');
    frame.id = 'late';
    document.body.append(frame);
    const found = waitForTarget('iframe#late >>> #bold', { timeout: 3000 });
    setTimeout(() => (frame.srcdoc = EDITOR), 100);
    const el = await found;
    expect(el?.id).toBe('bold');
    expect(el?.ownerDocument).toBe(frame.contentDocument);
  });

  it('positions the step and the spotlight hole on the target inside the frame, and advanceOn listens there', async () => {
    const w = await make();
    w.start('frame');
    await expect.element(dialog('Make it bold')).toBeVisible();
    const bold = frameEl().contentDocument!.querySelector('#bold')!;
    // Where the button is in this page: frame border box + border + padding + its own offset.
    const f = frameEl().getBoundingClientRect();
    const b = bold.getBoundingClientRect();
    const x = f.left + 7 + 3 + b.left;
    const y = f.top + 7 + 3 + b.top;
    await expect.poll(() => tourParts().box.getBoundingClientRect().top).toBeGreaterThan(y + b.height);
    const box = tourParts().box.getBoundingClientRect();
    expect(box.top - (y + b.height)).toBeLessThan(30);
    expect(box.left).toBeLessThan(x + b.width);
    expect(box.right).toBeGreaterThan(x);
    const { spot } = tourParts();
    await expect.poll(() => spot.isPointInFill(new DOMPoint(x + b.width / 2, y + b.height / 2))).toBe(false);
    expect(spot.isPointInFill(new DOMPoint(x - 20, y + b.height / 2))).toBe(true);
    expect(spot.isPointInFill(new DOMPoint(f.left + 2, f.top + 2))).toBe(true);
    // The user clicks the real button inside the frame.
    await userEvent.click(page.frameLocator(page.elementLocator(frameEl())).getByRole('button', { name: 'Bold' }));
    await expect.element(dialog('Well done')).toBeVisible();
    expect(events.find((e) => e.type == 'step:completed')).toMatchObject({ stepId: 'bold', source: 'target' });
  });

  it('follows a target scrolled into view inside the frame', async () => {
    const w = await make();
    const far = frameEl().contentDocument!.querySelector('#far')!;
    expect(far.getBoundingClientRect().top).toBeGreaterThan(900); // far below the frame's fold at first
    w.start('far');
    await expect.element(dialog('Far down in the frame')).toBeVisible();
    const f = frameEl().getBoundingClientRect();
    await expect.poll(() => far.getBoundingClientRect().bottom).toBeLessThanOrEqual(300);
    const y = () => f.top + 10 + far.getBoundingClientRect().top;
    const { spot } = tourParts();
    await expect
      .poll(() => spot.isPointInFill(new DOMPoint(f.left + 10 + far.getBoundingClientRect().left + 5, y() + 5)))
      .toBe(false);
  });

  it('a target in a cross-origin frame is reported missing with its reason, never thrown', async () => {
    document.body.insertAdjacentHTML('beforeend', '<iframe id="foreign" sandbox srcdoc="<button>x</button>"></iframe>');
    const w = await make();
    w.start('foreign');
    await expect.element(dialog('Never shown'), { timeout: 3000 }).toBeVisible();
    expect(events.find((e) => e.type == 'target:missing')).toMatchObject({
      reason: 'cross-origin-frame',
      policy: 'center',
    });
  });
});
