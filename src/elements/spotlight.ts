import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { showPopover } from '../dom/show-popover.js';
import { spotlightHoles, spotlightPath, type SpotlightRect } from '../dom/spotlight-path.js';
import { spotlightStyles } from './spotlight.styles.js';

/**
 * A full-viewport dimmed backdrop with a rounded cut-out around `rect` and one around each of `holes`, in the top
 * layer (show it before the step popover so it sits below). Cut-outs that overlap merge into one. Hidden from
 * assistive technology. The hole glides between steps (off under `prefers-reduced-motion`).
 *
 * @summary The dimmed backdrop with a cut-out around the step's target.
 * @csspart backdrop - the full-viewport layer.
 * @cssproperty --wm-backdrop-color - colour of the dimmed area. @default rgb(0 0 0 / .5)
 * @fires wm-backdrop-click - the dimmed area was clicked.
 */
export class WmSpotlight extends LitElement {
  static override styles = spotlightStyles;
  static override properties = {
    rect: { attribute: false },
    holes: { attribute: false },
    padding: { type: Number },
    radius: { type: Number },
    clickThrough: { type: Boolean, attribute: 'click-through' },
    inactive: { type: Boolean, reflect: true },
  };

  /** The target's viewport rectangle; `null` dims everything (but `holes`). */
  rect: SpotlightRect | null = null;
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
    showPopover(this.shadowRoot?.querySelector<HTMLElement>('[popover]'));
  }

  protected override render(): TemplateResult {
    const { rect, padding: p } = this;
    const rects = rect ? [rect, ...this.holes] : this.holes;
    const d = spotlightPath({ width: innerWidth, height: innerHeight }, rects, p, this.radius);
    const click = () => this.dispatchEvent(new CustomEvent('wm-backdrop-click', { bubbles: true, composed: true }));
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
