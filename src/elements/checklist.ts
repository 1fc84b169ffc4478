import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { ChecklistDefinition } from '../core/checklists/checklist-definition.js';
import type { ChecklistItemState } from '../core/checklists/checklist-progress.js';
import { renderMarkdown } from './render-markdown.js';
import { tokens } from './tokens.styles.js';
import { checklistStyles } from './checklist.styles.js';

/** What `<wm-checklist>` shows: a checklist, its items' state, and whether the panel is open. */
export interface ChecklistModel {
  /** The definition. */
  checklist: ChecklistDefinition;
  /** The items in order, with their state. */
  items: ChecklistItemState[];
  /** The panel is open. */
  open: boolean;
  /** Dismissed for good: nothing is shown. */
  dismissed: boolean;
}

/** How a Waymark instance serves `<wm-checklist>` elements (the answer to their `wm-context-request`). */
export interface ChecklistController {
  /** Checklist id → model. */
  readonly $checklists: ReadableAtom<Record<string, ChecklistModel>>;
  /** The panel was opened or closed. */
  toggle(id: string, open: boolean): void;
  /** The user ticked a manual item. */
  tick(id: string, itemId: string): void;
  /** The user pressed an item's action button. */
  act(id: string, itemId: string): void;
  /** The user dismissed the completed checklist for good. */
  dismiss(id: string): void;
}

/** Detail of the `wm-context-request` event: the plugin of `feature` answers by setting `context`. */
export interface WmContextRequestDetail {
  /** Which feature is asked (`"checklists"`). */
  feature: string;
  /** Set by the answering instance. */
  context?: unknown;
}

/**
 * An onboarding checklist: a launcher button with progress ("2/5" and a ring) that expands a panel listing the
 * items with checkbox semantics (automatic items are read-only checkboxes, manual ones real checkboxes), why a
 * locked item is locked, and each item's action. Announces items completed while open; shows a completion state
 * that can be dismissed for good. Esc closes the panel and returns focus to the launcher.
 *
 * Place it anywhere with `<wm-checklist checklist="getting-started">`: on connect it asks its Waymark instance for
 * a controller with a composed `wm-context-request` event (the checklists plugin answers), and asks again on
 * `wm-context-ready` if no instance was there yet. A `model` may also be set directly (stories, tests).
 *
 * @summary An onboarding checklist with launcher and panel.
 * @csspart launcher - the button that opens and closes the panel.
 * @csspart ring - the progress ring (SVG).
 * @csspart count - the "2/5" text.
 * @csspart panel - the expandable panel.
 * @csspart item - each list item; done ones also have `item-done`, locked ones `item-locked`.
 * @csspart action - an item's action button.
 * @csspart complete - the completion message.
 * @csspart dismiss - the dismiss-for-good button.
 * @cssproperty --wm-color-bg - background.
 * @cssproperty --wm-color-fg - text colour.
 * @cssproperty --wm-color-accent - ring, checks and buttons.
 * @cssproperty --wm-color-muted - secondary text and borders.
 * @cssproperty --wm-radius - corner radius.
 * @cssproperty --wm-shadow - box shadow.
 * @cssproperty --wm-font - font family.
 * @fires wm-context-request - on connect, to find the instance; `detail`: {@link WmContextRequestDetail}.
 */
export class WmChecklist extends LitElement {
  static override styles = [tokens, checklistStyles];
  static override properties = {
    checklist: {},
    floating: { type: Boolean, reflect: true },
    position: { reflect: true },
    model: { attribute: false },
    controller: { attribute: false },
    open: { state: true },
    live: { state: true },
  };

