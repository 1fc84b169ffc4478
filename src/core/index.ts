/**
 * `waymark/core`: the headless core. No DOM, no Lit, no Floating UI: it runs in Node, workers and tests.
 * @packageDocumentation
 */
export * from './guide-definition.js';
export type * from './events.js';
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
