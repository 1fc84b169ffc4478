/**
 * A bounded, compact, mergeable record of what the user did, for `event` and `errors` conditions.
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';
import type { Scalar } from '../conditions/condition-definition.js';
import type { HistoryReader } from '../conditions/evaluate-condition.js';

const DAY = 864e5;
/** Exact times kept per event name. */
const RING = 32;
/** Property signatures kept per event name; further ones are counted under `*` (unfiltered counts only). */
const MAX_SIGS = 64;
/** Event names kept; a new name beyond this evicts the least recently seen. */
const MAX_EVENTS = 200;

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

interface Entry {
  d: Map<string, number[]>;
  t: number[];
  s: string[];
  /** the times do not cover every counted occurrence */
  f?: boolean;
}

const enc = encodeURIComponent;

// Index of `day` in a day-count array, growing it as needed.
const slot = (a: number[], day: number) => {
  if (day < a[0]) {
    a.splice(1, 0, ...new Array<number>(a[0] - day).fill(0));
    a[0] = day;
  }
  const i = day - a[0] + 1;
  while (a.length <= i) a.push(0);
  return i;
};

// Mark whether the exact times miss some counted occurrence (then long windows use day counts).
const cover = (e: Entry) => {
  let n = 0;
  for (const a of e.d.values()) for (let i = 1; i < a.length; i++) n += a[i];
  e.f = n > e.t.length;
};

