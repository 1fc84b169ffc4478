/**
 * `not`: the nested condition does not hold.
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { NotCondition } from '../condition-definition.js';

/** The `not` kind. */
export const notKind: ConditionKind<NotCondition> = {
  kind: 'not',
  matches: (condition) => 'not' in condition,
  evaluate(condition, evaluation, trace) {
    const ok = !evaluation.evaluateNested(condition.not, trace);
    evaluation.text = 'not';
    return ok;
  },
};
