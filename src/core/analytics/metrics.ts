import { computeHelpCenterMetrics, type HelpCenterMetrics } from './help-center-metrics.js';
import { computeSurveyMetrics, type SurveyMetrics } from './survey-metrics.js';
import { ratio } from './ratio.js';

/** Funnel numbers for one step of a tour. */
export interface StepMetrics {
  id: string;
  /** Runs in which the step was reached (shown, completed or left from), once per run. */
  reached: number;
  /** Runs in which the user completed the step. */
  completed: number;
  /** Runs dismissed while on this step. */
  dismissedHere: number;
  /** `dismissedHere / reached`: the share of users who reached the step and left there (0 to 1). */
  dropOffRate: number;
  /** Median time on the step, from `step:shown` to the run's next step event, in ms (0 when unknown). */
  medianMs: number;
  /** Mean time on the step, in ms, rounded (0 when unknown). */
  meanMs: number;
}

/** Funnel numbers for one tour. A run is one start of the tour by one user, up to its end. */
export interface TourMetrics {
  started: number;
  completed: number;
  dismissed: number;
  /** `completed / started` (0 to 1). */
  completionRate: number;
  /** Steps in tour order (the definition's when given, else by step index). */
  steps: StepMetrics[];
}

/** Counts for one checklist. */
export interface ChecklistMetrics {
  /** How many times each item was completed. */
  itemsCompleted: Record<string, number>;
  completed: number;
  dismissed: number;
}

/** How often help was offered and whether chat followed. */
export interface HelpMetrics {
  /** `chat:offered` events. */
  offered: number;
  /** `chat:opened` events. */
  chatOpened: number;
  /** Offers not followed by chat (same user) within `chatWindowMs`, over offers (0 to 1). */
  deflectionRate: number;
  /** Offers and deflected offers per offer reason. */
  byReason: Record<string, { offered: number; deflected: number }>;
}

/** Everything {@link computeMetrics} reports. Rates are 0 when their denominator is 0, never NaN. */
export interface Metrics {
  tours: Record<string, TourMetrics>;
  checklists: Record<string, ChecklistMetrics>;
  help: HelpMetrics;
  /** The help centre: article views and helpfulness, searches without results, deflected vs escalated sessions. */
  helpCenter: HelpCenterMetrics;
  /** Survey results by survey id: response rate, NPS, CSAT, distributions. */
  surveys: Record<string, SurveyMetrics>;
  /** Proactive triggers that fired, and guides held back per reason (frequency, priority, ...). */
  triggers: { fired: number; suppressed: Record<string, number> };
}

/** Options for {@link computeMetrics}. */
export interface MetricsOptions {
  /** Tour definitions (for example `guide.tours`): fixes step order and lists steps nobody reached. */
  tours?: readonly { id: string; steps: readonly { id: string }[] }[];
  /**
   * How long after an offer opening chat still counts as following it, in ms.
   * @default 1800000 (30 minutes)
   */
  chatWindowMs?: number;
}

interface Run {
  /** Step ids reached (`r` + id) and completed (`c` + id) in this run. */
  seen: Set<string>;
  cur?: [id: string, t: number];
  last?: string;
}

/** A step while counting: order, durations, reached, completed, dismissed here. */
type StepAcc = { i: number; d: number[]; r: number; c: number; x: number };

/** A tour while counting: its steps still a map from id to {@link StepAcc}. */
type TourAcc = Omit<TourMetrics, 'steps'> & { steps: Map<string, StepAcc> };

/** The fields read from an event; events come from storage and other tabs, so any may be missing or odd. */
interface CountedEvent {
  type: string;
  timestamp: unknown;
  userId?: unknown;
  tourId?: string;
  stepId?: string;
  stepIndex?: unknown;
  resumed?: unknown;
  reason?: string;
  checklistId?: string;
  itemId?: string;
}

const rec = <T>(): Record<string, T> => Object.create(null);
const inc = (r: Record<string, number>, k: unknown) => (r[k as string] = (r[k as string] || 0) + 1);

/**
 * Compute funnels, drop-off, time per step, checklist completion, help deflection and trigger counts
 * from a local event stream (such as `createEventLog().events()`). Events may be missing or out of
 * order: runs are rebuilt per user and tour, a run without its start is still counted, and bad
 * entries are skipped. Never throws.
 * @param events - Waymark events or the event log's, in any order.
 * @param options - tour definitions and the chat window.
 * @returns the metrics.
 */
