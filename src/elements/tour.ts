import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ButtonDefinition } from '../core/guide-definition.js';
import type { ActiveStep, TourEngine } from '../core/tour-engine.js';
import type { ActionContext, HelpOffer } from '../core/waymark-context.js';
import { resolveTarget } from '../dom/resolve-target.js';
import { isVisible } from '../dom/is-visible.js';
import { waitForTarget } from '../dom/wait-for-target.js';
import { scrollIntoViewIfNeeded } from '../dom/scroll-into-view.js';
import { saveFocus, trapFocus } from '../dom/focus-trap.js';
import { inertBackground } from '../dom/inert-background.js';
import { defaultLabels, type TourLabels } from './tour-labels.js';
import type { WmPopover } from './popover.js';

/** Which keys the tour answers while a step shows. */
export interface TourKeyboardOptions {
  /** Esc dismisses the tour. @default true */
  escape?: boolean;
  /** ArrowRight / ArrowLeft go to the next / previous step (not while typing in a field). @default true */
  arrows?: boolean;
}

type Rect = { x: number; y: number; width: number; height: number };

const editable = (el: Element | null) =>
  !!el && (el.matches('input,textarea,select') || (el as HTMLElement).isContentEditable);

/** The deepest focused element, through open shadow roots. */
const deepActive = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

/**
 * The running tour: renders the current step of a {@link TourEngine} as a spotlight and a step popover, resolves
 * and waits for targets, applies the missing-target policy, handles the keyboard, moves and traps focus, and
 * returns focus where it was when the tour ends. A view: every decision about steps is the engine's.
 *
 * @summary Renders a tour engine's current step.
 * @csspart popover - the step popover (`wm-popover`); its own parts are exported as `popover__<part>`.
 * @csspart spotlight - the backdrop (`wm-spotlight`).
 * @cssproperty --wm-color-accent - accent colour, inherited by the popover.
 */
export class WmTour extends LitElement {
  static override styles = css`
    :host { display: contents; }
    .sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
  `;

  /** The engine whose `$active` step this element renders. */
  @property({ attribute: false }) engine?: TourEngine;
  /** The words around the guide's text (localisation). */
  @property({ attribute: false }) labels: TourLabels = defaultLabels;
  /** Keyboard handling. */
  @property({ attribute: false }) keyboard: TourKeyboardOptions = {};
  /** An offer of help to show as an extra button in the current step ("Still stuck? Chat with us"). */
  @property({ attribute: false }) help: HelpOffer | null = null;
  /** Runs actions that are not about moving through the tour (`start-tour`, `link`, `escalate`, `app`). */
  @property({ attribute: false }) runAction?: (action: ButtonDefinition, context: ActionContext) => void;

  @state() private active: ActiveStep | null = null;
  @state() private target: Element | null = null;
  @state() private rect: Rect | null = null;
  @state() private announcement = '';
  @query('wm-popover') private stepPopover?: WmPopover;

  #unsubscribe?: () => void;
  #step: (() => void)[] = [];
  #restoreFocus?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
    document.addEventListener('keydown', this.#onKey, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKey, true);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#show(null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('engine') && this.isConnected) this.#subscribe();
  }

