/**
 * The studio's element picker: an overlay box follows what the pointer is over (through open shadow roots), a
 * click picks it, Esc cancels. It is keyboard-operable too: Tab / Shift+Tab move to the next / previous
 * interactive element of the page, the arrow keys walk the tree (Up: parent, Down: first child, Left / Right:
 * siblings), Enter or Space picks. The page's own elements are never restyled: the highlight is a separate box in
 * the top layer, and the page gets no click, pointer or key event while the picker runs (except inside the parts it
 * is told to leave alone: the studio panel).
 * @packageDocumentation
 */

/** Options of {@link startPicker}. */
export interface PickerOptions {
  /** Elements the picker leaves alone (the studio panel): events on them pass, they are never highlighted. */
  ignore: (el: Element) => boolean;
  /** The element picked. */
  onPick: (el: Element) => void;
  /** Picking was cancelled (Esc). */
  onCancel: () => void;
  /** The highlighted element changed (for a live description). */
  onHover?: (el: Element | null) => void;
  /** Text shown on the highlight box. */
  describe?: (el: Element) => string;
  /** Where keyboard walking starts (the current target, say). */
  start?: Element | null;
  /** The page. @default document */
  doc?: Document;
}

const FOCUSABLE =
  'a[href],button,input:not([type=hidden]),select,textarea,summary,[tabindex]:not([tabindex="-1"]),[contenteditable=""],[contenteditable=true]';

/** The parent of an element, stepping out of a shadow root to its host. */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
/** The element children of an element, its open shadow root's first when it has one. */
const childrenOf = (el: Element): Element[] => [...(el.shadowRoot?.children ?? []), ...el.children];

/** Every element of a root and the open shadow roots inside it, in tree order. */
const deepElements = (root: Document | ShadowRoot | Element, out: Element[] = []): Element[] => {
  for (const el of root.children) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
    deepElements(el, out);
  }
  return out;
};

const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

/**
 * Start picking an element on the page.
 * @param options - see {@link PickerOptions}.
 * @returns stop: removes the overlay and every listener (does not call `onCancel`).
 */
export function startPicker(options: PickerOptions): () => void {
  const doc = options.doc ?? document;
  const win = doc.defaultView ?? window;
  const host = doc.createElement('div');
  host.setAttribute('data-waymark-studio', 'picker');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML =
    '<style>:host{all:initial;position:fixed!important;inset:0!important;pointer-events:none!important;' +
    'z-index:2147483646!important;background:none!important;border:0!important;margin:0!important;padding:0!important;' +
    'width:auto!important;height:auto!important;overflow:visible!important}' +
    '.box{position:fixed;box-sizing:border-box;border:2px solid #0a58ca;background:rgb(10 88 202/.12);border-radius:3px;' +
    'display:none}.tag{position:absolute;bottom:100%;left:-2px;font:12px/1.4 system-ui,sans-serif;background:#0a58ca;' +
    'color:#fff;padding:1px 6px;border-radius:3px 3px 0 0;white-space:nowrap;max-width:80vw;overflow:hidden;' +
    'text-overflow:ellipsis}.box.low .tag{bottom:auto;top:100%;border-radius:0 0 3px 3px}' +
    '@media (forced-colors:active){.box{border-color:Highlight}}</style><div class="box" part="box"><span class="tag"></span></div>';
  const box = shadow.querySelector('.box') as HTMLElement;
  const tag = shadow.querySelector('.tag') as HTMLElement;
  doc.documentElement.append(host);
  // The top layer keeps the box above the app's own dialogs and popovers.
  try {
    host.setAttribute('popover', 'manual');
    host.showPopover();
  } catch {
    /* no popover API: the z-index does */
  }
  const ours = (el: Element) => el == host || options.ignore(el);
  let current: Element | null = null;

  const place = () => {
    if (!current || !current.isConnected) return void (box.style.display = 'none');
    const r = current.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${Math.max(r.width, 2)}px`,
      height: `${Math.max(r.height, 2)}px`,
    });
    box.classList.toggle('low', r.top < 24);
    tag.textContent = options.describe?.(current) ?? current.localName;
  };
  const highlight = (el: Element | null) => {
    if (el == current) return;
    current = el;
    place();
    try {
      options.onHover?.(el);
    } catch {
      /* a listener's error must not stop the picker */
    }
  };
  const deepTarget = (e: Event) => {
    const first = e.composedPath()[0];
    return first instanceof Element ? first : null;
  };
  const onPointer = (e: Event) => {
    const el = deepTarget(e);
    if (!el || e.composedPath().some((t) => t instanceof Element && ours(t))) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type == 'pointermove' || e.type == 'mouseover') highlight(el);
    if (e.type == 'click') {
      highlight(el);
      pick();
    }
  };
  const pick = () => {
    if (!current) return;
    const el = current;
    stop();
    options.onPick(el);
  };
  const page = () => deepElements(doc).filter((el) => !ours(el) && !host.contains(el));
  const tabbables = () => page().filter((el) => el.matches(FOCUSABLE) && visible(el));
  const move = (to: Element | null | undefined) => {
    if (to && !ours(to)) {
      highlight(to);
      current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  };
  const onKey = (e: KeyboardEvent) => {
    const inPanel = e.composedPath().some((t) => t instanceof Element && options.ignore(t));
    // Keys typed into the panel's own fields stay there; the picker's keys work from anywhere else.
    const origin = e.composedPath()[0];
    if (inPanel && e.key != 'Escape' && !(origin instanceof Element && origin.closest('[data-picker-keys]'))) return;
    const siblings = () => (current ? childrenOf(parentOf(current) ?? doc.documentElement) : []);
    let handled = true;
    switch (e.key) {
      case 'Escape':
        stop();
        options.onCancel();
        break;
      case 'Enter':
      case ' ':
        pick();
        break;
      case 'Tab': {
        const list = tabbables();
        const at = current ? list.indexOf(current) : -1;
        const next = e.shiftKey
          ? list[(at <= 0 ? list.length : at) - 1]
          : (list[at + 1] ?? list.find((el) => !current || el.compareDocumentPosition(current) & 2) ?? list[0]);
        move(next);
        break;
      }
      case 'ArrowUp': {
        const parent = current && parentOf(current);
        move(parent && parent != doc.documentElement ? parent : current);
        break;
      }
      case 'ArrowDown':
        move(current ? childrenOf(current).find(visible) : (page().find(visible) ?? null));
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        const list = siblings().filter(visible);
        move(list[list.indexOf(current!) + (e.key == 'ArrowLeft' ? -1 : 1)]);
        break;
      }
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };
  const swallow = (e: Event) => {
    if (!e.composedPath().some((t) => t instanceof Element && ours(t))) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };
  const pointerEvents = ['pointermove', 'mouseover', 'click'];
  const blocked = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'contextmenu', 'auxclick'];
  pointerEvents.forEach((t) => win.addEventListener(t, onPointer, true));
  blocked.forEach((t) => win.addEventListener(t, swallow, true));
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', place, true);
  win.addEventListener('resize', place);
  const start = options.start && options.start.isConnected && !ours(options.start) ? options.start : null;
  if (start) highlight(start);

  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    pointerEvents.forEach((t) => win.removeEventListener(t, onPointer, true));
    blocked.forEach((t) => win.removeEventListener(t, swallow, true));
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('scroll', place, true);
    win.removeEventListener('resize', place);
    host.remove();
  }
  return stop;
}
