/**
 * `errors`: the page reported uncaught errors (recorded as `$error` events) often enough.
 * @packageDocumentation
 */
import { isRecord } from '../../is-record.js';
import { ERROR_EVENT } from '../condition-context.js';
import type { ConditionKind } from '../condition-kind.js';
import type { ErrorsCondition } from '../condition-definition.js';
import { countOccurrences } from '../count-occurrences.js';

/** The `errors` kind. */
export const errorsKind: ConditionKind<ErrorsCondition> = {
  kind: 'errors',
  matches: (condition) => isRecord(condition.errors),
  evaluate: (condition, evaluation) =>
    countOccurrences(
      {
        label: 'errors',
        name: ERROR_EVENT,
        where: undefined,
        count: condition.errors.count,
        within: condition.errors.within,
      },
      evaluation,
    ),
};
