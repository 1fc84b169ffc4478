/**
 * The proactive engine as a feature: offers guides whose `trigger` and `audience` hold, within their
 * `frequency`, one at a time, by priority, after a quiet period, never while the user types, and never
 * twice across tabs for a once-guide. Re-evaluates only on relevant changes (tracked events, page
 * changes, clicks, errors, guide state) and on one timer for the earliest time anything can change.
 * @packageDocumentation
 */
import { registerTriggerTarget, triggerTarget, type TriggerKind } from './trigger-targets.js';
import {
  ERROR_EVENT,
  evaluateCondition,
  type ConditionContext,
  type TraceNode,
} from '../core/conditions/evaluate-condition.js';
import { matchPath } from '../core/conditions/match-path.js';
import { parseDuration } from '../core/conditions/parse-duration.js';
import type { WaymarkEventMap } from '../core/events.js';
import { claimShowing, mergeShowings } from '../core/proactive/claim-showing.js';
import { checkFrequency, type FrequencyCheck, type ShowRecord } from '../core/proactive/frequency.js';
import type { FrequencyDefinition, ProactiveOptions } from '../core/proactive/frequency-definition.js';
import { createScheduler, type SchedulerExplanation } from '../core/proactive/scheduler.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { elementState } from '../dom/signals/element-state.js';
import { watchErrors } from '../dom/signals/watch-errors.js';
import { watchInput } from '../dom/signals/watch-input.js';
import { watchPage } from '../dom/signals/watch-page.js';
import { conditionContext, getBehaviourHistory, recordBehaviour } from './behaviour.js';

/** The kinds of guide a trigger can show. */
export { registerTriggerTarget, type TriggerKind };

/** Why a guide is or is not showing, for debug mode. */
export interface TriggerExplanation {
  guideId: string;
  kind: TriggerKind;
  /** The trigger's trace (what it checked, what it found). */
  trigger: TraceNode;
  /** The audience's trace, when the guide has one. */
  audience?: TraceNode;
  /** The frequency rules against past showings. */
  frequency: FrequencyCheck;
  /** Queue place, what it waits for and the quiet period left. */
  schedule: SchedulerExplanation;
  /** Past showings (all tabs), oldest first. */
  showings: ShowRecord[];
}

interface Guide {
  id: string;
  kind: TriggerKind;
  trigger: unknown;
  audience?: unknown;
  frequency?: FrequencyDefinition;
  /** what re-evaluates it: `e:<event>`, `click`, `guide` */
  deps: Set<string>;
  /** re-check time */
  at: number;
  due?: boolean;
  /** last suppression reported */
  why?: string;
}

const engines = new WeakMap<WaymarkContext, () => TriggerExplanation[]>();
const watchers = new WeakMap<WaymarkContext, Set<() => void>>();
const KINDS: TriggerKind[] = ['tour', 'announcement', 'hint', 'checklist', 'survey'];
/** How long a tab waits for other tabs' claims before showing. */
const CLAIM_MS = 250;
const isObj = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object';
const same = (a: unknown, b: unknown) => JSON.stringify(a) == JSON.stringify(b);

/**
 * Explain every triggered guide of an instance: traces, frequency, queue. Empty before the proactive
 * feature runs.
 * @param ctx - the instance's context.
 * @returns one explanation per guide with a `trigger`.
 */
export const explainTriggers = (ctx: WaymarkContext): TriggerExplanation[] => engines.get(ctx)?.() ?? [];

/**
 * Be told after each evaluation of an instance's triggers (for debug views).
 * @param ctx - the instance's context.
 * @param fn - called after each evaluation.
 * @returns the unsubscribe function.
 */
export function onTriggersEvaluated(ctx: WaymarkContext, fn: () => void): () => void {
  const set = watchers.get(ctx) ?? new Set();
  watchers.set(ctx, set.add(fn));
  return () => void set.delete(fn);
}

/**
 * Whether a guide document needs the proactive feature (for the lazy feature list).
 * @param doc - the guide document.
 * @returns true when a tour, announcement, hint or checklist has a `trigger`, or `proactive` is set.
 */
export const usesProactive = (doc: WaymarkContext['doc']): boolean =>
  !!doc.proactive || KINDS.some((k) => ((doc as any)[k + 's'] ?? []).some((g: any) => g?.trigger));

// What changes can alter a condition's result.
const depsOf = (c: any, segments: any, out: Set<string>, seen: string[] = []): Set<string> => {
  if (!isObj(c)) return out;
  if (Array.isArray(c)) c.forEach((x) => depsOf(x, segments, out, seen));
  else {
    if (typeof c.event == 'string') out.add('e:' + c.event);
    if (c.errors) out.add('e:' + ERROR_EVENT);
    if (c.rageClicks || c.element) out.add('click');
    if (c.guide) out.add('guide');
    const s = c.segment;
    if (typeof s == 'string' && !seen.includes(s) && isObj(segments)) depsOf(segments[s], segments, out, [...seen, s]);
    for (const k of ['all', 'any', 'not']) depsOf(c[k], segments, out, seen);
  }
  return out;
};

