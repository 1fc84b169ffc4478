/**
 * `waymark`: in-app onboarding and proactive support. The tour runtime: `createWaymark`, the elements, the DOM
 * helpers and storage adapters, and the parts of the headless core a tour runs on. The rest of the core (the
 * condition language, behaviour history, scheduling, analytics metrics, business hours) is in `waymark/core`:
 * re-exporting it here would put it in every app's first download, because bundlers assign a module to the
 * entry that reaches it even when none of its exports is used (features load it lazily when a document needs it).
 * @packageDocumentation
 */
// Types cost nothing at run time: all of them stay available from the main entry.
export type * from './core/guide-definition.js';
export type * from './core/events.js';
export type * from './core/conditions/condition-definition.js';
export type * from './core/proactive/frequency-definition.js';
export type * from './core/chat/chat-definition.js';
export type * from './core/availability/availability-definition.js';
export type { RefreshResult, RemoteGuidesOptions } from './core/remote/remote-guides-option.js';
export type { LaunchLinkOptions } from './dom/launch-link.js';
export type {
  ActionContext,
  ActionHandler,
  HelpOffer,
  WaymarkContext,
  WaymarkPlugin,
  WaymarkUser,
} from './core/waymark-context.js';
export type { StorageAdapter } from './core/storage.js';
export type {
  ChatAdapter,
  ChatFieldValue,
  ChatPayload,
  ChatWindow,
  ProviderOptions,
} from './core/chat/chat-adapter.js';
export type { Metrics } from './core/analytics/metrics.js';
export { createEmitter, type Emitter, type Listener } from './core/emitter.js';
export { memoryStorage } from './core/memory-storage.js';
export {
  createProgressStore,
  type ProgressState,
  type ProgressStore,
  type ProgressStoreOptions,
  type TourProgress,
} from './core/progress-store.js';
export { resolveStep, type ResolvedStep } from './core/resolve-step.js';
export { initialTourState, transition, type TourCommand, type TourState } from './core/tour-machine.js';
export { createTourEngine, type ActiveStep, type TourEngine, type TourEngineOptions } from './core/tour-engine.js';
export { normalizeGuide, type NormalizedGuide } from './core/normalize-guide.js';
export { isSafeUrl, parseMarkdown, type MdBlock, type MdInline } from './core/markdown.js';
export { createWaymark, type Waymark, type WaymarkOptions } from './create-waymark.js';
export { localStorageAdapter, type LocalStorageAdapterOptions } from './dom/local-storage.js';
export { resolveTarget } from './dom/resolve-target.js';
export { scrollIntoViewIfNeeded } from './dom/scroll-into-view.js';
export { getTabbables, saveFocus, trapFocus } from './dom/focus-trap.js';
export { inertBackground } from './dom/inert-background.js';
export { positionPopover, type PositionOptions } from './dom/position-popover.js';
export { viewportInsets, type Insets, type ViewportPadding } from './dom/viewport-insets.js';
export * from './elements/index.js';
