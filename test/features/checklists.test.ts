import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/dom';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import checklists from '../../src/features/checklists.js';
import type { WmChecklist } from '../../src/elements/checklist.js';
import type { WaymarkEvent } from '../../src/core/events.js';
import { sharedStorage } from './shared-storage.js';

const guides = {
  schemaVersion: 1,
  tours: [{ id: 'welcome', steps: [{ id: 'a', title: 'Hi' }] }],
  checklists: [
    {
      id: 'start',
      title: 'Getting started',
      items: [
        { id: 'tour', title: 'Take the tour', completeWhen: { guide: 'welcome', state: 'completed' } },
        {
          id: 'invite',
          title: 'Invite your team',
          completeWhen: { event: 'invite.sent', count: 3 },
          action: { action: 'app', name: 'invite', label: 'Invite' },
        },
        { id: 'profile', title: 'Fill in your profile', completeWhen: 'manual' },
        { id: 'project', title: 'Create a project', completeWhen: { element: '#projects li' }, dependsOn: ['tour'] },
      ],
    },
  ],
};

const made: Waymark[] = [];
let clock = Date.UTC(2026, 2, 2, 12);
const make = (storage: Parameters<typeof createWaymark>[0]['storage'] = 'memory', labels?: Record<string, string>) => {
  const log: WaymarkEvent[] = [];
  const w = createWaymark({
    guides,
    storage,
    labels,
    now: () => clock++,
    plugins: [checklists],
    onEvent: (e) => log.push(e),
  });
  made.push(w);
  return { w, log };
};
const section = (w: Waymark) =>
  w.progress.getSection<Record<string, { done: Record<string, number>; dismissed?: number; open?: boolean }>>(
    'checklists',
  );
const tick = () => new Promise((r) => setTimeout(r, 0));
const launcher = () => document.querySelector('wm-checklist') as WmChecklist;
const shadow = (el: Element) => within(el.shadowRoot as unknown as HTMLElement);

afterEach(() => {
  made.splice(0).forEach((w) => w.destroy());
  document.body.innerHTML = '';
});

