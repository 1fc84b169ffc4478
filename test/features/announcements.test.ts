import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/dom';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import announcements, { showAnnouncement } from '../../src/features/announcements.js';
import type { WmAnnouncement } from '../../src/elements/announcement.js';
import type { WaymarkEvent } from '../../src/core/events.js';

const guides = {
  schemaVersion: 1,
  tours: [{ id: 'welcome', steps: [{ id: 'a', title: 'Hi' }] }],
  announcements: [
    {
      id: 'new',
      title: "What's new",
      body: 'Reports are **faster**.',
      image: { src: './new.svg', alt: 'A chart' },
      primary: { label: 'Show me', action: 'start-tour', tour: 'welcome' },
      secondary: { label: 'Later', action: 'dismiss' },
    },
    { id: 'policy', title: 'Privacy policy update', style: 'slideout', showOn: 'manual' },
  ],
};

const made: Waymark[] = [];
const make = (labels?: Record<string, string>) => {
  const log: WaymarkEvent[] = [];
  const w = createWaymark({ guides, storage: 'memory', plugins: [announcements], onEvent: (e) => log.push(e), labels });
  made.push(w);
  return { w, log };
};
const shown = () => document.querySelector('wm-announcement') as WmAnnouncement | null;
const ui = (el: Element) => within(el.shadowRoot as unknown as HTMLElement);

afterEach(() => {
  made.splice(0).forEach((w) => w.destroy());
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('announcements feature', () => {
  it('shows a load announcement as a modal dialog holding the modal slot, once per session', async () => {
    const { w, log } = make();
    await w.ready;
    const el = shown()!;
    await el.updateComplete;
    const dialog = ui(el).getByRole('dialog', { name: "What's new" });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(ui(el).getByRole('img', { name: 'A chart' })).toBeTruthy();
    expect(w.context.$modal.get()).toBe('announcement:new');
    expect(log.find((e) => e.type == 'announcement:shown')).toMatchObject({ announcementId: 'new' });
    fireEvent.click(ui(el).getByRole('button', { name: 'Later' }));
    expect(shown()).toBeNull();
    expect(w.context.$modal.get()).toBeNull();
    expect(log.at(-1)).toMatchObject({ type: 'announcement:dismissed', dontShowAgain: false, source: 'button' });
    w.destroy();
    const again = make();
    await again.w.ready;
    expect(shown()).toBeNull();
  });

  it('remembers "don\'t show again" and runs the primary action after closing', async () => {
    const { w, log } = make();
    await w.ready;
    const el = shown()!;
    await el.updateComplete;
    fireEvent.click(ui(el).getByRole('checkbox', { name: "Don't show this again" }));
    fireEvent.click(ui(el).getByRole('button', { name: 'Show me' }));
    expect(log.find((e) => e.type == 'announcement:dismissed')).toMatchObject({ dontShowAgain: true });
    expect(w.progress.getSection<any>('announcements').new.dismissed).toBeGreaterThan(0);
    expect(w.$active.get()?.tour.id).toBe('welcome');
    expect(w.context.$modal.get()).toBe('tour:welcome');
  });

  it('waits while a tour runs, and yields to a tour that starts while it is open', async () => {
    const { w, log } = make();
    await w.ready;
    fireEvent.click(ui(shown()!).getByRole('button', { name: 'Later' }));
    w.start('welcome');
    expect(showAnnouncement(w.context, 'policy')).toBe(true);
    expect(shown()).toBeNull();
    w.complete();
    const el = shown()!;
    expect(el.heading).toBe('Privacy policy update');
    await el.updateComplete;
    // A slide-out is a non-modal dialog.
    expect(ui(el).getByRole('dialog').hasAttribute('aria-modal')).toBe(false);
    w.start('welcome');
    expect(shown()).toBeNull();
    expect(log.filter((e) => e.type == 'announcement:dismissed')).toHaveLength(1);
    w.dismiss();
    expect(shown()?.heading).toBe('Privacy policy update');
    expect(showAnnouncement(w.context, 'nope')).toBe(false);
  });

  it('closes with Esc and leaves nothing behind on destroy', async () => {
    const { w, log } = make();
    await w.ready;
    const el = shown()!;
    await el.updateComplete;
    ui(el)
      .getByRole('dialog')
      .dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(log.at(-1)).toMatchObject({ type: 'announcement:dismissed', source: 'keyboard' });
    showAnnouncement(w.context, 'policy');
    expect(shown()).not.toBeNull();
    w.destroy();
    expect(shown()).toBeNull();
    expect(showAnnouncement(w.context, 'policy')).toBe(false);
  });

  it("shows the app's words for the close button and the checkbox", async () => {
    const { w, log } = make({ 'announcement.close': 'Schließen', 'announcement.dontShowAgain': 'Nicht mehr anzeigen' });
    await w.ready;
    const el = shown()!;
    await el.updateComplete;
    fireEvent.click(ui(el).getByRole('checkbox', { name: 'Nicht mehr anzeigen' }));
    fireEvent.click(ui(el).getByRole('button', { name: 'Schließen' }));
    expect(log.at(-1)).toMatchObject({ type: 'announcement:dismissed', dontShowAgain: true, source: 'close-button' });
  });
});
