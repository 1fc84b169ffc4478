import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, within } from '@testing-library/dom';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import type { WaymarkEvent } from '../../src/core/events.js';
import type { StorageAdapter } from '../../src/core/storage.js';
import hints, { hintSpot, type HintsProgress } from '../../src/features/hints.js';
import type { WmHint } from '../../src/elements/hint.js';

// happy-dom has no layout: targets get a box by hand (isVisible needs one), and its IntersectionObserver never
// reports, so it is removed: without one the plugin counts every present target as in view. Layout, scrolling and real focus are covered in hints.browser.test.ts.
const boxed = (html: string) => {
  document.body.insertAdjacentHTML('beforeend', html);
  for (const el of document.body.querySelectorAll<HTMLElement>('[data-t]'))
    el.getBoundingClientRect = () => new DOMRect(10, 10, 80, 20);
};
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
const beacons = () => [...document.querySelectorAll('wm-hint')].filter((h) => h.anchor).map((h) => h.heading);
const shadow = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);
const hint = (title: string) => [...document.querySelectorAll('wm-hint')].find((h) => h.heading == title)!;

beforeAll(() => void vi.stubGlobal('IntersectionObserver', undefined));

let waymark: Waymark | undefined;
let events: WaymarkEvent[] = [];
const make = async (hintList: unknown, storage: StorageAdapter = memoryStorage(), extra: object = {}) => {
  waymark = createWaymark({
    guides: { schemaVersion: 1, hints: hintList },
    storage,
    userId: 'ana',
    onEvent: (e) => events.push(e),
    plugins: [hints],
    ...extra,
  });
  await waymark.ready;
  return waymark;
};
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
  events = [];
  document.body.replaceChildren();
});

/** An open tip stays hidden until it is placed (Floating UI is a lazy chunk): wait until its dialog shows. */
const placed = (tip: HTMLElement) =>
  vi.waitFor(() => {
    if (!shadow(tip).queryByRole('dialog')) throw new Error('the tip is not placed yet');
  });

