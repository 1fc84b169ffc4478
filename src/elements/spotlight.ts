import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { showPopover } from '../dom/show-popover.js';
import { spotlightPath, type SpotlightRect } from '../dom/spotlight-path.js';
import { spotlightStyles } from './spotlight.styles.js';

/**
 * A full-viewport dimmed backdrop with a rounded cut-out around `rect`, in the top layer (show it before the
 * step popover so it sits below). Hidden from assistive technology. The hole glides between steps (off under
 * `prefers-reduced-motion`).
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
    padding: { type: Number },
    radius: { type: Number },
    clickThrough: { type: Boolean, attribute: 'click-through' },
    inactive: { type: Boolean, reflect: true },
  };

  /** The target's viewport rectangle; `null` dims everything. */
  rect: SpotlightRect | null = null;
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
    const d = spotlightPath({ width: innerWidth, height: innerHeight }, rect, p, this.radius);
    const click = () => this.dispatchEvent(new CustomEvent('wm-backdrop-click', { bubbles: true, composed: true }));
    return html`<div part="backdrop" class="backdrop" popover="manual" aria-hidden="true"><svg width="100%" height="100%"><path fill-rule="evenodd" d=${d} @click=${click}></path>${
      rect && !this.clickThrough
        ? svg`<rect x=${rect.x - p} y=${rect.y - p} width=${Math.max(0, rect.width + 2 * p)} height=${Math.max(0, rect.height + 2 * p)} fill="transparent"></rect>`
        : nothing
    }</svg></div>`;
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
