import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { ChecklistDefinition } from '../core/checklists/checklist-definition.js';
import type { ChecklistItemState } from '../core/checklists/checklist-progress.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { renderMarkdown } from './render-markdown.js';
import { requestContext } from './request-context.js';
import { tokens } from './tokens.styles.js';
import { checklistStyles } from './checklist.styles.js';
import { fillPlaceholders } from '../core/fill-placeholders.js';

/**
 * The English words of `<wm-checklist>` around the checklist's own text, keyed by label name; `{…}` placeholders
 * are filled in. An instance localises them as `checklist.<name>` (see the checklists plugin).
 */
export const defaultChecklistLabels = {
  /** The launcher's count, part of its accessible name; `{done}` and `{total}` are numbers. */
  progress: '{done}/{total}',
  /** Why an item is locked; `{items}` lists the titles of the items to complete first. */
  locked: 'Complete {items} first',
  /** Announced (live region) when an item completes while the panel is open; `{item}` is its title. */
  itemDone: '{item}: done',
  /** The completion message. */
  done: 'All done! 🎉',
  /** The button that dismisses a completed checklist for good. */
  dismiss: 'Dismiss checklist',
};

/** The words of `<wm-checklist>` (see {@link defaultChecklistLabels}). */
export type ChecklistLabels = typeof defaultChecklistLabels;

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

/** How a Waymark instance serves `<wm-checklist>` elements (the `checklists` entry of its context answer). */
export interface ChecklistController {
  /** Checklist id → model. */
  readonly $checklists: ReadableAtom<Record<string, ChecklistModel>>;
  /** The instance's words; they replace the element's `labels`. */
  readonly labels: ChecklistLabels;
  /** The panel was opened or closed. */
  toggle(id: string, open: boolean): void;
  /** The user ticked a manual item. */
  tick(id: string, itemId: string): void;
  /** The user pressed an item's action button. */
  act(id: string, itemId: string): void;
  /** The user dismissed the completed checklist for good. */
  dismiss(id: string): void;
  /**
   * An element placed by the app shows this checklist: the floating launcher for it steps aside until the returned
   * function is called (the element left the page).
   */
  place?(id: string): () => void;
}

/** The `detail` of `wm-checklist-item-completed`. */
export interface WmChecklistItemCompletedDetail {
  checklistId: string;
  itemId: string;
  /** What completed it: `trigger` (its rule held), `button` (the user ticked it). */
  source: string;
}

/** The `detail` of `wm-checklist-completed`. */
export interface WmChecklistCompletedDetail {
  checklistId: string;
}

/**
 * An onboarding checklist: a launcher button with progress ("2/5" and a ring) that expands a panel listing the
 * items with checkbox semantics (automatic items are read-only checkboxes, manual ones real checkboxes), why a
 * locked item is locked, and each item's action. Announces items completed while open; shows a completion state
 * that can be dismissed for good. Esc closes the panel and returns focus to the launcher.
 *
 * Place it anywhere with `<wm-checklist checklist="getting-started">`: it finds its Waymark instance with
 * `requestContext` (also when placed before the instance or its checklists feature started) and takes the
 * instance's `checklists` controller. While it is on the page, the floating launcher of that checklist steps aside
 * (a checklist with `"launcher": "inline"` never floats). A `model` may also be set directly (stories, tests).
 *
 * `floating`: fixed in the `position` corner; the checklists feature docks it in its instance's corner stack, which
 * places it through the host's `data-wm-stack` attribute (corner), `--wm-stack-offset` property and
 * `data-wm-yield` attribute (hidden while a modal is open or while it would hide the focused control).
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
 * @fires wm-context-request - on connect, to find the instance (see `requestContext`).
 * @fires wm-checklist-item-completed - an item of this checklist completed; `detail`: {@link WmChecklistItemCompletedDetail}.
 * @fires wm-checklist-completed - every item of this checklist is complete; `detail`: {@link WmChecklistCompletedDetail}.
 */
export class WmChecklist extends LitElement {
  static override styles = [tokens, checklistStyles];
  static override properties = {
    checklist: {},
    floating: { type: Boolean, reflect: true },
    position: { reflect: true },
    model: { attribute: false },
    controller: { attribute: false },
    labels: { attribute: false },
  };

