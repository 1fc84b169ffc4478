import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ButtonDefinition } from '../core/guide-definition.js';
import type { ActiveStep, TourEngine } from '../core/tour-engine.js';
import type { ActionContext, HelpOffer } from '../core/waymark-context.js';
import { resolveTarget } from '../dom/resolve-target.js';
import { isVisible } from '../dom/is-visible.js';
import { matchPath } from '../core/conditions/match-path.js';
import { watchPage } from '../dom/signals/watch-page.js';
import { waitForTarget } from '../dom/wait-for-target.js';
import { scrollIfNeeded } from '../dom/scroll-into-view.js';
import { deepActive, saveFocus, trapFocus } from '../dom/focus-trap.js';
import { inertBackground } from '../dom/inert-background.js';
import { listen } from '../dom/listen.js';
import { defaultLabels, type TourLabels } from './tour-labels.js';
import type { WmActionDetail, WmPopover, WmPositionedDetail } from './popover.js';
import type { ViewportPadding } from '../dom/viewport-insets.js';

/** Which keys the tour answers while a step shows. */
export interface TourKeyboardOptions {
  /** Esc dismisses the tour. @default true */
  escape?: boolean;
  /** ArrowRight / ArrowLeft go to the next / previous step (not while typing in a field). @default true */
  arrows?: boolean;
}

const prop = { attribute: false };

/** Run and drop every cleanup, last added first. */
const run = (cleanups: (() => void)[]) => cleanups.splice(0).reverse().forEach((f) => f());

const isEditable = (el: Element | null) => !!el && (el.matches('input,textarea,select') || (el as HTMLElement).isContentEditable);

/**
 * The running tour: renders the current step of a {@link TourEngine} as a spotlight and a step popover, resolves
 * and waits for targets, applies the missing-target policy, handles the keyboard, moves and traps focus, and
 * returns focus where it was when the tour ends. A view: every decision about steps is the engine's.
 *
 * @summary Renders a tour engine's current step.
 * @csspart popover - the step popover (`wm-popover`); its parts are exported as `popover__dialog`,
 *   `popover__title`, `popover__body`, `popover__footer`, `popover__progress`, `popover__button`,
 *   `popover__close-button` and `popover__arrow` (style them with `wm-tour::part(popover__title)`).
 * @csspart spotlight - the backdrop (`wm-spotlight`); its backdrop part is exported as `spotlight__backdrop`.
 * @cssproperty --wm-color-accent - accent colour, inherited by the popover.
 */
