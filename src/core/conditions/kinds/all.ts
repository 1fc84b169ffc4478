/**
 * `all`: every nested condition holds (an empty list holds).
 * @packageDocumentation
 */
import type { ConditionEvaluation, ConditionKind, TraceNode } from '../condition-kind.js';
import type { AllCondition, Condition } from '../condition-definition.js';

/**
 * Judge a list of nested conditions: all must hold (`every`) or one must. Without a trace the first decisive
 * answer stops the walk; with one, every child is judged so the trace shows them all.
 * @param conditions - the nested conditions.
 * @param every - `true` for `all`, `false` for `any`.
 * @param evaluation - the running evaluation.
 * @param trace - where the children's trace nodes go.
 * @returns whether the list holds.
 */
export function judgeList(
  conditions: readonly Condition[],
  every: boolean,
  evaluation: ConditionEvaluation,
  trace: TraceNode[] | undefined,
): boolean {
  let ok = every;
  for (const child of conditions) {
    if (evaluation.evaluateNested(child, trace) !== every) {
      ok = !every;
      if (!trace) break;
    }
  }
  return ok;
}

/** The `all` kind. */
export const allKind: ConditionKind<AllCondition> = {
  kind: 'all',
  matches: (condition) => Array.isArray(condition.all),
  evaluate(condition, evaluation, trace) {
    const ok = judgeList(condition.all, true, evaluation, trace);
    evaluation.text = 'all of';
    return ok;
  },
};
