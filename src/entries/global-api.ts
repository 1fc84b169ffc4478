/**
 * What the single-file builds expose (`window.Waymark`, and the exports of `waymark.bundle.js`): the `waymark`
 * entry, the chat helpers and {@link autoStart}.
 * @packageDocumentation
 */
export * from '../index.js';
export { chatPlugin, escalate } from '../features/chat.js';
export { autoStart, findScript } from './auto-start.js';
