import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition, CompletionRule } from '../../../src/core/checklists/checklist-definition.js';
import {
  advanceChecklist,
  checklistItems,
  mergeChecklists,
  readChecklists,
  watchesPage,
} from '../../../src/core/checklists/checklist-progress.js';
import { evaluateCondition } from '../../../src/core/conditions/evaluate-condition.js';
import { fakeContext } from '../conditions/fake-context.js';

const list: ChecklistDefinition = {
  id: 'start',
  title: 'Getting started',
  items: [
    { id: 'tour', title: 'Take the tour', completeWhen: { guide: 'welcome', state: 'completed' } },
    { id: 'invite', title: 'Invite your team', completeWhen: { event: 'invite.sent', count: 3 } },
    { id: 'profile', title: 'Fill in your profile', completeWhen: 'manual' },
    { id: 'project', title: 'Create a project', completeWhen: { event: 'project.created' }, dependsOn: ['tour'] },
  ],
};

/** A rule evaluator over a fake context: `invites` invite.sent events, welcome tour completed or not. */
const holds = (invites: number, toured: boolean, created = 0) => {
  const cx = fakeContext({
    history: { tally: (name) => [name == 'invite.sent' ? invites : name == 'project.created' ? created : 0, Infinity] },
    guides: (id) => (id == 'welcome' && toured ? { completed: true, dismissed: false, seen: true } : undefined),
  });
  return (rule: CompletionRule) => evaluateCondition(rule, cx, false).ok;
};

describe('completion rules', () => {
  it('completes nothing while no rule holds, and never a manual item', () => {
    const [p, done] = advanceChecklist(list, undefined, holds(2, false, 5), 1);
    expect(done).toEqual([]);
    expect(p.done).toEqual({});
  });

  it('completes an item once its event was tracked often enough', () => {
    expect(advanceChecklist(list, undefined, holds(3, false), 7)).toEqual([{ done: { invite: 7 } }, ['invite']]);
  });

  it('keeps a locked item incomplete until what it depends on is complete, then completes both in one pass', () => {
    expect(advanceChecklist(list, undefined, holds(0, false, 1), 1)[1]).toEqual([]);
    expect(advanceChecklist(list, undefined, holds(0, true, 1), 1)[1]).toEqual(['tour', 'project']);
  });

  it('returns the same progress object when nothing changed, and keeps completed items complete', () => {
    const before = { done: { invite: 1 } };
    expect(advanceChecklist(list, before, holds(0, false), 9)[0]).toBe(before);
  });

  it('says which items block a locked one, by title', () => {
    const states = checklistItems(list, { done: {} });
    expect(states.map((s) => [s.item.id, s.done, s.blockedBy])).toEqual([
      ['tour', false, []],
      ['invite', false, []],
      ['profile', false, []],
      ['project', false, ['Take the tour']],
    ]);
    expect(checklistItems(list, { done: { tour: 1 } })[3].blockedBy).toEqual([]);
  });

  it('knows which rules look at the page', () => {
    expect(watchesPage({ element: '#x' })).toBe(true);
    expect(watchesPage({ all: [{ event: 'a' }, { not: { element: '#x', state: 'visible' } }] })).toBe(true);
    expect(watchesPage({ event: 'a' })).toBe(false);
    expect(watchesPage('manual')).toBe(false);
  });
});

describe('stored progress', () => {
  it('keeps what makes sense in a corrupted section and drops the rest', () => {
    expect(readChecklists('garbage')).toEqual({});
    expect(
      readChecklists({
        a: { done: { x: 1, y: 'no', z: null }, dismissed: 'yes', open: true, completedAt: 5 },
        b: 7,
        c: { done: [] },
      }),
    ).toEqual({ a: { done: { x: 1 }, open: true, completedAt: 5 }, c: { done: {} } });
  });

  it('unites two tabs: completed anywhere stays completed at its earliest time; open comes from this tab', () => {
    const mine = { a: { done: { x: 5, y: 2 }, open: true }, b: { done: {}, dismissed: 9 } };
    const theirs = { a: { done: { x: 3, z: 4 }, completedAt: 6 }, c: { done: { q: 1 }, open: true } };
    expect(mergeChecklists(mine, theirs)).toEqual({
      a: { done: { x: 3, y: 2, z: 4 }, completedAt: 6, open: true },
      b: { done: {}, dismissed: 9 },
      c: { done: { q: 1 }, open: true },
    });
    expect(mergeChecklists(mine, mergeChecklists(mine, theirs))).toEqual(mergeChecklists(mine, theirs));
  });
});
