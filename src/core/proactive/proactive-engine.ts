/**
 * The proactive engine's decisions, headless: which triggered guides are due, which are held back (audience,
 * frequency, another guide open, typing, quiet period, priority, another tab), when to show one, and when to look
 * again. The page wiring (`features/proactive.ts`) feeds it facts and signals, keeps its one timer and shows guides.
 * @packageDocumentation
 */
import { evaluateCondition } from '../conditions/evaluate-condition.js';
import { parseDuration } from '../conditions/parse-duration.js';
import { claimShowing } from './claim-showing.js';
import { checkFrequency, type ShowRecord } from './frequency.js';
import { createScheduler, type SchedulerExplanation } from './scheduler.js';
import type { TriggerDependency, TriggeredGuide } from './triggered-guides.js';
import type {
  ProactiveEngine,
  ProactiveEngineOptions,
  SuppressionReason,
  TriggerExplanation,
} from './proactive-engine-types.js';

export type { ProactiveEngine, ProactiveEngineOptions, SuppressionReason, TriggerExplanation };

/** How long a tab waits for other tabs' claims before showing. */
export const CLAIM_MS = 250;

/** The engine's bookkeeping per guide. */
interface GuideState {
  guide: TriggeredGuide;
  /** When its conditions could next change without input. */
  recheckAt: number;
  /** Its trigger and audience held at the last evaluation. */
  due: boolean;
  /** The last suppression reported (reported again only when it changes). */
  suppressedFor?: SuppressionReason;
}

/** A showing this tab claimed, waiting for other tabs' claims to arrive. */
interface Claim {
  state: GuideState;
  record: ShowRecord;
  decideAt: number;
}

const slotOf = (guide: TriggeredGuide) => `${guide.kind}:${guide.id}`;

/**
 * Create the engine. It owns no timer and touches no DOM: time, facts and side effects come through `options`,
 * so it runs in Node with a fake clock.
 * @param options - clock, guides, facts and host callbacks.
 * @returns the engine; call `invalidate()` once the stored showings are loaded.
 */
