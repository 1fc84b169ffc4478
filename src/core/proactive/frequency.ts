/**
 * Frequency capping: may a guide be offered again, given when it was shown before?
 * @packageDocumentation
 */
import { parseDuration } from '../conditions/parse-duration.js';
import type { FrequencyDefinition } from './frequency-definition.js';

/** One automatic showing of a guide, as persisted (shared by every tab of the app). */
export interface ShowRecord {
  /** The guide shown. */
  guideId: string;
  /** When it was shown (or claimed), ms since the epoch. */
  at: number;
  /** The tab that showed it: any id unique per tab, e.g. random at page load. */
  tab: string;
  /** How it ended: `yielded` means another tab claimed it first and this one did not show it. */
  outcome?: 'completed' | 'dismissed' | 'yielded';
  /** When it ended, ms since the epoch. */
  closedAt?: number;
}

/** The answer of {@link checkFrequency}. */
export interface FrequencyCheck {
  /** Whether the guide may be shown now. */
  ok: boolean;
  /** The rule that blocks it: `max`, `gap` or `snoozed`. */
  reason?: 'max' | 'gap' | 'snoozed';
  /** When it may be shown, if ever (absent when `max` is used up for good). */
  nextAllowedAt?: number;
}

const dur = (v: unknown) => (v === undefined ? undefined : (parseDuration(v) ?? Infinity));

/**
 * Check a guide's frequency rules against its past showings. Invalid durations block (a broken rule
 * never nags). Without a definition the guide may show once.
 * @param frequency - the guide's `frequency`; `{ max: 1 }` when absent.
 * @param showings - this guide's showings (any order; `yielded` ones do not count).
 * @param now - the current time, ms since the epoch.
 * @returns whether it may show now and, if not, why and from when.
 * @example
 * ```ts
 * checkFrequency({ max: 1, per: 'P7D' }, [{ guideId: 'g', at: now - 864e5, tab: 't' }], now);
 * // { ok: false, reason: 'max', nextAllowedAt: now + 6 * 864e5 }
 * ```
 */
export function checkFrequency(
  frequency: FrequencyDefinition | undefined,
  showings: readonly ShowRecord[],
  now: number,
): FrequencyCheck {
  const f: FrequencyDefinition = frequency && typeof frequency === 'object' ? frequency : { max: 1 };
  const shown = showings.filter((r) => r.outcome !== 'yielded').sort((a, b) => a.at - b.at);
  const last = shown[shown.length - 1];
  let until = now;
  let reason: FrequencyCheck['reason'];
  const block = (why: FrequencyCheck['reason'], at: number) => {
    if (!(at <= until)) {
      until = at;
      reason = why;
    }
  };
  if (f.max !== undefined) {
    const per = dur(f.per);
    const recent = per === undefined ? shown : shown.filter((r) => r.at > now - per);
    if (!(recent.length < f.max))
      block('max', f.max > 0 && per !== undefined ? recent[recent.length - f.max].at + per : Infinity);
  }
  const gap = dur(f.minGap);
  if (last && gap !== undefined) block('gap', (last.closedAt ?? last.at) + gap);
  const snooze = dur(f.snooze);
  if (last?.outcome === 'dismissed' && snooze !== undefined) block('snoozed', (last.closedAt ?? last.at) + snooze);
  return reason
    ? until < Infinity
      ? { ok: false, reason, nextAllowedAt: until }
      : { ok: false, reason }
    : { ok: true };
}
