import { afterEach, describe, expect, it } from 'vitest';
import { within, fireEvent } from '@testing-library/dom';
import { type WmPopover, type WmActionDetail } from '../../src/elements/popover.js';
import { defineElements } from '../../src/elements/define.js';

defineElements();
const shadow = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);

async function mount(props: Partial<WmPopover>) {
  const el = Object.assign(document.createElement('wm-popover'), props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<wm-popover>', () => {
  it('is a dialog named by its title and described by its body', async () => {
    const el = await mount({ heading: 'Create a project', body: 'Click **New** to start.' });
    const dialog = shadow(el).getByRole('dialog', { name: 'Create a project', description: 'Click New to start.' });
    expect(dialog.getAttribute('popover')).toBe('manual');
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
    expect(within(dialog).getByText('New').tagName).toBe('STRONG');
    expect(el.container).toBe(dialog);
  });

  it('is named by the body when there is no title, and marks modal steps', async () => {
    const el = await mount({ body: 'Welcome aboard', modal: true });
    const dialog = shadow(el).getByRole('dialog', { name: 'Welcome aboard' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
  });

  it('renders guide HTML as text and drops unsafe links', async () => {
    const el = await mount({
      heading: 'T',
      body: '<img src=x onerror="alert(1)"> [bad](javascript:alert%281%29) [docs](https://example.com)',
    });
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(shadow(el).getByText(/<img src=x/)).toBeTruthy();
    const links = shadow(el).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com']);
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0].getAttribute('target')).toBe('_blank');
  });

  it('opens relative links in the same tab', async () => {
    const el = await mount({ heading: 'T', body: '[settings](/settings)' });
    const link = shadow(el).getByRole('link', { name: 'settings' });
    expect(link.hasAttribute('target')).toBe(false);
  });

  it('shows "2 of 5" progress unless there is one step or no-progress is set', async () => {
    const el = await mount({ heading: 'T', step: 2, steps: 5 });
    expect(shadow(el).getByText('2 of 5').getAttribute('part')).toBe('progress');
    el.progressText = '2 / 5';
    await el.updateComplete;
    expect(shadow(el).getByText('2 / 5')).toBeTruthy();
    el.noProgress = true;
    await el.updateComplete;
    expect(shadow(el).queryByText('2 / 5')).toBeNull();
    el.noProgress = false;
    el.steps = 1;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=progress]')).toBeNull();
  });

  it('reports button presses with wm-action, composed and bubbling', async () => {
    const next = { label: 'Next', action: 'next', variant: 'primary' as const };
    const goto = { label: 'Jump', action: 'goto', step: 'settings' };
    const el = await mount({ heading: 'T', buttons: [{ label: 'Back', action: 'back' }, goto, next] });
    const details: WmActionDetail[] = [];
    document.addEventListener('wm-action', (e) => details.push((e as CustomEvent<WmActionDetail>).detail));
    fireEvent.click(shadow(el).getByRole('button', { name: 'Next' }));
    fireEvent.click(shadow(el).getByRole('button', { name: 'Jump' }));
    fireEvent.click(shadow(el).getByRole('button', { name: 'Close' }));
    expect(details).toEqual([
      { action: 'next', button: next, source: 'button' },
      { action: 'goto', button: goto, source: 'button' },
      { action: 'dismiss', button: undefined, source: 'close-button' },
    ]);
    expect(shadow(el).getByRole('button', { name: 'Next' }).getAttribute('part')).toBe('button next-button');
  });

  it('hides the close button with no-close-button and localises its name', async () => {
    const el = await mount({ heading: 'T', closeLabel: 'Fermer' });
    expect(shadow(el).getByRole('button', { name: 'Fermer' })).toBeTruthy();
    el.noCloseButton = true;
    await el.updateComplete;
    expect(shadow(el).queryByRole('button')).toBeNull();
  });

  it('focuses the primary button, else the first button, else the dialog', async () => {
    const el = await mount({
      heading: 'T',
      buttons: [
        { label: 'Back', action: 'back' },
        { label: 'Next', action: 'next', variant: 'primary' },
      ],
    });
    el.focusInitial();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Next');
    el.buttons = [
      { label: 'Skip', action: 'dismiss' },
      { label: 'Later', action: 'back' },
    ];
    await el.updateComplete;
    el.focusInitial();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Skip');
    el.buttons = [];
    await el.updateComplete;
    el.focusInitial();
    expect(el.shadowRoot!.activeElement).toBe(el.container);
  });

  it('passes over buttons with initialFocus: false (an offer the user did not ask for)', async () => {
    const el = await mount({
      heading: 'T',
      buttons: [
        { label: 'Back', action: 'back' },
        { label: 'Still stuck?', action: 'escalate', variant: 'primary', initialFocus: false },
      ],
    });
    el.focusInitial();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Back');
    el.buttons = [{ label: 'Still stuck?', action: 'escalate', initialFocus: false }];
    await el.updateComplete;
    el.focusInitial();
    expect(el.shadowRoot!.activeElement).toBe(el.container);
  });

  it('fires wm-positioned right away when centred, with no arrow', async () => {
    const el = document.createElement('wm-popover');
    el.heading = 'Centred';
    const seen: unknown[] = [];
    el.addEventListener('wm-positioned', (e) => seen.push(e.detail));
    document.body.append(el);
    await el.updateComplete;
    expect(seen).toEqual([{ placement: 'center', rect: null }]);
    expect(el.shadowRoot!.querySelector('[part=arrow]')).toBeNull();
  });

  it('shows the arrow and reports the anchor rect when anchored', async () => {
    const anchor = document.body.appendChild(document.createElement('button'));
    const el = document.createElement('wm-popover');
    Object.assign(el, { heading: 'Anchored', anchor });
    const seen: { rect: DOMRect | null }[] = [];
    el.addEventListener('wm-positioned', (e) => seen.push(e.detail));
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=arrow]')).not.toBeNull();
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(seen[0].rect).toBeTruthy();
    el.remove(); // stops following: nothing left behind
  });
});
