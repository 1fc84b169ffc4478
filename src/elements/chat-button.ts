import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { LauncherPosition } from '../core/checklists/checklist-definition.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { chatButtonStyles } from './chat-button.styles.js';
import { requestContext } from './request-context.js';
import { tokens } from './tokens.styles.js';

/**
 * What the chat button shows. `online`: a human can answer now. `offline`: outside business hours (the status
 * says when the team is back; pressing it leaves a message or opens the fallback). `loading`: the chat widget is
 * not on the page yet. `unavailable`: no chat; a fallback link when there is one, hidden otherwise.
 */
export type ChatButtonState = 'online' | 'offline' | 'loading' | 'unavailable';

/** What the chat feature tells its buttons (the element's properties of the same names). */
export interface ChatButtonView {
  state: ChatButtonState;
  label: string;
  /** Status text shown under the button and tied to it with `aria-describedby` ("Back Monday 09:00"). */
  status?: string;
  /** For `unavailable`: the fallback address (`mailto:` or a help page); the button is then a link. */
  href?: string;
}

/**
 * A button that opens the team's live chat with the context of where the user is, and says whether anyone is
 * there. Place it anywhere (inside shadow roots too): it finds its Waymark instance itself and follows the guide's
 * `chat` section (label, business hours, fallback). With `launcher` it floats in a corner of the page (the chat
 * feature's own launcher is docked in its instance's corner stack, which places it through the host's
 * `data-wm-stack`, `--wm-stack-offset` and `data-wm-yield`). A view: the
 * chat feature decides its state; pressing it runs the `escalate` action.
 *
 * @summary A chat button showing whether the team is available.
 * @csspart button - the button (a link in the `unavailable` state with a fallback).
 * @csspart status - the status text ("Back Monday 09:00").
 * @cssproperty --wm-color-accent - background of the button while online.
 * @cssproperty --wm-color-accent-fg - its text.
 * @cssproperty --wm-color-bg - background while offline or unavailable.
 * @cssproperty --wm-color-fg - text while offline or unavailable.
 * @cssproperty --wm-color-muted - status text and borders.
 * @cssproperty --wm-shadow - the launcher's shadow.
 * @cssproperty --wm-font - font family.
 */
export class WmChatButton extends LitElement {
  static override styles = [tokens, chatButtonStyles];
  static override properties = {
    label: {},
    state: { reflect: true },
    status: {},
    href: {},
    reason: {},
    launcher: { reflect: true },
  };

  /** The button text. @default "Chat with us" */
  label = 'Chat with us';
  /** What the button shows; set by the chat feature. @default "loading" */
  state: ChatButtonState = 'loading';
  /** Status text ("Back Monday 09:00"; while loading, e.g. "Connecting…", shown only after a second). */
  status?: string;
  /** Fallback address for the `unavailable` state. */
  href?: string;
  /** The escalation reason passed to the chat. @default "button" */
  reason = 'button';
  /** Float in this corner of the page. */
  launcher?: LauncherPosition;

  #ctx?: WaymarkContext;
  #stop?: () => void;
  #unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stop = requestContext(this, (ctx, answer) => {
      this.#ctx = ctx;
      this.#unsubscribe?.();
      this.#unsubscribe = (answer.chat as ReadableAtom<ChatButtonView> | undefined)?.subscribe((view) =>
        Object.assign(this, { status: '', href: '' }, view),
      );
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.();
    this.#unsubscribe?.();
    this.#unsubscribe = this.#ctx = undefined;
  }

  protected override willUpdate(): void {
    this.hidden = this.state == 'unavailable' && !this.href;
  }

  #press = (e: Event) => {
    if (this.#ctx?.run({ action: 'escalate', reason: this.reason }, { source: 'button' })) e.preventDefault();
  };

  protected override render(): TemplateResult {
    const { label, status, href, state } = this;
    const described = status ? 's' : nothing;
    return html`${state == 'unavailable'
      ? html`<a class="b" part="button" href=${href || nothing} aria-describedby=${described} @click=${this.#press}>${label}</a>`
      : html`<button class="b" part="button" aria-busy=${state == 'loading'} aria-describedby=${described} @click=${this.#press}>${label}</button>`}${status
      ? html`<span class="s" id="s" part="status">${status}</span>`
      : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-chat-button': WmChatButton;
  }
}
