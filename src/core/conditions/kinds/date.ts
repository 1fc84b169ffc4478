/**
 * `date`: today is within a calendar range.
 * @packageDocumentation
 */
import { isRecord } from '../../is-record.js';
import { parseCalendarDate } from '../calendar-date.js';
import { recheckAt, type ConditionKind } from '../condition-kind.js';
import type { DateCondition } from '../condition-definition.js';

/** The `date` kind. */
export const dateKind: ConditionKind<DateCondition> = {
  kind: 'date',
  matches: (condition) => isRecord(condition.date),
  evaluate(condition, evaluation) {
    const { from, to } = condition.date;
    const start = from === undefined ? -Infinity : parseCalendarDate(from, false);
    const end = to === undefined ? Infinity : parseCalendarDate(to, true);
    recheckAt(evaluation, start);
    recheckAt(evaluation, end);
    if (evaluation.explaining) evaluation.text = `date from ${from ?? 'any time'} to ${to ?? 'any time'}`;
    const now = evaluation.context.now;
    return now >= start && now < end;
  },
};
