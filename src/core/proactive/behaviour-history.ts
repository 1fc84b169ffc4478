/**
 * A bounded, compact, mergeable record of what the user did, for `event` and `errors` conditions.
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';
import type { Scalar } from '../conditions/condition-definition.js';
import type { HistoryReader } from '../conditions/condition-context.js';
import {
  DAY_MS,
  MAX_EVENTS,
  MAX_SIGNATURES,
  RECENT_TIMES,
  emptyRecord,
  markCoverage,
  readSnapshot,
  writeSnapshot,
  type EventRecord,
  type HistorySnapshot,
} from './history-snapshot.js';

export type { EventSnapshot, HistorySnapshot } from './history-snapshot.js';

/** Options of {@link createBehaviourHistory}. */
export interface BehaviourHistoryOptions {
  /** The clock. @default Date.now */
  now?: () => number;
  /** Days of history kept. @default 90 */
  maxDays?: number;
  /** Event name → property keys to keep (from `collectTrackedProps`); other properties are not stored. */
  trackedProps?: Record<string, string[]>;
}

/**
 * What the user did, counted per event name, per UTC day and per value of the tracked properties,
 * plus the exact times of the last 32 occurrences of each event.
 *
 * Counting: a window is counted exactly from the recent times when they reach back far enough (always
 * true for windows holding fewer than 32 occurrences); otherwise from day counts, where whole days
 * count fully and the oldest, partly covered day counts in proportion to the part inside the window
 * (as if its events were spread evenly), rounded to the nearest whole number.
 */
export interface BehaviourHistory extends HistoryReader {
  /**
   * Record one occurrence now. Only the tracked properties are kept, as text.
   * @param name - the event name.
   * @param props - its properties.
   */
  record(name: string, props?: Record<string, unknown>): void;
  /**
   * How many occurrences.
   * @param name - the event name.
   * @param where - only those whose properties have these values (tracked keys only; compared as text).
   * @param withinMs - only those less than this old; all kept history when omitted.
   */
  count(name: string, where?: Record<string, Scalar>, withinMs?: number): number;
  /** The persisted form (plain JSON, a copy). */
  snapshot(): HistorySnapshot;
  /**
   * Fold in another tab's snapshot: per day the larger count wins and recent times are united, so
   * merging is idempotent and commutative and a shared snapshot is never counted twice. Two tabs
   * recording on the same day at the same time may under-count that day (the larger count wins).
   * @param other - a snapshot (sanitised like the initial one).
   */
  merge(other: unknown): void;
}

const encode = encodeURIComponent;

// Index of `day` in a day-count array, growing it as needed.
const dayIndex = (days: number[], day: number) => {
  if (day < days[0]) {
    days.splice(1, 0, ...new Array<number>(days[0] - day).fill(0));
    days[0] = day;
  }
  const i = day - days[0] + 1;
  while (days.length <= i) days.push(0);
  return i;
};

// Unite a record's recent (time, signature) pairs with another list, both sorted oldest first, keeping each pair
// as often as the list that has it more often (so merging is idempotent), then the last RECENT_TIMES.
const uniteRecent = (record: EventRecord, times: number[], signatures: string[]) => {
  const unitedTimes: number[] = [];
  const unitedSignatures: string[] = [];
  const { times: own, signatures: ownSignatures } = record;
  for (let i = 0, j = 0; i < own.length || j < times.length;) {
    const order =
      j >= times.length
        ? -1
        : i >= own.length
          ? 1
          : own[i] - times[j] || (ownSignatures[i] < signatures[j] ? -1 : +(ownSignatures[i] > signatures[j]));
    if (order > 0) {
      unitedTimes.push(times[j]);
      unitedSignatures.push(signatures[j++]);
    } else {
      unitedTimes.push(own[i]);
      unitedSignatures.push(ownSignatures[i++]);
      if (!order) j++;
    }
  }
  record.times = unitedTimes.slice(-RECENT_TIMES);
  record.signatures = unitedSignatures.slice(-RECENT_TIMES);
};

/**
 * Create a behaviour history, restoring a snapshot. A corrupted snapshot is sanitised: the parts
 * that make sense are kept, the rest dropped, nothing thrown.
 * @param snapshot - a previous `snapshot()`, e.g. from the progress store's `history` section.
 * @param options - clock, retention and tracked properties.
 * @returns the history.
 * @example
 * ```ts
 * const history = createBehaviourHistory(saved, { trackedProps: collectTrackedProps(conditions) });
 * history.record('help_article_viewed', { articleId: 'billing-101' });
 * history.count('help_article_viewed', { articleId: 'billing-101' }, 7 * 864e5); // 1
 * ```
 */
