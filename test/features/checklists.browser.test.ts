import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import checklists from '../../src/features/checklists.js';
import announcements from '../../src/features/announcements.js';

const guides = {
  schemaVersion: 1,
  tours: [{ id: 'welcome', steps: [{ id: 'a', title: 'Hi' }] }],
  checklists: [
    {
      id: 'start',
      title: 'Getting started',
      description: 'Four steps to a productive team.',
      items: [
        {
          id: 'tour',
          title: 'Take the tour',
          completeWhen: { guide: 'welcome', state: 'completed' },
          action: { action: 'start-tour', tour: 'welcome', label: 'Start tour' },
        },
        { id: 'invite', title: 'Invite your team', completeWhen: { event: 'invite.sent', count: 3 } },
        { id: 'profile', title: 'Fill in your profile', completeWhen: 'manual' },
        { id: 'project', title: 'Create a project', completeWhen: { event: 'project.created' }, dependsOn: ['tour'] },
      ],
    },
  ],
  announcements: [
    { id: 'new', title: "What's new", body: 'Faster reports.', primary: { label: 'Got it', action: 'dismiss' } },
  ],
};

let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  sessionStorage.clear();
});

const violations = async (el: Element) =>
  (await axe.run(el)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);

describe('checklist in Chromium', () => {
  it('is keyboard complete and has no axe violations, open or closed', async () => {
    w = createWaymark({ guides: { ...guides, announcements: [] }, storage: 'memory', plugins: [checklists] });
    await w.ready;
    const host = document.querySelector('wm-checklist')!;
    await host.updateComplete;
    expect(await violations(host)).toEqual([]);
    const launcher = page.getByRole('button', { name: /Getting started/ });
    (launcher.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(launcher).toHaveAttribute('aria-expanded', 'true');
    expect(await violations(host)).toEqual([]);
    // Tab reaches the item action, then the manual checkbox; Space ticks it.
    await userEvent.keyboard('{Tab}');
    // (toHaveFocus compares document.activeElement, which is the shadow host here)
    const focused = () => host.shadowRoot!.activeElement;
    expect(focused()).toBe(page.getByRole('button', { name: 'Start tour' }).element());
    await userEvent.keyboard('{Tab}');
    const profile = page.getByRole('checkbox', { name: 'Fill in your profile' });
    expect(focused()).toBe(profile.element());
    await userEvent.keyboard(' ');
    await expect.element(profile).toBeChecked();
    await expect.element(page.getByRole('status')).toHaveTextContent('Fill in your profile: done');
    await userEvent.keyboard('{Escape}');
    await expect.element(launcher).toHaveAttribute('aria-expanded', 'false');
    expect(focused()).toBe(launcher.element());
  });

  it('stays below a running tour: the step popover is in the top layer', async () => {
    w = createWaymark({ guides: { ...guides, announcements: [] }, storage: 'memory', plugins: [checklists] });
    await w.ready;
    const host = document.querySelector('wm-checklist')!;
    w.start('welcome');
    await expect.element(page.getByRole('dialog', { name: 'Hi' })).toBeVisible();
    const box = host.shadowRoot!.querySelector('#launcher')!.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    // The launcher is still there, but the tour (inert background / spotlight) is above it.
    expect(host.isConnected).toBe(true);
    expect(top == host).toBe(false);
  });
});

describe('announcement in Chromium', () => {
  it('moves focus in, traps the page behind (modal), closes with Esc and restores focus', async () => {
    const before = document.createElement('button');
    before.textContent = 'Before';
    document.body.append(before);
    before.focus();
    w = createWaymark({ guides: { ...guides, checklists: [] }, storage: 'memory', plugins: [announcements] });
    await w.ready;
    const dialog = page.getByRole('dialog', { name: "What's new" });
    await expect.element(dialog).toBeVisible();
    const host = document.querySelector('wm-announcement')!;
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).not.toBeNull();
    expect(await violations(host)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(document.querySelector('wm-announcement')).toBeNull();
    expect(document.activeElement).toBe(before);
    before.remove();
  });
});
