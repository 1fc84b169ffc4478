import { isRendered } from './is-visible.js';
import { listen } from './listen.js';

const CANDIDATE =
  ':is(a[href],area[href],button,input,select,textarea,iframe,summary,[contenteditable],[tabindex]):not(:disabled)';

/** Children in the flat tree: a shadow host's shadow content, a slot's assigned (or fallback) elements. */
const kids = (el: Element): Element[] =>
  el instanceof HTMLSlotElement ? el.assignedElements({ flatten: true }) : [...(el.shadowRoot ?? el).children];

/** Append the tabbable elements among `els` and their flat-tree descendants to `out`, in tree order. */
const collect = (els: Element[], out: HTMLElement[] = []) => {
  for (const el of els as HTMLElement[]) {
    if (el.inert) continue;
    // contenteditable is tabbable although its tabIndex property is -1 in Chromium; rendering is
    // checked per candidate since slots and other `display: contents` elements have no box
    const inOrder = el.tabIndex >= 0 || (el.isContentEditable && !el.hasAttribute('tabindex'));
    if (inOrder && el.matches(CANDIDATE) && isRendered(el)) out.push(el);
    collect(kids(el), out);
  }
  return out;
};

/**
 * The focused element, following open shadow roots down to the innermost one.
 * @param doc - the document to look in. @default document
 */
export const deepActive = (doc: Document = document): HTMLElement | null => {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
};

/**
 * The tabbable elements of a container (itself included), in tab order, piercing open shadow roots
 * and following slots: focusable (elements with `tabindex >= 0`, buttons, links with `href`, form
 * fields, `[contenteditable]`), not disabled, not inert, rendered. Positive `tabindex` comes first.
 * @param container - an element (its shadow content when it is a shadow host) or a shadow root.
 */
export function getTabbables(container: Element | ShadowRoot): HTMLElement[] {
  const order = (el: HTMLElement) => (el.tabIndex > 0 ? el.tabIndex : 1e9);
  return collect(container instanceof ShadowRoot ? [...container.children] : [container]).sort((a, b) => order(a) - order(b));
}

/**
 * Keep Tab and Shift+Tab cycling inside the given containers, in order: the first container's
 * tabbables, then the second's, then back to the first. Listens on the document in the capture phase.
 * @param containers - returns the current containers (e.g. the step popover and the highlighted target).
 * @returns the cleanup that releases the trap.
 */
export function trapFocus(containers: () => readonly Element[]): () => void {
  return listen<KeyboardEvent>(
    document,
    'keydown',
    (e) => {
      if (e.key != 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
      const list = containers().flatMap(getTabbables);
      const n = list.length;
      const i = list.indexOf(deepActive()!);
      e.preventDefault();
      list[i < 0 ? (e.shiftKey ? n - 1 : 0) : (i + (e.shiftKey ? n - 1 : 1)) % n]?.focus();
    },
    true,
  );
}

/**
 * Remember the focused element (inside open shadow roots too).
 * @returns a function that moves focus back to it, without scrolling, if it is still in the document.
 */
export function saveFocus(): () => void {
  const el = deepActive();
  return () => void (el?.isConnected && el.focus?.({ preventScroll: true }));
}
