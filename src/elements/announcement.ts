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
 * moves in, Esc closes). Otherwise a non-modal slide-out (`role="dialog"`, not a `<dialog>` element) in a corner
 * that never takes focus on its own; its title is announced through a live region, Esc closes it while focus is
 * in it. The slide-out sits in its instance's corner stack: the host's `data-wm-stack` attribute (corner),
 * `--wm-stack-offset` property and `data-wm-yield` attribute (hidden) place it. A pure view: it reports presses
 * with `wm-close`; focus restoration, the one-modal slot and the corner stack are the plugin's.
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

  /** The dialog box (the `<dialog>` of a modal, the slide-out's box), once rendered. */
  get box(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('.box') ?? null;
  }

  protected override firstUpdated(): void {
    const d = this.box!;
    try {
      // A slide-out is no <dialog>: showing a dialog element as a popover runs the dialog focusing steps, which
      // would take focus from the page.
      if (this.modal) (d as HTMLDialogElement).showModal();
      else d.showPopover?.();
    } catch {
      if (this.modal) (d as HTMLDialogElement).open = true;
    }
  }

  private close(source: WmCloseDetail['source'], button?: AnnouncementButton) {
    const dontShowAgain = !!this.shadowRoot?.querySelector<HTMLInputElement>('input')?.checked;
    this.dispatchEvent(
      new CustomEvent('wm-close', { detail: { button, dontShowAgain, source }, bubbles: true, composed: true }),
    );
  }

  protected override render(): TemplateResult {
    const { image: img, primary, secondary, labels: l } = this;
    const b = (x: AnnouncementButton | undefined, kind: string) =>
      x
        ? html`<button part="button ${kind}-button" class=${kind} @click=${() => this.close('button', x)}>${x.label}</button>`
        : nothing;
    const content = html`<button part="close-button" class="close" aria-label=${l.close ?? 'Close'} @click=${() => this.close('close-button')}>×</button>${
      img && safeSrc(img.src) ? html`<img part="image" src=${img.src} alt=${img.alt ?? ''} />` : nothing
    }<h2 id="t" part="title">${this.heading}</h2><div id="b" part="body">${renderMarkdown(this.body)}</div><div part="footer" class="footer">${
      this.dontShowAgain
        ? html`<label><input type="checkbox" />${l.dontShowAgain ?? "Don't show this again"}</label>`
        : nothing
    }${b(secondary, 'secondary')}${b(primary, 'primary')}</div>`;
    const described = this.body ? 'b' : nothing;
    return html`${
      this.modal
        ? html`<dialog part="dialog" class="box modal" aria-modal="true" aria-labelledby="t" aria-describedby=${described} @cancel=${(e: Event) => (e.preventDefault(), this.close('keyboard'))}>${content}</dialog>`
        : html`<div part="dialog" class="box slide" role="dialog" popover="manual" aria-labelledby="t" aria-describedby=${described} @keydown=${(e: KeyboardEvent) => e.key == 'Escape' && this.close('keyboard')}>${content}</div>`
    }<div role="status" class="sr">${this.live}</div>`;
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
