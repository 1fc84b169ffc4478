/**
 * The same-origin frame elements (`<iframe>`, `<frame>`) an element's document is nested in, innermost first;
 * empty for an element of the top document (or of `top`).
 * @param el - the element.
 * @param top - the document whose coordinates count. @default document
 */
export function frameChain(el: Element, top: Document = document): Element[] {
  const chain: Element[] = [];
  for (let doc = el.ownerDocument; doc != top;) {
    let frame: Element | null = null;
    try {
      frame = doc.defaultView?.frameElement ?? null;
    } catch {
      /* cross-origin parent: stop */
    }
    if (!frame) break;
    chain.push(frame);
    doc = frame.ownerDocument;
  }
  return chain;
}

/**
 * Whether an element is still on the page: connected to its document, and every frame it is nested in still
 * connected and still showing that document (a frame that navigated shows another one).
 * @param el - the element.
 */
export function isAttached(el: Element): boolean {
  let doc = el.ownerDocument;
  if (!el.isConnected) return false;
  for (const frame of frameChain(el)) {
    if (!frame.isConnected || (frame as HTMLIFrameElement).contentDocument != doc) return false;
    doc = frame.ownerDocument;
  }
  return true;
}

/**
 * An element's border box in the viewport coordinates of the top document: `getBoundingClientRect()` is relative
 * to the element's own frame, so the content-box offset of every frame it is nested in is added.
 * @param el - the element.
 * @returns the rectangle (the element's own one when it is not in a frame).
 */
export function viewportRect(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  let { x, y } = r;
  for (const frame of frameChain(el)) {
    const box = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    x += box.left + frame.clientLeft + (parseFloat(style.paddingLeft) || 0);
    y += box.top + frame.clientTop + (parseFloat(style.paddingTop) || 0);
  }
  return new DOMRect(x, y, r.width, r.height);
}
