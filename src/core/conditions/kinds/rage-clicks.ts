/**
 * `rageClicks`: the user clicked the same spot again and again, quickly, just now.
 * @packageDocumentation
 */
import { isRecord } from '../../is-record.js';
import { recheckAt, type ConditionKind } from '../condition-kind.js';
import type { RageClicksCondition } from '../condition-definition.js';
import { describeDuration, parseDuration } from '../parse-duration.js';

/** The `rageClicks` kind. */
export const rageClicksKind: ConditionKind<RageClicksCondition> = {
  kind: 'rageClicks',
  matches: (condition) => isRecord(condition.rageClicks),
  evaluate(condition, evaluation) {
    const { count = 3, within = 'PT1S', radius = 30 } = condition.rageClicks;
    const now = evaluation.context.now;
    const windowMs = parseDuration(within);
    const clicks = evaluation.context.clicks ?? [];
    const last = clicks[clicks.length - 1];
    // Count back from the last click while clicks are recent, those close enough to it.
    let found = 0;
    for (let i = clicks.length - 1; windowMs !== null && i >= 0 && now - clicks[i].at < windowMs; i--) {
      const dx = clicks[i].x - last.x;
      const dy = clicks[i].y - last.y;
      if (dx * dx + dy * dy <= radius * radius) {
        found++;
        recheckAt(evaluation, clicks[i].at + windowMs);
      }
    }
    if (evaluation.explaining)
      evaluation.text = `rage clicks: ${found} of ${count} within ${describeDuration(within, windowMs)}`;
    return found >= count;
  },
};
