/**
 * `waymark/core`: the headless core. No DOM, no Lit, no Floating UI: it runs in Node, workers and tests.
 * @packageDocumentation
 */
export * from './guide-definition.js';
export type * from './events.js';
export type * from './availability/availability-definition.js';
export { createEmitter, type Emitter, type Listener } from './emitter.js';
export type { StorageAdapter } from './storage.js';
export { memoryStorage } from './memory-storage.js';
export {
  createProgressStore,
  type ProgressState,
  type ProgressStore,
  type ProgressStoreOptions,
  type TourProgress,
} from './progress-store.js';
export { resolveStep, type ResolvedStep } from './resolve-step.js';
export { initialTourState, transition, type TourCommand, type TourState } from './tour-machine.js';
export { createTourEngine, type ActiveStep, type TourEngine, type TourEngineOptions } from './tour-engine.js';
export { normalizeGuide, type NormalizedGuide } from './normalize-guide.js';
export { isSafeUrl, parseMarkdown, type MdBlock, type MdInline } from './markdown.js';
export type {
  ActionContext,
  ActionHandler,
  HelpOffer,
  WaymarkContext,
  WaymarkPlugin,
  WaymarkUser,
} from './waymark-context.js';

// Proactive engine: the condition language, behaviour history, frequency and scheduling.
export type * from './conditions/condition-definition.js';
export {
  ERROR_EVENT,
  evaluateCondition,
  type ClickRecord,
  type ConditionContext,
  type ConditionResult,
  type GuideStatus,
  type HistoryReader,
  type PageInfo,
  type TraceNode,
} from './conditions/evaluate-condition.js';
export { collectTrackedProps } from './conditions/collect-tracked-props.js';
export { matchPath } from './conditions/match-path.js';
export { formatDuration, parseDuration } from './conditions/parse-duration.js';
export type * from './proactive/frequency-definition.js';
export {
  createBehaviourHistory,
  type BehaviourHistory,
  type BehaviourHistoryOptions,
  type EventSnapshot,
  type HistorySnapshot,
} from './proactive/behaviour-history.js';
export { claimShowing, mergeShowings } from './proactive/claim-showing.js';
export { checkFrequency, type FrequencyCheck, type ShowRecord } from './proactive/frequency.js';
export {
  createScheduler,
  type Candidate,
  type Scheduler,
  type SchedulerExplanation,
  type SchedulerOptions,
} from './proactive/scheduler.js';
export { evaluateTriggers, type TriggerGuide, type TriggerResult } from './proactive/evaluate-triggers.js';

// Analytics: the bounded event log, metrics (funnels, drop-off, deflection) and forwarding.
export {
  createEventLog,
  type EventLog,
  type EventLogOptions,
  type EventLogSnapshot,
  type LoggedEvent,
} from './analytics/event-log.js';
export { toProperties, type AnalyticsEvent, type EventProperties } from './analytics/event-properties.js';
export { forwardEvents, type EventSource as EventStream, type Sink } from './analytics/forward-events.js';
export {
  computeMetrics,
  type ChecklistMetrics,
  type HelpMetrics,
  type Metrics,
  type MetricsOptions,
  type StepMetrics,
  type TourMetrics,
} from './analytics/metrics.js';

// Escalation to chat: business hours, message templates, context, the adapter contract.
export type * from './chat/chat-definition.js';
export { formatOpening, isOpen, nextOpening } from './chat/business-hours.js';
export { renderTemplate } from './chat/render-template.js';
export { buildEscalationContext, type EscalationContext, type EscalationInput } from './chat/escalation-context.js';
export type { ChatAdapter, ChatFieldValue, ChatPayload, ChatWindow, ProviderOptions } from './chat/chat-adapter.js';
export { waitForProvider, type WaitForProviderOptions } from './chat/wait-for-provider.js';
