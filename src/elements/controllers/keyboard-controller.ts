import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActiveStep, TourEngine } from '../../core/tour-engine.js';
import { focusLost } from '../../dom/focus-trap.js';
import { listen } from '../../dom/listen.js';
import { isActionStep, type FocusController } from './focus-controller.js';

/** Which keys the tour answers while a step shows. */
export interface TourKeyboardOptions {
  /** Esc dismisses the tour. @default true */
  escape?: boolean;
  /**
   * ArrowRight / ArrowLeft (mirrored right-to-left) go to the next / previous step while focus is in the step (or
   * nowhere); in the page and the target they stay the page's keys. `true`: ArrowRight never passes an action step
   * (`advanceOn`: the user does the real thing); `"all"`: it does (recorded as `step:completed`, source
   * `keyboard`); `false`: arrows are the page's.
   * @default true
   */
  arrows?: boolean | 'all';
  /** F6 / Shift+F6 move focus between a non-modal step and the page (its target). @default true */
  f6?: boolean;
}

/** The element a {@link KeyboardController} serves: the tour. */
export interface KeyboardHost extends ReactiveControllerHost, HTMLElement {
  /** The engine the keys drive. */
  engine?: TourEngine;
  /** Which keys are on. */
  keyboard: TourKeyboardOptions;
}

/**
 * The tour's keys, as a Lit reactive controller: Esc, the arrow keys and F6 (see {@link TourKeyboardOptions}),
 * listened to on the document in the capture phase while the host is connected. Keys the tour used do not reach the
 * host app's shortcuts. Tab belongs to the {@link FocusController}.
 */
export class KeyboardController implements ReactiveController {
  private readonly host: KeyboardHost;
  private readonly shown: () => { active: ActiveStep; target: Element | null } | null;
  private readonly focus: FocusController;
  private off?: () => void;

  /**
   * @param host - the tour element.
   * @param shown - the step on screen and its target, or `null`.
   * @param focus - the host's focus controller (F6, and whether focus is in the step).
   */
  constructor(
    host: KeyboardHost,
    shown: () => { active: ActiveStep; target: Element | null } | null,
    focus: FocusController,
  ) {
    (this.host = host).addController(this);
    this.shown = shown;
    this.focus = focus;
  }

  hostConnected(): void {
    this.off = listen(document, 'keydown', (e: KeyboardEvent) => this.key(e), true);
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = undefined;
  }

  private key(e: KeyboardEvent) {
    const { engine, keyboard } = this.host;
    const shown = this.shown();
    const { key } = e;
    if (!shown || !engine || e.defaultPrevented || e.isComposing) return;
    const plain = !(e.altKey || e.ctrlKey || e.metaKey);
    if (key == 'F6' && plain && keyboard.f6 != false) {
      if (!this.focus.toggle()) return;
    } else if (key == 'Escape' && keyboard.escape != false) engine.dismiss('keyboard');
    else if (
      keyboard.arrows != false &&
      plain &&
      !e.shiftKey &&
      /^Arrow(Right|Left)$/.test(key) &&
      (this.focus.inStep() || focusLost())
    ) {
      // ArrowRight goes forward (ArrowLeft under RTL); next on the last step completes the tour.
      const forward = (key == 'ArrowRight') != (getComputedStyle(this.host).direction == 'rtl');
      if (forward && keyboard.arrows != 'all' && isActionStep(shown.active, shown.target)) return;
      engine[forward ? 'next' : 'back']('keyboard');
    } else return;
    // Keys the tour used must not also reach the host app's shortcuts.
    e.preventDefault();
    e.stopPropagation();
  }
}
