import { within } from '@testing-library/dom';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ChatPayload } from '../../src/core/chat/chat-adapter.js';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import { WmChatButton } from '../../src/elements/chat-button.js';
import { WmChecklist } from '../../src/elements/checklist.js';
import { registerElements } from '../../src/elements/register-elements.js';

// What an app that places Waymark's elements can count on: its attributes win, its element replaces the floating
// default, and the element tells it what happened with DOM events.

const checklist = {
  id: 'getting-started',
  title: 'Getting started',
  items: [{ id: 'invite', title: 'Invite 3 teammates', completeWhen: { event: 'invite.sent', count: 3 } }],
};
let w: Waymark | undefined;
let opened: ChatPayload[] = [];
const make = (guides: Record<string, unknown>) =>
  (w = createWaymark({
    guides: { schemaVersion: 1, ...guides },
    storage: 'memory',
    chat: { custom: (p) => void opened.push(p) },
  }));
const shadow = (el: Element) => within(el.shadowRoot as unknown as HTMLElement);
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  // Defined before the page is written, as on a page that loads Waymark first (happy-dom does not replay attributes
  // to elements upgraded later).
  registerElements({ 'wm-chat-button': WmChatButton, 'wm-checklist': WmChecklist });
  opened = [];
  document.body.innerHTML = '';
});
afterEach(() => {
  w?.destroy();
  w = undefined;
});

it('<wm-chat-button label="…"> keeps the label the app gave it; without one it shows the guide\'s', async () => {
  document.body.innerHTML =
    '<wm-chat-button id="app" label="Talk to a human"></wm-chat-button><wm-chat-button id="plain"></wm-chat-button>';
  await make({ chat: { provider: 'custom', label: 'Ask the team' } }).ready;
  const app = document.getElementById('app')!;
  const plain = document.getElementById('plain')!;
  await vi.waitFor(() => expect(plain.shadowRoot?.querySelector('button')?.textContent).toBe('Ask the team'));
  expect(app.shadowRoot!.querySelector('button')!.textContent).toBe('Talk to a human');
});

it('<wm-chat-button> fires wm-chat-opened when the chat it asked for opened', async () => {
  document.body.innerHTML = '<wm-chat-button reason="help-page"></wm-chat-button>';
  await make({ chat: { provider: 'custom' } }).ready;
  const button = document.querySelector('wm-chat-button')!;
  const fired = new Promise<CustomEvent>((resolve) =>
    button.addEventListener('wm-chat-opened', resolve, { once: true }),
  );
  await vi.waitFor(() => expect(button.state).toBe('online'));
  shadow(button).getByRole('button').click();
  expect((await fired).detail).toEqual({ provider: 'custom', offline: false, reason: 'help-page' });
  expect(opened).toHaveLength(1);
});

it('a placed <wm-checklist> replaces the floating launcher of that checklist (and it comes back when removed)', async () => {
  document.body.innerHTML = '<main><wm-checklist checklist="getting-started"></wm-checklist></main>';
  await make({ checklists: [checklist, { ...checklist, id: 'other' }] }).ready;
  await settle();
  const all = () =>
    [...document.querySelectorAll('wm-checklist')].map(
      (el) => `${el.checklist || el.getAttribute('checklist')}${el.floating ? ' (floating)' : ''}`,
    );
  expect(all()).toEqual(['getting-started', 'other (floating)']);
  document.querySelector('main')!.remove();
  await settle();
  expect(all().sort()).toEqual(['getting-started (floating)', 'other (floating)']);
});

it("a placed <wm-chat-button> replaces the guide's floating chat launcher", async () => {
  document.body.innerHTML = '<wm-chat-button></wm-chat-button>';
  await make({ chat: { provider: 'custom', launcher: 'bottom-right' } }).ready;
  await settle();
  expect(document.querySelectorAll('wm-chat-button')).toHaveLength(1);
  expect(document.querySelector('wm-chat-button')!.launcher).toBeUndefined();
});

it('<wm-checklist> fires wm-checklist-item-completed and wm-checklist-completed for its checklist', async () => {
  document.body.innerHTML = '<wm-checklist checklist="getting-started"></wm-checklist>';
  const seen: string[] = [];
  const el = document.querySelector('wm-checklist')!;
  el.addEventListener('wm-checklist-item-completed', (e) =>
    seen.push(`item ${e.detail.checklistId}/${e.detail.itemId} ${e.detail.source}`),
  );
  el.addEventListener('wm-checklist-completed', (e) => seen.push(`done ${e.detail.checklistId}`));
  const waymark = make({ checklists: [checklist] });
  waymark.track('invite.sent');
  waymark.track('invite.sent');
  waymark.track('invite.sent');
  await waymark.ready;
  await vi.waitFor(() => expect(seen).toEqual(['item getting-started/invite trigger', 'done getting-started']));
});
