/**
 * The proactive engine's contract: what it needs from its host ({@link ProactiveEngineOptions}), what it offers
 * ({@link ProactiveEngine}) and how it explains itself for debug mode ({@link TriggerExplanation}). The engine itself
 * is `proactive-engine.ts`.
 * @packageDocumentation
 */
import type { ConditionContext } from '../conditions/condition-context.js';
import type { TraceNode } from '../conditions/evaluate-condition.js';
import type { WaymarkEventMap } from '../events.js';
import type { ProactiveOptions } from './frequency-definition.js';
import type { FrequencyCheck, ShowRecord } from './frequency.js';
import type { SchedulerExplanation } from './scheduler.js';
import type { ShowingLog } from './showing-log.js';
import type { TriggerDependency, TriggerKind, TriggeredGuide } from './triggered-guides.js';

/** Why a guide was due but not shown. */
export type SuppressionReason = WaymarkEventMap['guide:suppressed']['reason'];

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

/** What the engine needs from its host: a clock, the guides, facts, and ways to act. */
export interface ProactiveEngineOptions {
  /** The clock, ms since the epoch. */
  now: () => number;
  /** The guides with a trigger (`triggeredGuides(doc)`). */
  guides: readonly TriggeredGuide[];
  /** The document's global rules (`doc.proactive`). */
  settings?: ProactiveOptions;
  /** This tab's id in showing records (random per page load). */
  tab: string;
  /** Past showings and visits, shared with other tabs. */
  log: ShowingLog;
  /** The facts as of now, for conditions. */
  facts: () => ConditionContext;
  /** Whether the user is typing right now. */
  isTyping: () => boolean;
  /** What holds the one-modal-at-a-time slot (`tour:<id>`, `announcement:<id>`…), or null. */
  modalHolder: () => string | null;
  /**
   * Show a guide. It must take the modal slot as `<kind>:<id>` while open (a guide that does not counts as closed
   * at once). Returns whether it showed.
   */
  show: (guide: TriggeredGuide) => boolean;
  /** A guide's trigger and audience started to hold. */
  fired: (guide: TriggeredGuide) => void;
  /** A due guide is held back (reported once per reason in a row). */
  suppressed: (guide: TriggeredGuide, reason: SuppressionReason) => void;
  /** Keep one timer for this time and call `wake()` then; `Infinity` clears it. */
  setTimer: (at: number) => void;
}

/** The engine of one instance. */
export interface ProactiveEngine {
  /**
   * Something changed: re-evaluate the guides that depend on it, or every guide when no dependency is given.
   * Batched: a burst of calls evaluates once, in a microtask.
   */
  invalidate(dependency?: TriggerDependency): void;
  /** Evaluate the guides invalidated so far, now. */
  evaluate(): void;
  /** The timer set with `setTimer` fired. */
  wake(): void;
  /** The modal slot changed hands. */
  notifyModal(holder: string | null): void;
  /** A guide was completed or dismissed (records the outcome of this tab's showing of it). */
  notifyClosed(guideId: string, outcome: 'completed' | 'dismissed'): void;
  /** Explain every triggered guide: traces, frequency, queue. */
  explain(): TriggerExplanation[];
  /** Be told after each evaluation. Returns the unsubscribe function. */
  onEvaluated(listener: () => void): () => void;
  /** Stop: no more evaluations, timers or callbacks. */
  destroy(): void;
}
