import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActiveStep } from '../../core/tour-engine.js';
import {
  deepActive,
  firstFocusable,
  focusLost,
  focusNearest,
  saveFocus,
  trapFocus,
  within,
} from '../../dom/focus-trap.js';
import type { WmPopover } from '../popover.js';

/** The element a {@link FocusController} serves: the tour, whose shadow root holds the step popover. */
export type FocusHost = ReactiveControllerHost & HTMLElement;

/** Whether an element takes typed text. */
const isEditable = (el: Element | null) =>
  !!el && (el.matches('input,textarea,select') || (el as HTMLElement).isContentEditable);

/**
 * Whether a step is an action step: it advances on the user's own gesture on a target that is on the page.
 * @param active - the step.
 * @param target - its target on the page (`null`: centred, no target).
 */
export const isActionStep = (active: ActiveStep, target: Element | null): boolean =>
  !!(target && active.step.advanceOn);

/**
 * The tour's focus policy, as a Lit reactive controller.
 *
 * - When a step shows: an action step (`advanceOn`) puts focus on its target (the first focusable element at or in
 *   it), or keeps it there; any other step focuses its primary button (never an offer such as "Still stuck?", see
 *   `PopoverButton.initialFocus`); a step with `focus: "none"` leaves focus alone. A non-modal step never takes
 *   focus from a text field the user is typing in, and a step shown again (its target re-rendered) only moves focus
 *   that was lost.
 * - Tab and Shift+Tab cycle through the step and its target while focus is there (or lost); the trap releases
 *   while the user works elsewhere in the page, and a step with `focus: "none"` sets none.
 * - {@link FocusController.toggle} (F6) moves focus out of a non-modal step and back without closing it (WAI-ARIA
 *   APG, non-modal dialogs): step, target, the page (when it is not dimmed), step.
 * - When the tour ends with focus in it (or lost), focus goes back to where it was when the tour started, or to the
 *   nearest sensible place when that element is gone, never to `<body>`.
 */
export class FocusController implements ReactiveController {
  private readonly host: FocusHost;
  private readonly popover: () => WmPopover | null | undefined;
  private restore?: () => void;
  private opener: HTMLElement | null = null;
  // The step focus was last placed for (`tourId/stepId`), to tell a new step from the same one shown again.
  private placed?: string;
  private shown?: { active: ActiveStep; target: Element | null };

  /**
   * @param host - the tour element.
   * @param popover - returns the step popover in the host's shadow root.
   */
  constructor(host: FocusHost, popover: () => WmPopover | null | undefined) {
    (this.host = host).addController(this);
    this.popover = popover;
  }

  hostDisconnected(): void {
    this.shown = undefined;
  }

  /** Focus is inside the step (the popover, or anything else the tour renders). */
  inStep(): boolean {
    return within(deepActive(), this.host);
  }

  /** A tour step is about to show (its target may still be awaited): remember where focus is, once per tour. */
  begin(): void {
    if (this.restore) return;
    this.opener = focusLost() ? null : deepActive();
    this.restore = saveFocus();
  }

  /**
   * A step is on screen: trap Tab while the page is dimmed, then place focus once the step has rendered.
   * @param active - the step.
   * @param target - its target (`null`: a centred step).
   * @param anchor - what the step points at when that is not the target (the visible label of a hidden checkbox):
   *   Tab may go there too.
   * @returns the cleanup for when the step leaves the screen.
   */
  step(active: ActiveStep, target: Element | null, anchor: Element | null = target): () => void {
    const shown = (this.shown = { active, target });
    this.begin();
    const release =
      active.step.focus != 'none'
        ? trapFocus(() =>
            [this.popover()?.container, target, anchor != target ? anchor : null].filter((el): el is Element => !!el),
          )
        : undefined;
    this.host.updateComplete
      .then(() => this.popover()?.updateComplete)
      .then(() => this.shown == shown && this.place(shown));
    return () => {
      release?.();
      if (this.shown == shown) this.shown = undefined;
    };
  }

  /** Place focus for the step on screen (see the class description). */
  private place({ active, target }: { active: ActiveStep; target: Element | null }) {
    const key = active.tour.id + '\n' + active.step.id;
    const again = key == this.placed;
    this.placed = key;
    const current = deepActive();
    if (active.step.focus == 'none' || (again && !focusLost(current))) return;
    if (target && isEditable(current) && !within(current, this.host)) return;
    if (isActionStep(active, target)) {
      if (within(current, target)) return;
      const el = firstFocusable(target!) ?? this.popover()?.container;
      return el?.focus({ preventScroll: true });
    }
    this.popover()?.focusInitial();
  }

  /**
   * F6: from the step to its target (the first focusable element at or in it), from the target to the page (where
   * the user was before the tour, else the nearest sensible place) when the page is not dimmed, and from anywhere
   * else into the step. Nothing for a centred (modal) step: the page behind it is inert.
   * @returns whether focus moved.
   */
  toggle(): boolean {
    const shown = this.shown;
    const target = shown?.target;
    if (!target) return false;
    const active = deepActive();
    const opener = this.opener;
    const page = () =>
      opener?.isConnected && !within(opener, this.host) && !within(opener, target)
        ? opener.focus({ preventScroll: true })
        : focusNearest(null);
    if (this.inStep()) {
      const el = firstFocusable(target);
      el ? el.focus({ preventScroll: true }) : page();
    } else if (within(active, target) && !shown!.active.step.spotlight) page();
    else this.popover()?.focusInitial();
    return true;
  }

  /** The tour ended: give focus back if it was in the tour (or lost); focus the user moved into the page stays. */
  end(): void {
    const restore = this.restore;
    this.restore = this.placed = undefined;
    this.opener = null;
    if (restore && (this.inStep() || focusLost())) restore();
  }
}
