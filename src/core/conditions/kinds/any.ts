/**
 * `any`: at least one nested condition holds (an empty list does not).
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { AnyCondition } from '../condition-definition.js';
import { judgeList } from './all.js';

/** The `any` kind. */
export const anyKind: ConditionKind<AnyCondition> = {
  kind: 'any',
  matches: (condition) => Array.isArray(condition.any),
  evaluate(condition, evaluation, trace) {
    const ok = judgeList(condition.any, false, evaluation, trace);
    evaluation.text = 'any of';
    return ok;
  },
};