export function createProactiveEngine(options: ProactiveEngineOptions): ProactiveEngine {
  const { now, settings = {}, tab, log, facts, isTyping, modalHolder } = options;
  const states = options.guides.map((guide): GuideState => ({ guide, recheckAt: Infinity, due: false }));
  const byId = new Map(states.map((state) => [state.guide.id, state]));
  const byDependency = new Map<TriggerDependency, GuideState[]>();
  for (const state of states)
    for (const dependency of state.guide.dependencies)
      byDependency.set(dependency, [...(byDependency.get(dependency) ?? []), state]);
  const listeners = new Set<() => void>();

  let destroyed = false;
  let claim: Claim | undefined;
  /** The slot (`<kind>:<id>`) of the guide this engine is showing. */
  let showing: string | undefined;
  let schedulerWakeAt = Infinity;
  let timerAt = Infinity;
  let offering = false;
  const busy = () => modalHolder() != null;

  const scheduler = createScheduler({
    now,
    quietPeriodMs: parseDuration(settings.quietPeriod ?? 'PT10M') ?? 0,
    maxPerSession: settings.maxPerSession,
    isBusy: () => offering || busy(),
    isTyping,
    show(guideId) {
      const state = byId.get(guideId)!;
      const record: ShowRecord = { guideId, at: now(), tab };
      log.add(record);
      claim = { state, record, decideAt: record.at + CLAIM_MS };
      armTimer();
    },
  });
  const scheduleWake = (at: number | undefined) => void (schedulerWakeAt = at ?? Infinity);

  const suppress = (state: GuideState, reason: SuppressionReason) => {
    if (state.suppressedFor != reason) options.suppressed(state.guide, reason);
    state.suppressedFor = reason;
  };

  const closed = () => {
    showing = undefined;
    scheduleWake(scheduler.notifyClosed());
    invalidate();
  };

  // Decide a claim: still first (across tabs) and nothing else open? Then show.
  const decideClaim = ({ state, record }: Claim) => {
    claim = undefined;
    const otherTab = !claimShowing(record, log.all(), state.guide.frequency);
    let shown = !otherTab && !busy();
    if (shown) {
      // Set before showing: the guide takes the modal slot while it starts, and that is not a close.
      showing = slotOf(state.guide);
      shown = options.show(state.guide);
      if (shown) state.suppressedFor = undefined;
    }
    if (!shown) {
      showing = undefined;
      log.add({ ...record, outcome: 'yielded' });
      suppress(state, otherTab ? 'other-tab' : 'busy');
      scheduleWake(scheduler.notifyClosed());
    } else if (modalHolder() != showing) closed();
  };

  // Why a queued guide waits, as one suppression reason.
  const waitingReason = (explanation: SchedulerExplanation): SuppressionReason =>
    showing || claim || busy()
      ? 'busy'
      : isTyping()
        ? 'typing'
        : explanation.quietRemainingMs
          ? 'quiet-period'
          : explanation.position! > 1
            ? 'priority'
            : 'frequency';

  // Evaluation is batched per microtask: a burst of `track()` calls evaluates once.
  const pending = new Set<GuideState>();
  let everything = false;
  let queued = false;
  const invalidate = (dependency?: TriggerDependency) => {
    if (dependency === undefined) everything = true;
    else for (const state of byDependency.get(dependency) ?? []) pending.add(state);
    if (!queued && (everything || pending.size)) {
      queued = true;
      queueMicrotask(evaluate);
    }
  };

  const evaluate = () => {
    queued = false;
    if (destroyed) return;
    const list = everything ? states : [...pending];
    everything = false;
    pending.clear();
    const context = facts();
    // Offer every due guide before showing any, so priorities decide.
    offering = true;
    for (const state of list) {
      const { guide } = state;
      const audience = guide.audience === undefined ? { ok: true } : evaluateCondition(guide.audience, context, false);
      const trigger = evaluateCondition(guide.trigger, context, false);
      state.recheckAt = Math.min(audience.recheckAt ?? Infinity, trigger.recheckAt ?? Infinity);
      if (!trigger.ok || !audience.ok) {
        state.due = false;
        scheduler.withdraw(guide.id);
        if (trigger.ok) suppress(state, 'audience');
        else state.suppressedFor = undefined;
        continue;
      }
      if (!state.due) options.fired(guide);
      state.due = true;
      if (showing == slotOf(guide) || claim?.state == state) continue;
      const frequency = checkFrequency(guide.frequency, log.of(guide.id), context.now);
      if (!frequency.ok) {
        state.recheckAt = Math.min(state.recheckAt, frequency.nextAllowedAt ?? Infinity);
        scheduler.withdraw(guide.id);
        suppress(state, 'frequency');
      } else
        scheduler.offer({
          guideId: guide.id,
          priority: guide.frequency?.priority,
          critical: guide.frequency?.critical,
        });
    }
    offering = false;
    scheduleWake(scheduler.tick());
    for (const state of states) {
      const explanation = state.due && scheduler.explain(state.guide.id);
      if (explanation && explanation.status == 'queued') suppress(state, waitingReason(explanation));
    }
    armTimer();
    listeners.forEach((listener) => listener());
  };

  // The one timer: the earliest of every guide's re-check, the scheduler's wake-up and a pending claim.
  const armTimer = () => {
    let at = Math.min(schedulerWakeAt, claim?.decideAt ?? Infinity);
    for (const state of states) at = Math.min(at, state.recheckAt);
    // The same deadline is armed already, unless it has passed: after the clock jumped (a laptop waking from sleep),
    // the timer armed before runs on the old delay, so a deadline now due is armed again (at once).
    if ((at == timerAt && at > now()) || destroyed) return;
    timerAt = at;
    options.setTimer(at);
  };

  return {
    invalidate,
    evaluate,
    wake() {
      timerAt = Infinity;
      if (claim && now() >= claim.decideAt) decideClaim(claim);
      scheduleWake(scheduler.tick());
      invalidate();
      armTimer();
    },
    notifyModal(holder) {
      if (showing && holder != showing && !claim) closed();
      else if (!holder) {
        scheduleWake(scheduler.tick());
        invalidate();
      }
    },
    notifyClosed(guideId, outcome) {
      const open = log
        .of(guideId)
        .filter((record) => record.tab == tab && !record.outcome)
        .pop();
      if (open) log.add({ ...open, outcome, closedAt: now() });
      invalidate('guide');
    },
    explain() {
      const context = facts();
      return states.map(({ guide }) => ({
        guideId: guide.id,
        kind: guide.kind,
        trigger: evaluateCondition(guide.trigger, context).trace!,
        ...(guide.audience === undefined ? {} : { audience: evaluateCondition(guide.audience, context).trace }),
        frequency: checkFrequency(guide.frequency, log.of(guide.id), context.now),
        schedule: scheduler.explain(guide.id),
        showings: log.of(guide.id),
      }));
    },
    onEvaluated(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      scheduler.destroy();
      listeners.clear();
      options.setTimer(Infinity);
    },
  };
}