/**
 * The proactive feature plugin. Loaded by `createWaymark` when the document uses triggers; running it
 * twice on one instance does nothing the second time. `?waymark-debug` in the URL also loads the
 * debug panel.
 * @param ctx - the instance's context.
 * @returns the cleanup.
 */
export default function proactive(ctx: WaymarkContext): (() => void) | undefined {
  if (engines.has(ctx) || typeof window == 'undefined') return;
  const { doc, progress, events, now } = ctx;
  const opts: ProactiveOptions = isObj(doc.proactive) ? doc.proactive : {};
  const tab = Math.random().toString(36).slice(2);
  const history = getBehaviourHistory(ctx);
  const guides: Guide[] = [];
  const byId = new Map<string, Guide>();
  const index = new Map<string, Guide[]>();
  for (const kind of KINDS)
    for (const g of ((doc as any)[kind + 's'] ?? []) as any[])
      if (isObj(g) && typeof g.id == 'string' && g.trigger !== undefined && !byId.has(g.id)) {
        const x: Guide = {
          id: g.id,
          kind,
          trigger: g.trigger,
          audience: g.audience,
          frequency: g.frequency,
          deps: depsOf([g.trigger, g.audience], doc.segments, new Set()),
          at: Infinity,
        };
        guides.push(x);
        byId.set(g.id, x);
        for (const d of x.deps) index.set(d, [...(index.get(d) ?? []), x]);
      }

  let dead = false;
  let path = location.pathname;
  let loadedAt = now();
  let key = progress.key;
  let showings: ShowRecord[] = [];
  let visits: Record<string, number> = {};
  let claim: { g: Guide; mine: ShowRecord; at: number } | undefined;
  let showing: string | undefined;
  let schedAt = Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;
  let offering = false;
  const busy = () => ctx.$modal.get() != null;
  const slot = (g: Guide) => `${g.kind}:${g.id}`;
  const mine = (id: string) => showings.filter((r) => r.guideId == id);

  // Persisted sections merged with other tabs' copies: `showings` (frequency, cross-tab claims) and `visits`.
  const save = () => {
    progress.setSection('showings', showings);
    progress.setSection('visits', visits);
  };
  const sync = (state: Record<string, any>) => {
    if (progress.key != key) ((key = progress.key), (showings = []), (visits = {}));
    const s = state.showings;
    const v = state.visits;
    if (s === showings && v === visits) return;
    const before = showings;
    showings = mergeShowings(showings, s);
    const seen = { ...visits };
    if (isObj(v)) for (const p in v) if (Number.isInteger(v[p]) && !(seen[p] >= v[p])) seen[p] = v[p];
    visits = Object.fromEntries(
      Object.entries(seen)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 100),
    );
    if (!same(showings, s) || !same(visits, v)) save();
    if (!same(before, showings)) mark();
  };
  const addShowing = (r: ShowRecord) => {
    showings = mergeShowings(showings, [r]);
    save();
  };
  const visit = () => {
    visits = { ...visits, [path]: (visits[path] ?? 0) + 1 };
    save();
  };

  const input = watchInput(() => mark('click'), now);
  const scheduler = createScheduler({
    now,
    quietPeriodMs: parseDuration(opts.quietPeriod ?? 'PT10M') ?? 0,
    maxPerSession: opts.maxPerSession,
    isBusy: () => offering || busy(),
    isTyping: input.isTyping,
    show(id) {
      const g = byId.get(id)!;
      const r: ShowRecord = { guideId: id, at: now(), tab };
      addShowing(r);
      claim = { g, mine: r, at: r.at + CLAIM_MS };
      arm();
    },
  });
  const wake = (at: number | undefined) => void (schedAt = at ?? Infinity);

  const suppress = (g: Guide, reason: WaymarkEventMap['guide:suppressed']['reason']) => {
    if (g.why != reason) events.emit('guide:suppressed', { guideId: g.id, reason, ...ctx.stamp() });
    g.why = reason;
  };

  // Decide a claim: still first (across tabs) and nothing else open? Then show.
  const decide = () => {
    const { g, mine: r } = claim!;
    claim = undefined;
    const other = !claimShowing(r, showings, g.frequency);
    let ok = !other && !busy();
    if (ok) {
      showing = slot(g);
      ok = g.kind == 'tour' ? ctx.tours.start(g.id, { source: 'trigger' }) : !!triggerTarget(ctx, showing)?.();
      if (ok) g.why = undefined;
    }
    if (!ok) {
      showing = undefined;
      addShowing({ ...r, outcome: 'yielded' });
      suppress(g, other ? 'other-tab' : 'busy');
      wake(scheduler.notifyClosed());
    } else if (ctx.$modal.get() != showing) closed();
  };
  const closed = () => {
    showing = undefined;
    wake(scheduler.notifyClosed());
    mark();
  };

  const context = (): ConditionContext => ({
    ...conditionContext(ctx),
    page: {
      path,
      loadedAt,
      visits: (glob) => Object.keys(visits).reduce((n, p) => n + (matchPath(glob, p) ? visits[p] : 0), 0),
    },
    lastInputAt: input.lastInputAt(),
    elements: (selector, state) => elementState(selector, state, input.wasClicked),
    clicks: input.clicks,
  });

  // Evaluation is batched per microtask: a burst of `track()` calls evaluates once.
  const pending = new Set<Guide>();
  let all = false;
  let queued = false;
  const mark = (dep?: string) => {
    if (dep === undefined) all = true;
    else for (const g of index.get(dep) ?? []) pending.add(g);
    if (!queued && (all || pending.size)) ((queued = true), queueMicrotask(flush));
  };
  const flush = () => {
    queued = false;
    if (dead) return;
    const list = all ? guides : [...pending];
    all = false;
    pending.clear();
    const cx = context();
    const t = cx.now;
    // Offer every due guide before showing any, so priorities decide.
    offering = true;
    for (const g of list) {
      const a = g.audience === undefined ? { ok: true } : evaluateCondition(g.audience, cx, false);
      const r = evaluateCondition(g.trigger, cx, false);
      g.at = Math.min(a.recheckAt ?? Infinity, r.recheckAt ?? Infinity);
      if (!r.ok || !a.ok) {
        g.due = false;
        scheduler.withdraw(g.id);
        if (r.ok) suppress(g, 'audience');
        else g.why = undefined;
        continue;
      }
      if (!g.due) events.emit('trigger:fired', { guideId: g.id, kind: g.kind, ...ctx.stamp() });
      g.due = true;
      if (showing == slot(g) || claim?.g == g) continue;
      const f = checkFrequency(g.frequency, mine(g.id), t);
      if (!f.ok) {
        g.at = Math.min(g.at, f.nextAllowedAt ?? Infinity);
        scheduler.withdraw(g.id);
        suppress(g, 'frequency');
      } else scheduler.offer({ guideId: g.id, priority: g.frequency?.priority, critical: g.frequency?.critical });
    }
    offering = false;
    wake(scheduler.tick());
    for (const g of guides) {
      const x = g.due && scheduler.explain(g.id);
      if (x && x.status == 'queued')
        suppress(
          g,
          showing || claim || busy()
            ? 'busy'
            : input.isTyping()
              ? 'typing'
              : x.quietRemainingMs
                ? 'quiet-period'
                : x.position! > 1
                  ? 'priority'
                  : 'frequency',
        );
    }
    arm();
    watchers.get(ctx)?.forEach((fn) => fn());
  };

  // The one timer: the earliest of every guide's re-check, the scheduler's wake-up and a pending claim.
  const arm = () => {
    let at = Math.min(schedAt, claim?.at ?? Infinity);
    for (const g of guides) at = Math.min(at, g.at);
    if (at == timerAt || dead) return;
    clearTimeout(timer);
    timerAt = at;
    if (at < Infinity) timer = setTimeout(fire, Math.min(Math.max(0, at - now()), 2e9));
  };
  const fire = () => {
    timerAt = Infinity;
    if (claim && now() >= claim.at) decide();
    wake(scheduler.tick());
    mark();
    arm();
  };

  const offs = [
    () => clearTimeout(timer),
    input.stop,
    watchErrors(() => {
      recordBehaviour(ctx, ERROR_EVENT);
      mark('e:' + ERROR_EVENT);
    }),
    watchPage((p) => {
      path = p;
      loadedAt = now();
      input.reset();
      visit();
      mark();
    }),
    events.onAny((e: any) => {
      if (e.type == 'app:tracked') return mark('e:' + e.name);
      if (e.type == 'help:article-viewed') return mark('e:' + e.type);
      if (e.type == 'user:identified') return mark(); // audiences may hold (or not) for the new traits
      const m = /^(\w+):(completed|dismissed)$/.exec(e.type);
      if (!m || e.reason == 'destroyed' || e.reason == 'replaced') return;
      const id = e[m[1] + 'Id'];
      const r = mine(id)
        .filter((x) => x.tab == tab && !x.outcome)
        .pop();
      if (r) addShowing({ ...r, outcome: m[2] as 'completed', closedAt: now() });
      mark('guide');
    }),
    ctx.$modal.listen((holder) => {
      if (showing && holder != showing && !claim) closed();
      else if (!holder) (wake(scheduler.tick()), mark());
    }),
    progress.$progress.listen(sync),
  ];
  void progress.ready.then(() => {
    if (dead) return;
    sync(progress.$progress.get());
    visit();
    mark();
  });

  engines.set(ctx, () => {
    const cx = context();
    return guides.map((g) => ({
      guideId: g.id,
      kind: g.kind,
      trigger: evaluateCondition(g.trigger, cx).trace!,
      ...(g.audience === undefined ? {} : { audience: evaluateCondition(g.audience, cx).trace }),
      frequency: checkFrequency(g.frequency, mine(g.id), cx.now),
      schedule: scheduler.explain(g.id),
      showings: mine(g.id),
    }));
  });
  if (/[?&]waymark-debug\b/.test(location.search))
    import('./debug.js').then(
      (m) => dead || offs.push(m.debugPlugin()(ctx) ?? (() => {})),
      () => {},
    );

  return () => {
    dead = true;
    scheduler.destroy();
    engines.delete(ctx);
    offs.forEach((off) => off());
  };
}
