import type { WaymarkContext } from '../core/waymark-context.js';

/**
 * The `detail` of a `wm-context-request` event: a running Waymark instance answers by setting `context`; its
 * features may add their own entries (the chat feature adds `chat`).
 */
export interface ContextRequestDetail {
  context?: WaymarkContext;
  [feature: string]: unknown;
}

/**
 * Find the Waymark instance serving an element. Dispatches a bubbling, composed `wm-context-request` event
 * (`detail: {}`) from `el`; a running instance sets `detail.context`. It asks again whenever an instance or one of
 * its features announces itself with `wm-context-ready` on the element's document, so an element placed before
 * `createWaymark` runs, or before a lazily loaded feature starts, still finds it.
 * @param el - the asking element; must be connected for the event to reach the document.
 * @param onContext - called with the instance and the whole answer on every answered request: possibly the same
 * instance again (another of its features started), so make it idempotent.
 * @returns stop listening (call it on disconnect).
 */
export function requestContext(
  el: Element,
  onContext: (ctx: WaymarkContext, detail: ContextRequestDetail) => void,
): () => void {
  const doc = el.ownerDocument;
  const ask = () => {
    const detail: ContextRequestDetail = {};
    el.dispatchEvent(new CustomEvent('wm-context-request', { detail, bubbles: true, composed: true }));
    if (detail.context) onContext(detail.context, detail);
  };
  doc.addEventListener('wm-context-ready', ask);
  ask();
  return () => doc.removeEventListener('wm-context-ready', ask);
}

/**
 * The instance side of {@link requestContext}: answer `wm-context-request` events reaching `doc` with `ctx`
 * (unless another instance answered first), then announce with `wm-context-ready` so waiting elements ask again.
 * @param doc - the document to serve.
 * @param ctx - the instance's context.
 * @param extra - entries a feature adds to answers given for this instance (e.g. `{ chat: $chatState }`).
 * @returns stop answering (call it on destroy).
 */
export function provideContext(doc: Document, ctx: WaymarkContext, extra?: Record<string, unknown>): () => void {
  const answer = (e: Event) => {
    const d = (e as CustomEvent<ContextRequestDetail>).detail;
    if (d && (d.context ??= ctx) == ctx) Object.assign(d, extra);
  };
  doc.addEventListener('wm-context-request', answer);
  doc.dispatchEvent(new CustomEvent('wm-context-ready'));
  return () => doc.removeEventListener('wm-context-request', answer);
}
