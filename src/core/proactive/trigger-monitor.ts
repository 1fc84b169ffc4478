/**
 * Where an instance's running proactive engine can be watched from (debug views): its explanations, and a signal
 * after each evaluation. Kept on the context, so a view outlives a restart of the engine (a new guide document).
 * @packageDocumentation
 */
import type { WaymarkContext } from '../waymark-context.js';
import type { ProactiveEngine, TriggerExplanation } from './proactive-engine.js';

/** The key of the monitor in `context.shared`. */
export const TRIGGER_MONITOR_KEY = 'proactive.monitor';

/** The watchable side of an instance's proactive engine. */
export interface TriggerMonitor {
  /** Whether an engine is running. */
  readonly running: boolean;
  /** The running engine's explanations; empty when none runs. */
  explain(): TriggerExplanation[];
  /** Be told after each evaluation of whichever engine runs. Returns the unsubscribe function. */
  onEvaluated(listener: () => void): () => void;
  /** Watch this engine (the proactive feature does, while it runs). Returns the detach function. */
  attach(engine: Pick<ProactiveEngine, 'explain' | 'onEvaluated'>): () => void;
}

/**
 * Create a monitor (one per instance: use {@link triggerMonitorOf}).
 * @returns the monitor, with no engine attached.
 */
export function createTriggerMonitor(): TriggerMonitor {
  const listeners = new Set<() => void>();
  let engine: Pick<ProactiveEngine, 'explain'> | undefined;
  return {
    get running() {
      return !!engine;
    },
    explain: () => engine?.explain() ?? [],
    onEvaluated(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    attach(next) {
      engine = next;
      const off = next.onEvaluated(() => listeners.forEach((listener) => listener()));
      return () => {
        off();
        if (engine == next) engine = undefined;
      };
    },
  };
}

/**
 * The trigger monitor of an instance, created on first use.
 * @param context - the instance's context.
 */
export const triggerMonitorOf = (context: WaymarkContext): TriggerMonitor =>
  context.shared(TRIGGER_MONITOR_KEY, createTriggerMonitor);
