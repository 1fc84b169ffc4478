/**
 * The shared judgement of `event` and `errors` conditions: enough occurrences in the behaviour history.
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';
import { recheckAt, type ConditionEvaluation } from './condition-kind.js';
import { describeCount, matchesCount } from './count-range.js';
import { describeDuration, parseDuration } from './parse-duration.js';

/** What to count, as written in the condition (untrusted). */
export interface OccurrenceRule {
  /** The trace's opening words, e.g. `event help_article_viewed` or `errors`. */
  label: string;
  /** The event name in the history. */
  name: string;
  /** Property filter. */
  where: unknown;
  /** How many are needed (default 1). */
  count: unknown;
  /** How recent (an ISO duration), or all kept history. */
  within: unknown;
}

/**
 * Whether an event occurred often enough, noting when the count can drop out of its window.
 * @param rule - what to count.
 * @param evaluation - the running evaluation.
 * @returns whether the count holds (an invalid `within` never does).
 */
export function countOccurrences(rule: OccurrenceRule, evaluation: ConditionEvaluation): boolean {
  const { label, name, where, within } = rule;
  const windowMs = within === undefined ? undefined : parseDuration(within);
  const count = rule.count ?? 1;
  const [found, changesAt] =
    windowMs === null
      ? [0, Infinity]
      : evaluation.context.history.tally(name, isRecord(where) ? where : undefined, windowMs);
  if (evaluation.explaining) {
    const filter = isRecord(where)
      ? ` where ${Object.keys(where)
          .map((key) => `${key}=${where[key]}`)
          .join(', ')}`
      : '';
    const window = windowMs === undefined ? '' : ` within ${describeDuration(within, windowMs)}`;
    evaluation.text = `${label}${filter}: ${found} of ${describeCount(count)}${window}`;
  }
  recheckAt(evaluation, changesAt);
  return windowMs !== null && matchesCount(count, found);
}