  /** The id of the checklist to show. */
  checklist = '';
  /** Fixed in a corner of the viewport (the plugin's floating launcher). */
  floating = false;
  /** The corner when floating: `bottom-right`, `bottom-left`, `top-right`, `top-left`. */
  position = 'bottom-right';
  /** What to show; set from the controller when there is one. */
  model?: ChecklistModel;
  /** The instance's controller; found through `wm-context-request` when not set. */
  controller?: ChecklistController;
  private open = false;
  private live = '';
  private off?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('wm-context-ready', this.ask);
    this.ask();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('wm-context-ready', this.ask);
    this.off?.();
    this.off = undefined;
  }

  private ask = () => {
    if (this.controller) return;
    const detail: WmContextRequestDetail = { feature: 'checklists' };
    this.dispatchEvent(new CustomEvent('wm-context-request', { detail, bubbles: true, composed: true }));
    this.controller = detail.context as ChecklistController | undefined;
  };

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('controller') || changed.has('checklist')) && this.isConnected) {
      this.off?.();
      this.off = this.controller?.$checklists.subscribe((all) => (this.model = all[this.checklist]));
    }
    const old = changed.get('model') as ChecklistModel | undefined;
    const m = this.model;
    if (!changed.has('model') || !m) return;
    if (!old || old.open != m.open) this.open = m.open;
    // Items that completed while the panel was open are announced.
    const now = m.items.filter((s) => s.done && old?.items.some((o) => o.item.id == s.item.id && !o.done));
    if (old && this.open && now.length) this.live = now.map((s) => `${s.item.title}: done`).join('. ');
  }

  private toggle(open: boolean) {
    this.open = open;
    if (this.model) this.controller?.toggle(this.model.checklist.id, open);
  }

  private key(e: KeyboardEvent) {
    if (e.key != 'Escape' || !this.open) return;
    e.stopPropagation();
    this.toggle(false);
    this.shadowRoot?.querySelector<HTMLElement>('#launcher')?.focus();
  }

  protected override render(): TemplateResult {
    const m = this.model;
    if (!m || m.dismissed) return html``;
    const { checklist: c, items } = m;
    const id = c.id;
    const done = items.filter((s) => s.done).length;
    const all = done == items.length && done > 0;
    const ctl = this.controller;
    return html`<div class="wrap" @keydown=${this.key}><button id="launcher" part="launcher" aria-expanded=${this.open} aria-controls="panel" @click=${() => this.toggle(!this.open)}><svg part="ring" viewBox="0 0 36 36" aria-hidden="true"><circle cx="18" cy="18" r="15" pathLength="100"></circle><circle class="fill" cx="18" cy="18" r="15" pathLength="100" stroke-dasharray="${(done / (items.length || 1)) * 100} 100"></circle></svg><span>${c.title}</span><span part="count" class="count">${done}/${items.length}</span></button><section id="panel" part="panel" aria-labelledby="launcher" ?hidden=${!this.open}>${
      c.description ? html`<div class="desc">${renderMarkdown(c.description)}</div>` : nothing
    }<ul>${items.map(({ item: i, done: ok, blockedBy }) => {
      const locked = blockedBy.length > 0;
      const why = locked ? html`<p id="w-${i.id}" class="why">Complete ${blockedBy.join(', ')} first</p>` : nothing;
      return html`<li part="item${ok ? ' item-done' : ''}${locked ? ' item-locked' : ''}" class=${ok ? 'done' : ''}>${
        i.completeWhen == 'manual'
          ? html`<input type="checkbox" id="c-${i.id}" .checked=${ok} aria-readonly=${ok ? 'true' : nothing} aria-disabled=${locked ? 'true' : nothing} aria-describedby=${locked ? `w-${i.id}` : nothing} @click=${(e: Event) => (ok || locked) && e.preventDefault()} @change=${() => ctl?.tick(id, i.id)} />`
          : html`<span class="box" role="checkbox" aria-checked=${ok} aria-readonly="true" aria-disabled=${locked ? 'true' : nothing} aria-labelledby="t-${i.id}" aria-describedby=${locked ? `w-${i.id}` : nothing}></span>`
      }<div><label id="t-${i.id}" for=${i.completeWhen == 'manual' ? `c-${i.id}` : nothing} class="t">${i.title}</label>${i.body ? html`<div class="b">${renderMarkdown(i.body)}</div>` : nothing}${why}${
        i.action && !ok ? html`<button part="action" ?disabled=${locked} @click=${() => ctl?.act(id, i.id)}>${i.action.label}</button>` : nothing
      }</div></li>`;
    })}</ul>${
      all ? html`<p part="complete" class="all">All done! 🎉</p><button part="dismiss" @click=${() => ctl?.dismiss(id)}>Dismiss checklist</button>` : nothing
    }</section><div role="status" class="sr">${this.live}</div></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-checklist': WmChecklist;
  }
  interface HTMLElementEventMap {
    'wm-context-request': CustomEvent<WmContextRequestDetail>;
  }
}
