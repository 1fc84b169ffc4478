import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import type { WaymarkEvent } from '../../src/core/events.js';
import hints from '../../src/features/hints.js';
import { deepActive } from '../../src/dom/focus-trap.js';

class XApp extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<input aria-label="Search" type="search">';
  }
}
if (!customElements.get('x-app')) customElements.define('x-app', XApp);

const guides = {
  schemaVersion: 1,
  tours: [{ id: 'welcome', steps: [{ id: 'a', title: 'Tour step' }] }],
  hints: [
    {
      id: 'billing',
      target: '[data-tour=billing]',
      title: 'Billing moved here',
      body: 'Invoices and plans now live **here**.',
    },
    {
      id: 'export',
      target: '#export',
      title: 'Export',
      body: 'Download a CSV.',
      beacon: 'icon',
      open: 'hover',
      buttons: [{ label: 'Take the tour', action: 'start-tour', tour: 'welcome' }],
    },
    { id: 'search', target: 'x-app >>> input', title: 'Search', beacon: { style: 'icon', placement: 'bottom-start' } },
  ],
};

let waymark: Waymark | undefined;
let events: WaymarkEvent[] = [];
const storage = memoryStorage();
const make = async (g: unknown = guides) => {
  waymark = createWaymark({ guides: g, storage, userId: 'ana', onEvent: (e) => events.push(e), plugins: [hints] });
  await waymark.ready;
  return waymark;
};
const beacon = (title: string) => page.getByRole('button', { name: `Hint: ${title}` });
const frames = (n = 2) =>
  new Promise<void>((r) => {
    const f = () => (n-- ? requestAnimationFrame(f) : r());
    f();
  });
// Hint elements sit right after their targets: in the page, and in x-app's shadow root for its field.
const allHints = () => [
  ...document.querySelectorAll('wm-hint'),
  ...(document.querySelector('x-app')?.shadowRoot?.querySelectorAll('wm-hint') ?? []),
];
const hintEl = (title: string) => allHints().find((h) => h.heading == title)!;
const beaconBox = (title: string) => hintEl(title).shadowRoot!.querySelector('.beacon')!.getBoundingClientRect();
const near = (a: DOMRect, b: DOMRect) => Math.abs(a.right - b.right) < 2 && Math.abs(a.top + a.height / 2 - b.top) < 2;

beforeEach(() => {
  events = [];
  document.body.innerHTML = `
    <nav style="padding:40px"><a href="#" data-tour="billing">Billing</a></nav>
    <main style="padding:40px"><button id="other">Other</button><x-app></x-app><div style="height:3000px"></div><button id="export">Export CSV</button></main>`;
  window.scrollTo(0, 0);
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
  storage.remove?.('waymark:v1:ana');
});