describe('checklists feature', () => {
  it('completes items from tracked events and finished tours without the checklist ever being opened', async () => {
    const { w, log } = make();
    await w.ready;
    w.track('invite.sent');
    w.track('invite.sent');
    await tick();
    expect(section(w)?.start?.done ?? {}).toEqual({});
    w.track('invite.sent');
    await tick();
    expect(Object.keys(section(w)!.start.done)).toEqual(['invite']);
    w.start('welcome');
    w.complete();
    await tick();
    expect(Object.keys(section(w)!.start.done).sort()).toEqual(['invite', 'tour']);
    expect(log.filter((e) => e.type == 'checklist:item-completed').map((e) => 'itemId' in e && e.itemId)).toEqual([
      'invite',
      'tour',
    ]);
  });

  it('completes an element rule when the element appears, only once the item is unlocked', async () => {
    const { w, log } = make();
    await w.ready;
    document.body.insertAdjacentHTML('beforeend', '<ul id="projects"><li>One</li></ul>');
    await tick();
    await new Promise((r) => requestAnimationFrame(r));
    expect(section(w)?.start?.done.project).toBeUndefined();
    w.start('welcome');
    w.complete();
    await waitFor(() => expect(section(w)!.start.done.project).toBeGreaterThan(0));
    expect(log.some((e) => e.type == 'checklist:item-completed' && e.itemId == 'project')).toBe(true);
  });

  it('shows a floating launcher with progress; the panel is a disclosure with a real list; Esc closes it', async () => {
    const { w, log } = make();
    await w.ready;
    w.start('welcome');
    w.complete();
    await tick();
    const el = launcher();
    await el.updateComplete;
    expect(el.floating).toBe(true);
    const ui = shadow(el);
    const button = ui.getByRole('button', { name: /Getting started 1\/4/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = within(ui.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(ui.getByRole('checkbox', { name: 'Take the tour' }).getAttribute('aria-checked')).toBe('true');
    expect(ui.getByRole('checkbox', { name: 'Invite your team' }).getAttribute('aria-readonly')).toBe('true');
    expect(log.at(-1)).toMatchObject({ type: 'checklist:toggled', checklistId: 'start', open: true });
    expect(section(w)!.start.open).toBe(true);
    fireEvent.keyDown(ui.getByRole('list'), { key: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(el.shadowRoot!.activeElement).toBe(button);
  });

  it('lets the user tick a manual item, announces items completed while open, and runs item actions', async () => {
    const { w, log } = make();
    await w.ready;
    const el = launcher();
    await el.updateComplete;
    const ui = shadow(el);
    fireEvent.click(ui.getByRole('button', { name: /Getting started/ }));
    await el.updateComplete;
    expect(ui.getByText('Complete Take the tour first')).toBeTruthy();
    expect(ui.getByRole('checkbox', { name: 'Create a project' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(ui.getByRole('checkbox', { name: 'Fill in your profile' }));
    await el.updateComplete;
    expect(section(w)!.start.done.profile).toBeGreaterThan(0);
    expect((ui.getByRole('checkbox', { name: 'Fill in your profile' }) as HTMLInputElement).checked).toBe(true);
    expect(ui.getByRole('status').textContent).toBe('Fill in your profile: done');
    fireEvent.click(ui.getByRole('button', { name: 'Invite' }));
    expect(log.at(-1)).toMatchObject({ type: 'app:action', name: 'invite', guideId: 'start' });
  });

  it('shows the completion state and can be dismissed for good', async () => {
    const { w, log } = make();
    await w.ready;
    const c = w.context;
    for (let i = 0; i < 3; i++) w.track('invite.sent');
    w.start('welcome');
    w.complete();
    document.body.insertAdjacentHTML('beforeend', '<ul id="projects"><li>One</li></ul>');
    const el = launcher();
    el.controller!.tick('start', 'profile');
    await waitFor(() => expect(log.some((e) => e.type == 'checklist:completed')).toBe(true));
    el.controller!.toggle('start', true);
    await el.updateComplete;
    const ui = shadow(el);
    expect(ui.getByText('All done! 🎉')).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Dismiss checklist' }));
    await el.updateComplete;
    expect(ui.queryByRole('button')).toBeNull();
    expect(log.at(-1)).toMatchObject({ type: 'checklist:dismissed', checklistId: 'start' });
    expect(c.progress.getSection<any>('checklists').start.dismissed).toBeGreaterThan(0);
  });

  it("shows the app's words for every word around the checklist's own text", async () => {
    const { w } = make('memory', {
      'checklist.progress': '{done} von {total}',
      'checklist.locked': 'Erst {items} erledigen',
      'checklist.itemDone': '{item}: erledigt',
      'checklist.done': 'Geschafft!',
      'checklist.dismiss': 'Ausblenden',
    });
    await w.ready;
    const el = launcher();
    await el.updateComplete;
    const ui = shadow(el);
    fireEvent.click(ui.getByRole('button', { name: 'Getting started 0 von 4' }));
    await el.updateComplete;
    expect(ui.getByText('Erst Take the tour erledigen')).toBeTruthy();
    fireEvent.click(ui.getByRole('checkbox', { name: 'Fill in your profile' }));
    await el.updateComplete;
    expect(ui.getByRole('status').textContent).toBe('Fill in your profile: erledigt');
    for (let i = 0; i < 3; i++) w.track('invite.sent');
    w.start('welcome');
    w.complete();
    document.body.insertAdjacentHTML('beforeend', '<ul id="projects"><li>One</li></ul>');
    await waitFor(() => expect(ui.getByText('Geschafft!')).toBeTruthy());
    fireEvent.click(ui.getByRole('button', { name: 'Ausblenden' }));
    await el.updateComplete;
    expect(ui.queryByRole('button')).toBeNull();
  });

  it('serves an inline <wm-checklist> placed before the feature loaded', async () => {
    const inline = document.createElement('wm-checklist') as WmChecklist;
    inline.setAttribute('checklist', 'start');
    document.body.append(inline);
    const { w } = make();
    await w.ready;
    await inline.updateComplete;
    expect(inline.controller).toBeTruthy();
    expect(shadow(inline).getByRole('button', { name: /Getting started 0\/4/ })).toBeTruthy();
  });

  it('keeps progress across reloads and tabs, merging what each tab completed', async () => {
    const store = sharedStorage();
    const a = make(store.tab());
    const b = make(store.tab());
    await Promise.all([a.w.ready, b.w.ready]);
    a.w.track('invite.sent');
    a.w.track('invite.sent');
    b.w.track('invite.sent');
    await tick();
    await tick();
    // The behaviour history is shared through storage: three invites across two tabs complete the item in both.
    await waitFor(() => expect(section(b.w)?.start?.done.invite).toBeGreaterThan(0));
    launcher().controller!.tick('start', 'profile');
    await tick();
    await waitFor(() => expect(Object.keys(section(a.w)!.start.done).sort()).toEqual(['invite', 'profile']));
    expect(Object.keys(section(b.w)!.start.done).sort()).toEqual(['invite', 'profile']);
    // A reload reads it back.
    a.w.destroy();
    b.w.destroy();
    const c = make(store.tab());
    await c.w.ready;
    await tick();
    expect(Object.keys(section(c.w)!.start.done).sort()).toEqual(['invite', 'profile']);
  });

  it('leaves nothing behind on destroy', async () => {
    const { w } = make();
    await w.ready;
    expect(document.querySelectorAll('wm-checklist')).toHaveLength(1);
    w.destroy();
    expect(document.querySelectorAll('wm-checklist')).toHaveLength(0);
    const stray = document.createElement('wm-checklist') as WmChecklist;
    stray.checklist = 'start';
    document.body.append(stray);
    expect(stray.controller).toBeUndefined();
  });
});
