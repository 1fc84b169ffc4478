/**
 * Evaluates the condition language against a snapshot of facts, with a human trace for debug mode.
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';
import type { ElementState, Scalar } from './condition-definition.js';
import { formatDuration as fd, parseDuration } from './parse-duration.js';
import { matchPath } from './match-path.js';

/** The behaviour-history event name under which page errors are recorded (read by `errors`). */
export const ERROR_EVENT = '$error';

/** Read access to the behaviour history, as conditions need it. */
export interface HistoryReader {
  /**
   * Count occurrences of an event.
   * @param name - the event name.
   * @param where - only occurrences whose properties have these values (compared as text).
   * @param withinMs - only occurrences less than this old; all kept history when omitted.
   * @returns the count, and the earliest time it can drop with no new occurrence (`Infinity` if never).
   */
  tally(name: string, where?: Record<string, Scalar>, withinMs?: number): [count: number, changesAt: number];
}

/** Where a user stands with one guide. */
export interface GuideStatus {
  /** Finished. */
  completed: boolean;
  /** Closed before its end. */
  dismissed: boolean;
  /** Shown at least once. */
  seen: boolean;
}

/** One click, for rage-click detection. */
export interface ClickRecord {
  /** When, in ms since the epoch. */
  at: number;
  /** Viewport x, CSS pixels. */
  x: number;
  /** Viewport y, CSS pixels. */
  y: number;
}

/** The current page, as conditions see it. */
export interface PageInfo {
  /** The path, usually `location.pathname`. */
  path: string;
  /** When the page (or the single-page route) loaded, ms since the epoch. */
  loadedAt: number;
  /** How many page visits (including the current one) matched a path glob. */
  visits(glob: string): number;
}

/**
 * Everything a condition may look at: plain data and functions, no DOM. The DOM layer builds it.
 */
export interface ConditionContext {
  /** The current time, ms since the epoch. */
  now: number;
  /** Counted events. */
  history: HistoryReader;
  /** The current page. */
  page: PageInfo;
  /** The time of the last click, key press, scroll or pointer move, ms since the epoch. */
  lastInputAt: number;
  /** Whether an element matching the selector is in the given state. */
  elements(selector: string, state: ElementState): boolean;
  /** The identified user and their traits. */
  user: { id?: string; traits: Record<string, unknown> };
  /** Where the user stands with a guide; `undefined` for a guide never touched. */
  guides(id: string): GuideStatus | undefined;
  /** Named segments (`document.segments`). */
  segments?: Record<string, unknown>;
  /** Recent clicks, oldest first (a few seconds' worth is enough). */
  clicks?: readonly ClickRecord[];
}

/** Why one condition node held or not, in words a product manager can read. */
export interface TraceNode {
  /** Whether the node held. */
  ok: boolean;
  /** What it checked and what it found, e.g. `event help_article_viewed where articleId=billing-101: 2 of at least 3 within 7 days`. */
  text: string;
  /** The nodes inside `all`, `any`, `not` and `segment`. */
  children?: TraceNode[];
}

/** The outcome of evaluating a condition. */
export interface ConditionResult {
  /** Whether the condition holds. */
  ok: boolean;
  /** The explanation; present unless evaluated with `explain: false`. */
  trace?: TraceNode;
  /**
   * The earliest time (ms since the epoch) at which the result could change with no new input,
   * e.g. when a delay elapses or an event leaves its window. Absent when only new input can change it.
   * Re-evaluating earlier is harmless.
   */
  recheckAt?: number;
}

interface State {
  x: ConditionContext;
  /** earliest recheck */
  r: number;
  /** segments being evaluated */
  g: string[];
  /** explain? */
  e: boolean;
  /** text of the node just judged */
  t: string;
  /** a segment cycle was met */
  y?: boolean;
}