describe('hints in real Chromium', () => {
  it('shows a named beacon on each visible target (shadow DOM included) at the top-end corner, and none for off-screen ones', async () => {
    await make();
    await expect.element(beacon('Billing moved here')).toBeVisible();
    await expect.element(beacon('Search')).toBeVisible();
    await frames();
    const link = () => document.querySelector('[data-tour=billing]')!.getBoundingClientRect();
    // Placed on the next frame after the anchor is measured (a loaded machine may need a few).
    await expect.poll(() => near(beaconBox('Billing moved here'), link())).toBe(true);
    const input = document.querySelector('x-app')!.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    expect(Math.abs(beaconBox('Search').top + 12 - input.bottom)).toBeLessThan(2);
    // #export is 3000px down: its beacon is in the tab order but not placed until it comes near the viewport.
    expect(hintEl('Export').shadowRoot!.querySelector('.beacon:popover-open')).toBeNull();
    expect(hintEl('Export').shadowRoot!.querySelector('.beacon')!.getAttribute('style') ?? '').toBe('');
    document.querySelector('#export')!.scrollIntoView();
    await expect.poll(() => hintEl('Export').shadowRoot!.querySelector('.beacon:popover-open')).not.toBeNull();
    expect(events.filter((e) => e.type == 'hint:shown').map((e) => 'hintId' in e && e.hintId)).toEqual([
      'billing',
      'search',
      'export',
    ]);
  });

  it('appears when its target appears and disappears when it goes', async () => {
    document.querySelector('[data-tour=billing]')!.remove();
    await make();
    await frames();
    expect(allHints()).toHaveLength(2);
    const a = Object.assign(document.createElement('a'), { href: '#', textContent: 'Billing' });
    a.dataset.tour = 'billing';
    document.querySelector('nav')!.append(a);
    await expect.element(beacon('Billing moved here')).toBeVisible();
    a.style.display = 'none'; // hidden counts as gone
    await expect.element(beacon('Billing moved here')).not.toBeInTheDocument();
    a.style.display = '';
    await expect.element(beacon('Billing moved here')).toBeVisible();
    a.remove();
    await expect.element(beacon('Billing moved here')).not.toBeInTheDocument();
  });

  it('re-attaches to a re-rendered (replaced) target without multiplying, and follows a moved one', async () => {
    await make();
    await expect.element(beacon('Billing moved here')).toBeVisible();
    const first = hintEl('Billing moved here');
    for (let i = 0; i < 3; i++) {
      // A framework re-render: the node is replaced by an equal new one, further right.
      const nav = document.querySelector('nav')!;
      nav.innerHTML = `<span style="display:inline-block;width:${100 * (i + 1)}px"></span><a href="#" data-tour="billing">Billing</a>`;
      await frames(3);
      expect(allHints()).toHaveLength(3);
      expect(hintEl('Billing moved here')).toBe(first);
      expect(first.anchor).toBe(nav.querySelector('a'));
      expect(near(beaconBox('Billing moved here'), nav.querySelector('a')!.getBoundingClientRect())).toBe(true);
    }
    // Moved to another place in the document (same node).
    const link = document.querySelector('[data-tour=billing]')!;
    document.querySelector('main')!.prepend(link);
    await expect.poll(() => near(beaconBox('Billing moved here'), link.getBoundingClientRect())).toBe(true);
    // And while the page scrolls.
    window.scrollBy(0, 15);
    await expect.poll(() => near(beaconBox('Billing moved here'), link.getBoundingClientRect())).toBe(true);
    expect(events.filter((e) => e.type == 'hint:shown')).toHaveLength(2);
  });

  it('works with the keyboard: Tab reaches beacons, Enter opens a named dialog and focuses it, Escape closes and returns focus', async () => {
    await make();
    await expect.element(beacon('Billing moved here')).toBeVisible();
    const b = await beacon('Billing moved here').element();
    (b as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const tip = page.getByRole('dialog', { name: 'Billing moved here' });
    await expect.element(tip).toBeVisible();
    await expect.element(tip).toHaveAccessibleDescription('Invoices and plans now live here.');
    await expect.element(beacon('Billing moved here')).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => document.activeElement).toBe(hintEl('Billing moved here'));
    expect(events.find((e) => e.type == 'hint:opened')).toMatchObject({ hintId: 'billing', source: 'keyboard' });
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => deepActive()?.textContent).toBe('Got it');
    await userEvent.keyboard('{Escape}');
    await expect.element(tip).not.toBeInTheDocument();
    await expect.poll(() => deepActive()?.getAttribute('aria-label')).toBe('Hint: Billing moved here');
    // Tab goes on in document order: the next control, the search field, then its beacon right after it.
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => deepActive()?.id).toBe('other');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => deepActive()?.getAttribute('aria-label')).toBe('Search');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => deepActive()?.getAttribute('aria-label')).toBe('Hint: Search');
    await userEvent.keyboard(' ');
    await expect.element(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  });

  it('opens on hover and on focus in hover mode, closes when the pointer leaves; a press outside closes a clicked tip', async () => {
    await make();
    document.querySelector('#export')!.scrollIntoView();
    await expect.element(beacon('Export')).toBeVisible();
    await userEvent.hover(beacon('Export'));
    await expect.element(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
    await userEvent.hover(page.getByRole('button', { name: 'Export CSV' }));
    await expect.element(page.getByRole('dialog', { name: 'Export' })).not.toBeInTheDocument();
    window.scrollTo(0, 0);
    await userEvent.click(beacon('Search'));
    await expect.element(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Other' }));
    await expect.element(page.getByRole('dialog', { name: 'Search' })).not.toBeInTheDocument();
  });

  it('runs button actions, dismisses for good with "Got it" (persisted per user, across instances)', async () => {
    await make();
    await userEvent.click(beacon('Billing moved here'));
    await userEvent.click(page.getByRole('button', { name: 'Got it' }));
    await expect.element(beacon('Billing moved here')).not.toBeInTheDocument();
    expect(waymark!.progress.getSection<Record<string, { dismissed: number }>>('hints')?.billing?.dismissed).toBeTypeOf(
      'number',
    );
    expect(events.find((e) => e.type == 'hint:dismissed')).toMatchObject({
      hintId: 'billing',
      source: 'button',
      userId: 'ana',
    });
    waymark!.destroy();
    expect(document.querySelector('wm-hint')).toBeNull();
    await make(); // "reload"
    await expect.element(beacon('Search')).toBeVisible();
    await frames();
    expect(hintEl('Billing moved here')).toBeUndefined();
    // Another user still sees it.
    await waymark!.identify('bo');
    await expect.element(beacon('Billing moved here')).toBeVisible();
    storage.remove?.('waymark:v1:bo');
  });

  it('hides while a tour runs, and comes back after it', async () => {
    await make();
    await expect.element(beacon('Billing moved here')).toBeVisible();
    document.querySelector('#export')!.scrollIntoView();
    await userEvent.hover(beacon('Export'));
    await userEvent.click(page.getByRole('button', { name: 'Take the tour' }));
    await expect.element(page.getByRole('dialog', { name: 'Tour step' })).toBeVisible();
    expect(events.find((e) => e.type == 'tour:started')).toBeTruthy();
    await expect.element(beacon('Export')).not.toBeInTheDocument();
    expect(allHints()).toHaveLength(3);
    waymark!.dismiss();
    await expect.element(beacon('Export')).toBeVisible();
  });

  it('opens an auto hint by itself, without taking focus', async () => {
    await make({ schemaVersion: 1, hints: [{ id: 'a', target: '#other', title: 'New button', open: 'auto' }] });
    await expect.element(page.getByRole('dialog', { name: 'New button' })).toBeVisible();
    expect(document.activeElement).toBe(document.body);
    expect(events.find((e) => e.type == 'hint:opened')).toMatchObject({ hintId: 'a', source: 'trigger' });
  });

  it('has no axe violations with beacons and an open tip', async () => {
    await make();
    await userEvent.click(beacon('Billing moved here'));
    const tip = hintEl('Billing moved here')
      .shadowRoot!.querySelector('wm-popover')!
      .shadowRoot!.querySelector('[role=dialog]')!;
    await expect.poll(() => getComputedStyle(tip).opacity).toBe('1');
    const results = await axe.run(document.body);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });

  it('keeps still under prefers-reduced-motion', async () => {
    await make();
    await expect.element(beacon('Billing moved here')).toBeVisible();
    // Polled: until the IntersectionObserver reports the target in view the beacon is parked (and still).
    const ring = () =>
      getComputedStyle(hintEl('Billing moved here').shadowRoot!.querySelector('.beacon')!, '::after').animationName;
    await expect.poll(ring).toBe(matchMedia('(prefers-reduced-motion: reduce)').matches ? 'none' : 'wm-pulse');
  });
});