// Unite two (time, signature) lists sorted oldest first, keeping each pair as often as the list
// that has it more often (so merging is idempotent), then the last RING.
const unite = (e: Entry, t: number[], s: string[]) => {
  const T: number[] = [];
  const S: string[] = [];
  for (let i = 0, j = 0; i < e.t.length || j < t.length;) {
    const c = j >= t.length ? -1 : i >= e.t.length ? 1 : e.t[i] - t[j] || (e.s[i] < s[j] ? -1 : +(e.s[i] > s[j]));
    if (c > 0) (T.push(t[j]), S.push(s[j++]));
    else (T.push(e.t[i]), S.push(e.s[i++]), (j += +!c));
  }
  e.t = T.slice(-RING);
  e.s = S.slice(-RING);
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
  let events = new Map<string, Entry>();
  let pruned = NaN;

  const load = (snap: unknown) => {
    const out = new Map<string, Entry>();
    const src = isRecord(snap) && snap.v === 1 && isRecord(snap.e) ? snap.e : {};
    const today = Math.floor(now() / DAY);
    for (const name of Object.keys(src).slice(0, MAX_EVENTS)) {
      const x = src[name];
      if (!isRecord(x)) continue;
      const e: Entry = { d: new Map(), t: [], s: [] };
      const sigs = isRecord(x.d) ? Object.keys(x.d) : [];
      for (const sig of sigs.slice(0, MAX_SIGS)) {
        const r = x.d[sig];
        const a: number[] = Array.isArray(r) && Number.isInteger(r[0]) ? [r[0]] : [];
        // Undo the zero runs, refusing anything too long or not a count.
        for (let i = 1; a.length && i < r.length; i++) {
          const v = r[i];
          if (!Number.isInteger(v) || a.length + (v < 0 ? -v : 1) > maxDays + 2) a.length = 0;
          else if (v >= 0) a.push(v);
          else for (let k = v; k < 0; k++) a.push(0);
        }
        if (a.length > 1 && a[0] <= today + 1 && a[0] + a.length > today - maxDays) e.d.set(sig, a);
      }
      if (Array.isArray(x.t)) {
        let at = 0;
        for (let i = 0; i < x.t.length && Number.isFinite(x.t[i]) && (i === 0 || x.t[i] >= 0); i++) {
          e.t.push((at += x.t[i]));
          e.s.push((Array.isArray(x.s) && typeof x.s[i] === 'number' && sigs[x.s[i]]) || '');
        }
        e.t = e.t.slice(-RING);
        e.s = e.s.slice(-RING);
      }
      cover(e);
      out.set(name, e);
    }
    return out;
  };

  // Drop days older than maxDays (and far-future ones), once per day.
  const prune = (ms: number) => {
    const today = Math.floor(ms / DAY);
    if (today === pruned) return;
    pruned = today;
    const first = today - maxDays + 1;
    for (const [name, e] of events) {
      for (const [sig, a] of e.d) {
        if (a[0] < first) {
          a.splice(1, first - a[0]);
          a[0] = first;
        }
        while (a.length > 1 && !a[1]) (a.splice(1, 1), a[0]++);
        if (a.length < 2 || a[0] > today + 1) e.d.delete(sig);
      }
      const keep = e.t.findIndex((at) => at >= first * DAY);
      e.t = keep < 0 ? [] : e.t.slice(keep);
      e.s = keep < 0 ? [] : e.s.slice(keep);
      if (!e.d.size && !e.t.length) events.delete(name);
    }
  };

  const entry = (name: string) => {
    let e = events.get(name);
    if (!e) {
      if (events.size >= MAX_EVENTS) {
        let oldest: string | undefined;
        let when = Infinity;
        for (const [n, x] of events)
          if ((x.t[x.t.length - 1] ?? 0) < when) ((when = x.t[x.t.length - 1] ?? 0), (oldest = n));
        events.delete(oldest!);
      }
      events.set(name, (e = { d: new Map(), t: [], s: [] }));
    }
    return e;
  };

  const history: BehaviourHistory = {
    record(name, props) {
      if (typeof name !== 'string' || !name) return;
      const ms = now();
      prune(ms);
      const e = entry(name);
      const keys = Object.hasOwn(trackedProps, name) ? trackedProps[name] : [];
      let sig =
        isRecord(props) && Array.isArray(keys)
          ? keys
              .filter((k) => props[k] != null && typeof props[k] !== 'object')
              .map((k) => `${enc(k)}=${enc(String(props[k]))}`)
              .join('&')
          : '';
      if (!e.d.has(sig) && e.d.size >= MAX_SIGS) sig = '*';
      const a = e.d.get(sig) ?? [Math.floor(ms / DAY)];
      e.d.set(sig, a);
      a[slot(a, Math.floor(ms / DAY))]++;
      let i = e.t.length;
      while (i && (e.t[i - 1] > ms || (e.t[i - 1] === ms && e.s[i - 1] > sig))) i--;
      e.t.splice(i, 0, ms);
      e.s.splice(i, 0, sig);
      if (e.t.length > RING) (e.t.shift(), e.s.shift(), (e.f = true));
    },

    tally(name, where, withinMs) {
      const ms = now();
      prune(ms);
      const e = events.get(name);
      if (!e) return [0, Infinity];
      const needles = where ? Object.keys(where).map((k) => `&${enc(k)}=${enc(String(where[k]))}&`) : [];
      const hit = (sig: string) => needles.every((n) => `&${sig}&`.includes(n));
      const start = withinMs === undefined ? -Infinity : ms - withinMs;
      const { t } = e;
      if (!e.f || t[0] <= start) {
        let n = 0;
        let first = Infinity;
        for (let i = 0; i < t.length; i++) {
          if (t[i] > start && hit(e.s[i])) {
            n++;
            if (first === Infinity) first = t[i];
          }
        }
        return [n, n && withinMs !== undefined ? first + withinMs : Infinity];
      }
      const startDay = Math.floor(start / DAY);
      let full = 0;
      let edge = 0;
      for (const [sig, a] of e.d) {
        if (!hit(sig)) continue;
        for (let i = 1; i < a.length; i++) {
          const day = a[0] + i - 1;
          if (day > startDay) full += a[i];
          else if (day === startDay) edge += a[i];
        }
      }
      if (withinMs === undefined) return [full, Infinity];
      // `edge` counts in proportion; the value falls steadily as the window slides.
      const dayEnd = (startDay + 1) * DAY;
      const n = Math.round(full + (edge * (dayEnd - start)) / DAY);
      let at = dayEnd + withinMs;
      if (edge) at = Math.min(at, dayEnd + withinMs - ((n - 0.5 - full) * DAY) / edge);
      return [n, n ? Math.ceil(at) : Infinity];
    },

    count: (name, where, withinMs) => history.tally(name, where, withinMs)[0],

    snapshot() {
      prune(now());
      const e: Record<string, EventSnapshot> = {};
      for (const [name, x] of events) {
        const d: Record<string, number[]> = {};
        for (const [sig, a] of [...x.d].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
          // Runs of empty days become one negative number.
          const r = [a[0]];
          for (let i = 1; i < a.length; i++) a[i] ? r.push(a[i]) : r[r.length - 1] < 0 ? r[r.length - 1]-- : r.push(-1);
          d[sig] = r;
        }
        const snap: EventSnapshot = { d, t: x.t.map((at, i) => (i ? at - x.t[i - 1] : at)) };
        const keys = Object.keys(d);
        if (x.s.some(Boolean)) snap.s = x.s.map((sig) => keys.indexOf(sig));
        e[name] = snap;
      }
      return { v: 1, e };
    },

    merge(other) {
      for (const [name, o] of load(other)) {
        const e = entry(name);
        for (const [sig, b] of o.d) {
          let a = e.d.get(sig);
          if (!a) {
            if (e.d.size >= MAX_SIGS) continue;
            e.d.set(sig, (a = [b[0]]));
          }
          for (let i = 1; i < b.length; i++) {
            const j = slot(a, b[0] + i - 1);
            a[j] = Math.max(a[j], b[i]);
          }
        }
        unite(e, o.t, o.s);
        cover(e);
      }
      pruned = NaN;
      prune(now());
    },
  };

  events = load(snapshot);
  return history;
}
