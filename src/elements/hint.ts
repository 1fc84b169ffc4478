import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { EventSource } from '../core/events.js';
import type { Placement } from '../core/guide-definition.js';
import { listen } from '../dom/listen.js';
import { PositionController } from './controllers/position-controller.js';
import type { PopoverButton, WmActionDetail, WmPopover } from './popover.js';
import { hintStyles } from './hint.styles.js';
import { tokens } from './tokens.styles.js';

/** Detail of the `wm-toggle` event. */
export interface WmToggleDetail {
  /** Whether the tip is now open. */
  open: boolean;
  /**
   * What did it: `button` (beacon clicked), `keyboard` (Enter/Space, Escape, or focus in hover mode), `target`
   * (pointer hover), `close-button`, `backdrop` (a press outside the hint).
   */
  source: EventSource;
}

/**
 * A contextual hint: a small focusable beacon on its `anchor` (a pulsing dot or a `?`), which opens a tip with a
 * title, Markdown body and buttons. Beacon and tip live in the top layer (`popover="manual"`) and follow the
 * anchor (the beacon sits centred on the `beaconPlacement` edge; it is not flipped); without an anchor nothing shows. Keyboard users reach the beacon with Tab where the
 * `<wm-hint>` element is in the document (the hints feature puts it right after its anchor), also while the
 * anchor is `offscreen`; Enter or Space opens the tip and moves focus into it, Escape closes it
 * and returns focus to the beacon.
 *
 * The tip is a non-modal `role="dialog"` named by its title and described by its body (a `<wm-popover>`), not
 * a `role="tooltip"`: a tooltip may hold no interactive content and is never focused, while the tip holds
 * links and buttons that keyboard and screen-reader users must reach.
 *
 * A pure view: it reports the user's gestures (`wm-toggle`, `wm-action`); it never dismisses itself for good.
 *
 * @summary A beacon on a page element that opens a small tip.
 * @csspart beacon - the beacon button.
 * @cssproperty --wm-color-accent - beacon colour (and the tip's accent).
 * @cssproperty --wm-color-accent-fg - the `?` of the icon beacon.
 * @cssproperty --wm-font - font family.
 * @cssproperty --wm-shadow - shadow of the icon beacon and the tip.
 * @fires wm-toggle - the user opened or closed the tip; `detail`: {@link WmToggleDetail}.
 * @fires wm-action - a tip button or its close button was pressed (from the inner `<wm-popover>`); `detail`:
 * {@link WmActionDetail}.
 */
export class WmHint extends LitElement {
  static override styles = [tokens, hintStyles];
  static override properties = {
    heading: {},
    body: {},
    buttons: { attribute: false },
    beacon: {},
    beaconPlacement: { attribute: 'beacon-placement' },
    placement: {},
    openOn: { attribute: 'open-on' },
    open: { type: Boolean },
    anchor: { attribute: false },
    offscreen: { type: Boolean },
    covered: { state: true },
    beaconLabel: { attribute: 'beacon-label' },
    closeLabel: { attribute: 'close-label' },
    theme: {},
  };

  /** The tip's title; the beacon is named `Hint: <heading>` unless `beaconLabel` is set. */
  heading = '';
  /** The tip's text, in the Markdown subset of `parseMarkdown`. */
  body = '';
  /** The tip's buttons, in order. */
  buttons: readonly PopoverButton[] = [];
  /** How the beacon looks. @default "pulse" */
  beacon: 'pulse' | 'icon' = 'pulse';
  /** The edge of the anchor the beacon sits on, and where along it. @default "top-end" */
  beaconPlacement: Placement = 'top-end';
  /** Where the tip sits relative to the anchor. @default "bottom" */
  placement: Placement = 'bottom';
  /** `hover` also opens the tip on pointer hover and keyboard focus; `click` (or `auto`) only on activation. */
  openOn: 'click' | 'hover' | 'auto' = 'click';
  /** Whether the tip is open. Setting it reports nothing; only the user's gestures fire `wm-toggle`. */
  open = false;
  /** The element the hint points at; `null` hides everything. */
  anchor: Element | null = null;
  /**
   * The anchor is far from the viewport: the beacon is not placed (no top layer, no listeners, no cost while the
   * page scrolls) but stays in the tab order, visually hidden where the `<wm-hint>` element is; focusing it
   * scrolls the anchor into view, and whoever sets `offscreen` places it then.
   */
  offscreen = false;
  /** Accessible name of the beacon, replacing `Hint: <heading>` (localisation). */
  beaconLabel = '';
  /** Accessible name of the tip's close button. @default "Close" */
  closeLabel = 'Close';
  /** `light` or `dark` to force a theme (also passed to the tip). */
  theme = '';

