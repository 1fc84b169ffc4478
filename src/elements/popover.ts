import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Placement } from '../core/guide-definition.js';
import type { ViewportPadding } from '../dom/viewport-insets.js';
import { PositionController } from './controllers/position-controller.js';
import { canAnchor, showAnchoredPopover } from '../dom/anchor-popover.js';
import { renderMarkdown } from './render-markdown.js';
import { tokens } from './tokens.styles.js';
import { popoverStyles } from './popover.styles.js';

/** A footer button. Extra fields (such as a guide button's `step` or `href`) are passed back untouched. */
export interface PopoverButton {
  /** The text on the button. */
  label: string;
  /** What pressing it asks for; reported in `wm-action` and used as the part name `${action}-button`. */
  action: string;
  /** Visual weight. @default "secondary" */
  variant?: 'primary' | 'secondary';
  /** `false`: never takes the initial focus ({@link WmPopover.focusInitial}), e.g. an offer the user did not ask for. */
  initialFocus?: boolean;
}

/** Detail of the `wm-action` event. */
export interface WmActionDetail {
  /** The button's action, or `dismiss` for the close button. */
  action: string;
  /** The pressed footer button (the same object as in `buttons`); absent for the close button. */
  button?: PopoverButton;
  /** Which control was pressed. */
  source: 'button' | 'close-button';
}

/** Detail of the `wm-positioned` event. */
export interface WmPositionedDetail {
  /** The final placement after flipping, or `center` when not anchored. */
  placement: Placement | 'center';
  /** The anchor's viewport rectangle (feed it to `<wm-spotlight>`), or `null` when centred. */
  rect: DOMRect | null;
}

/** Properties whose change means "a new step": position again and report it. */
const STEP_KEYS = ['anchor', 'placement', 'modal', 'heading', 'body', 'step', 'viewportPadding', 'sheetBelow', 'track'];

/**
 * A step popover: title, Markdown body, progress, footer buttons and a close button, shown in the top layer
 * (`popover="manual"`) so no host `z-index` or `overflow` can bury it. With an `anchor` it sits next to it
 * with an arrow and follows it, always whole inside the viewport (minus `viewportPadding` and the page's
 * `scroll-padding`): it flips, shifts, and scrolls its body when the room is short; on viewports narrower than
 * `sheetBelow` (480 CSS pixels) it is a sheet docked to the bottom (or top) edge, clear of the anchor. Without an anchor (or
 * when `modal`) it is centred in the viewport. A pure view: it renders its properties and reports presses; it
 * handles no global keys.
 *
 * @summary A tour step's popover.
 * @csspart dialog - the popover box (`role="dialog"`).
 * @csspart arrow - the arrow pointing at the anchor.
 * @csspart close-button - the close button.
 * @csspart title - the heading.
 * @csspart body - the Markdown body.
 * @csspart footer - the row with progress and buttons.
 * @csspart progress - the "2 of 5" text.
 * @csspart button - every footer button; each also has the part `${action}-button` (`next-button`...).
 * @cssproperty --wm-color-bg - background.
 * @cssproperty --wm-color-fg - text colour.
 * @cssproperty --wm-color-accent - primary button and links.
 * @cssproperty --wm-color-accent-fg - text on the primary button.
 * @cssproperty --wm-color-muted - progress, close button, secondary button borders.
 * @cssproperty --wm-radius - corner radius.
 * @cssproperty --wm-shadow - box shadow.
 * @cssproperty --wm-font - font family.
 * @cssproperty --wm-max-width - maximum width.
 * @fires wm-action - a button was pressed; `detail`: {@link WmActionDetail}.
 * @fires wm-positioned - after each position is applied (the first one: the step is visible and placed), and
 * right away when centred; `detail`: {@link WmPositionedDetail}.
 */
export class WmPopover extends LitElement {
  static override styles = [tokens, popoverStyles];
  static override properties = {
    heading: {},
    body: {},
    step: { type: Number },
    steps: { type: Number },
    noProgress: { type: Boolean, attribute: 'no-progress' },
    progressText: { attribute: 'progress-text' },
    closeLabel: { attribute: 'close-label' },
    buttons: { attribute: false },
    placement: { reflect: true },
    anchor: { attribute: false },
    modal: { type: Boolean, reflect: true },
    noCloseButton: { type: Boolean, attribute: 'no-close-button' },
    viewportPadding: { attribute: false },
    sheetBelow: { type: Number, attribute: 'sheet-below' },
    track: { type: Boolean },
  };

