import type { ConditionContext } from '../../../src/core/conditions/evaluate-condition.js';

/** 2026-03-02T12:00:00Z, a Monday at noon UTC. */
export const T0 = Date.UTC(2026, 2, 2, 12);

/** A condition context with quiet defaults: no history, on `/`, loaded and last input at `now`. */
export function fakeContext(overrides: Partial<ConditionContext> = {}): ConditionContext {
  const now = overrides.now ?? T0;
  return {
    now,
    history: { tally: () => [0, Infinity] },
    page: { path: '/', loadedAt: now, visits: () => 1 },
    lastInputAt: now,
    elements: () => false,
    user: { traits: {} },
    guides: () => undefined,
    ...overrides,
  };
}
