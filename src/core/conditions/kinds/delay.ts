/**
 * `delay`: this long has passed since the page loaded.
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { DelayCondition } from '../condition-definition.js';
import { judgeElapsed } from './idle.js';

/** The `delay` kind. */
export const delayKind: ConditionKind<DelayCondition> = {
  kind: 'delay',
  matches: (condition) => 'delay' in condition,
  evaluate: (condition, evaluation) =>
    judgeElapsed(condition.delay, evaluation.context.page.loadedAt, 'page open for', evaluation),
};