  private position = new PositionController(this, () => this.place());
  /** The last measure: the beacon's viewport x, y and the scroll offsets. */
  private at: number[] = [];
  /** The inline style last written on the beacon. */
  private css = '';
  private fixed = false;
  private frame = 0;
  private rtl = false;
  private off?: () => void;
  private timer?: ReturnType<typeof setTimeout>;
  private still?: ReturnType<typeof setTimeout>;

  /**
   * The beacon sits under one of Waymark's own launchers or slide-outs (they share the top layer): it is not drawn
   * until that changes. Set by the hints feature.
   */
  covered = false;

  /** The beacon's viewport box while it is placed on screen, else `null`. */
  beaconBox(): DOMRect | null {
    const b = this.beaconButton;
    return b && this.anchor && !this.offscreen && b.matches(':popover-open') ? b.getBoundingClientRect() : null;
  }

  private get beaconButton() {
    return this.shadowRoot?.querySelector<HTMLElement>('.beacon');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.off?.();
    this.off = undefined;
    clearTimeout(this.timer);
  }

  protected override willUpdate(): void {
    if (!this.anchor || this.offscreen) this.open = false;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('anchor') || changed.has('beaconPlacement') || changed.has('offscreen')) this.position.restart();
    if (changed.has('open')) {
      this.off?.();
      // While open: Escape anywhere closes (content shown on hover must be dismissable), so does a press outside.
      this.off = this.open
        ? ((a, b) => () => (a(), b()))(
            listen<KeyboardEvent>(document, 'keydown', (e) => {
              if (e.key != 'Escape') return;
              e.stopPropagation();
              this.toggle(false, 'keyboard', e.composedPath().includes(this));
            }),
            listen(document, 'pointerdown', (e) => e.composedPath().includes(this) || this.toggle(false, 'backdrop')),
          )
        : undefined;
    }
  }

  /** Show the beacon in the top layer on the anchor and keep it there. */
  private place() {
    const b = this.beaconButton;
    this.position.stop();
    if (!b || !this.anchor) return;
    if (this.offscreen) {
      try {
        b.hidePopover?.();
      } catch {
        /* not shown */
      }
      b.style.cssText = this.css = '';
      return;
    }
    b.showPopover?.();
    this.rtl = getComputedStyle(this.anchor).direction == 'rtl';
    this.css = '';
    this.at = [];
    // While the page moves the pulse holds still: a running animation costs style work in every frame.
    let last = 0;
    const wait = (): unknown =>
      (this.still = setTimeout(() => (performance.now() - last > 150 ? b.classList.remove('moving') : wait()), 200));
    const on = () => {
      this.reposition();
      last = performance.now();
      if (!b.classList.contains('moving')) {
        b.classList.add('moving');
        wait();
      }
    };
    const offs = [listen(window, 'scroll', on, { capture: true, passive: true }), listen(window, 'resize', on)];
    this.position.run(() => () => {
      offs.forEach((off) => off());
      clearTimeout(this.still);
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    });
    // In place at once: a beacon left at the page's origin for a frame could be scrolled to.
    this.reposition();
    cancelAnimationFrame(this.frame);
    this.write();
  }

  private write() {
    this.frame = 0;
    const b = this.beaconButton;
    if (b) b.style.cssText = this.css;
  }

  /**
   * Measure the anchor now and move the beacon on the next frame. Scroll and resize call it; so should whoever
   * knows the anchor moved. Many hints measuring in the same event all read before any of them writes, so a page
   * with a hundred beacons lays out once per frame, not a hundred times.
   *
   * The beacon is placed in page coordinates (`position: absolute` in the top layer scrolls with the document), so
   * scrolling the page moves it without a style write; it switches to viewport coordinates (`position: fixed`)
   * for an anchor that stays put while the page scrolls (a fixed or stuck header), and where it would widen the
   * page. Only changed positions are written.
   */
  reposition(): void {
    const r = this.position.active && this.anchor?.getBoundingClientRect();
    if (!r) return;
    const d = document.documentElement;
    const [sx, sy] = [scrollX, scrollY];
    const [px, py, psx, psy] = this.at;
    const [side, align] = this.beaconPlacement.split('-');
    const across = side == 'top' || side == 'bottom';
    // `start`/`end` follow the text direction along a horizontal edge.
    const a = across && this.rtl && align ? (align == 'start' ? 'end' : 'start') : align;
    const along = (lo: number, hi: number) => (a == 'start' ? lo : a == 'end' ? hi - 24 : (lo + hi) / 2 - 12);
    const edge = (side == 'top' ? r.top : side == 'bottom' ? r.bottom : side == 'left' ? r.left : r.right) - 12;
    const [x, y] = (across ? [along(r.left, r.right), edge] : [edge, along(r.top, r.bottom)]).map(Math.round);
    // The page scrolled: did the anchor stay put in the viewport (fixed) or on the page?
    if (sx != psx || sy != psy)
      this.fixed = x == px && y == py ? true : x + sx == px + psx && y + sy == py + psy ? false : this.fixed;
    this.at = [x, y, sx, sy];
    // 25 > 24: a beacon that itself makes the page's edge (size rounded) must not keep it there.
    const css =
      this.fixed || x + sx + 25 > d.scrollWidth || y + sy + 25 > d.scrollHeight
        ? `position:fixed;transform:translate(${x}px,${y}px)`
        : `transform:translate(${x + sx}px,${y + sy}px)`;
    if (css == this.css) return;
    this.css = css;
    this.frame ||= requestAnimationFrame(() => this.write());
  }

  /** Open or close on a user gesture, report it, and move focus into the tip or back to the beacon. */
  private async toggle(open: boolean, source: EventSource, focus = false) {
    clearTimeout(this.timer);
    if (open == this.open) return;
    this.open = open;
    this.dispatchEvent(new CustomEvent('wm-toggle', { detail: { open, source }, bubbles: true, composed: true }));
    await this.updateComplete;
    if (!focus) return;
    const tip = this.shadowRoot?.querySelector<WmPopover>('wm-popover');
    if (open) await tip?.updateComplete;
    (open ? tip?.container : this.beaconButton)?.focus();
  }

  private hover(on: boolean) {
    if (this.openOn != 'hover') return;
    clearTimeout(this.timer);
    // A short grace period lets the pointer travel from the beacon to the tip.
    if (on) this.toggle(true, 'target');
    else this.timer = setTimeout(() => this.toggle(false, 'target'), 300);
  }

  protected override render(): TemplateResult {
    if (!this.anchor) return html``;
    const enter = () => this.hover(true);
    const leave = () => this.hover(false);
    // In hover mode the tip lives as long as focus stays on the beacon or in the tip.
    const blur = (e: FocusEvent) =>
      this.openOn == 'hover' &&
      !this.renderRoot.contains(e.relatedTarget as Node | null) &&
      this.toggle(false, 'keyboard');
    return html`<button part="beacon" class="beacon ${this.beacon}${this.offscreen ? ' parked' : ''}${this.covered ? ' covered' : ''}" popover="manual" aria-label=${this.beaconLabel || `Hint: ${this.heading}`} aria-haspopup="dialog" aria-expanded=${String(this.open)}
      @click=${(e: MouseEvent) => this.toggle(this.openOn == 'hover' || !this.open, e.detail ? 'button' : 'keyboard', true)}
      @focus=${() => (this.offscreen ? this.anchor?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }) : this.openOn == 'hover' && this.toggle(true, 'keyboard'))}
      @pointerenter=${enter} @pointerleave=${leave} @focusout=${blur}>${this.beacon == 'icon' ? '?' : nothing}</button>${
        this.open
          ? html`<wm-popover theme=${this.theme || nothing} .anchor=${this.anchor} .heading=${this.heading} .body=${this.body} .buttons=${this.buttons} .placement=${this.placement} .closeLabel=${this.closeLabel}
            @pointerenter=${enter} @pointerleave=${leave} @focusout=${blur}
            @wm-action=${(e: CustomEvent<WmActionDetail>) => this.toggle(false, e.detail.source, true)}></wm-popover>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-hint': WmHint;
  }
  interface HTMLElementEventMap {
    'wm-toggle': CustomEvent<WmToggleDetail>;
  }
}
