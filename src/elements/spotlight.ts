import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { showPopover } from '../dom/show-popover.js';
import { canAnchor, showAnchoredPopover } from '../dom/anchor-popover.js';
import { spotlightHoles, spotlightPath, type SpotlightRect } from '../dom/spotlight-path.js';
import { spotlightStyles } from './spotlight.styles.js';

/**
 * A full-viewport dimmed backdrop with a rounded cut-out around `rect` and one around each of `holes`, in the top
 * layer (show it before the step popover so it sits below). Cut-outs that overlap merge into one. Hidden from
 * assistive technology. The hole glides between steps (off under `prefers-reduced-motion`).
 *
 * With an `anchor` and no extra `holes`, where the browser supports CSS anchor positioning, the cut-out is instead
 * a box anchored to that element by CSS (its implicit anchor) with a viewport-wide spread shadow: it follows the
 * element while anything scrolls with no script at all, and `rect` is not used (nor is there a glide between
 * steps). The `backdrop` part is then that box, and transparent bands around it catch the clicks on the dimmed
 * area.
 *
 * @summary The dimmed backdrop with a cut-out around the step's target.
 * @csspart backdrop - the full-viewport layer (anchored: the box around the anchor, whose shadow dims the rest).
 * @cssproperty --wm-backdrop-color - colour of the dimmed area. @default rgb(0 0 0 / .5)
 * @fires wm-backdrop-click - the dimmed area was clicked.
 */
export class WmSpotlight extends LitElement {
  static override styles = spotlightStyles;
  static override properties = {
    rect: { attribute: false },
    anchor: { attribute: false },
    holes: { attribute: false },
    padding: { type: Number },
    radius: { type: Number },
    clickThrough: { type: Boolean, attribute: 'click-through' },
    inactive: { type: Boolean, reflect: true },
  };

  /** The target's viewport rectangle; `null` dims everything (but `holes`). */
  rect: SpotlightRect | null = null;
  /** The element the cut-out is around, to follow it by CSS anchor positioning (see above); `rect` is the fallback. */
  anchor: Element | null = null;
  /** More viewport rectangles to cut out (a step's extra highlighted elements). */
  holes: readonly SpotlightRect[] = [];
  /** Space between the rectangle and the edge of the hole, in CSS pixels. */
  padding = 8;
  /** Corner radius of the hole, in CSS pixels. */
  radius = 6;
  /** Let clicks inside the hole reach the page; otherwise the hole blocks them too. */
  clickThrough = false;
  /** Hide the backdrop while keeping its place in the top layer (below the popover). */
  inactive = false;

  private onResize = () => this.requestUpdate();
  private lastRect = 0;
  // The anchor the browser did not place the box around (then the path is drawn from `rect`).
  private unanchored: Element | null = null;

  /** Whether the cut-out follows `anchor` by CSS. */
  private get anchored(): boolean {
    const a = this.anchor;
    return !this.holes.length && a != this.unanchored && canAnchor(a, this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The hole glides to a new target, but follows a scrolling or resizing one exactly: rectangles arriving in
    // quick succession turn the transition off.
    if (changed.has('rect')) {
      const now = performance.now();
      this.toggleAttribute('moving', now - this.lastRect < 200);
      this.lastRect = now;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('resize', this.onResize);
    if (this.hasUpdated) this.updated();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('resize', this.onResize);
  }

  protected override updated(): void {
    const el = this.shadowRoot?.querySelector<HTMLElement>('[popover]');
    const anchor = this.anchor;
    // Shown against a new anchor it is shown again, on top of the top layer: the tour sets the same anchor on its
    // popover, shown again after this, so the step stays above.
    if (!this.anchored || !anchor) return showPopover(el);
    // Set through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' styles allows.
    el?.style.setProperty('--_p', `${this.padding}px`);
    el?.style.setProperty('--_r', `${this.radius}px`);
    if (!showAnchoredPopover(el, anchor) || this.inactive) return;
    // Where the browser does not anchor it (no support for `showPopover({ source })`), the path is drawn instead.
    const a = anchor.getBoundingClientRect();
    const b = el!.getBoundingClientRect();
    if (Math.abs(a.left - this.padding - b.left) > 1 || Math.abs(a.top - this.padding - b.top) > 1) {
      this.unanchored = anchor;
      this.requestUpdate();
    }
  }

  protected override render(): TemplateResult {
    const { rect, padding: p } = this;
    const click = () => this.dispatchEvent(new CustomEvent('wm-backdrop-click', { bubbles: true, composed: true }));
    if (this.anchored)
      return html`<div part="backdrop" class="backdrop anchored ${this.clickThrough ? 'through' : ''}" popover="manual" aria-hidden="true" @click=${(e: Event) => e.target != e.currentTarget && click()}><i></i><i></i><i></i><i></i></div>`;
    const rects = rect ? [rect, ...this.holes] : this.holes;
    const d = spotlightPath({ width: innerWidth, height: innerHeight }, rects, p, this.radius);
    // Without click-through, transparent blockers keep clicks in the holes from reaching the page.
    const blockers = this.clickThrough
      ? nothing
      : spotlightHoles(rects, p).map(
          (h) => svg`<rect x=${h.x} y=${h.y} width=${h.width} height=${h.height} fill="transparent"></rect>`,
        );
    return html`<div part="backdrop" class="backdrop" popover="manual" aria-hidden="true"><svg width="100%" height="100%"><path fill-rule="evenodd" d=${d} @click=${click}></path>${blockers}</svg></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-spotlight': WmSpotlight;
  }
  interface HTMLElementEventMap {
    'wm-backdrop-click': CustomEvent<undefined>;
  }
}
