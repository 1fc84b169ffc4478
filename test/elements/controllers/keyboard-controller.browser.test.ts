import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../../src/index.js';
import type { WaymarkEvent } from '../../../src/core/events.js';
import { focused } from './focused.js';

const dialog = (name: string) => page.getByRole('dialog', { name });

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 't',
      steps: [
        { id: 'one', target: '#create', title: 'One' },
        { id: 'act', target: '#create', title: 'Press New project', advanceOn: 'click' },
        { id: 'three', target: '#create', title: 'Three' },
      ],
    },
    {
      id: 'typo',
      steps: [
        { id: 'a', title: 'Start' },
        { id: 'b', target: '#create', title: 'Mistyped', advanceOn: 'clik' },
        { id: 'c', title: 'Reached' },
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
  document.body.innerHTML =
    '<main><button id="create">New project</button><input id="field" aria-label="Field"></main>';
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
  vi.restoreAllMocks();
});

describe('tour keys', () => {
  it('ArrowRight never completes an advanceOn step, wherever focus is; ArrowLeft still goes back from the step', async () => {
    const w = make();
    w.start('t', { stepId: 'act' });
    await expect.element(dialog('Press New project')).toBeVisible();
    await expect.poll(focused).toBe('create');
    await userEvent.keyboard('{ArrowRight}'); // on the target
    await userEvent.keyboard('{F6}'); // into the step
    expect(focused()).toBe('Back');
    await userEvent.keyboard('{ArrowRight}'); // in the step
    await expect.element(dialog('Press New project')).toBeVisible();
    expect(events.filter((e) => e.type == 'step:completed')).toEqual([]);
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(dialog('One')).toBeVisible();
  });

  it('keyboard.arrows "all" lets ArrowRight pass an advanceOn step, recorded as the keyboard', async () => {
    const w = make({ keyboard: { arrows: 'all' } });
    w.start('t', { stepId: 'act' });
    await expect.poll(focused).toBe('create');
    await userEvent.keyboard('{F6}{ArrowRight}');
    await expect.element(dialog('Three')).toBeVisible();
    expect(events.find((e) => e.type == 'step:completed')).toMatchObject({ stepId: 'act', source: 'keyboard' });
  });

  it("arrows move between informational steps while focus is in the step, and are the page's elsewhere", async () => {
    const w = make();
    w.start('t');
    await expect.poll(focused).toBe('Next');
    await userEvent.keyboard('{F6}'); // to the target: arrows are the page's there
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(dialog('One')).toBeVisible();
    await userEvent.keyboard('{F6}{ArrowRight}'); // back in the step
    await expect.element(dialog('Press New project')).toBeVisible();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}'); // the browser's Back, not the tour's
    await expect.element(dialog('Press New project')).toBeVisible();
  });

  it('Esc dismisses from the step and from its target', async () => {
    const w = make();
    w.start('t', { stepId: 'act' });
    await expect.poll(focused).toBe('create');
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog('Press New project')).not.toBeInTheDocument();
    expect(events.find((e) => e.type == 'tour:dismissed')).toMatchObject({ source: 'keyboard' });
  });

  it('a step whose advanceOn was mistyped keeps a Next button (no dead end), and the typo is reported', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const w = make();
    w.start('typo', { stepId: 'b' });
    await expect.element(dialog('Mistyped')).toBeVisible();
    await expect.poll(focused).toBe('Next');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog('Reached')).toBeVisible();
    await expect
      .poll(() => events.find((e) => e.type == 'guide:invalid'))
      .toMatchObject({
        issues: expect.arrayContaining([expect.objectContaining({ path: 'tours[1].steps[1].advanceOn' })]),
      });
  });
});
