/**
 * `signedUp`: how long ago the user signed up (the `signedUpAt` trait).
 * @packageDocumentation
 */
import { isRecord } from '../../is-record.js';
import type { ConditionKind } from '../condition-kind.js';
import type { SignedUpCondition } from '../condition-definition.js';
import { compareTrait } from '../compare-trait.js';

/** The `signedUp` kind. */
export const signedUpKind: ConditionKind<SignedUpCondition> = {
  kind: 'signedUp',
  matches: (condition) => isRecord(condition.signedUp),
  evaluate: (condition, evaluation) => compareTrait(evaluation, 'signedUpAt', condition.signedUp, 'signed up'),
};
