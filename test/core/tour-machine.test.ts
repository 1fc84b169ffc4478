import { describe, expect, it } from 'vitest';
import type { TourDefinition } from '../../src/core/guide-definition.js';
import { initialTourState, transition, type TourCommand, type TourState } from '../../src/core/tour-machine.js';

const tour: TourDefinition = {
  id: 't',
  steps: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
    { id: 'c', title: 'C' },
  ],
};
const other: TourDefinition = { id: 'o', steps: [{ id: 'x', title: 'X' }] };
const at = (stepIndex: number, status: TourState['status'] = 'active', t: TourDefinition = tour): TourState => ({
  tour: t,
  stepIndex,
  status,
});

describe('transition', () => {
  it.each<[string, TourState, TourCommand, TourState]>([
    ['start from idle', initialTourState, { type: 'start', tour }, at(0)],
    ['start at a step', initialTourState, { type: 'start', tour, stepIndex: 2 }, at(2)],
    ['start replaces a running tour', at(1), { type: 'start', tour: other }, at(0, 'active', other)],
    ['start again after completing', at(2, 'completed'), { type: 'start', tour }, at(0)],
    ['next', at(0), { type: 'next' }, at(1)],
    ['next on the last step completes', at(2), { type: 'next' }, at(2, 'completed')],
    ['skip moves on like next', at(1), { type: 'skip' }, at(2)],
    ['skip on the last step completes', at(2), { type: 'skip' }, at(2, 'completed')],
    ['back', at(2), { type: 'back' }, at(1)],
    ['goto forward', at(0), { type: 'goto', stepIndex: 2 }, at(2)],
    ['goto backward', at(2), { type: 'goto', stepIndex: 0 }, at(0)],
    ['complete mid-tour', at(1), { type: 'complete' }, at(1, 'completed')],
    ['dismiss', at(1), { type: 'dismiss' }, at(1, 'dismissed')],
  ])('%s', (_, state, command, expected) => {
    expect(transition(state, command)).toEqual(expected);
  });

  it.each<[string, TourState, TourCommand]>([
    ['next while idle', initialTourState, { type: 'next' }],
    ['dismiss while idle', initialTourState, { type: 'dismiss' }],
    ['complete after completed', at(2, 'completed'), { type: 'complete' }],
    ['next after dismissed', at(1, 'dismissed'), { type: 'next' }],
    ['back on the first step', at(0), { type: 'back' }],
    ['goto the current step', at(1), { type: 'goto', stepIndex: 1 }],
    ['goto past the end', at(1), { type: 'goto', stepIndex: 3 }],
    ['goto a negative index', at(1), { type: 'goto', stepIndex: -1 }],
    ['goto a fractional index', at(1), { type: 'goto', stepIndex: 0.5 }],
    ['start at a missing step', at(1), { type: 'start', tour, stepIndex: 7 }],
    ['start a tour without steps', initialTourState, { type: 'start', tour: { id: 'e', steps: [] } }],
  ])('%s returns the same state object', (_, state, command) => {
    expect(transition(state, command)).toBe(state);
  });

  it('never mutates the state it is given', () => {
    const state = Object.freeze(at(0));
    expect(() => transition(state, { type: 'next' })).not.toThrow();
    expect(state).toEqual(at(0));
  });
});