export function computeMetrics(
  events: readonly { type: string; timestamp: number }[],
  { tours: defs = [], chatWindowMs = 18e5 }: MetricsOptions = {},
): Metrics {
  // While counting, each tour's `steps` holds a Map of StepAcc; it becomes the StepMetrics list at the end.
  const tours = rec<TourAcc>();
  const checklists: Record<string, ChecklistMetrics> = rec();
  const help: HelpMetrics = { offered: 0, chatOpened: 0, deflectionRate: 0, byReason: rec() };
  const triggers = { fired: 0, suppressed: rec<number>() };
  const runs = new Map<string, Run>();
  const pending: Record<string, [t: number, reason: string][]> = rec();
  const ts = (e: CountedEvent) => Number(e.timestamp) || 0;
  const tour = (id: string) =>
    (tours[id] ||= { started: 0, completed: 0, dismissed: 0, completionRate: 0, steps: new Map() });
  const step = (id: string, sid: string, i = 1e9): StepAcc => {
    const map = tour(id).steps;
    const s = map.get(sid) || { i, d: [], r: 0, c: 0, x: 0 };
    map.set(sid, s);
    s.i = Math.min(s.i, i);
    return s;
  };
  for (const def of defs) def?.steps?.forEach((s, i) => step(def.id, s.id, i));

  const counted = (events as readonly (CountedEvent | null | undefined)[]).filter(
    (e): e is CountedEvent => typeof e?.type == 'string',
  );
  for (const e of counted.sort((a, b) => ts(a) - ts(b))) {
    const { type, tourId: id, stepId: sid, reason = 'unknown' } = e;
    const t = ts(e);
    const u = '' + (e.userId ?? '');
    if (/^(tour|step):/.test(type)) {
      if (id == null) continue;
      const m = tour(id);
      const k = u + '\0' + id;
      let r = runs.get(k)!;
      const start = () => runs.set(k, (r = { seen: new Set() })) && m.started++;
      if (type == 'tour:started') {
        if (!(e.resumed && r)) start();
        r.cur = undefined; // a reload interrupted the step: its time is unknown
        continue;
      }
      if (!r) start();
      if (r.cur) {
        const d = t - r.cur[1];
        if (d >= 0) step(id, r.cur[0]).d.push(d);
        r.cur = undefined;
      }
      const st = sid == null ? undefined : step(id, sid, typeof e.stepIndex == 'number' ? e.stepIndex : undefined);
      const once = (p: string) => st && !r.seen.has(p + sid) && r.seen.add(p + sid);
      if (type != 'step:skipped' && once('r')) st!.r++;
      if (type == 'step:shown' && st) {
        r.cur = [sid!, t];
        r.last = sid;
      }
      if (type == 'step:completed' && once('c')) st!.c++;
      if (type == 'tour:completed') {
        m.completed++;
        runs.delete(k);
      }
      if (type == 'tour:dismissed') {
        m.dismissed++;
        runs.delete(k);
        const here = sid ?? r.last;
        if (here != null) step(id, here).x++;
      }
    } else if (/^checklist:/.test(type) && e.checklistId != null) {
      const c = (checklists[e.checklistId] ||= { itemsCompleted: rec(), completed: 0, dismissed: 0 });
      if (type == 'checklist:item-completed' && e.itemId != null) inc(c.itemsCompleted, e.itemId);
      if (type == 'checklist:completed') c.completed++;
      if (type == 'checklist:dismissed') c.dismissed++;
    } else if (type == 'chat:offered') {
      help.offered++;
      (help.byReason[reason] ||= { offered: 0, deflected: 0 }).offered++;
      (pending[u] ||= []).push([t, reason]);
    } else if (type == 'chat:opened') {
      help.chatOpened++;
      pending[u] = (pending[u] || []).filter((o) => t - o[0] > chatWindowMs);
    } else if (type == 'trigger:fired') triggers.fired++;
    else if (type == 'guide:suppressed') inc(triggers.suppressed, reason);
  }

  let deflected = 0;
  for (const u in pending) {
    for (const [, r] of pending[u]) {
      deflected++;
      help.byReason[r].deflected++;
    }
  }
  help.deflectionRate = ratio(deflected, help.offered);
  const tourMetrics = rec<TourMetrics>();
  for (const id in tours) {
    const { steps, ...m } = tours[id];
    tourMetrics[id] = { ...m, completionRate: ratio(m.completed, m.started), steps: stepMetrics(steps) };
  }
  return {
    tours: tourMetrics,
    checklists,
    help,
    helpCenter: computeHelpCenterMetrics(events, chatWindowMs),
    surveys: computeSurveyMetrics(events),
    triggers,
  };
}

/** The counted steps in tour order, with their rates and times. */
function stepMetrics(steps: Map<string, StepAcc>): StepMetrics[] {
  return [...steps]
    .sort((a, b) => a[1].i - b[1].i)
    .map(([id, { d, r, c, x }]): StepMetrics => {
      const n = d.length;
      const h = n >> 1;
      d.sort((a, b) => a - b);
      return {
        id,
        reached: r,
        completed: c,
        dismissedHere: x,
        dropOffRate: ratio(x, r),
        medianMs: n && Math.round(n % 2 ? d[h] : (d[h - 1] + d[h]) / 2),
        meanMs: n && Math.round(d.reduce((a, b) => a + b, 0) / n),
      };
    });
}
