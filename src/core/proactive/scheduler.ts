/**
 * Decides when a due proactive guide actually shows: one at a time, by priority, with a quiet period,
 * never while the user types. Owns no timer: `tick()` says when to call it again.
 * @packageDocumentation
 */
import { formatDuration } from '../conditions/parse-duration.js';

/** A guide that is due (its trigger, audience and frequency allow it). */
export interface Candidate {
  /** The guide. */
  guideId: string;
  /** Higher goes first. @default 0 */
  priority?: number;
  /** Ignore the quiet period. @default false */
  critical?: boolean;
}

/** Options of {@link createScheduler}. */
export interface SchedulerOptions {
  /** The clock, ms since the epoch. */
  now: () => number;
  /** Time after an automatic showing closes before the next non-critical one. @default 0 */
  quietPeriodMs?: number;
  /** Automatic showings allowed in this session (critical ones included). @default Infinity */
  maxPerSession?: number;
  /** While the user types, ask to be ticked again after this long. @default 1000 */
  retryMs?: number;
  /** Whether a guide is open (e.g. one the user started); nothing is shown meanwhile. */
  isBusy: () => boolean;
  /** Whether the user is typing right now. */
  isTyping: () => boolean;
  /** Show the guide. Return `false` to decline (e.g. another tab claimed it); the next candidate is tried. */
  show: (guideId: string) => boolean | void;
}

/** Why a guide is or is not showing, for debug mode. */
export interface SchedulerExplanation {
  /** The guide asked about. */
  guideId: string;
  /** `showing`, `queued` (waiting), or `idle` (not offered or already gone). */
  status: 'showing' | 'queued' | 'idle';
  /** 1-based place in the queue, when queued. */
  position?: number;
  /** What it waits for, in words. */
  reasons: string[];
  /** Time left in the quiet period, ms (0 when none or when critical). */
  quietRemainingMs: number;
}

/** The proactive scheduler. Every method returning a number returns the next wake-up time. */
export interface Scheduler {
  /**
   * Queue a due guide (re-offering updates its priority) and show the best candidate if allowed.
   * @returns when to `tick()` next, or `undefined` to wait for an event (a close, a new offer).
   */
  offer(candidate: Candidate): number | undefined;
  /** Drop a queued guide that is no longer due. */
  withdraw(guideId: string): void;
  /** The showing guide closed; starts the quiet period. @returns as `tick()`. */
  notifyClosed(): number | undefined;
  /**
   * Show the best allowed candidate, if any.
   * @returns when to call again (quiet period end, typing retry), or `undefined` for "on the next event".
   */
  tick(): number | undefined;
  /** Explain a guide's place. */
  explain(guideId: string): SchedulerExplanation;
  /** Forget everything; later calls do nothing. */
  destroy(): void;
}

/**
 * Create a scheduler. Time is injected and no timer is set: the caller keeps one timer for the
 * returned wake-up time and calls `tick()` on relevant events too.
 * @param options - clock, governance and host callbacks.
 * @returns the scheduler.
 * @example
 * ```ts
 * const s = createScheduler({ now: Date.now, quietPeriodMs: 6e5, isBusy, isTyping, show: (id) => start(id) });
 * const wake = s.offer({ guideId: 'billing-help', priority: 5 });
 * ```
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { now, quietPeriodMs = 0, maxPerSession = Infinity, retryMs = 1000, isBusy, isTyping, show } = options;
  let queue: Required<Candidate>[] = [];
  let active: string | undefined;
  let last = -Infinity;
  let shown = 0;
  let dead = false;

  const quietLeft = (c: Candidate) => (c.critical ? 0 : Math.max(0, last + quietPeriodMs - now()));

  const tick = (): number | undefined => {
    if (dead || active !== undefined || !queue.length || isBusy()) return undefined;
    if (isTyping()) return now() + retryMs;
    for (let i = 0; i < queue.length && shown < maxPerSession; i++) {
      const c = queue[i];
      if (quietLeft(c)) continue;
      queue.splice(i--, 1);
      if (show(c.guideId) !== false) {
        active = c.guideId;
        shown++;
        last = now();
        return undefined;
      }
    }
    return queue.length && shown < maxPerSession ? last + quietPeriodMs : undefined;
  };

  const withdraw = (guideId: string) => {
    queue = queue.filter((c) => c.guideId !== guideId);
  };

  return {
    offer(candidate) {
      if (dead || candidate.guideId === active) return undefined;
      withdraw(candidate.guideId);
      const c = { guideId: candidate.guideId, priority: candidate.priority ?? 0, critical: !!candidate.critical };
      const at = queue.findIndex((q) => q.priority < c.priority);
      queue.splice(at < 0 ? queue.length : at, 0, c);
      return tick();
    },
    withdraw,
    notifyClosed() {
      if (active !== undefined) {
        active = undefined;
        last = now();
      }
      return tick();
    },
    tick,
    explain(guideId) {
      const i = queue.findIndex((c) => c.guideId === guideId);
      const c = queue[i];
      const reasons: string[] = [];
      if (!c) return { guideId, status: active === guideId ? 'showing' : 'idle', reasons, quietRemainingMs: 0 };
      const quiet = quietLeft(c);
      if (active !== undefined) reasons.push(`${active} is showing`);
      if (isBusy()) reasons.push('another guide is open');
      if (isTyping()) reasons.push('the user is typing');
      if (quiet) reasons.push(`quiet period: ${formatDuration(quiet)} left`);
      if (shown >= maxPerSession) reasons.push(`session limit of ${maxPerSession} reached`);
      if (i)
        reasons.push(
          `behind ${queue
            .slice(0, i)
            .map((q) => q.guideId)
            .join(', ')}`,
        );
      return { guideId, status: 'queued', position: i + 1, reasons, quietRemainingMs: quiet };
    },
    destroy() {
      dead = true;
      queue = [];
      active = undefined;
    },
  };
}