const OPS: Record<string, string> = {
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

const wake = (s: State, at: number) => {
  if (at > s.x.now && at < s.r) s.r = at;
};

const counts = (c: any, n: number): boolean =>
  typeof c === 'number'
    ? n >= c
    : isRecord(c) && (c.gte == null || n >= c.gte) && (c.lte == null || n <= c.lte) && (c.eq == null || n === c.eq);

const sayCount = (c: any): string =>
  typeof c === 'number'
    ? `at least ${c}`
    : isRecord(c)
      ? [c.gte != null && `at least ${c.gte}`, c.lte != null && `at most ${c.lte}`, c.eq != null && `exactly ${c.eq}`]
          .filter(Boolean)
          .join(' and ')
      : String(c);

const sayDuration = (iso: unknown, ms: number | null) => (ms === null ? `invalid duration ${iso}` : fd(ms));

// A date-only value is a whole local day: `from` starts it, `to` ends it.
const dateOf = (v: unknown, end: boolean): number =>
  typeof v !== 'string'
    ? NaN
    : /^\d{4}-\d\d-\d\d$/.test(v)
      ? Date.parse(v + (end ? 'T23:59:59.999' : 'T00:00')) + +end
      : Date.parse(v);

function occurrences(s: State, label: string, name: string, where: unknown, count: unknown, within: unknown): boolean {
  const w = within === undefined ? undefined : parseDuration(within);
  const c = count ?? 1;
  const [n, at] = w === null ? [0, Infinity] : s.x.history.tally(name, isRecord(where) ? where : undefined, w);
  if (s.e) {
    const filter = isRecord(where)
      ? ` where ${Object.keys(where)
          .map((k) => `${k}=${where[k]}`)
          .join(', ')}`
      : '';
    s.t = `${label}${filter}: ${n} of ${sayCount(c)}${w === undefined ? '' : ` within ${sayDuration(within, w)}`}`;
  }
  wake(s, at);
  return w !== null && counts(c, n);
}

function trait(s: State, name: string, c: Record<string, any>, label: string): boolean {
  const now = s.x.now;
  const v = s.x.user.traits[name];
  const has = v != null;
  let ok = c.exists === undefined ? has : has === !!c.exists;
  let shown = has ? String(v) : 'not set';
  if (has) {
    const num = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? +v : NaN;
    if (c.in !== undefined) ok &&= Array.isArray(c.in) && c.in.some((i: unknown) => String(i) === String(v));
    if (c.eq !== undefined) ok &&= String(c.eq) === String(v);
    if (c.gt !== undefined) ok &&= num > c.gt;
    if (c.lt !== undefined) ok &&= num < c.lt;
    if (c.gte !== undefined) ok &&= num >= c.gte;
    if (c.lte !== undefined) ok &&= num <= c.lte;
    if (c.olderThan !== undefined || c.newerThan !== undefined) {
      const t = typeof v === 'number' ? v : dateOf(v, false);
      const older = c.olderThan === undefined ? 0 : parseDuration(c.olderThan);
      const newer = c.newerThan === undefined ? Infinity : parseDuration(c.newerThan);
      ok &&= older !== null && newer !== null && now - t >= older && now - t < newer;
      if (older) wake(s, t + older);
      if (newer) wake(s, t + newer);
      if (t === t) shown = `${fd(now - t)} ago`;
    }
  }
  if (s.e) {
    const ops = Object.keys(c)
      .filter((k) => k in OPS)
      .map(
        (k) =>
          `${OPS[k]} ${Array.isArray(c[k]) ? c[k].join('/') : parseDuration(c[k]) !== null ? fd(parseDuration(c[k])!) : c[k]}`,
      );
    s.t = `${label} ${ops.join(', ')}: ${shown}`;
  }
  return ok;
}

// Judge one node; sets s.t (when explaining) after judging any children.
function judge(c: any, s: State, kids?: TraceNode[]): boolean {
  const x = s.x;
  const now = x.now;
  if (!isRecord(c)) {
    s.t = `not a condition: ${String(c)}`;
    return false;
  }
  if (Array.isArray(c.all) || Array.isArray(c.any)) {
    const all = Array.isArray(c.all);
    let ok = all;
    for (const child of all ? c.all : c.any) {
      if (ev(child, s, kids) !== all) {
        ok = !all;
        if (!kids) break;
      }
    }
    s.t = all ? 'all of' : 'any of';
    return ok;
  }
  if ('not' in c) {
    const ok = !ev(c.not, s, kids);
    s.t = 'not';
    return ok;
  }
  if (typeof c.event === 'string') return occurrences(s, `event ${c.event}`, c.event, c.where, c.count, c.within);
  if ('page' in c) {
    const p = c.page;
    const glob = typeof p === 'string' ? p : p?.matches;
    let ok = typeof glob === 'string' && matchPath(glob, x.page.path);
    let visits = '';
    if (ok && p.visits !== undefined) {
      const v = x.page.visits(glob);
      ok = counts(p.visits, v);
      visits = `, ${v} visits of ${sayCount(p.visits)}`;
    }
    if (s.e) s.t = `page ${glob} (on ${x.page.path}${visits})`;
    return ok;
  }
  if (typeof c.element === 'string') {
    const state = c.state ?? 'present';
    if (s.e) s.t = `element ${c.element} ${state}`;
    return !!x.elements(c.element, state);
  }
  if ('idle' in c || 'delay' in c) {
    const idle = 'idle' in c;
    const d = parseDuration(idle ? c.idle : c.delay);
    const since = idle ? Math.max(x.lastInputAt, x.page.loadedAt) : x.page.loadedAt;
    if (d !== null) wake(s, since + d);
    if (s.e)
      s.t = `${idle ? 'idle for' : 'page open for'} ${sayDuration(idle ? c.idle : c.delay, d)} (${fd(now - since)} so far)`;
    return d !== null && now - since >= d;
  }
  if (isRecord(c.rageClicks)) {
    const { count = 3, within = 'PT1S', radius = 30 } = c.rageClicks;
    const w = parseDuration(within);
    const clicks = x.clicks ?? [];
    const last = clicks[clicks.length - 1];
    let n = 0;
    for (let i = clicks.length - 1; w !== null && i >= 0 && now - clicks[i].at < w; i--) {
      const dx = clicks[i].x - last.x;
      const dy = clicks[i].y - last.y;
      if (dx * dx + dy * dy <= radius * radius) {
        n++;
        wake(s, clicks[i].at + w);
      }
    }
    if (s.e) s.t = `rage clicks: ${n} of ${count} within ${sayDuration(within, w)}`;
    return n >= count;
  }
  if (isRecord(c.errors)) return occurrences(s, 'errors', ERROR_EVENT, undefined, c.errors.count, c.errors.within);
  if (typeof c.guide === 'string') {
    const g = x.guides(c.guide);
    if (s.e) s.t = `guide ${c.guide} ${c.state}`;
    return c.state === 'not-seen'
      ? !g?.seen
      : (c.state === 'completed' || c.state === 'dismissed' || c.state === 'seen') && !!g?.[c.state as 'seen'];
  }
  if (typeof c.user === 'string') return trait(s, c.user, c, `user ${c.user}`);
  if (isRecord(c.signedUp)) return trait(s, 'signedUpAt', c.signedUp, 'signed up');
  if (isRecord(c.date)) {
    const { from, to } = c.date;
    const f = from === undefined ? -Infinity : dateOf(from, false);
    const t = to === undefined ? Infinity : dateOf(to, true);
    wake(s, f);
    wake(s, t);
    if (s.e) s.t = `date from ${from ?? 'any time'} to ${to ?? 'any time'}`;
    return now >= f && now < t;
  }
  if (typeof c.segment === 'string') {
    const name = c.segment;
    const def = x.segments && Object.hasOwn(x.segments, name) ? x.segments[name] : undefined;
    let ok = false;
    const cycle = s.g.includes(name);
    s.t = `segment ${name}: ${def === undefined ? 'not defined' : 'refers to itself'}`;
    // A segment that (indirectly) refers to itself is false as a whole, even under a `not`.
    if (cycle) s.y = true;
    else if (def !== undefined) {
      const y = s.y;
      s.y = false;
      s.g.push(name);
      ok = ev(def, s, kids) && !s.y;
      s.g.pop();
      s.t = `segment ${name}${s.y ? ': refers to itself' : ''}`;
      s.y ||= y;
    }
    return ok;
  }
  s.t = `unknown condition: ${Object.keys(c).join(', ') || '{}'}`;
  return false;
}

function ev(c: unknown, s: State, out?: TraceNode[]): boolean {
  const kids: TraceNode[] | undefined = out && [];
  let ok = false;
  try {
    ok = judge(c, s, kids);
  } catch (error) {
    s.t = `error: ${error}`;
  }
  if (out) out.push(kids!.length ? { ok, text: s.t, children: kids } : { ok, text: s.t });
  return ok;
}

/**
 * Evaluate a condition. Never throws: unknown shapes, invalid durations, segment cycles and errors
 * thrown by the context evaluate to false, with the reason in the trace.
 * @param condition - a condition from the guide document (any JSON value is accepted).
 * @param context - the facts to judge against.
 * @param explain - build the human trace (default `true`); pass `false` on hot paths.
 * @returns whether it holds, the trace, and when to re-check.
 * @example
 * ```ts
 * const r = evaluateCondition({ event: 'help_article_viewed', where: { articleId: 'billing-101' }, count: 3, within: 'P7D' }, context);
 * r.trace?.text; // "event help_article_viewed where articleId=billing-101: 2 of at least 3 within 7 days"
 * ```
 */
export function evaluateCondition(condition: unknown, context: ConditionContext, explain = true): ConditionResult {
  const s: State = { x: context, r: Infinity, g: [], e: explain, t: '' };
  const out: TraceNode[] | undefined = explain ? [] : undefined;
  const ok = ev(condition, s, out);
  const result: ConditionResult = { ok };
  if (out) result.trace = out[0];
  if (s.r < Infinity) result.recheckAt = s.r;
  return result;
}
