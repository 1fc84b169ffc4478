import { parseDuration } from '../conditions/parse-duration.js';
import type { StuckThresholds } from './chat-definition.js';

/** Why a user counts as stuck: too long on a step, repeated failed attempts to advance, or returns to a step. */
export type StuckReason = 'stuck-time' | 'failed-advance' | 'reopened';

/** Options of {@link createStuckDetector}. */
export interface StuckDetectorOptions {
  /** The guide's `chat.stuck` thresholds; the ones left out (or unreadable) never fire. */
  thresholds: StuckThresholds;
  /** Called at most once per showing of a step, when the user counts as stuck there. */
  onStuck(reason: StuckReason): void;
  /** Starts the one timer. @default setTimeout */
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** Stops it, given what `setTimer` returned. @default clearTimeout */
  clearTimer?(timer: unknown): void;
}

/** Decides when a user is stuck on a tour step; fed by the caller, holds at most one timer. */
export interface StuckDetector {
  /**
   * The current step changed: its key (e.g. `tourId/stepId`) and its position in the tour, or `null` when no tour
   * runs. `null` ends the run: the counts of returns start again with the next tour (or the same one restarted).
   */
  step(key: string | null, index?: number): void;
  /** An attempt to advance the current step did not work (e.g. a click next to the target). */
  failedAdvance(): void;
  /** Stop the timer; the detector stays silent afterwards. */
  destroy(): void;
}

/**
 * Create a stuck detector. A step counts as stuck when it shows longer than `after`, when `failedAdvance` is
 * reported `failedAdvance` times while it shows, or when the user comes back to it for the `reopened`-th time
 * within one run of a tour. Coming back means the step shows again after the user had moved past it (a later step
 * showed since it last showed): one look back from the next step is one return, so `reopened: 2` needs the user to
 * return to the same step twice. Restarting a tour starts the counts again. DOM-free: the caller reports steps
 * and failed attempts.
 * @param options - thresholds, the callback and (for tests) the timer functions.
 * @returns the detector.
 */
export function createStuckDetector({
  thresholds: { after, failedAdvance: maxFailed, reopened },
  onStuck,
  setTimer = setTimeout,
  clearTimer = clearTimeout,
}: StuckDetectorOptions): StuckDetector {
  // Per step of the current run: its position, whether the user moved past it since it last showed, its returns.
  let run = new Map<string, { at: number; past: boolean; returns: number }>();
  const wait = parseDuration(after);
  let current: string | null = null;
  let failed = 0;
  let timer: unknown;
  let done = false;
  const stop = () => {
    if (timer != null) clearTimer(timer);
    timer = undefined;
  };
  const stuck = (reason: StuckReason) => {
    if (done || current == null) return;
    done = true;
    stop();
    onStuck(reason);
  };
  return {
    step(key, index = Infinity) {
      if (key == current) return;
      stop();
      current = key;
      failed = 0;
      done = false;
      if (key == null) return void (run = new Map());
      for (const seen of run.values()) if (seen.at < index) seen.past = true;
      const seen = run.get(key) ?? { at: index, past: false, returns: 0 };
      // Without positions, every showing after another step counts as a return.
      if (seen.past || (index == Infinity && run.has(key))) seen.returns++;
      seen.past = false;
      run.set(key, seen);
      if (reopened! >= 1 && seen.returns >= reopened!) stuck('reopened');
      else if (wait != null) timer = setTimer(() => stuck('stuck-time'), wait);
    },
    failedAdvance() {
      if (maxFailed! >= 1 && ++failed >= maxFailed!) stuck('failed-advance');
    },
    destroy() {
      stop();
      current = null;
    },
  };
}
