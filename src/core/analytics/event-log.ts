import { isRecord } from '../is-record.js';
import type { AnalyticsEvent } from './event-properties.js';

/** An event as the log keeps it: only the fields metrics use, strings cut to 100 characters. */
export interface LoggedEvent {
  type: string;
  timestamp: number;
  userId?: string;
  tourId?: string;
  stepId?: string;
  stepIndex?: number;
  /** Why: chat offer reason, suppression reason, dismissal reason. */
  reason?: string;
  checklistId?: string;
  itemId?: string;
  guideId?: string;
  /** Set (true) only on `tour:started` events that resumed a tour. */
  resumed?: boolean;
  /** Help centre and survey fields, as text: numbers as digits, yes/no for flags, option ids joined by `|`. */
  sessionId?: string;
  articleId?: string;
  query?: string;
  results?: string;
  helpful?: string;
  escalated?: string;
  surveyId?: string;
  questionId?: string;
  questionType?: string;
  answer?: string;
  segment?: string;
}

/**
 * The log as plain JSON, for persistence: `s` is a table of the strings used, `e` one row per event
 * holding the fields of {@link LoggedEvent} in a fixed order (strings as 1-based indexes into `s`,
 * 0 for absent, timestamps as differences from the previous row). About 20 bytes per event.
 */
export interface EventLogSnapshot {
  /** Format version. */
  v: 1;
  /** The strings the rows refer to. */
  s: string[];
  /** One row per event, oldest first. */
  e: number[][];
}

/** Options for {@link createEventLog}. */
export interface EventLogOptions {
  /**
   * The most events kept; when full, the oldest are dropped. 2000 events serialize to roughly 40 kB
   * of JSON, so the log stays bounded however long the app is used.
   * @default 2000
   */
  limit?: number;
  /** A previous {@link EventLog.snapshot} to start from. Malformed data is ignored, never thrown. */
  snapshot?: unknown;
}

/** A bounded, persistable record of the events metrics are computed from. */
export interface EventLog {
  /** Record an event. Events metrics do not use (such as `step:rendered`) are ignored. Usable as a sink. */
  add(event: AnalyticsEvent): void;
  /** The kept events, oldest first (a copy). */
  events(): LoggedEvent[];
  /** The log as compact plain JSON, for storage. */
  snapshot(): EventLogSnapshot;
  /**
   * Add the events of another log (a snapshot, for example from another tab, or an array of events),
   * skipping duplicates (same type, timestamp, user and ids). Malformed data is ignored.
   */
  merge(other: unknown): void;
  /** Forget every event. */
  clear(): void;
}

// Field order of snapshot rows. Most common fields first so trailing zeros can be trimmed.
const FIELDS = [
  'type',
  'timestamp',
  'userId',
  'tourId',
  'stepId',
  'stepIndex',
  'reason',
  'checklistId',
  'itemId',
  'guideId',
  'resumed',
  // added later: appended, so snapshots written before still read the same
  'sessionId',
  'articleId',
  'query',
  'results',
  'helpful',
  'escalated',
  'surveyId',
  'questionId',
  'questionType',
  'answer',
  'segment',
] as const;
const KEEP =
  /^(tour|checklist|chat|help|survey):|^step:(shown|completed|back|skipped)$|^(trigger:fired|guide:suppressed)$/;

/**
 * Help and survey values the log keeps as text (the snapshot stores strings): counts and scores as digits, flags
 * as yes/no, chosen options joined by `|`. A free-text answer is not kept (metrics only count it), nor a comment.
 */
const asText = (event: Record<string, unknown>, key: string): unknown => {
  const value = event[key];
  if (key === 'answer' && event.questionType === 'text') return value === undefined ? undefined : 'text';
  if (key === 'results' || key === 'answer')
    return Array.isArray(value) ? value.join('|') : typeof value === 'number' ? String(value) : value;
  if (key === 'helpful' || key === 'escalated') return value === true ? 'yes' : value === false ? 'no' : value;
  return value;
};

const compact = (event: unknown): LoggedEvent | undefined => {
  if (!isRecord(event) || !KEEP.test(String(event.type))) return;
  const out: Record<string, string | number | true> = {};
  for (const k of FIELDS) {
    const v = asText(event, k);
    // strings (capped), numbers and `true`; a field of the wrong kind is harmless garbage for metrics
    if (typeof v == 'string' || (typeof v == 'number' && v == v) || v === true)
      out[k] = typeof v == 'string' ? v.slice(0, 100) : v;
  }
  out.timestamp ||= 0;
  return out as unknown as LoggedEvent;
};

const key = (e: LoggedEvent): string => FIELDS.map((k) => e[k]).join('\u0001');

/**
 * Create a bounded event log: the local stream `computeMetrics` reads, and what Waymark persists so
 * metrics survive reloads.
 * @param options - the cap and an optional snapshot to restore.
 * @returns the log.
 * @example
 * ```ts
 * const log = createEventLog({ snapshot: saved });
 * forwardEvents(events, [log.add]);
 * computeMetrics(log.events());
 * ```
 */
export function createEventLog({ limit = 2000, snapshot }: EventLogOptions = {}): EventLog {
  let log: LoggedEvent[] = [];
  const trim = () => {
    if (log.length > limit) log.splice(0, log.length - limit);
  };
  const merge = (other: unknown): void => {
    let rows: unknown[] = [];
    if (Array.isArray(other)) rows = other;
    else {
      let t = 0;
      try {
        // Malformed data throws inside this block and is dropped.
        const snapshot = other as EventLogSnapshot;
        if (snapshot.v == 1)
          for (const row of snapshot.e)
            rows.push(
              Object.fromEntries(
                FIELDS.map((k, i) => {
                  const v = row[i];
                  return [
                    k,
                    k == 'timestamp'
                      ? (t += +v || 0)
                      : !v
                        ? undefined
                        : k == 'stepIndex'
                          ? v - 1
                          : k == 'resumed' || snapshot.s[v - 1],
                  ];
                }),
              ),
            );
      } catch {
        // malformed snapshot: keep what was read
      }
    }
    const seen = new Set(log.map(key));
    for (const e of rows.map(compact)) {
      if (e && !seen.has(key(e))) {
        seen.add(key(e));
        log.push(e);
      }
    }
    log.sort((a, b) => a.timestamp - b.timestamp);
    trim();
  };
  if (snapshot) merge(snapshot);
  return {
    add(event) {
      const e = compact(event);
      if (e) {
        log.push(e);
        trim();
      }
    },
    events: () => log.slice(),
    snapshot() {
      const s: string[] = [];
      const index = new Map<string, number>();
      let last = 0;
      const e = log.map((ev) => {
        const row = FIELDS.map((k): number => {
          const v = ev[k];
          if (k == 'timestamp') {
            const d = ev.timestamp - last;
            last = ev.timestamp;
            return d;
          }
          if (v == null) return 0;
          if (k == 'stepIndex') return (v as number) + 1;
          if (k == 'resumed') return 1;
          // Every other field is a string, stored once in `s`.
          let i = index.get(v as string);
          if (!i) index.set(v as string, (i = s.push(v as string)));
          return i;
        });
        while (row.length > 2 && !row[row.length - 1]) row.pop();
        return row;
      });
      return { v: 1, s, e };
    },
    merge,
    clear: () => void (log = []),
  };
}