  /** The id of the checklist to show. */
  checklist = '';
  /** Fixed in a corner of the viewport (the plugin's floating launcher). */
  floating = false;
  /** The corner when floating: `bottom-right`, `bottom-left`, `top-right`, `top-left`. */
  position = 'bottom-right';
  /** What to show; set from the controller when there is one. */
  model?: ChecklistModel;
  /** The instance's controller; found through `requestContext` when not set. */
  controller?: ChecklistController;
  /** The words shown around the checklist's text, when no controller brings the instance's. */
  labels: ChecklistLabels = defaultChecklistLabels;
  private live = '';
  private off?: () => void;
  private stop?: () => void;
  private ctx?: WaymarkContext;
  private unlisten?: () => void;
  private unplace?: () => void;
  private placedId?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stop = requestContext(this, (ctx, answer) => {
      this.controller ||= answer.checklists as ChecklistController | undefined;
      if (ctx == this.ctx) return;
      this.unlisten?.();
      this.ctx = ctx;
      // The instance's checklist events, as DOM events of this element (for its checklist only).
      const fire = (type: string, detail: object) =>
        (detail as { checklistId: string }).checklistId == this.checklist &&
        this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
      const offs = [
        ctx.events.on('checklist:item-completed', ({ checklistId, itemId, source }) =>
          fire('wm-checklist-item-completed', { checklistId, itemId, source }),
        ),
        ctx.events.on('checklist:completed', ({ checklistId }) => fire('wm-checklist-completed', { checklistId })),
      ];
      this.unlisten = () => offs.forEach((off) => off());
    });
    this.addEventListener('keydown', this.key);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
    this.off?.();
    this.unlisten?.();
    this.unplace?.();
    this.off = this.ctx = this.unlisten = this.unplace = this.placedId = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('controller') || changed.has('checklist')) {
      this.off?.();
      this.off = undefined;
    }
    if (this.isConnected)
      this.off ||= this.controller?.$checklists.subscribe((all) => (this.model = all[this.checklist]));
    // Placed by the app (not floating): the floating launcher of this checklist steps aside while it is here.
    const place = this.isConnected && !this.floating && this.checklist ? this.checklist : undefined;
    if (place != this.placedId || (place && !this.unplace && this.controller?.place)) {
      this.unplace?.();
      this.placedId = place;
      this.unplace = place ? this.controller?.place?.(place) : undefined;
    }
    const old = changed.get('model') as ChecklistModel | undefined;
    const m = this.model;
    // Items that completed while the panel was open are announced (the live region is rendered right after).
    if (m?.open && old?.checklist == m.checklist) {
      const l = this.controller?.labels ?? this.labels;
      const now = m.items
        .filter((s, i) => s.done && !old.items[i]?.done)
        .map((s) => fillPlaceholders(l.itemDone, { item: s.item.title }));
      if (now.length) this.live = now.join('. ');
    }
  }

  private toggle(open: boolean) {
    const m = this.model!;
    this.model = { ...m, open };
    this.controller?.toggle(m.checklist.id, open);
  }

  private key = (e: KeyboardEvent) => {
    if (e.key != 'Escape' || !this.model?.open) return;
    e.stopPropagation();
    this.toggle(false);
    this.shadowRoot?.getElementById('launcher')?.focus();
  };

  protected override render(): TemplateResult {
    const m = this.model;
    if (!m || m.dismissed) return html``;
    const { checklist: c, items } = m;
    const { id } = c;
    const ctl = this.controller;
    const l = ctl?.labels ?? this.labels;
    const done = items.filter((s) => s.done).length;
    const total = items.length;
    const md = (text?: string) => (text ? html`<div class="m">${renderMarkdown(text)}</div>` : nothing);
    return html`<button id="launcher" part="launcher" aria-expanded=${m.open} aria-controls="panel" @click=${() => this.toggle(!m.open)}><svg part="ring" viewBox="-18 -18 36 36" aria-hidden="true"><circle r="15" pathLength="100"/><circle r="15" pathLength="100" stroke-dasharray="${(done / (total || 1)) * 100} 100"/></svg><span>${c.title}</span><span part="count">${fillPlaceholders(l.progress, { done, total })}</span></button><section id="panel" part="panel" aria-labelledby="launcher" ?hidden=${!m.open}>${md(c.description)}<ul>${items.map(
      ({ item: i, done: ok, blockedBy }) => {
        const locked = blockedBy.length > 0;
        const why = locked ? 'w-' + i.id : nothing;
        const manual = i.completeWhen == 'manual';
        return html`<li part="item${ok ? ' item-done' : ''}${locked ? ' item-locked' : ''}">${
          manual
            ? html`<input type="checkbox" id="c-${i.id}" .checked=${ok} aria-readonly=${ok || nothing} aria-disabled=${locked || nothing} aria-describedby=${why} @click=${(e: Event) => (ok || locked) && e.preventDefault()} @change=${() => ctl?.tick(id, i.id)}>`
            : html`<span role="checkbox" aria-checked=${ok} aria-readonly="true" aria-disabled=${locked || nothing} aria-labelledby="t-${i.id}" aria-describedby=${why}></span>`
        }<div><label id="t-${i.id}" for=${manual ? 'c-' + i.id : nothing}>${i.title}</label>${md(i.body)}${
          locked
            ? html`<p id=${why} class="m why">${fillPlaceholders(l.locked, { items: blockedBy.join(', ') })}</p>`
            : nothing
        }${i.action && !ok ? html`<button part="action" ?disabled=${locked} @click=${() => ctl?.act(id, i.id)}>${i.action.label}</button>` : nothing}</div></li>`;
      },
    )}</ul>${
      done == total && done
        ? html`<p part="complete">${l.done}</p><button part="dismiss" @click=${() => ctl?.dismiss(id)}>${l.dismiss}</button>`
        : nothing
    }</section><div role="status" class="sr">${this.live}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-checklist': WmChecklist;
  }
  interface HTMLElementEventMap {
    'wm-checklist-item-completed': CustomEvent<WmChecklistItemCompletedDetail>;
    'wm-checklist-completed': CustomEvent<WmChecklistCompletedDetail>;
  }
}