export function createBehaviourHistory(snapshot?: unknown, options: BehaviourHistoryOptions = {}): BehaviourHistory {
  const { now = Date.now, maxDays = 90, trackedProps = {} } = options;
  const today = () => Math.floor(now() / DAY_MS);
  let prunedOn = NaN;

  // Drop days older than maxDays (and far-future ones), once per day.
  const prune = (ms: number) => {
    const day = Math.floor(ms / DAY_MS);
    if (day === prunedOn) return;
    prunedOn = day;
    const first = day - maxDays + 1;
    for (const [name, record] of events) {
      for (const [signature, days] of record.days) {
        if (days[0] < first) {
          days.splice(1, first - days[0]);
          days[0] = first;
        }
        while (days.length > 1 && !days[1]) {
          days.splice(1, 1);
          days[0]++;
        }
        if (days.length < 2 || days[0] > day + 1) record.days.delete(signature);
      }
      const keep = record.times.findIndex((at) => at >= first * DAY_MS);
      record.times = keep < 0 ? [] : record.times.slice(keep);
      record.signatures = keep < 0 ? [] : record.signatures.slice(keep);
      if (!record.days.size && !record.times.length) events.delete(name);
    }
  };

  // The record of an event name, created (evicting the least recently seen name when full) if new.
  const recordOf = (name: string) => {
    let record = events.get(name);
    if (!record) {
      if (events.size >= MAX_EVENTS) {
        let oldest: string | undefined;
        let when = Infinity;
        for (const [other, { times }] of events) {
          const last = times[times.length - 1] ?? 0;
          if (last < when) {
            when = last;
            oldest = other;
          }
        }
        events.delete(oldest!);
      }
      events.set(name, (record = emptyRecord()));
    }
    return record;
  };

  const history: BehaviourHistory = {
    record(name, props) {
      if (typeof name !== 'string' || !name) return;
      const ms = now();
      prune(ms);
      const record = recordOf(name);
      const keys = Object.hasOwn(trackedProps, name) ? trackedProps[name] : [];
      let signature =
        isRecord(props) && Array.isArray(keys)
          ? keys
              .filter((key) => props[key] != null && typeof props[key] !== 'object')
              .map((key) => `${encode(key)}=${encode(String(props[key]))}`)
              .join('&')
          : '';
      if (!record.days.has(signature) && record.days.size >= MAX_SIGNATURES) signature = '*';
      const days = record.days.get(signature) ?? [Math.floor(ms / DAY_MS)];
      record.days.set(signature, days);
      days[dayIndex(days, Math.floor(ms / DAY_MS))]++;
      const { times, signatures } = record;
      let i = times.length;
      while (i && (times[i - 1] > ms || (times[i - 1] === ms && signatures[i - 1] > signature))) i--;
      times.splice(i, 0, ms);
      signatures.splice(i, 0, signature);
      if (times.length > RECENT_TIMES) {
        times.shift();
        signatures.shift();
        record.timesIncomplete = true;
      }
    },

    tally(name, where, withinMs) {
      const ms = now();
      prune(ms);
      const record = events.get(name);
      if (!record) return [0, Infinity];
      const needles = where ? Object.keys(where).map((k) => `&${encode(k)}=${encode(String(where[k]))}&`) : [];
      const hit = (signature: string) => needles.every((needle) => `&${signature}&`.includes(needle));
      const start = withinMs === undefined ? -Infinity : ms - withinMs;
      const { times } = record;
      // Exactly from the recent times when they reach back far enough.
      if (!record.timesIncomplete || times[0] <= start) {
        let n = 0;
        let first = Infinity;
        for (let i = 0; i < times.length; i++) {
          if (times[i] > start && hit(record.signatures[i])) {
            n++;
            if (first === Infinity) first = times[i];
          }
        }
        return [n, n && withinMs !== undefined ? first + withinMs : Infinity];
      }
      // Else from day counts: whole days fully, the partly covered oldest day in proportion.
      const startDay = Math.floor(start / DAY_MS);
      let full = 0;
      let edge = 0;
      for (const [signature, days] of record.days) {
        if (!hit(signature)) continue;
        for (let i = 1; i < days.length; i++) {
          const day = days[0] + i - 1;
          if (day > startDay) full += days[i];
          else if (day === startDay) edge += days[i];
        }
      }
      if (withinMs === undefined) return [full, Infinity];
      // `edge` counts in proportion; the value falls steadily as the window slides.
      const dayEnd = (startDay + 1) * DAY_MS;
      const n = Math.round(full + (edge * (dayEnd - start)) / DAY_MS);
      let at = dayEnd + withinMs;
      if (edge) at = Math.min(at, dayEnd + withinMs - ((n - 0.5 - full) * DAY_MS) / edge);
      return [n, n ? Math.ceil(at) : Infinity];
    },

    count: (name, where, withinMs) => history.tally(name, where, withinMs)[0],

    snapshot() {
      prune(now());
      return writeSnapshot(events);
    },

    merge(other) {
      for (const [name, incoming] of readSnapshot(other, today(), maxDays)) {
        const record = recordOf(name);
        for (const [signature, theirs] of incoming.days) {
          let days = record.days.get(signature);
          if (!days) {
            if (record.days.size >= MAX_SIGNATURES) continue;
            record.days.set(signature, (days = [theirs[0]]));
          }
          for (let i = 1; i < theirs.length; i++) {
            const j = dayIndex(days, theirs[0] + i - 1);
            days[j] = Math.max(days[j], theirs[i]);
          }
        }
        uniteRecent(record, incoming.times, incoming.signatures);
        markCoverage(record);
      }
      prunedOn = NaN;
      prune(now());
    },
  };

  const events = readSnapshot(snapshot, today(), maxDays);
  return history;
}
