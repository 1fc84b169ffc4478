import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ButtonDefinition } from '../core/guide-definition.js';
import type { ActiveStep, TourEngine } from '../core/tour-engine.js';
import type { ActionContext, HelpOffer } from '../core/waymark-context.js';
import { resolveTarget } from '../dom/resolve-target.js';
import { scrollIfNeeded } from '../dom/scroll-into-view.js';
import { deepActive } from '../dom/focus-trap.js';
import { inertBackground } from '../dom/inert-background.js';
import { listen } from '../dom/listen.js';
import { modalDialogOf } from '../dom/modal-dialog.js';
import { invisibleReason, isPointable } from '../dom/is-visible.js';
import { tourStyles } from './tour.styles.js';
import { defaultLabels, type TourLabels } from './tour-labels.js';
import type { PopoverButton, WmActionDetail, WmPopover, WmPositionedDetail } from './popover.js';
import { FocusController, isActionStep } from './controllers/focus-controller.js';
import { KeyboardController, type TourKeyboardOptions } from './controllers/keyboard-controller.js';
import { trackHighlights } from './controllers/highlights.js';
import type { ViewportPadding } from '../dom/viewport-insets.js';
import { extras, loadExtras } from './tour-extras-loader.js';
import { awaitTarget } from './await-target.js';
import { spokenBody } from './tour-announcement.js';

export type { TourKeyboardOptions };

const prop = { attribute: false };

/** Run and drop every cleanup, last added first. */
const run = (cleanups: (() => void)[]) =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((f) => f());

/**
 * The running tour: renders the current step of a {@link TourEngine} as a spotlight and a step popover, resolves
 * and waits for targets and applies the missing-target policy. A view: every decision about steps is the engine's,
 * focus is the {@link FocusController}'s and keys are the {@link KeyboardController}'s.
 *
 * While a step's target (or, for a centred step, the focused element) is inside the app's open modal `<dialog>`,
 * the element moves into that dialog (the browser makes everything outside it inert, popovers included) and moves
 * back when the step leaves it or the dialog closes. A target a user cannot see (a 1 px or hidden checkbox) is
 * pointed at through its visible label, or a 1 px element through its visible ancestor (reported to the engine as
 * `target:invisible`). A step's `highlight` elements get their own cut-outs in the spotlight.
 *
 * @summary Renders a tour engine's current step.
 * @csspart popover - the step popover (`wm-popover`); its parts are exported as `popover__dialog`,
 *   `popover__title`, `popover__body`, `popover__footer`, `popover__progress`, `popover__button`,
 *   `popover__close-button` and `popover__arrow` (style them with `wm-tour::part(popover__title)`).
 * @csspart spotlight - the backdrop (`wm-spotlight`); its backdrop part is exported as `spotlight__backdrop`.
 * @cssproperty --wm-color-accent - accent colour, inherited by the popover.
 */
export class WmTour extends LitElement {
  static override styles = tourStyles;
  static override properties = { engine: prop, labels: prop, help: prop };

  /** The engine whose `$active` step this element renders. */
  engine?: TourEngine;
  /** The words around the guide's text (localisation). */
  labels: TourLabels = defaultLabels;
  /** Keyboard handling. */
  keyboard: TourKeyboardOptions = {};
  /** Space kept free at the viewport's edges by anchored steps (see `WmPopover.viewportPadding`). */
  viewportPadding?: ViewportPadding;
  /** An offer of help to show as an extra button in the current step ("Still stuck? Chat with us"). */
  help: HelpOffer | null = null;
  /** Runs actions that are not about moving through the tour (`start-tour`, `link`, `escalate`, `app`). */
  runAction?: (action: ButtonDefinition, context: ActionContext) => void;

