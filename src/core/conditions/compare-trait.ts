/**
 * The shared judgement of `user` and `signedUp` conditions: a user trait against comparisons.
 * @packageDocumentation
 */
import { parseCalendarDate } from './calendar-date.js';
import { recheckAt, type ConditionEvaluation } from './condition-kind.js';
import type { UserCondition } from './condition-definition.js';
import { formatDuration, parseDuration } from './parse-duration.js';

/** The comparisons of a `user` condition (the `signedUp` rule uses the two age ones). */
export type TraitComparisons = Omit<UserCondition, 'user'>;

/** Comparison keys in trace words, in the order a trace lists them (the condition's own key order). */
const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  in: 'in',
  eq: '=',
  gt: '>',
  lt: '<',
  gte: '≥',
  lte: '≤',
  exists: 'exists',
  olderThan: 'older than',
  newerThan: 'newer than',
};

/** A compared value in trace words: lists joined with `/`, durations in words. */
const describeOperand = (value: unknown): string => {
  if (Array.isArray(value)) return value.join('/');
  const ms = parseDuration(value);
  return ms !== null ? formatDuration(ms) : String(value);
};

/**
 * Whether a user trait satisfies every comparison given. A missing trait fails all but `exists: false`;
 * `olderThan`/`newerThan` read it as a date (ISO text or ms since the epoch) and note when the answer flips.
 * @param evaluation - the running evaluation.
 * @param trait - the trait name.
 * @param comparisons - the comparisons as written (untrusted).
 * @param label - the trace's opening words, e.g. `user plan` or `signed up`.
 * @returns whether all hold.
 */
export function compareTrait(
  evaluation: ConditionEvaluation,
  trait: string,
  comparisons: TraitComparisons,
  label: string,
): boolean {
  const now = evaluation.context.now;
  const value = evaluation.context.user.traits[trait];
  const has = value != null;
  const c = comparisons;
  let ok = c.exists === undefined ? has : has === !!c.exists;
  let found = has ? String(value) : 'not set';
  if (has) {
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? +value : NaN;
    if (c.in !== undefined) ok &&= Array.isArray(c.in) && c.in.some((item) => String(item) === String(value));
    if (c.eq !== undefined) ok &&= String(c.eq) === String(value);
    if (c.gt !== undefined) ok &&= number > c.gt;
    if (c.lt !== undefined) ok &&= number < c.lt;
    if (c.gte !== undefined) ok &&= number >= c.gte;
    if (c.lte !== undefined) ok &&= number <= c.lte;
    if (c.olderThan !== undefined || c.newerThan !== undefined) {
      const at = typeof value === 'number' ? value : parseCalendarDate(value, false);
      const older = c.olderThan === undefined ? 0 : parseDuration(c.olderThan);
      const newer = c.newerThan === undefined ? Infinity : parseDuration(c.newerThan);
      ok &&= older !== null && newer !== null && now - at >= older && now - at < newer;
      if (older) recheckAt(evaluation, at + older);
      if (newer) recheckAt(evaluation, at + newer);
      if (!Number.isNaN(at)) found = `${formatDuration(now - at)} ago`;
    }
  }
  if (evaluation.explaining) {
    const operators = Object.keys(c)
      .filter((key) => key in OPERATOR_WORDS)
      .map((key) => `${OPERATOR_WORDS[key]} ${describeOperand(c[key as keyof TraitComparisons])}`);
    evaluation.text = `${label} ${operators.join(', ')}: ${found}`;
  }
  return ok;
}