describe('hints plugin', () => {
  it('shows a beacon per present target, in hint order, and reports each once', async () => {
    boxed('<b data-t id="b">B</b><a data-t id="a">A</a>');
    await make([
      { id: 'a', target: '#a', title: 'First' },
      { id: 'missing', target: '#nowhere', title: 'Missing' },
      { id: 'b', target: '#b', title: 'Second' },
    ]);
    // Each beacon comes right after its target: in the targets' document order (that is Tab order).
    expect(beacons()).toEqual(['Second', 'First']);
    expect((document.querySelector('#a')!.nextElementSibling as WmHint).heading).toBe('First');
    expect((document.querySelector('#b')!.nextElementSibling as WmHint).heading).toBe('Second');
    expect(events.filter((e) => e.type == 'hint:shown')).toEqual([
      expect.objectContaining({ hintId: 'a', userId: 'ana' }),
      expect.objectContaining({ hintId: 'b', userId: 'ana' }),
    ]);
    boxed('<i data-t id="nowhere">late</i>');
    await frames();
    expect(beacons()).toEqual(['Second', 'First', 'Missing']); // next to its late target
  });

  it('never throws on bad hint data: bad entries are skipped, bad fields fall back', async () => {
    boxed('<b data-t id="t">T</b>');
    await make([
      null,
      42,
      { id: 7, target: '#t' },
      { id: 'no-target' },
      { id: 'ok', target: '#t', title: 3, body: { x: 1 }, buttons: 'nope', beacon: 5 },
    ]);
    expect(document.querySelectorAll('wm-hint')).toHaveLength(1);
    const el = document.querySelector('wm-hint')!;
    expect(el.heading).toBe('');
    expect(el.body).toBe('');
    expect(el.beacon).toBe('pulse');
    expect(el.buttons).toEqual([{ label: 'Got it', action: 'dismiss', variant: 'primary' }]);
  });

  it('adds "Got it" unless the guide has its own dismiss button', async () => {
    boxed('<b data-t id="t">T</b>');
    await make([
      { id: 'a', target: '#t', title: 'A', buttons: [{ label: 'Tour', action: 'start-tour', tour: 'x' }] },
      {
        id: 'b',
        target: '#t',
        title: 'B',
        beacon: { style: 'icon', placement: 'left' },
        placement: 'top',
        buttons: [{ label: 'Understood', action: 'dismiss' }],
      },
    ]);
    expect(hint('A').buttons.map((b) => b.label)).toEqual(['Tour', 'Got it']);
    expect(hint('B').buttons.map((b) => b.label)).toEqual(['Understood']);
    expect([hint('B').beacon, hint('B').beaconPlacement, hint('B').placement]).toEqual(['icon', 'left', 'top']);
  });

  it('routes buttons through the action router with the hint as guide, and closes other tips on open', async () => {
    boxed('<b data-t id="t">T</b>');
    const ran: string[] = [];
    await make(
      [
        { id: 'a', target: '#t', title: 'A', buttons: [{ label: 'Do it', action: 'app', name: 'upgrade' }] },
        { id: 'b', target: '#t', title: 'B', open: 'auto' },
      ],
      memoryStorage(),
      { actions: { upgrade: ({ guideId }: { guideId?: string }) => ran.push(guideId!) } },
    );
    expect(hint('B').open).toBe(true);
    expect(events.find((e) => e.type == 'hint:opened')).toMatchObject({ hintId: 'b', source: 'trigger' });
    hint('A')
      .shadowRoot!.querySelector('button')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    await hint('A').updateComplete;
    expect(hint('B').open).toBe(false);
    expect(events.filter((e) => e.type == 'hint:opened').at(-1)).toMatchObject({ hintId: 'a', source: 'button' });
    const tip = hint('A').shadowRoot!.querySelector('wm-popover')!;
    await tip.updateComplete;
    await placed(tip);
    fireEvent.click(shadow(tip).getByRole('button', { name: 'Do it' }));
    expect(ran).toEqual(['a']);
    expect(events.find((e) => e.type == 'app:action')).toMatchObject({
      name: 'upgrade',
      guideId: 'a',
      source: 'button',
    });
  });

  it("speaks the app's language: beacon name, close button and Got it come from the instance's labels", async () => {
    boxed('<b data-t id="t">T</b>');
    await make([{ id: 'a', target: '#t', title: 'Facturation $&' }], memoryStorage(), {
      labels: { 'hint.beacon': 'Astuce : {title}', 'hint.close': 'Fermer', 'hint.gotIt': 'Compris' },
    });
    const a = hint('Facturation $&');
    await a.updateComplete;
    fireEvent.click(shadow(a).getByRole('button', { name: 'Astuce : Facturation $&' }));
    await a.updateComplete;
    const tip = a.shadowRoot!.querySelector('wm-popover')!;
    await tip.updateComplete;
    await placed(tip);
    shadow(tip).getByRole('button', { name: 'Fermer' });
    fireEvent.click(shadow(tip).getByRole('button', { name: 'Compris' }));
    expect(beacons()).toEqual([]);
    expect(events.find((e) => e.type == 'hint:dismissed')).toMatchObject({ hintId: 'a' });
  });

  it('dismisses for good: persisted per user, read back by a new instance, and followed across tabs', async () => {
    boxed('<b data-t id="t">T</b>');
    const storage = memoryStorage();
    await make(
      [
        { id: 'a', target: '#t', title: 'A' },
        { id: 'b', target: '#t', title: 'B' },
      ],
      storage,
    );
    const a = hint('A');
    a.open = true;
    await a.updateComplete;
    const tip = a.shadowRoot!.querySelector('wm-popover')!;
    await tip.updateComplete;
    await placed(tip);
    fireEvent.click(shadow(tip).getByRole('button', { name: 'Got it' }));
    expect(beacons()).toEqual(['B']);
    expect(events.find((e) => e.type == 'hint:dismissed')).toMatchObject({
      hintId: 'a',
      source: 'button',
      userId: 'ana',
    });
    expect(waymark!.progress.getSection<HintsProgress>('hints')).toEqual({ a: { dismissed: expect.any(Number) } });
    waymark!.destroy();
    expect(document.querySelector('wm-hint')).toBeNull();

    // A reload: still dismissed. Another tab dismisses "b": it goes here too.
    const listeners: ((v: string | null) => void)[] = [];
    const tabbed: StorageAdapter = { ...storage, subscribe: (_key, fn) => (listeners.push(fn), () => {}) };
    await make(
      [
        { id: 'a', target: '#t', title: 'A' },
        { id: 'b', target: '#t', title: 'B' },
      ],
      tabbed,
    );
    expect(beacons()).toEqual(['B']);
    const saved = JSON.parse(storage.get('waymark:v1:ana') as string);
    saved.hints.b = { dismissed: 1 };
    listeners.forEach((fn) => fn(JSON.stringify(saved)));
    expect(beacons()).toEqual([]);

    // Another user has their own.
    await waymark!.identify('bo');
    expect(beacons()).toEqual(['A', 'B']);
  });

  it('hides every beacon while a tour or a modal announcement holds the modal slot', async () => {
    boxed('<b data-t id="t">T</b>');
    const w = await make([{ id: 'a', target: '#t', title: 'A' }]);
    expect(beacons()).toEqual(['A']);
    w.context.claimModal('announcement:x');
    expect(beacons()).toEqual([]);
    w.context.releaseModal('announcement:x');
    expect(beacons()).toEqual(['A']);
    w.context.claimModal('tour:welcome');
    expect(beacons()).toEqual([]);
    expect(document.querySelectorAll('wm-hint')).toHaveLength(1);
    w.context.releaseModal('tour:welcome');
    expect(beacons()).toEqual(['A']);
    expect(events.filter((e) => e.type == 'hint:shown')).toHaveLength(1);
  });

  it('puts a hint element where the page keeps working: never inside a link, button, label, list or table structure, or a shadow host', () => {
    document.body.innerHTML = `<nav><a id="l" href="#"><span id="in-link">x</span></a></nav>
      <ul id="ul"><li id="li"><button id="b"><i id="icon">i</i></button></li></ul>
      <table id="tb"><tbody><tr id="tr"><td><input id="cell"></td></tr></tbody></table>
      <p><input id="i" type="checkbox"><label for="i" id="lab">Remember</label></p>
      <x-host id="host"><span id="slotted">s</span></x-host><div contenteditable id="ce"><p><b id="bold">b</b></p></div>`;
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>';
    const spot = (sel: string) => hintSpot(document.querySelector(sel)!).id;
    expect(spot('#in-link')).toBe('l');
    expect(spot('#icon')).toBe('b');
    expect(spot('#li')).toBe('ul');
    expect(spot('#tr')).toBe('tb');
    expect(spot('#cell')).toBe('cell');
    expect(spot('#i')).toBe('lab');
    expect(spot('#slotted')).toBe('host');
    expect(spot('#bold')).toBe('ce');
  });

  it('does nothing (adds no node) when the document has no usable hints, and leaves nothing after destroy', async () => {
    await make(undefined);
    await make([null, 'nope', { id: 'x' }]);
    expect(document.querySelector('wm-hint')).toBeNull();
    boxed('<b data-t id="t">T</b>');
    const w = await make([{ id: 'a', target: '#t', title: 'A' }]);
    expect(document.querySelectorAll('wm-hint')).toHaveLength(1);
    w.destroy();
    boxed('<b data-t id="t2">T</b>');
    await frames();
    expect(document.querySelector('wm-hint')).toBeNull();
  });
});
