import type { TourDefinition } from './guide-definition.js';

/** What can happen to a tour; the input of {@link transition}. */
export type TourCommand =
  | { type: 'start'; tour: TourDefinition; stepIndex?: number; resumed?: boolean }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'goto'; stepIndex: number }
  | { type: 'complete' }
  | { type: 'dismiss' }
  | { type: 'skip' };

/** Where a tour is: which tour, which step, and whether it runs or how it ended. */
export interface TourState {
  tour: TourDefinition | null;
  stepIndex: number;
  status: 'idle' | 'active' | 'completed' | 'dismissed';
}

/** No tour. */
export const initialTourState: TourState = { tour: null, stepIndex: 0, status: 'idle' };

const at = (tour: TourDefinition | null, stepIndex: number, status: TourState['status']): TourState | undefined =>
  tour?.steps[stepIndex] ? { tour, stepIndex, status } : undefined;

/**
 * The pure tour reducer (no side effects, no clock). `start` works in any state (to a step that
 * exists); the rest only while a tour is active. `next`/`skip` on the last step complete the tour,
 * `back` on the first step and `goto` to the current or a missing step are invalid.
 * @param state - the current state.
 * @param command - what happened.
 * @returns the next state, or the same state object when the command is invalid.
 */
export function transition(state: TourState, command: TourCommand): TourState {
  const { tour, stepIndex, status } = state;
  const type = command.type;
  if (type == 'start') return at(command.tour, command.stepIndex ?? 0, 'active') ?? state;
  if (status != 'active') return state;
  return (
    (type == 'next' || type == 'skip'
      ? (at(tour, stepIndex + 1, status) ?? at(tour, stepIndex, 'completed'))
      : type == 'back'
        ? at(tour, stepIndex - 1, status)
        : type == 'goto'
          ? command.stepIndex != stepIndex && at(tour, command.stepIndex, status)
          : at(tour, stepIndex, type == 'complete' ? 'completed' : 'dismissed')) || state
  );
}
