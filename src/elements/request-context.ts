import type { WaymarkContext } from '../core/waymark-context.js';

/** The `detail` of a `wm-context-request` event: a running Waymark instance answers by setting `context`. */
export interface ContextRequestDetail {
  context?: WaymarkContext;
}

/**
 * Find the Waymark instance serving an element. Dispatches a bubbling, composed `wm-context-request` event
 * (`detail: {}`) from `el`; a running instance sets `detail.context`. Until one answers, and afterwards too, it
 * asks again whenever an instance announces itself with `wm-context-ready` on the element's document, so an
 * element placed before `createWaymark` runs (or kept across a destroy and re-create) finds the current one.
 * @param el - the asking element; must be connected for the event to reach the document.
 * @param onContext - called with the instance, and again only when a different instance answers later.
 * @returns stop listening (call it on disconnect).
 */
export function requestContext(el: Element, onContext: (ctx: WaymarkContext) => void): () => void {
  const doc = el.ownerDocument;
  let last: WaymarkContext | undefined;
  const ask = () => {
    const detail: ContextRequestDetail = {};
    el.dispatchEvent(new CustomEvent('wm-context-request', { detail, bubbles: true, composed: true }));
    if (detail.context && detail.context !== last) onContext((last = detail.context));
  };
  doc.addEventListener('wm-context-ready', ask);
  ask();
  return () => doc.removeEventListener('wm-context-ready', ask);
}

/**
 * The instance side of {@link requestContext}: answer `wm-context-request` events reaching `doc` with
 * `ctx` (unless another instance answered first), then announce with `wm-context-ready` so waiting elements ask.
 * @param doc - the document to serve.
 * @param ctx - the instance's context.
 * @returns stop answering (call it on destroy).
 */
export function provideContext(doc: Document, ctx: WaymarkContext): () => void {
  const answer = (e: Event) => {
    const d = (e as CustomEvent<ContextRequestDetail>).detail;
    if (d && !d.context) d.context = ctx;
  };
  doc.addEventListener('wm-context-request', answer);
  doc.dispatchEvent(new CustomEvent('wm-context-ready'));
  return () => doc.removeEventListener('wm-context-request', answer);
}
