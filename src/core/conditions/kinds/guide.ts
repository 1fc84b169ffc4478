/**
 * `guide`: the user completed, dismissed, saw or never saw another guide.
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { GuideCondition } from '../condition-definition.js';

/** The `guide` kind. */
export const guideKind: ConditionKind<GuideCondition> = {
  kind: 'guide',
  matches: (condition) => typeof condition.guide === 'string',
  evaluate(condition, evaluation) {
    const status = evaluation.context.guides(condition.guide);
    const state: unknown = condition.state;
    if (evaluation.explaining) evaluation.text = `guide ${condition.guide} ${condition.state}`;
    if (state === 'not-seen') return !status?.seen;
    return (state === 'completed' || state === 'dismissed' || state === 'seen') && !!status?.[state];
  },
};
