import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { AnnouncementButton, AnnouncementImage } from '../core/announcements/announcement-definition.js';
import { renderMarkdown } from './render-markdown.js';
import { tokens } from './tokens.styles.js';
import { popoverStyles } from './popover.styles.js';
import { announcementStyles } from './announcement.styles.js';

/** Detail of the `wm-close` event of `<wm-announcement>`. */
export interface WmCloseDetail {
  /** The pressed button; absent for the close button and Esc. */
  button?: AnnouncementButton;
  /** Whether "Don't show this again" was ticked. */
  dontShowAgain: boolean;
  /** How it was closed. */
  source: 'button' | 'close-button' | 'keyboard';
}

/** The words `<wm-announcement>` shows around the guide's text; override them to localise. */
export interface AnnouncementLabels {
  /** Accessible name of the close button. @default "Close" */
  close: string;
  /** The checkbox. @default "Don't show this again" */
  dontShowAgain: string;
}

/** `https:` or relative URLs only (no `data:`, `javascript:`, `http:`). */
const safeSrc = (src: string) => /^https:|^(?![a-z][\w+.-]*:)/i.test(src);

/**
 * An announcement: image, title, Markdown body, primary and secondary buttons and a "Don't show this again"
 * checkbox, in the top layer. `modal`: a centred modal dialog (`showModal()`: the page behind is inert, focus
 * moves in, Esc closes). Otherwise a non-modal slide-out in a corner that does not take focus; its title is
 * announced through a live region. A pure view: it reports presses with `wm-close`; focus restoration and the
 * one-modal slot are the plugin's.
 *
 * @summary A "what's new" announcement (modal or slide-out).
 * @csspart dialog - the dialog box.
 * @csspart image - the image.
 * @csspart title - the heading.
 * @csspart body - the Markdown body.
 * @csspart footer - the row with the checkbox and buttons.
 * @csspart button - each button (also `primary-button` / `secondary-button`).
 * @csspart close-button - the close button.
 * @cssproperty --wm-color-bg - background.
 * @cssproperty --wm-color-fg - text colour.
 * @cssproperty --wm-color-accent - primary button and links.
 * @cssproperty --wm-color-accent-fg - text on the primary button.
 * @cssproperty --wm-color-muted - secondary text and borders.
 * @cssproperty --wm-radius - corner radius.
 * @cssproperty --wm-shadow - box shadow.
 * @cssproperty --wm-font - font family.
 * @cssproperty --wm-max-width - maximum width.
 * @fires wm-close - the user closed it; `detail`: {@link WmCloseDetail}.
 */
export class WmAnnouncement extends LitElement {
  static override styles = [tokens, popoverStyles, announcementStyles];
  static override properties = {
    heading: {},
    body: {},
    image: { attribute: false },
    primary: { attribute: false },
    secondary: { attribute: false },
    modal: { type: Boolean, reflect: true },
    dontShowAgain: { type: Boolean, attribute: 'dont-show-again' },
    labels: { attribute: false },
    live: { state: true },
  };

  /** The title; names the dialog. */
  heading = '';
  /** The Markdown body. */
  body = '';
  /** An image above the title (only `https:` and relative sources are shown). */
  image?: AnnouncementImage;
  /** The main button. */
  primary?: AnnouncementButton;
  /** The second button. */
  secondary?: AnnouncementButton;
  /** Centred modal dialog instead of a corner slide-out. */
  modal = false;
  /** Offer the "Don't show this again" checkbox. */
  dontShowAgain = false;
  /** Localised words (English defaults for the ones left out). */
  labels: Partial<AnnouncementLabels> = {};
  private live = '';
  private timer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // A live region announces only changes, so the title goes in a moment after it appears.
    this.timer = setTimeout(() => (this.live = this.modal ? '' : this.heading), 150);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.live = '';
  }

  protected override firstUpdated(): void {
    const d = this.shadowRoot!.querySelector('dialog')!;
    try {
      this.modal ? d.showModal() : (d.showPopover(), (d.open = true));
    } catch {
      d.open = true;
    }
  }

  private close(source: WmCloseDetail['source'], button?: AnnouncementButton) {
    const dontShowAgain = !!this.shadowRoot?.querySelector<HTMLInputElement>('input')?.checked;
    this.dispatchEvent(new CustomEvent('wm-close', { detail: { button, dontShowAgain, source }, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const { image: img, primary, secondary, labels: l } = this;
    const b = (x: AnnouncementButton | undefined, kind: string) =>
      x ? html`<button part="button ${kind}-button" class=${kind} @click=${() => this.close('button', x)}>${x.label}</button>` : nothing;
    return html`<dialog part="dialog" class=${this.modal ? 'modal' : 'slide'} popover=${this.modal ? nothing : 'manual'} aria-modal=${this.modal ? 'true' : nothing} aria-labelledby="t" aria-describedby=${this.body ? 'b' : nothing} @cancel=${(e: Event) => (e.preventDefault(), this.close('keyboard'))} @keydown=${(e: KeyboardEvent) => e.key == 'Escape' && !this.modal && this.close('keyboard')}><button part="close-button" class="close" aria-label=${l.close ?? 'Close'} @click=${() => this.close('close-button')}>×</button>${
      img && safeSrc(img.src) ? html`<img part="image" src=${img.src} alt=${img.alt ?? ''} />` : nothing
    }<h2 id="t" part="title">${this.heading}</h2><div id="b" part="body">${renderMarkdown(this.body)}</div><div part="footer" class="footer">${
      this.dontShowAgain ? html`<label><input type="checkbox" />${l.dontShowAgain ?? "Don't show this again"}</label>` : nothing
    }${b(secondary, 'secondary')}${b(primary, 'primary')}</div></dialog><div role="status" class="sr">${this.live}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-announcement': WmAnnouncement;
  }
  interface HTMLElementEventMap {
    'wm-close': CustomEvent<WmCloseDetail>;
  }
}