  #subscribe() {
    this.#unsubscribe?.();
    this.#unsubscribe = this.engine?.$active.subscribe((active) => this.#onActive(active));
  }

  #teardownStep() {
    for (const cleanup of this.#step.splice(0).reverse()) cleanup();
  }

  #onActive(active: ActiveStep | null) {
    this.#teardownStep();
    if (!active) return this.#show(null);
    this.#restoreFocus ??= saveFocus();
    const { step } = active;
    if (!step.target.length || active.centered) return this.#show(active, null);
    // The common case resolves synchronously, so the first step paints on the next frame.
    const found = resolveTarget(step.target, document, isVisible);
    if (found) return this.#show(active, found);
    const abort = new AbortController();
    const started = Date.now();
    this.#step.push(() => abort.abort());
    waitForTarget(step.target, { timeout: step.waitTimeout, signal: abort.signal }).then((el) => {
      if (abort.signal.aborted) return;
      if (el) this.#show(active, el);
      else this.engine?.reportMissingTarget({ selectors: step.target, waitedMs: Date.now() - started });
    });
  }

  #show(active: ActiveStep | null, target: Element | null = null) {
    this.active = active;
    this.target = target;
    this.rect = null;
    if (!active) {
      this.announcement = '';
      this.#teardownStep();
      this.#restoreFocus?.();
      this.#restoreFocus = undefined;
      return;
    }
    const { step, stepIndex, stepCount } = active;
    this.announcement = `${step.title}${step.showProgress && stepCount > 1 ? `, ${this.#progress(stepIndex, stepCount)}` : ''}`;
    if (target) {
      if (step.scrollIntoView) void scrollIntoViewIfNeeded(target);
      const advance = step.advanceOn;
      if (advance) {
        const on = advance == 'submit' ? target.closest('form') ?? target : target;
        const handler = () => queueMicrotask(() => this.engine?.next('target'));
        on.addEventListener(advance, handler);
        this.#step.push(() => on.removeEventListener(advance, handler));
      }
    } else {
      this.#step.push(inertBackground([this]));
    }
    this.#step.push(trapFocus(() => [this.stepPopover?.container, target].filter((el): el is Element => !!el)));
    this.updateComplete.then(() => {
      if (this.active === active) this.stepPopover?.focusInitial();
    });
  }

  #progress(index: number, count: number) {
    return this.labels.progress.replace('{current}', String(index + 1)).replace('{total}', String(count));
  }

  #buttons({ step, stepIndex, stepCount }: ActiveStep): ButtonDefinition[] {
    const help: ButtonDefinition[] = this.help ? [{ label: this.help.label, action: 'escalate', reason: this.help.reason }] : [];
    if (step.buttons) return [...help, ...step.buttons];
    const last = stepIndex == stepCount - 1;
    const buttons: ButtonDefinition[] = [...help, ...(stepIndex > 0 ? [{ label: this.labels.back, action: 'back' as const }] : [])];
    // A step that advances on the target's own gesture offers no Next: the user does the real thing.
    if (!step.advanceOn || last) buttons.push({ label: last ? this.labels.done : this.labels.next, action: last ? 'complete' : 'next', variant: 'primary' });
    return buttons;
  }

  #onAction = (e: CustomEvent<{ action: string; button?: ButtonDefinition; source?: string }>) => {
    const engine = this.engine;
    const active = this.active;
    if (!engine || !active) return;
    const { action, button } = e.detail;
    const source = e.detail.source == 'close-button' ? 'close-button' : 'button';
    if (action == 'next') engine.next(source);
    else if (action == 'back') engine.back(source);
    else if (action == 'complete') engine.complete(source);
    else if (action == 'dismiss') engine.dismiss(source);
    else if (action == 'goto' && button?.step) engine.goTo(button.step, source);
    else if (button) this.runAction?.(button, { source, guideId: active.tour.id, stepId: active.step.id });
  };

  #onKey = (e: KeyboardEvent) => {
    const engine = this.engine;
    if (!this.active || !engine || e.defaultPrevented || e.isComposing) return;
    const { escape = true, arrows = true } = this.keyboard;
    const rtl = getComputedStyle(this).direction == 'rtl';
    let handled = true;
    if (e.key == 'Escape' && escape) engine.dismiss('keyboard');
    else if (arrows && !editable(deepActive()) && (e.key == 'ArrowRight' || e.key == 'ArrowLeft')) {
      (e.key == 'ArrowRight') != rtl ? (this.active.stepIndex < this.active.stepCount - 1 ? engine.next('keyboard') : engine.complete('keyboard')) : engine.back('keyboard');
    } else handled = false;
    if (handled) {
      // Keys the tour used must not also reach the host app's shortcuts.
      e.preventDefault();
      e.stopPropagation();
    }
  };

  #onPositioned = (e: CustomEvent<{ rect?: Rect }>) => {
    this.rect = e.detail.rect ?? null;
    this.engine?.reportRendered();
  };

  protected override render(): TemplateResult | typeof nothing {
    const active = this.active;
    if (!active) return nothing;
    const { step, stepIndex, stepCount } = active;
    const spot = step.spotlight;
    const modal = !this.target;
    return html`
      <wm-spotlight
        part="spotlight"
        exportparts="backdrop:spotlight__backdrop"
        ?inactive=${!spot && !modal}
        .rect=${modal ? null : this.rect}
        .padding=${spot ? spot.padding : 0}
        .radius=${spot ? spot.radius : 0}
        ?click-through=${!modal && (!spot || spot.clickThrough)}
      ></wm-spotlight>
      <wm-popover
        part="popover"
        .heading=${step.title}
        .body=${step.body ?? ''}
        .step=${stepIndex + 1}
        .steps=${step.showProgress ? stepCount : 0}
        .progressText=${this.#progress(stepIndex, stepCount)}
        .closeLabel=${this.labels.close}
        .buttons=${this.#buttons(active)}
        .placement=${step.placement}
        .anchor=${this.target}
        ?modal=${modal}
        @wm-action=${this.#onAction}
        @wm-positioned=${this.#onPositioned}
      ></wm-popover>
      <div class="sr" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-tour': WmTour;
  }
}
