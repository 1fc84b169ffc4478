import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, within } from '@testing-library/dom';
import { WmHint, type WmToggleDetail } from '../../src/elements/hint.js';
import { WmPopover, type WmActionDetail } from '../../src/elements/popover.js';
import { defineElements } from '../../src/elements/define.js';

defineElements(undefined, { 'wm-popover': WmPopover, 'wm-hint': WmHint });
const shadow = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);
const tip = (el: WmHint) => el.shadowRoot!.querySelector('wm-popover');
const tipDialog = (el: WmHint) => shadow(tip(el)!).queryByRole('dialog');
const pointerClick = (el: Element) =>
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));

async function mount(props: Partial<WmHint> = {}) {
  const target = document.createElement('button');
  target.textContent = 'Billing';
  document.body.append(target);
  const el: WmHint = Object.assign(
    document.createElement('wm-hint'),
    {
      heading: 'Billing moved here',
      body: 'Invoices live **here**.',
      anchor: target as Element | null,
      buttons: [{ label: 'Got it', action: 'dismiss', variant: 'primary' as const }],
    },
    props,
  );
  const toggles: WmToggleDetail[] = [];
  el.addEventListener('wm-toggle', (e) => toggles.push(e.detail));
  document.body.append(el);
  await el.updateComplete;
  return {
    el,
    target,
    toggles,
    beacon: () => shadow(el).getByRole('button', { name: (props.beaconLabel as string) || 'Hint: Billing moved here' }),
  };
}
const settle = async (el: WmHint) => {
  await el.updateComplete;
  await tip(el)?.updateComplete;
  // An open tip stays hidden until it is placed (Floating UI is a lazy chunk): wait for it to be shown.
  await vi.waitFor(() => {
    if (tip(el) && !tipDialog(el)) throw new Error('the tip is not placed yet');
  });
};

afterEach(() => document.body.replaceChildren());

describe('<wm-hint>', () => {
  it('shows nothing without an anchor, and a named, collapsed beacon with one', async () => {
    const { el, beacon } = await mount({ anchor: null });
    expect(shadow(el).queryByRole('button')).toBeNull();
    el.anchor = document.body;
    await el.updateComplete;
    expect(beacon().getAttribute('aria-expanded')).toBe('false');
    expect(beacon().getAttribute('aria-haspopup')).toBe('dialog');
    expect(beacon().getAttribute('popover')).toBe('manual');
    expect(beacon().classList.contains('pulse')).toBe(true);
    expect(beacon().textContent).toBe('');
  });

  it('renders the icon beacon as a "?" and takes a localised beacon name', async () => {
    const { beacon } = await mount({ beacon: 'icon', beaconLabel: 'Astuce : facturation' });
    expect(beacon().textContent).toBe('?');
    expect(beacon().classList.contains('icon')).toBe(true);
  });

  it('opens a dialog named by the title and described by the body on click, and reports it', async () => {
    const { el, beacon, toggles } = await mount();
    expect(tip(el)).toBeNull();
    pointerClick(beacon());
    await settle(el);
    const d = tipDialog(el)!;
    expect(d.getAttribute('aria-labelledby')).toBe('title');
    expect(shadow(tip(el)!).getByRole('dialog', { name: 'Billing moved here' })).toBe(d);
    expect(d.getAttribute('aria-describedby')).toBe('body');
    expect(d.querySelector('#body')!.textContent).toBe('Invoices live here.'); // the computed description is checked in Chromium
    expect(beacon().getAttribute('aria-expanded')).toBe('true');
    expect(toggles).toEqual([{ open: true, source: 'button' }]);
    pointerClick(beacon());
    await settle(el);
    expect(tip(el)).toBeNull();
    expect(toggles.at(-1)).toEqual({ open: false, source: 'button' });
  });

  it('reports keyboard activation (Enter/Space click) and closes on Escape with focus back on the beacon', async () => {
    const { el, beacon, toggles } = await mount();
    fireEvent.click(beacon()); // keyboard-made clicks have detail 0
    await settle(el);
    expect(toggles).toEqual([{ open: true, source: 'keyboard' }]);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true });
    tipDialog(el)!.dispatchEvent(escape);
    await settle(el);
    expect(tip(el)).toBeNull();
    expect(toggles.at(-1)).toEqual({ open: false, source: 'keyboard' });
    expect(el.shadowRoot!.activeElement).toBe(beacon());
  });

  it('passes tip button presses on and closes; the close button only closes', async () => {
    const { el, beacon, toggles } = await mount({ buttons: [{ label: 'Take the tour', action: 'start-tour' }] });
    const actions: WmActionDetail[] = [];
    el.addEventListener('wm-action', (e) => actions.push(e.detail));
    pointerClick(beacon());
    await settle(el);
    fireEvent.click(shadow(tip(el)!).getByRole('button', { name: 'Take the tour' }));
    await settle(el);
    expect(actions).toEqual([expect.objectContaining({ action: 'start-tour', source: 'button' })]);
    expect(tip(el)).toBeNull();
    pointerClick(beacon());
    await settle(el);
    fireEvent.click(shadow(tip(el)!).getByRole('button', { name: 'Close' }));
    await settle(el);
    expect(tip(el)).toBeNull();
    expect(toggles.at(-1)).toEqual({ open: false, source: 'close-button' });
  });

  it('closes on a press outside, not on one inside', async () => {
    const { el, beacon, target, toggles } = await mount();
    pointerClick(beacon());
    await settle(el);
    fireEvent.pointerDown(tipDialog(el)!);
    await settle(el);
    expect(tip(el)).not.toBeNull();
    fireEvent.pointerDown(target);
    await settle(el);
    expect(tip(el)).toBeNull();
    expect(toggles.at(-1)).toEqual({ open: false, source: 'backdrop' });
  });

  it('in hover mode opens on pointer hover and on focus, and closes shortly after the pointer leaves', async () => {
    vi.useFakeTimers();
    try {
      const { el, beacon, toggles } = await mount({ openOn: 'hover' });
      fireEvent.pointerEnter(beacon());
      await settle(el);
      expect(toggles).toEqual([{ open: true, source: 'target' }]);
      fireEvent.pointerLeave(beacon());
      fireEvent.pointerEnter(tip(el)!); // travelling to the tip keeps it open
      vi.advanceTimersByTime(500);
      await settle(el);
      expect(tip(el)).not.toBeNull();
      fireEvent.pointerLeave(tip(el)!);
      vi.advanceTimersByTime(500);
      await settle(el);
      expect(tip(el)).toBeNull();
      beacon().focus();
      await settle(el);
      expect(toggles.at(-1)).toEqual({ open: true, source: 'keyboard' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('click mode ignores hover; losing the anchor closes the tip silently', async () => {
    const { el, beacon, toggles } = await mount();
    fireEvent.pointerEnter(beacon());
    await settle(el);
    expect(tip(el)).toBeNull();
    el.open = true;
    await settle(el);
    expect(tipDialog(el)).not.toBeNull();
    el.anchor = null;
    await settle(el);
    expect(el.open).toBe(false);
    expect(el.shadowRoot!.querySelector('button')).toBeNull();
    expect(toggles).toEqual([]);
  });
});
