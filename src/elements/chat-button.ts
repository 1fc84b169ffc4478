import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { LauncherPosition } from '../core/common-definition.js';
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

/** The `detail` of `wm-chat-opened`: the chat a press of the button opened. */
export interface WmChatOpenedDetail {
  /** The provider that opened (`intercom`, `custom`, `mailto`, …). */
  provider: string;
  /** True when it was the after-hours fallback (or a message left outside business hours). */
  offline: boolean;
  /** The escalation reason (the element's `reason`). */
  reason: string;
}

/**
 * A button that opens the team's live chat with the context of where the user is, and says whether anyone is
 * there. Place it anywhere (inside shadow roots too): it finds its Waymark instance itself and follows the guide's
 * `chat` section (label, business hours, fallback). With `launcher` it floats in a corner of the page (the chat
 * feature's own launcher is docked in its instance's corner stack, which places it through the host's
 * `data-wm-stack`, `--wm-stack-offset` and `data-wm-yield`). A view: the chat feature decides its state; pressing it
 * runs the `escalate` action. A button the app places replaces the guide's floating `chat.launcher` while it is on
 * the page.
 *
 * Its `label` wins over the guide's `chat.label` (and `chat.offline.label`) when the app sets it.
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
 * @fires wm-chat-opened - the chat a press of this button asked for opened; `detail`: {@link WmChatOpenedDetail}.
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

  /** The button text; when set, it wins over the guide's `chat.label`. @default the guide's label, else "Chat with us" */
  label?: string;
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
  /** The label the chat feature gives (the guide's), used when the app set none. */
  #guideLabel?: string;
  #unplace?: () => void;
  #stop?: () => void;
  #unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stop = requestContext(this, (ctx, answer) => {
      this.#ctx = ctx;
      this.#unsubscribe?.();
      this.#unsubscribe = (answer.chat as ReadableAtom<ChatButtonView> | undefined)?.subscribe(({ label, ...view }) => {
        this.#guideLabel = label;
        Object.assign(this, { status: '', href: '' }, view);
        this.requestUpdate();
      });
      // Placed by the app (not the feature's floating launcher): the floating one steps aside.
      this.#unplace?.();
      this.#unplace = this.launcher ? undefined : (answer.placeChatButton as (() => () => void) | undefined)?.();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.();
    this.#unsubscribe?.();
    this.#unplace?.();
    this.#unsubscribe = this.#ctx = this.#unplace = undefined;
  }

  protected override willUpdate(): void {
    this.hidden = this.state == 'unavailable' && !this.href;
  }

  #press = (e: Event) => {
    const ctx = this.#ctx;
    if (!ctx) return;
    const { reason } = this;
    // The outcome of this press: the next chat:opened (or chat:unavailable) for this reason.
    const offs = [
      ctx.events?.on('chat:opened', (d) => {
        if (d.reason != reason) return;
        stop();
        const detail: WmChatOpenedDetail = { provider: d.provider, offline: d.offline, reason };
        this.dispatchEvent(new CustomEvent('wm-chat-opened', { detail, bubbles: true, composed: true }));
      }),
      ctx.events?.on('chat:unavailable', (d) => d.reason == reason && stop()),
    ];
    const stop = () => offs.forEach((off) => off?.());
    if (ctx.run({ action: 'escalate', reason }, { source: 'button' })) e.preventDefault();
    else stop();
  };

  protected override render(): TemplateResult {
    const { status, href, state } = this;
    const label = this.label || this.#guideLabel || 'Chat with us';
    const described = status ? 's' : nothing;
    return html`${
      state == 'unavailable'
        ? html`<a class="b" part="button" href=${href || nothing} aria-describedby=${described} @click=${this.#press}>${label}</a>`
        : html`<button class="b" part="button" aria-busy=${state == 'loading'} aria-describedby=${described} @click=${this.#press}>${label}</button>`
    }${status ? html`<span class="s" id="s" part="status">${status}</span>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-chat-button': WmChatButton;
  }
  interface HTMLElementEventMap {
    'wm-chat-opened': CustomEvent<WmChatOpenedDetail>;
  }
}
