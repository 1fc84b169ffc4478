import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../../src/index.js';
import { chatPlugin } from '../../../src/features/chat.js';
import type { WaymarkEvent } from '../../../src/core/events.js';
import { focused } from './focused.js';

const dialog = (name: string) => page.getByRole('dialog', { name });
const tab = (shift = false) => userEvent.keyboard(shift ? '{Shift>}{Tab}{/Shift}' : '{Tab}');

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'kinds',
      steps: [
        { id: 'intro', title: 'Intro' },
        { id: 'info', target: '#create', title: 'Info step' },
        { id: 'act', target: '#create', title: 'Do it', advanceOn: 'click' },
        { id: 'type', target: '#todo', title: 'Type a task', advanceOn: 'input' },
        { id: 'add', target: '#add', title: 'Add it' },
      ],
    },
    {
      id: 'flat',
      defaults: { spotlight: false },
      steps: [
        { id: 'f1', target: '#create', title: 'No backdrop' },
        { id: 'f2', title: 'After' },
      ],
    },
    {
      id: 'quiet',
      steps: [
        { id: 'q1', target: '#create', title: 'Quiet step', focus: 'none' },
        { id: 'q2', title: 'After' },
      ],
    },
    {
      id: 'card',
      steps: [
        { id: 'c0', title: 'Before' },
        { id: 'c1', target: '#card', title: 'A card to click', advanceOn: 'click' },
        { id: 'c2', title: 'After' },
      ],
    },
  ],
};

let waymark: Waymark | undefined;
let events: WaymarkEvent[] = [];
const make = (options: Partial<Parameters<typeof createWaymark>[0]> = {}) =>
  (waymark = createWaymark({ guides, storage: memoryStorage(), onEvent: (e) => events.push(e), ...options }));

beforeEach(() => {
  events = [];
  document.body.innerHTML = `
    <header><button id="opener">Help</button><button id="other">Other</button></header>
    <main><button id="create">New project</button><label>Task <input id="todo"></label><button id="add">Add</button>
      <div id="card">A card</div></main>`;
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
});