  // The step on screen, its target (null: centred) and the target's rectangle once positioned.
  private _active: ActiveStep | null = null;
  private _target: Element | null = null;
  private _rect: DOMRect | null = null;
  // What the popover and spotlight point at: the target, or the visible element standing in for an invisible one.
  private _anchor: Element | null = null;
  private _reported: ActiveStep | null = null;
  // The viewport rectangles of the step's extra highlighted elements (`highlight`).
  private _holes: DOMRect[] = [];
  // Where the step's extra highlighted elements are now, found again only once they left the page.
  private _highlights = trackHighlights(() => this._active?.step);
  // Cleanups of the step on screen.
  private _step: (() => void)[] = [];
  private _unsub?: () => void;
  private _focus = new FocusController(this, () => this.shadowRoot?.querySelector<WmPopover>('wm-popover'));
  // The step on screen and its target, for the keys (null while waiting or idle).
  protected _keys = new KeyboardController(
    this,
    () => this._active && { active: this._active, target: this._target },
    this._focus,
  );
  // Where the element was mounted before an app's modal dialog took it in, and whether it is being moved now.
  private _home: ParentNode | null = null;
  private _moving = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._moving) return;
    this._subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._moving) return;
    // The app removed its dialog with the running tour inside: the tour goes back to where it was mounted.
    const home = this.parentNode && this._home;
    if (home)
      queueMicrotask(
        () => this.isConnected || !this.engine?.$active.get() || !home.isConnected || home.appendChild(this),
      );
    this._home = null;
    this._unsub?.();
    this._unsub = undefined;
    this._show(null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('engine') && this.isConnected) this._subscribe();
  }

  private _subscribe() {
    this._unsub?.();
    this._unsub = this.engine?.$active.subscribe((active) => this._onActive(active));
  }

  private _onActive(active: ActiveStep | null) {
    run(this._step);
    if (!active) return this._show(null);
    this._focus.begin();
    const { target, waitTimeout, route, highlight } = active.step;
    // A tour with steps that need the rare steps' code (a page, extra highlights, a path into a frame or shadow root)
    // fetches it while the browser is idle, so those steps find it loaded; others fetch it only if a step needs it.
    if (
      extras === undefined &&
      active.tour.steps.some((s) => s.route || s.highlight?.length || />>>/.test(s.target + ''))
    )
      (globalThis.requestIdleCallback ?? setTimeout)(() => void loadExtras());
    if ((route || highlight?.length) && extras === undefined) return this._later(active, () => this._onActive(active));
    if (route && extras && !extras.matchPath(route, location.pathname)) {
      // The step belongs on another page: nothing shows until the app navigates there.
      this._hide();
      const { matchPath } = extras;
      return void this._step.push(extras.watchPage((path) => matchPath(route, path) && this._onActive(active)));
    }
    if (!target.length || active.centered) return this._show(active);
    // The common case resolves synchronously, so the first step paints on the next frame.
    const found = resolveTarget(target, document, isPointable);
    if (found) return this._show(active, found);
    // Nothing stale stays on screen while the target is awaited.
    this._hide();
    // Waiting is the rarer path: its code loads (if an idle moment has not loaded it yet) while the target is awaited.
    this._step.push(awaitTarget(target, waitTimeout, this, (el) => this._show(active, el)));
  }

  /**
   * Show nothing until the rare steps' code has loaded (see {@link loadExtras}), then `then()` unless the step left
   * meanwhile. The step's cleanups cancel the wait.
   */
  private _later(active: ActiveStep, then: () => void) {
    this._hide();
    let live = true;
    this._step.push(() => (live = false));
    void loadExtras().then(() => live && this.engine?.$active.get() == active && then());
  }

  /** Show nothing while the tour waits (for a target, for its page); the tour keeps running. */
  private _hide() {
    this._active = this._target = null;
    this.requestUpdate();
  }

  private _show(active: ActiveStep | null, target: Element | null = null) {
    // A target in a frame, or one a user cannot see, needs the rare steps' code.
    if (active && target && extras === undefined && (target.ownerDocument != document || invisibleReason(target))) {
      run(this._step);
      return this._later(active, () => this._show(active, target));
    }
    this._active = active;
    this._target = target;
    // A target a user cannot see (a 1 px or hidden checkbox) is pointed at through its label or visible ancestor.
    const standIn = target && extras ? extras.standInFor(target) : undefined;
    const anchor = (this._anchor = standIn?.use ?? target);
    if (standIn && target && active && this._reported != active) {
      this._reported = active;
      this.engine?.reportInvisibleTarget({
        selectors: active.step.target,
        ...extras!.describeInvisible(target, standIn),
      });
    }
    this._holes = this._highlights();
    // The previous target's rectangle stays until the new one is positioned, so the spotlight glides across.
    this.requestUpdate();
    run(this._step);
    if (!active) return this._focus.end();
    // Inside an app's open modal dialog everything else is inert: the step is drawn from inside that dialog.
    const dialog = modalDialogOf(target) ?? modalDialogOf(deepActive());
    this._mount(dialog);
    if (dialog) this._step.push(listen(dialog, 'close', () => this._onActive(active)));
    const { scrollIntoView, advanceOn, route } = active.step;
    // Leaving the step's page takes it out of sight until the app comes back there.
    if (route && extras) {
      const { matchPath } = extras;
      this._step.push(extras.watchPage((path) => matchPath(route, path) || this._onActive(active)));
    }
    if (!target) this._step.push(inertBackground([this]));
    else {
      if (scrollIntoView) scrollIfNeeded(anchor!);
      // A target that leaves the page (re-render, route change, its frame navigating or going) is waited for
      // again, then `onMissing` applies.
      const check = () => (extras ? extras.isAttached(target) : target.isConnected) || this._onActive(active);
      const gone = new MutationObserver(check);
      const frames = extras?.frameChain(target) ?? [];
      for (const doc of new Set([document, target.ownerDocument]))
        gone.observe(doc, { childList: true, subtree: true });
      this._step.push(() => gone.disconnect(), ...frames.map((f) => listen(f, 'load', check)));
      if (advanceOn)
        this._step.push(
          listen((advanceOn == 'submit' && target.closest('form')) || target, advanceOn, () =>
            queueMicrotask(() => this.engine?.next('target')),
          ),
        );
    }
    this._step.push(this._focus.step(active, target, anchor));
  }

  /**
   * Mount inside `dialog`, or back where the element was mounted before a dialog took it (`null`). A plain
   * re-insertion: the step's popovers leave the top layer and enter it again above the dialog.
   */
  private _mount(dialog: HTMLDialogElement | null) {
    const host = dialog ?? this._home;
    if (!host || this.parentNode == host) return;
    this._home = dialog ? (this._home ?? this.parentNode) : null;
    this._moving = true;
    try {
      (host.isConnected ? host : document.body).appendChild(this);
    } finally {
      this._moving = false;
    }
  }

  private _act({ detail: { action, button, source } }: CustomEvent<WmActionDetail>) {
    const engine = this.engine;
    const active = this._active;
    if (!engine || !active) return;
    const s = source == 'close-button' ? source : 'button';
    const step = (button as ButtonDefinition | undefined)?.step;
    if (/^(next|back|complete|dismiss)$/.test(action)) engine[action as 'next'](s);
    else if (action == 'goto' && step) engine.goTo(step, s);
    else if (button)
      this.runAction?.(button as ButtonDefinition, { source: s, guideId: active.tour.id, stepId: active.step.id });
  }

  private _positioned(e: CustomEvent<WmPositionedDetail>) {
    // A target in a frame: the spotlight needs its rectangle in this document's viewport.
    const anchor = this._anchor;
    this._rect = anchor && extras && extras.frameChain(anchor).length ? extras.viewportRect(anchor) : e.detail.rect;
    this._holes = this._highlights();
    this.requestUpdate();
    this.engine?.reportRendered();
  }

  protected override render(): TemplateResult | typeof nothing {
    const { _active: active, _target: target, labels, help } = this;
    if (!active) return nothing;
    const { step, stepIndex, stepCount } = active;
    const { spotlight: spot, showProgress } = step;
    const last = stepIndex == stepCount - 1;
    const progress = labels.progress.replace('{current}', stepIndex + 1 + '').replace('{total}', stepCount + '');
    const action = isActionStep(active, target);
    const forward = {
      label: last ? labels.done : labels.next,
      action: last ? 'complete' : 'next',
      variant: 'primary',
    } as const;
    const buttons: (ButtonDefinition & PopoverButton)[] = [
      // A `next` button without a label (the normaliser's, for a step whose advanceOn was unreadable): Next / Done.
      ...(step.buttons?.map((b) => (b.label ? b : { ...b, label: forward.label })) ?? [
        ...(stepIndex ? [{ label: labels.back, action: 'back' as const }] : []),
        // A step that advances on the target's own gesture offers no Next: the user does the real thing.
        ...(!action || last ? [forward] : []),
      ]),
      // Last, so adding it never shifts the focused button; never the first focus: the user did not ask for it.
      ...(help ? [{ label: help.label, action: 'escalate' as const, reason: help.reason, initialFocus: false }] : []),
    ];
    // Steps that leave focus outside the step (on the target, or where it was) announce their text as well.
    const said = action || step.focus == 'none' ? spokenBody(step.body) : [];
    return html`
      <wm-spotlight
        part="spotlight"
        exportparts="backdrop:spotlight__backdrop"
        ?inactive=${!spot && target}
        .rect=${target && this._rect}
        .anchor=${target && this._anchor}
        .holes=${spot ? this._holes : []}
        .padding=${spot ? spot.padding : 0}
        .radius=${spot ? spot.radius : 0}
        ?click-through=${target && (!spot || spot.clickThrough)}
      ></wm-spotlight>
      <wm-popover
        part="popover"
        exportparts="dialog:popover__dialog,title:popover__title,body:popover__body,footer:popover__footer,progress:popover__progress,button:popover__button,close-button:popover__close-button,arrow:popover__arrow"
        .heading=${step.title}
        .body=${step.body ?? ''}
        .step=${stepIndex + 1}
        .steps=${showProgress ? stepCount : 0}
        .progressText=${progress}
        .closeLabel=${labels.close}
        .buttons=${buttons}
        .placement=${step.placement}
        .viewportPadding=${this.viewportPadding}
        .anchor=${target && this._anchor}
        ?track=${!!(spot && step.highlight?.length)}
        ?modal=${!target}
        @wm-action=${this._act}
        @wm-positioned=${this._positioned}
      ></wm-popover>
      <div class="sr" role="status" aria-live="polite">${[step.title + (showProgress && stepCount > 1 ? ', ' + progress : ''), ...said].join('. ')}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-tour': WmTour;
  }
}
