/**
 * The behaviour history's in-memory records and their persisted form: reading a snapshot (sanitising whatever
 * storage or another tab gave), writing one (compact: runs of empty days and time gaps).
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';

/** One day in ms. */
export const DAY_MS = 864e5;
/** Exact times kept per event name. */
export const RECENT_TIMES = 32;
/** Property signatures kept per event name; further ones are counted under `*` (unfiltered counts only). */
export const MAX_SIGNATURES = 64;
/** Event names kept; a new name beyond this evicts the least recently seen. */
export const MAX_EVENTS = 200;

/** One event name in a {@link HistorySnapshot}. */
export interface EventSnapshot {
  /**
   * Day counts per property signature (`key=value&key=value` of the tracked keys, `''` when none):
   * `[first UTC day number, count that day, count the next day, …]`, where a negative number `-n`
   * stands for `n` days without any.
   */
  d: Record<string, number[]>;
  /** The most recent occurrence times, oldest first: the first in ms since the epoch, then gaps in ms. */
  t: number[];
  /** For each entry of `t`, the index of its signature among the keys of `d`, when any is not `''`. */
  s?: number[];
}

/** The persisted form of a behaviour history: plain JSON. */
export interface HistorySnapshot {
  /** Format version. */
  v: 1;
  /** Per event name. */
  e: Record<string, EventSnapshot>;
}

/** What is known of one event name, in memory. */
export interface EventRecord {
  /** Day counts per property signature: `[first UTC day number, count that day, count the next day, …]`. */
  days: Map<string, number[]>;
  /** The most recent occurrence times, oldest first (at most {@link RECENT_TIMES}). */
  times: number[];
  /** The signature of each of `times`. */
  signatures: string[];
  /** The times do not cover every counted occurrence (then long windows are counted from days). */
  timesIncomplete?: boolean;
}

/** A new, empty record. */
export const emptyRecord = (): EventRecord => ({ days: new Map(), times: [], signatures: [] });

/**
 * Mark whether a record's exact times miss some counted occurrence.
 * @param record - the record.
 */
export function markCoverage(record: EventRecord): void {
  let counted = 0;
  for (const days of record.days.values()) for (let i = 1; i < days.length; i++) counted += days[i];
  record.timesIncomplete = counted > record.times.length;
}

// Day counts as written (`[first day, count, -empty days, …]`) back to one count per day, or [] when the array
// is not a count array or too long.
const readDays = (written: unknown, maxDays: number): number[] => {
  if (!Array.isArray(written) || !Number.isInteger(written[0])) return [];
  const days: number[] = [written[0]];
  for (let i = 1; i < written.length; i++) {
    const value: unknown = written[i];
    if (!Number.isInteger(value) || days.length + (Number(value) < 0 ? -Number(value) : 1) > maxDays + 2) return [];
    const n = Number(value);
    if (n >= 0) days.push(n);
    else for (let k = n; k < 0; k++) days.push(0);
  }
  return days;
};

/**
 * Read a snapshot. A corrupted one is sanitised: the parts that make sense are kept, the rest dropped, nothing
 * thrown.
 * @param snapshot - anything (a previous `snapshot()`, or what storage holds).
 * @param today - the current UTC day number.
 * @param maxDays - days of history kept.
 * @returns the records by event name.
 */
export function readSnapshot(snapshot: unknown, today: number, maxDays: number): Map<string, EventRecord> {
  const out = new Map<string, EventRecord>();
  const events = isRecord(snapshot) && snapshot.v === 1 && isRecord(snapshot.e) ? snapshot.e : {};
  for (const name of Object.keys(events).slice(0, MAX_EVENTS)) {
    const written: unknown = events[name];
    if (!isRecord(written)) continue;
    const record = emptyRecord();
    const signatures = isRecord(written.d) ? Object.keys(written.d) : [];
    for (const signature of signatures.slice(0, MAX_SIGNATURES)) {
      const days = readDays(written.d[signature], maxDays);
      if (days.length > 1 && days[0] <= today + 1 && days[0] + days.length > today - maxDays)
        record.days.set(signature, days);
    }
    const times: unknown = written.t;
    const indexes: unknown = written.s;
    if (Array.isArray(times)) {
      let at = 0;
      for (let i = 0; i < times.length && Number.isFinite(times[i]) && (i === 0 || times[i] >= 0); i++) {
        record.times.push((at += times[i]));
        const index: unknown = Array.isArray(indexes) ? indexes[i] : undefined;
        record.signatures.push((typeof index === 'number' && signatures[index]) || '');
      }
      record.times = record.times.slice(-RECENT_TIMES);
      record.signatures = record.signatures.slice(-RECENT_TIMES);
    }
    markCoverage(record);
    out.set(name, record);
  }
  return out;
}

/**
 * Write records as a snapshot (plain JSON, a copy).
 * @param events - the records by event name.
 * @returns the snapshot.
 */
export function writeSnapshot(events: ReadonlyMap<string, EventRecord>): HistorySnapshot {
  const e: Record<string, EventSnapshot> = {};
  for (const [name, record] of events) {
    const d: Record<string, number[]> = {};
    for (const [signature, days] of [...record.days].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
      // Runs of empty days become one negative number.
      const written = [days[0]];
      for (let i = 1; i < days.length; i++) {
        if (days[i]) written.push(days[i]);
        else if (written[written.length - 1] < 0) written[written.length - 1]--;
        else written.push(-1);
      }
      d[signature] = written;
    }
    const snapshot: EventSnapshot = { d, t: record.times.map((at, i) => (i ? at - record.times[i - 1] : at)) };
    const keys = Object.keys(d);
    if (record.signatures.some(Boolean)) snapshot.s = record.signatures.map((signature) => keys.indexOf(signature));
    e[name] = snapshot;
  }
  return { v: 1, e };
}