describe('focus policy per step kind (keyboard only)', () => {
  it('a modal step and an informational step focus their primary action; Tab stays in the modal step', async () => {
    const w = make();
    document.getElementById('opener')!.focus();
    w.start('kinds');
    await expect.element(dialog('Intro')).toBeVisible();
    await expect.poll(focused).toBe('Next');
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      await tab();
      seen.add(focused());
    }
    expect([...seen].sort()).toEqual(['Close tour', 'Next']);
    expect(focused()).toBe('Next'); // four Tabs: Close tour, Next, Close tour, Next
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog('Info step')).toBeVisible();
    await expect.poll(focused).toBe('Next');
  });

  it('an action step puts focus on its target, so Space does the real thing instead of pressing Back', async () => {
    const w = make();
    w.start('kinds', { stepId: 'act' });
    await expect.element(dialog('Do it')).toBeVisible();
    await expect.poll(focused).toBe('create');
    await userEvent.keyboard(' ');
    await expect.element(dialog('Type a task')).toBeVisible();
    expect(events.filter((e) => e.type == 'step:back')).toEqual([]);
    expect(events.find((e) => e.type == 'step:completed')).toMatchObject({ stepId: 'act', source: 'target' });
  });

  it('typing into an advanceOn input types (the space bar does not press Back) and the next step leaves the field alone', async () => {
    const w = make();
    w.start('kinds', { stepId: 'type' });
    await expect.element(dialog('Type a task')).toBeVisible();
    await expect.poll(focused).toBe('todo');
    await userEvent.keyboard('Buy milk');
    expect(document.querySelector('input')!.value).toBe('Buy milk');
    await expect.element(dialog('Add it')).toBeVisible(); // the first letter did the step
    expect(focused()).toBe('todo');
    expect(events.filter((e) => e.type == 'step:back')).toEqual([]);
    // F6 reaches the new step from the field; Enter presses its primary action.
    await userEvent.keyboard('{F6}');
    expect(focused()).toBe('Done');
  });

  it('an action step whose target cannot take focus focuses the step itself, not its Back button', async () => {
    const w = make();
    w.start('card', { stepId: 'c1' });
    await expect.element(dialog('A card to click')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Back' })).toBeVisible();
    await expect.poll(() => document.activeElement?.localName).toBe('wm-tour');
    const active = document.querySelector('wm-tour')!.shadowRoot!.querySelector('wm-popover')!.shadowRoot!
      .activeElement;
    expect(active?.getAttribute('role')).toBe('dialog');
  });

  it('"Still stuck?" never takes the first focus, and appearing later does not move focus', async () => {
    const w = make({
      plugins: [chatPlugin({ custom: () => {} })],
      guides: { ...guides, chat: { provider: 'custom', stuck: { reopened: 1 } } },
    });
    await w.ready;
    // Stuck detection is a lazy chunk the chat feature loads when it starts: let it arrive before the tour runs.
    await import('../../../src/dom/chat/offer-help.js');
    await new Promise((r) => setTimeout(r, 50));
    w.start('kinds', { stepId: 'info' });
    await expect.poll(focused).toBe('Next');
    await userEvent.keyboard('{Enter}'); // to the action step
    await expect.poll(focused).toBe('create');
    await userEvent.keyboard('{Enter}'); // does it: on to "Type a task"
    await expect.element(dialog('Type a task')).toBeVisible();
    await userEvent.keyboard('{F6}{ArrowLeft}'); // into the step, back: a return to the action step, help offered
    await expect.element(page.getByRole('button', { name: 'Still stuck? Chat with us' })).toBeVisible();
    await expect.poll(focused).toBe('create');
    // An offer arriving while focus is on Next leaves it on Next.
    w.goTo('info');
    await expect.poll(focused).toBe('Next');
    w.context.$help.set({ label: 'Still stuck? Chat with us', reason: 'stuck-time' });
    await expect.element(page.getByRole('button', { name: 'Still stuck? Chat with us' })).toBeVisible();
    expect(focused()).toBe('Next');
  });

  it('focus: "none" leaves focus where it was and traps nothing; F6 moves into the step', async () => {
    const w = make();
    document.getElementById('opener')!.focus();
    w.start('quiet');
    await expect.element(dialog('Quiet step')).toBeVisible();
    await new Promise((r) => requestAnimationFrame(r));
    expect(focused()).toBe('opener');
    await tab();
    expect(focused()).toBe('other');
    await userEvent.keyboard('{F6}');
    expect(focused()).toBe('Next');
  });

  it('F6 moves out of a spotlit step to its target and back, without closing it; Tab stays with the step and target', async () => {
    const w = make();
    w.start('kinds', { stepId: 'info' });
    await expect.poll(focused).toBe('Next');
    await userEvent.keyboard('{F6}');
    expect(focused()).toBe('create');
    await tab();
    expect(['Close tour', 'Back', 'Next']).toContain(focused());
    await userEvent.keyboard('{F6}');
    expect(focused()).toBe('create');
    await userEvent.keyboard('{Shift>}{F6}{/Shift}');
    expect(focused()).toBe('Next');
    await expect.element(dialog('Info step')).toBeVisible();
  });

  it("without a backdrop, F6 goes on from the target to the page, where Tab is the page's again", async () => {
    const w = make();
    document.getElementById('opener')!.focus();
    w.start('flat');
    await expect.poll(focused).toBe('Next');
    await userEvent.keyboard('{F6}');
    expect(focused()).toBe('create');
    await userEvent.keyboard('{F6}');
    expect(focused()).toBe('opener');
    await tab();
    expect(focused()).toBe('other'); // the trap released: the page's own order
    await userEvent.keyboard('{F6}');
    expect(focused()).toBe('Next');
    await expect.element(dialog('No backdrop')).toBeVisible();
  });

  it('F6 does nothing on a modal step (the page behind it is inert)', async () => {
    const w = make();
    w.start('kinds');
    await expect.poll(focused).toBe('Next');
    await userEvent.keyboard('{F6}');
    expect(focused()).toBe('Next');
  });

  it('gives focus back to the opener when the tour ends from the step, and leaves focus the user moved into the page', async () => {
    const w = make();
    document.getElementById('opener')!.focus();
    w.start('kinds', { stepId: 'add' });
    await expect.poll(focused).toBe('Done');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog('Add it')).not.toBeInTheDocument();
    expect(focused()).toBe('opener');
    w.start('kinds', { stepId: 'add' });
    await expect.poll(focused).toBe('Done');
    await userEvent.keyboard('{F6}'); // to the target, where the user goes on working
    w.complete();
    await expect.element(dialog('Add it')).not.toBeInTheDocument();
    expect(focused()).toBe('add');
  });

  it('a tour started with nothing focused ends with focus on the main landmark, not <body>', async () => {
    const w = make();
    (document.activeElement as HTMLElement | null)?.blur();
    w.start('kinds', { stepId: 'add' });
    await expect.poll(focused).toBe('Done');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog('Add it')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(document.querySelector('main'));
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe('create'); // on from the top of main; the temporary tabindex is gone
    expect(document.querySelector('main')!.hasAttribute('tabindex')).toBe(false);
  });
});

describe('focus when the opener is gone', () => {
  const doc = {
    schemaVersion: 1,
    tours: [{ id: 'welcome', steps: [{ id: 'hi', title: 'Hello there' }] }],
    checklists: [
      {
        id: 'gs',
        title: 'Getting started',
        launcher: 'inline',
        items: [
          {
            id: 'tour',
            title: 'Take the tour',
            action: { action: 'start-tour', tour: 'welcome', label: 'Start tour' },
            completeWhen: { guide: 'welcome', state: 'completed' },
          },
          { id: 'photo', title: 'Add a photo', completeWhen: 'manual' },
        ],
      },
    ],
  };

  it('a tour started from a checklist item ends with focus on the checklist launcher, not <body>', async () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<wm-checklist checklist="gs"></wm-checklist>');
    const w = make({ guides: doc });
    await w.ready;
    const launcher = page.getByRole('button', { name: /Getting started/ });
    await expect.element(launcher).toBeVisible();
    ((await launcher.element()) as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const start = page.getByRole('button', { name: 'Start tour' });
    await expect.element(start).toBeVisible();
    ((await start.element()) as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog('Hello there')).toBeVisible();
    await expect.poll(focused).toBe('Done');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog('Hello there')).not.toBeInTheDocument();
    await expect.element(start).not.toBeInTheDocument(); // the item completed: its button re-rendered away
    await expect.poll(focused).toBe('launcher');
  });
});
