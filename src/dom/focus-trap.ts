import { isRendered } from './is-visible.js';
import { listen } from './listen.js';

const CANDIDATE =
  ':is(a[href],area[href],button,input,select,textarea,iframe,summary,[contenteditable],[tabindex]):not(:disabled)';

/** Children in the flat tree: a shadow host's shadow content, a slot's assigned (or fallback) elements. */
const kids = (el: Element): Element[] =>
  el instanceof HTMLSlotElement ? el.assignedElements({ flatten: true }) : [...(el.shadowRoot ?? el).children];

/** The parent element, or the shadow host when the parent is a shadow root. */
const up = (el: Element): Element | null => el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

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
 * Whether `el` is `container` or inside it, across shadow roots (a shadow host contains its shadow content).
 * @param el - the element to test (`null`: false).
 * @param container - the element that may contain it.
 */
export const within = (el: Element | null, container: Element | null | undefined): boolean => {
  for (; el && container; el = up(el)) if (el == container) return true;
  return false;
};

/** Whether focus is nowhere in particular: on `<body>`, the root, or no element. */
export const focusLost = (el: Element | null = deepActive()): boolean =>
  !el || el == document.body || el == document.documentElement;

/**
 * The tabbable elements of a container (itself included), in tab order, piercing open shadow roots
 * and following slots: focusable (elements with `tabindex >= 0`, buttons, links with `href`, form
 * fields, `[contenteditable]`), not disabled, not inert, rendered. Positive `tabindex` comes first.
 * @param container - an element (its shadow content when it is a shadow host) or a shadow root.
 */
export function getTabbables(container: Element | ShadowRoot): HTMLElement[] {
  const order = (el: HTMLElement) => (el.tabIndex > 0 ? el.tabIndex : 1e9);
  return collect(container instanceof ShadowRoot ? [...container.children] : [container]).sort(
    (a, b) => order(a) - order(b),
  );
}

/**
 * Keep Tab and Shift+Tab cycling inside the given containers, in order: the first container's
 * tabbables, then the second's, then back to the first. Listens on the document in the capture phase.
 * The trap holds while focus is inside one of the containers (or nowhere, e.g. after a click on a backdrop); it
 * releases while the user works elsewhere in the page (a non-modal step), where Tab keeps its native order.
 * @param containers - returns the current containers (e.g. the step popover and the highlighted target).
 * @returns the cleanup that releases the trap.
 */
export function trapFocus(containers: () => readonly Element[]): () => void {
  return listen<KeyboardEvent>(
    document,
    'keydown',
    (e) => {
      if (e.key != 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
      const boxes = containers();
      const active = deepActive();
      if (!focusLost(active) && !boxes.some((box) => within(active, box))) return;
      const list = boxes.flatMap(getTabbables);
      const n = list.length;
      const i = list.indexOf(active!);
      e.preventDefault();
      list[i < 0 ? (e.shiftKey ? n - 1 : 0) : (i + (e.shiftKey ? n - 1 : 1)) % n]?.focus();
    },
    true,
  );
}

/** A tabbable element: the element itself when it is focusable, else its first tabbable descendant. */
export const firstFocusable = (el: Element): HTMLElement | undefined =>
  el.matches(CANDIDATE) && (el as HTMLElement).tabIndex >= 0 ? (el as HTMLElement) : getTabbables(el)[0];

const focus = (el: HTMLElement | null | undefined) => {
  el?.focus({ preventScroll: true });
  return !!el && within(deepActive(), el);
};

/** What names an element for a replacement search: its role-ish tag and its accessible name, roughly. */
const sameKind = (a: Element, b: Element) =>
  a.localName == b.localName &&
  a.getAttribute('role') == b.getAttribute('role') &&
  (a.getAttribute('aria-label') ?? a.textContent?.trim()) == (b.getAttribute('aria-label') ?? b.textContent?.trim());

/**
 * Move focus to the nearest sensible place for an element that is gone (re-rendered, removed), never to
 * `<body>`. In order: the element that replaced it (same id, or same tag, role and name, in the nearest container
 * still on the page); the nearest ancestor still on the page that takes focus itself, or that is a component
 * (a shadow host, e.g. a checklist: its first control, the launcher); the page's `main` landmark (made focusable
 * with `tabindex="-1"` until it loses focus); the first tabbable element of the nearest ancestor, then of the page.
 * @param lost - the element focus should have gone to (may be `null`: then the landmark and the page).
 * @param ancestors - its ancestors (parent first, across shadow roots), recorded while it was on the page.
 * @returns whether focus was placed.
 */
export function focusNearest(lost: Element | null, ancestors: readonly Element[] = []): boolean {
  const container = ancestors.find((a) => a.isConnected && a != document.body);
  if (lost && container) {
    const candidates = getTabbables(container);
    if (focus((lost.id && candidates.find((c) => c.id == lost.id)) || candidates.find((c) => sameKind(c, lost))))
      return true;
  }
  for (const a of ancestors) {
    if (!a.isConnected || a == document.body) continue;
    if (
      (a.hasAttribute('tabindex') && focus(a as HTMLElement)) ||
      (a.shadowRoot && focus(getTabbables(a.shadowRoot)[0]))
    )
      return true;
  }
  const main = document.querySelector<HTMLElement>('main,[role=main]');
  if (main && !main.inert) {
    if (!main.hasAttribute('tabindex')) {
      main.tabIndex = -1;
      main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
    }
    if (focus(main)) return true;
  }
  return focus(container && getTabbables(container)[0]) || focus(getTabbables(document.body)[0]);
}

/**
 * Remember the focused element (inside open shadow roots too) and where it lives.
 * @returns a function that moves focus back to it, without scrolling. When it is gone (or goes within the next
 * frames, e.g. an opener that re-renders away when the tour it started completes), focus goes to the nearest
 * sensible place instead ({@link focusNearest}), never to `<body>`.
 */
export function saveFocus(): () => void {
  const el = deepActive();
  const saved = focusLost(el) ? null : el;
  const ancestors: Element[] = [];
  for (let a = saved && up(saved); a; a = up(a)) ancestors.push(a);
  return () => {
    if (saved?.isConnected && focus(saved)) {
      // A re-render may take it away right after (the app reacting to the same change): look again for a few frames.
      let frames = 3;
      const check = () => {
        if (!saved.isConnected) focusLost() && focusNearest(saved, ancestors);
        else if (deepActive() == saved && frames--) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    } else focusNearest(saved, ancestors);
  };
}
