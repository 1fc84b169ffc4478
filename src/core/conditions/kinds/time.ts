/**
 * `time`: the user's local time of day is within daily hours.
 * @packageDocumentation
 */
import { isRecord } from '../../is-record.js';
import { recheckAt, type ConditionKind } from '../condition-kind.js';
import type { TimeCondition } from '../condition-definition.js';

/** Minutes since midnight of an `HH:MM` time, or `NaN` when it is not one. */
const minutesOf = (time: unknown): number => {
  const match = typeof time === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time) : null;
  return match ? +match[1] * 60 + +match[2] : NaN;
};

/** The next local time, after `now`, at which the clock shows `minutes` past midnight. */
const nextAt = (now: number, minutes: number): number => {
  const at = new Date(now);
  at.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  if (at.getTime() <= now) at.setDate(at.getDate() + 1);
  return at.getTime();
};

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The `time` kind. */
export const timeKind: ConditionKind<TimeCondition> = {
  kind: 'time',
  matches: (condition) => isRecord(condition.time),
  evaluate(condition, evaluation) {
    const { from, to } = condition.time;
    const now = evaluation.context.now;
    const clock = new Date(now);
    const minutes = clock.getHours() * 60 + clock.getMinutes();
    const start = minutesOf(from);
    const end = minutesOf(to);
    const valid = !Number.isNaN(start) && !Number.isNaN(end);
    if (evaluation.explaining)
      evaluation.text = valid
        ? `time from ${from} to ${to} (now ${twoDigits(clock.getHours())}:${twoDigits(clock.getMinutes())})`
        : `time from ${from} to ${to}: not a time of day (HH:MM)`;
    if (!valid) return false;
    recheckAt(evaluation, nextAt(now, start));
    recheckAt(evaluation, nextAt(now, end));
    return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  },
};
