/**
 * `event`: the app recorded an event often enough (optionally filtered by properties, within a window).
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { EventCondition } from '../condition-definition.js';
import { countOccurrences } from '../count-occurrences.js';

/** The `event` kind. */
export const eventKind: ConditionKind<EventCondition> = {
  kind: 'event',
  matches: (condition) => typeof condition.event === 'string',
  evaluate: (condition, evaluation) =>
    countOccurrences(
      {
        label: `event ${condition.event}`,
        name: condition.event,
        where: condition.where,
        count: condition.count,
        within: condition.within,
      },
      evaluation,
    ),
};