  /** The step title; names the dialog. */
  heading = '';
  /** The step body, in the Markdown subset of `parseMarkdown`; describes the dialog. */
  body = '';
  /** The 1-based number of this step. */
  step = 0;
  /** The number of steps; the progress text is hidden when 1 or less. */
  steps = 0;
  /** Hide the progress text. */
  noProgress = false;
  /** Progress text replacing the default `"{step} of {steps}"` (localisation). */
  progressText = '';
  /** Accessible name of the close button. @default "Close" */
  closeLabel = 'Close';
  /** Footer buttons, in order. */
  buttons: readonly PopoverButton[] = [];
  /** Preferred side of the anchor; flips when there is no room. */
  placement: Placement = 'bottom';
  /** The element to point at; `null` centres the popover. */
  anchor: Element | null = null;
  /** A centred modal step (sets `aria-modal`); the anchor is ignored. */
  modal = false;
  /** Hide the close button. */
  noCloseButton = false;
  /** Space kept free at the viewport's edges when anchored, on top of the page's `scroll-padding`. @default 8 */
  viewportPadding?: ViewportPadding;
  /** Below this viewport width (CSS pixels) an anchored popover is a sheet docked to an edge; 0 never. @default 480 */
  sheetBelow = 480;
  /**
   * Follow the anchor by script and report it (`wm-positioned`) in every frame it moves, as where CSS anchor
   * positioning is missing (for a spotlight cutting out more than the anchor). Otherwise, where the browser anchors
   * the popover by CSS, scrolling moves it with no script and positions are reported when placed, resized and
   * when scrolling ends.
   */
  track = false;

  private position = new PositionController(this, () => this.place());

  /** The dialog element (for a focus trap); `null` before the first render. */
  get container(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('[role=dialog]') ?? null;
  }

  /**
   * Focus the primary button, else the first footer button, else the dialog itself, without scrolling. Buttons
   * with `initialFocus: false` are passed over.
   */
  focusInitial(): void {
    const els = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.footer button') ?? [])].filter(
      (_, i) => this.buttons[i]?.initialFocus != false,
    );
    (els.find((el) => el.matches('.primary')) ?? els[0] ?? this.container)?.focus({ preventScroll: true });
  }

  protected override updated(changed: PropertyValues): void {
    if (STEP_KEYS.some((k) => changed.has(k))) this.position.restart();
  }

  private emit(type: string, detail: WmActionDetail | WmPositionedDetail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Show in the top layer, then follow the anchor or centre. */
  private place() {
    const c = this.container;
    this.position.stop();
    if (!c) return;
    const anchor = this.modal ? null : this.anchor;
    // Anchored by CSS where the browser can: scrolling then moves the step without script.
    const anchored = !this.track && canAnchor(anchor, this.ownerDocument) && showAnchoredPopover(c, anchor);
    if (!anchored) showAnchoredPopover(c, null);
    if (anchor) {
      const arrow = c.querySelector<HTMLElement>('.arrow');
      this.position.follow(
        anchor,
        c,
        { placement: this.placement, arrow, padding: this.viewportPadding, sheet: this.sheetBelow, anchored },
        (rect) => this.emit('wm-positioned', { placement: c.dataset.placement as Placement, rect }),
      );
    } else {
      c.style.left = c.style.top = '';
      this.emit('wm-positioned', { placement: 'center', rect: null });
    }
  }

  protected override render(): TemplateResult {
    const { heading, body, step, steps, buttons, modal } = this;
    const anchored = !!this.anchor && !modal;
    const progress = steps > 1 && !this.noProgress;
    const act = (action: string, button?: PopoverButton) => () =>
      this.emit('wm-action', { action, button, source: button ? 'button' : 'close-button' });
    return html`<div part="dialog" class="dialog ${anchored ? 'anchored' : ''}" popover="manual" role="dialog" tabindex="-1" aria-modal=${modal ? 'true' : nothing} aria-labelledby=${heading ? 'title' : 'body'} aria-describedby=${heading && body ? 'body' : nothing}>${
      anchored ? html`<div part="arrow" class="arrow"></div>` : nothing
    }${
      this.noCloseButton
        ? nothing
        : html`<button part="close-button" class="close" aria-label=${this.closeLabel} @click=${act('dismiss')}>×</button>`
    }${heading ? html`<h2 id="title" part="title">${heading}</h2>` : nothing}<div id="body" part="body" class="body">${renderMarkdown(body)}</div>${
      progress || buttons.length
        ? html`<div part="footer" class="footer">${
            progress
              ? html`<span part="progress" class="progress">${this.progressText || `${step} of ${steps}`}</span>`
              : nothing
          }${buttons.map((b) => html`<button part="button ${b.action}-button" class=${b.variant ?? 'secondary'} @click=${act(b.action, b)}>${b.label}</button>`)}</div>`
        : nothing
    }</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-popover': WmPopover;
  }
  interface HTMLElementEventMap {
    'wm-action': CustomEvent<WmActionDetail>;
    'wm-positioned': CustomEvent<WmPositionedDetail>;
  }
}
