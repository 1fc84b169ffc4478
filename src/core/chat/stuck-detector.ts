import { parseDuration } from '../conditions/parse-duration.js';
import type { StuckThresholds } from './chat-definition.js';

/** Why a user counts as stuck: too long on a step, repeated failed attempts to advance, or a step shown again. */
export type StuckReason = 'stuck-time' | 'failed-advance' | 'reopened';

/** Options of {@link createStuckDetector}. */
export interface StuckDetectorOptions {
  /** The guide's `chat.stuck` thresholds; the ones left out (or unreadable) never fire. */
  thresholds: StuckThresholds;
  /** Called at most once per showing of a step, when the user counts as stuck there. */
  onStuck(reason: StuckReason): void;
  /** Starts the one timer. @default setTimeout */
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** Stops it. @default clearTimeout */
  clearTimer?: (id: any) => void;
}

/** Decides when a user is stuck on a tour step; fed by the caller, holds at most one timer. */
export interface StuckDetector {
  /** The current step changed: its key (e.g. `tourId/stepId`), or `null` when no step shows. */
  step(key: string | null): void;
  /** An attempt to advance the current step did not work (e.g. a click next to the target). */
  failedAdvance(): void;
  /** Stop the timer; the detector stays silent afterwards. */
  destroy(): void;
}

/**
 * Create a stuck detector. A step counts as stuck when it shows longer than `after`, when `failedAdvance` is
 * reported `failedAdvance` times while it shows, or when it is shown again for the `reopened`-th time (back and
 * forth, or the tour started over). DOM-free: the caller reports steps and failed attempts.
 * @param options - thresholds, the callback and (for tests) the timer functions.
 * @returns the detector.
 */
export function createStuckDetector({
  thresholds: { after, failedAdvance: maxFailed, reopened },
  onStuck,
  setTimer = setTimeout,
  clearTimer = clearTimeout,
}: StuckDetectorOptions): StuckDetector {
  const shown = new Map<string, number>();
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
    step(key) {
      if (key == current) return;
      stop();
      current = key;
      failed = 0;
      done = false;
      if (key == null) return;
      const times = (shown.get(key) ?? 0) + 1;
      shown.set(key, times);
      if (reopened! >= 1 && times > reopened!) stuck('reopened');
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
