/**
 * `waymark`: in-app onboarding and proactive support. The tour runtime: `createWaymark`, the elements, the DOM
 * helpers and storage adapters, and (re-exported) the headless core.
 * @packageDocumentation
 */
export * from './core/index.js';
export { createWaymark, type Waymark, type WaymarkOptions } from './create-waymark.js';
export { localStorageAdapter, type LocalStorageAdapterOptions } from './dom/local-storage.js';
export { resolveTarget } from './dom/resolve-target.js';
export { waitForTarget, type WaitForTargetOptions } from './dom/wait-for-target.js';
export { scrollIntoViewIfNeeded } from './dom/scroll-into-view.js';
export { getTabbables, saveFocus, trapFocus } from './dom/focus-trap.js';
export { inertBackground } from './dom/inert-background.js';
export { positionPopover, type PositionOptions } from './dom/position-popover.js';
export { viewportInsets, type Insets, type ViewportPadding } from './dom/viewport-insets.js';
export * from './elements/index.js';
