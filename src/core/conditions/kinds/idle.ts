/**
 * `idle`: no click, key press, scroll or pointer move on the current page for this long.
 * @packageDocumentation
 */
import { recheckAt, type ConditionEvaluation, type ConditionKind } from '../condition-kind.js';
import type { IdleCondition } from '../condition-definition.js';
import { describeDuration, formatDuration, parseDuration } from '../parse-duration.js';

/**
 * Whether a duration has passed since a time, noting when it will have.
 * @param written - the duration as written (an invalid one never passes).
 * @param since - the start, ms since the epoch.
 * @param label - the trace's opening words (`idle for`, `page open for`).
 * @param evaluation - the running evaluation.
 */
export function judgeElapsed(written: unknown, since: number, label: string, evaluation: ConditionEvaluation): boolean {
  const now = evaluation.context.now;
  const ms = parseDuration(written);
  if (ms !== null) recheckAt(evaluation, since + ms);
  if (evaluation.explaining)
    evaluation.text = `${label} ${describeDuration(written, ms)} (${formatDuration(now - since)} so far)`;
  return ms !== null && now - since >= ms;
}

/** The `idle` kind. */
export const idleKind: ConditionKind<IdleCondition> = {
  kind: 'idle',
  matches: (condition) => 'idle' in condition,
  evaluate: (condition, evaluation) => {
    const { lastInputAt, page } = evaluation.context;
    return judgeElapsed(condition.idle, Math.max(lastInputAt, page.loadedAt), 'idle for', evaluation);
  },
};