export class WmTour extends LitElement {
  static override styles = css`
    :host { display: contents }
    .sr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
  `;
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
  // Cleanups of the step on screen, and of this element's connection.
  private _step: (() => void)[] = [];
  private _conn: (() => void)[] = [];
  private _unsub?: () => void;
  private _restoreFocus?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this._subscribe();
    this._conn.push(listen(document, 'keydown', (e: KeyboardEvent) => this._key(e), true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsub?.();
    this._unsub = undefined;
    run(this._conn);
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
    this._restoreFocus ??= saveFocus();
    const { target, waitTimeout, route } = active.step;
    if (route && !matchPath(route, location.pathname)) {
      // The step belongs on another page: nothing shows until the app navigates there.
      this._hide();
      return void this._step.push(watchPage((path) => matchPath(route, path) && this._onActive(active)));
    }
    if (!target.length || active.centered) return this._show(active);
    // The common case resolves synchronously, so the first step paints on the next frame.
    const found = resolveTarget(target, document, isVisible);
    if (found) return this._show(active, found);
    // Nothing stale stays on screen while the target is awaited.
    this._hide();
    const abort = new AbortController();
    const started = Date.now();
    this._step.push(() => abort.abort());
    waitForTarget(target, { timeout: waitTimeout, signal: abort.signal }).then((el) => {
      if (!abort.signal.aborted)
        el ? this._show(active, el) : this.engine?.reportMissingTarget({ selectors: target, waitedMs: Date.now() - started });
    });
  }

  /** Show nothing while the tour waits (for a target, for its page); the tour keeps running. */
  private _hide() {
    this._active = this._target = null;
    this.requestUpdate();
  }

  private _show(active: ActiveStep | null, target: Element | null = null) {
    this._active = active;
    this._target = target;
    // The previous target's rectangle stays until the new one is positioned, so the spotlight glides across.
    this.requestUpdate();
    run(this._step);
    if (!active) {
      this._restoreFocus?.();
      this._restoreFocus = undefined;
      return;
    }
    const { scrollIntoView, advanceOn, route } = active.step;
    // Leaving the step's page takes it out of sight until the app comes back there.
    if (route) this._step.push(watchPage((path) => matchPath(route, path) || this._onActive(active)));
    if (!target) this._step.push(inertBackground([this]));
    else {
      if (scrollIntoView) scrollIfNeeded(target);
      // A target that leaves the page (re-render, route change) is waited for again, then `onMissing` applies.
      const gone = new MutationObserver(() => target.isConnected || this._onActive(active));
      gone.observe(document, { childList: true, subtree: true });
      this._step.push(() => gone.disconnect());
      if (advanceOn)
        this._step.push(
          listen((advanceOn == 'submit' && target.closest('form')) || target, advanceOn, () =>
            queueMicrotask(() => this.engine?.next('target')),
          ),
        );
    }
    const popover = () => this.shadowRoot?.querySelector<WmPopover>('wm-popover');
    this._step.push(trapFocus(() => [popover()?.container, target].filter((el): el is Element => !!el)));
    this.updateComplete.then(() => this._active == active && popover()?.focusInitial());
  }

  private _act({ detail: { action, button, source } }: CustomEvent<WmActionDetail>) {
    const engine = this.engine;
    const active = this._active;
    if (!engine || !active) return;
    const s = source == 'close-button' ? source : 'button';
    const step = (button as ButtonDefinition | undefined)?.step;
    if (/^(next|back|complete|dismiss)$/.test(action)) engine[action as 'next'](s);
    else if (action == 'goto' && step) engine.goTo(step, s);
    else if (button) this.runAction?.(button as ButtonDefinition, { source: s, guideId: active.tour.id, stepId: active.step.id });
  }

  private _key(e: KeyboardEvent) {
    const { engine, _active: active, keyboard } = this;
    const { key } = e;
    if (!active || !engine || e.defaultPrevented || e.isComposing) return;
    if (key == 'Escape' && keyboard.escape != false) engine.dismiss('keyboard');
    // ArrowRight goes forward (ArrowLeft under RTL); next on the last step completes the tour.
    else if (keyboard.arrows != false && /^Arrow(Right|Left)$/.test(key) && !isEditable(deepActive()))
      engine[(key == 'ArrowRight') != (getComputedStyle(this).direction == 'rtl') ? 'next' : 'back']('keyboard');
    else return;
    // Keys the tour used must not also reach the host app's shortcuts.
    e.preventDefault();
    e.stopPropagation();
  }

  private _positioned(e: CustomEvent<WmPositionedDetail>) {
    this._rect = e.detail.rect;
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
    const buttons: ButtonDefinition[] = [
      ...(help ? [{ label: help.label, action: 'escalate' as const, reason: help.reason }] : []),
      ...(step.buttons ?? [
        ...(stepIndex ? [{ label: labels.back, action: 'back' as const }] : []),
        // A step that advances on the target's own gesture offers no Next: the user does the real thing.
        ...(!step.advanceOn || last ? [{ label: last ? labels.done : labels.next, action: last ? ('complete' as const) : ('next' as const), variant: 'primary' as const }] : []),
      ]),
    ];
    return html`
      <wm-spotlight
        part="spotlight"
        exportparts="backdrop:spotlight__backdrop"
        ?inactive=${!spot && target}
        .rect=${target && this._rect}
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
        .anchor=${target}
        ?modal=${!target}
        @wm-action=${this._act}
        @wm-positioned=${this._positioned}
      ></wm-popover>
      <div class="sr" role="status" aria-live="polite">${step.title + (showProgress && stepCount > 1 ? ', ' + progress : '')}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-tour': WmTour;
  }
}
