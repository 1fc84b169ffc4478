/**
 * `user`: a trait the app set on the user satisfies every comparison given.
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { UserCondition } from '../condition-definition.js';
import { compareTrait } from '../compare-trait.js';

/** The `user` kind. */
export const userKind: ConditionKind<UserCondition> = {
  kind: 'user',
  matches: (condition) => typeof condition.user === 'string',
  evaluate: (condition, evaluation) => compareTrait(evaluation, condition.user, condition, `user ${condition.user}`),
};
