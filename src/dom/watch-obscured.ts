import type { LayerStack } from '../core/layer-stack.js';
import { deepActive } from './focus-trap.js';
import { listen } from './listen.js';

/** Whether an element is part of Waymark's own UI (a `wm-*` element or inside one's shadow root). */
const ours = (el: Element | null): boolean => {
  for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
    if (n instanceof Element && n.localName.startsWith('wm-')) return true;
  return false;
};

/**
 * Whether the app has a modal dialog of its own open: a `<dialog>` opened with `showModal()`, or a rendered
 * `[aria-modal=true]` element (a script-made modal). Dialogs inside the app's shadow roots are not seen.
 * @param doc - the document to look in.
 */
export function appModalOpen(doc: Document = document): boolean {
  try {
    for (const el of doc.querySelectorAll('dialog:modal,[aria-modal=true]'))
      if (el.checkVisibility?.() ?? el.getClientRects().length > 0) return true;
  } catch {
    /* `:modal` unsupported: no modal dialog */
  }
  return false;
}

/**
 * Feed an instance's layer manager with what the page shows: the viewport, the box of the control that has
 * keyboard focus (focus anywhere, shadow roots included; none while focus is on `<body>` or in Waymark's own UI)
 * and whether the app's own modal dialog is open. Measures at most once per frame, on focus changes, scrolling,
 * resizing and DOM changes that can open or close a dialog. Use it through `stack.watch(...)`, so one watcher
 * serves every layer of the instance.
 * @param stack - the instance's layer manager (`layersOf(context)`).
 * @param doc - the document. @default document
 * @returns the cleanup.
 */
export function watchObscured(stack: LayerStack, doc: Document = document): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  let frame = 0;
  let dead = false;
  const measure = () => {
    frame = 0;
    const active = deepActive(doc);
    const r =
      !active || active == doc.body || active == doc.documentElement || ours(active)
        ? null
        : active.getBoundingClientRect();
    const focus = r && { x: r.left, y: r.top, width: r.width, height: r.height };
    const viewport = {
      width: doc.documentElement.clientWidth || win.innerWidth,
      height: doc.documentElement.clientHeight || win.innerHeight,
    };
    const old = stack.$scene.get();
    if (JSON.stringify(old) != JSON.stringify({ viewport, focus })) stack.$scene.set({ viewport, focus });
    const modal = appModalOpen(doc);
    if (modal != stack.$appModal.get()) stack.$appModal.set(modal);
  };
  const soon = () => dead || (frame ||= win.requestAnimationFrame(measure));
  // Scrolling only matters while a page control has focus (it may scroll under a launcher).
  const scrolled = () => stack.$scene.get().focus && soon();
  const observer = new MutationObserver(soon);
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['open', 'aria-modal', 'hidden'],
  });
  const offs = [
    listen(doc, 'focusin', soon, true),
    listen(doc, 'focusout', soon, true),
    listen(win, 'scroll', scrolled, { capture: true, passive: true }),
    listen(win, 'resize', soon),
  ];
  measure();
  return () => {
    dead = true;
    offs.forEach((off) => off());
    observer.disconnect();
    win.cancelAnimationFrame(frame);
  };
}
