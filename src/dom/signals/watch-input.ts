import { deepActive } from '../focus-trap.js';
import type { ClickRecord } from '../../core/conditions/evaluate-condition.js';
import { listen } from '../listen.js';

/** What {@link watchInput} knows about the user's input on this page. */
export interface InputSignals {
  /** Recent clicks (the last 5 seconds' worth, at most 20), oldest first. */
  readonly clicks: readonly ClickRecord[];
  /** The time of the last click, key press, scroll or pointer move, ms since the epoch. */
  lastInputAt(): number;
  /** Whether the user pressed a key in a text field in the last 2 seconds and is still in it. */
  isTyping(): boolean;
  /** Whether this element, or something inside it (shadow roots included), was clicked since the last `reset`. */
  wasClicked(el: Element): boolean;
  /** Forget clicks (a new page); input times are kept. */
  reset(): void;
  /** Remove the listeners. */
  stop(): void;
}

const EDITABLE = 'input,textarea,select,[contenteditable]:not([contenteditable=false])';

/**
 * Watch clicks, key presses, scrolling and pointer moves (passive listeners, capture phase, no work
 * beyond storing a time), for idle, typing, rage-click and clicked-element conditions.
 * @param onClick - called after each click is recorded.
 * @param now - the clock. @default Date.now
 * @param win - the window to watch. @default window
 * @returns the signals and their cleanup.
 */
export function watchInput(onClick: () => void, now: () => number = Date.now, win: Window = window): InputSignals {
  const doc = win.document;
  let clicks: ClickRecord[] = [];
  let clicked = new WeakSet<EventTarget>();
  let last = now();
  let typedAt = -Infinity;
  const opts = { capture: true, passive: true };
  const input = () => void (last = now());
  const offs = ['pointermove', 'scroll', 'wheel', 'touchstart'].map((t) => listen(doc, t, input, opts));
  offs.push(
    listen<KeyboardEvent>(
      doc,
      'keydown',
      (e) => {
        input();
        const el = e.composedPath()[0];
        if (el instanceof Element && el.matches(EDITABLE)) typedAt = last;
      },
      opts,
    ),
    listen<MouseEvent>(
      doc,
      'click',
      (e) => {
        input();
        for (const t of e.composedPath()) clicked.add(t);
        // Only pointer clicks count towards rage clicks: a keyboard activation (Enter, Space) or a scripted
        // `click()` has `detail` 0 and no position, and a keyboard user pressing Enter on a few buttons in a row
        // is not frustrated.
        if (e.detail < 1) return;
        clicks = clicks.filter((c) => last - c.at < 5e3).slice(-19);
        clicks.push({ at: last, x: e.clientX, y: e.clientY });
        onClick();
      },
      opts,
    ),
  );
  return {
    get clicks() {
      return clicks;
    },
    lastInputAt: () => last,
    isTyping: () => now() - typedAt < 2e3 && !!deepActive(doc)?.matches(EDITABLE),
    wasClicked: (el) => clicked.has(el),
    reset() {
      clicks = [];
      clicked = new WeakSet();
    },
    stop: () => offs.forEach((off) => off()),
  };
}
