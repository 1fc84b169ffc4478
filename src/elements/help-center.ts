import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { highlight } from '../core/help/search-index.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { renderMarkdown } from './render-markdown.js';
import { requestContext } from './request-context.js';
import { tokens } from './tokens.styles.js';
import { helpCenterStyles } from './help-center.styles.js';

import type {
  HelpArticleItem,
  HelpArticleView,
  HelpCenterController,
  HelpCenterLabels,
  HelpCenterState,
} from './help-center-model.js';
import { fillPlaceholders } from '../core/fill-placeholders.js';

export {
  defaultHelpCenterLabels,
  type HelpArticleItem,
  type HelpArticleView,
  type HelpCenterController,
  type HelpCenterLabels,
  type HelpCenterState,
} from './help-center-model.js';

const marked = (text: string, terms?: string[]) =>
  terms?.length ? highlight(text, terms).map((run) => (run.match ? html`<mark>${run.text}</mark>` : run.text)) : text;

/**
 * The help centre: search across the document's articles (the WAI-ARIA combobox with a listbox of results),
 * articles for this moment, guides to start, the checklist in progress, what's new, and a human last. Placed by
 * the app it shows the panel inline; the help centre feature also mounts a floating one (`floating`): a launcher
 * in the corner stack whose panel is a non-modal dialog — focus moves to the search field when the user opens
 * it, Esc closes it and focus returns to the launcher. A pure view: every decision (ranking, search, events,
 * progress) is the feature's, reached through `controller`.
 *
 * @summary The help centre panel (and its launcher when floating).
 * @csspart launcher - the floating launcher button.
 * @csspart panel - the panel.
 * @csspart search - the search field.
 * @csspart article - an open article.
 * @cssproperty --wm-color-bg - background.
 * @cssproperty --wm-color-fg - text colour.
 * @cssproperty --wm-color-accent - launcher badge, primary buttons, links, marked search matches.
 * @cssproperty --wm-color-accent-fg - text on accent.
 * @cssproperty --wm-color-muted - secondary text and borders.
 * @cssproperty --wm-radius - corner radius.
 * @cssproperty --wm-shadow - box shadow.
 * @cssproperty --wm-font - font family.
 */
export class WmHelpCenter extends LitElement {
  static override styles = [tokens, helpCenterStyles];
  static override properties = {
    floating: { type: Boolean, reflect: true },
    controller: { attribute: false },
    state: { state: true },
    active: { state: true },
  };

  /** Rendered as a floating launcher with a pop-up panel (set by the feature). */
  floating = false;
  /** The help centre feature; found through the page's Waymark instance when not set. */
  controller?: HelpCenterController;
  private state?: HelpCenterState;
  /** Index of the active search result (`aria-activedescendant`), -1 for none. */
  private active = -1;
  private off?: () => void;
  private stop?: () => void;
  private unplace?: () => void;
  private ctx?: WaymarkContext;
  private settle?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stop = requestContext(this, (ctx, answer) => {
      if (ctx === this.ctx && this.controller) return;
      this.ctx = ctx;
      this.controller ||= answer.help as HelpCenterController | undefined;
      this.requestUpdate('controller');
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
    this.off?.();
    this.unplace?.();
    this.off = this.unplace = undefined;
    clearTimeout(this.settle);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controller')) {
      this.off?.();
      this.unplace?.();
      this.off = this.controller?.$state.subscribe((state) => (this.state = state));
      this.unplace = this.floating ? undefined : this.controller?.place?.();
    }
  }

  /** Focus the search field (or the article heading, when an article is open). */
  focusPanel(): void {
    const target = this.shadowRoot?.querySelector<HTMLElement>(this.state?.article ? '#article-title' : 'input');
    target?.focus({ preventScroll: true });
  }

  protected override updated(changed: PropertyValues): void {
    const before = changed.get('state') as HelpCenterState | undefined;
    const now = this.state;
    if (!now || !before) return;
    // Focus follows the user's move: into the panel when it opens, to an article's heading when one opens, back
    // to the search field when they return, back to the launcher when the panel closes from inside.
    if (now.open && !before.open) this.focusPanel();
    else if (!now.open && before.open && this.floating) {
      // Closed by one of its own buttons (chat, a guide, a checklist): the focused button is gone, so focus goes
      // to the launcher rather than being lost to <body> (what then opens — a tour step — may take it from there).
      const active = this.ownerDocument.activeElement;
      if (!active || active === this.ownerDocument.body || active === this)
        this.shadowRoot?.querySelector<HTMLElement>('#launcher')?.focus({ preventScroll: true });
    } else if (now.article && now.article.id !== before.article?.id) this.focusPanel();
    else if (!now.article && before.article) this.focusPanel();
  }

  private key = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.floating || !this.state?.open) return;
    event.stopPropagation();
    this.controller?.toggle(false, 'keyboard');
    this.shadowRoot?.querySelector<HTMLElement>('#launcher')?.focus({ preventScroll: true });
  };

  private onInput = (event: Event) => {
    const query = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.controller?.search(query, false);
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.controller?.search(query, true), 600);
  };

  private onSearchKey = (event: KeyboardEvent) => {
    const results = this.state?.results;
    if (event.key === 'Escape' && this.state?.query) {
      // First Esc clears the query (APG combobox), the next one closes the panel.
      event.stopPropagation();
      (event.target as HTMLInputElement).value = '';
      this.active = -1;
      this.controller?.search('', true);
      return;
    }
    if (event.key === 'Enter') {
      clearTimeout(this.settle);
      this.controller?.search(this.state?.query ?? '', true);
    }
    if (!results?.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + results.length) % results.length;
    } else if (event.key === 'Enter') {
      const chosen = results[Math.max(this.active, 0)];
      if (chosen) this.controller?.view(chosen.id, 'search', Math.max(this.active, 0));
    }
  };

  private list(items: HelpArticleItem[], from: 'suggested' | 'list' | 'follow-up'): TemplateResult {
    return html`<ul>${items.map(
      (item) => html`<li><button @click=${() => this.controller?.view(item.id, from)}>${item.title}</button></li>`,
    )}</ul>`;
  }

  private results(state: HelpCenterState, l: HelpCenterLabels): TemplateResult {
    const results = state.results ?? [];
    return html`<p class="sr" role="status">${results.length ? fillPlaceholders(l.results, { count: results.length }) : fillPlaceholders(l.noResults, { query: state.query })}</p>${
      results.length
        ? html`<ul id="results" role="listbox" aria-label=${l.search}>${results.map(
            (r, i) =>
              html`<li id=${`result-${i}`} role="option" aria-selected=${i === this.active ? 'true' : 'false'} @click=${() => this.controller?.view(r.id, 'search', i)}>${marked(r.title, r.terms)}${
                r.snippet ? html`<span class="snippet">${marked(r.snippet, r.terms)}</span>` : nothing
              }</li>`,
          )}</ul>`
        : html`<p class="empty">${fillPlaceholders(l.noResults, { query: state.query })}</p>`
    }`;
  }

  private home(state: HelpCenterState, l: HelpCenterLabels): TemplateResult {
    const c = this.controller!;
    return html`${state.suggested.length ? html`<h3>${l.forThisPage}</h3>${this.list(state.suggested, 'suggested')}` : nothing}${
      state.checklist
        ? html`<h3>${l.checklist}</h3><ul><li><button @click=${() => c.openChecklist(state.checklist!.id)}>${state.checklist.title}<span class="meta">${fillPlaceholders(l.checklistProgress, state.checklist)}</span></button></li></ul>`
        : nothing
    }${
      state.guides.length
        ? html`<h3>${l.guides}</h3><ul>${state.guides.map((g) => html`<li><button @click=${() => c.startTour(g.id)}>${g.title}</button></li>`)}</ul>`
        : nothing
    }${
      state.news.length
        ? html`<h3>${l.whatsNew}</h3><ul>${state.news.map((n) => html`<li><button class=${n.unread ? 'unread' : ''} @click=${() => c.openNews(n.id)}>${n.title}</button></li>`)}</ul>`
        : nothing
    }${state.all.length ? html`<h3>${l.all}</h3>${this.list(state.all, 'list')}` : nothing}`;
  }

  private article(a: HelpArticleView, state: HelpCenterState, l: HelpCenterLabels): TemplateResult {
    const c = this.controller!;
    const feedback =
      a.feedback === 'ask'
        ? html`<div class="row" role="group" aria-labelledby="helpful"><span id="helpful">${l.helpful}</span><button @click=${() => c.feedback(a.id, true)}>${l.yes}</button><button @click=${() => c.feedback(a.id, false)}>${l.no}</button></div>`
        : a.feedback === 'yes' || a.feedback === 'sent'
          ? html`<p role="status">${l.thanks}</p>`
          : a.feedback === 'no'
            ? html`<p role="status">${l.thanks}</p><form @submit=${(e: Event) => {
                e.preventDefault();
                const text = (e.target as HTMLFormElement).querySelector('textarea')!.value.trim();
                c.feedback(a.id, false, text || undefined);
              }}><label for="comment">${l.comment}</label><textarea id="comment" maxlength="1000"></textarea><div class="row"><button type="submit">${l.send}</button></div></form>${
                a.followUps.articles.length || a.followUps.tour
                  ? html`<h3>${l.tryThese}</h3>${this.list(a.followUps.articles, 'follow-up')}${
                      a.followUps.tour
                        ? html`<div class="row"><button class="primary" @click=${() => c.startTour(a.followUps.tour!.id)}>${l.showMeHow}: ${a.followUps.tour.title}</button></div>`
                        : nothing
                    }`
                  : nothing
              }`
            : nothing;
    return html`<article part="article" aria-labelledby="article-title"><h2 id="article-title" tabindex="-1">${a.title}</h2>${renderMarkdown(a.body)}${
      a.url
        ? html`<p><a href=${a.url} target="_blank" rel="noopener noreferrer" @click=${() => c.external(a.id)}>${l.readMore}</a></p>`
        : nothing
    }${feedback}</article>${state.chat && a.feedback === 'no' ? this.human(l) : nothing}`;
  }

  private human(l: HelpCenterLabels): TemplateResult {
    return html`<div class="human"><span>${l.stillStuck}</span> <button @click=${() => this.controller?.chat()}>${l.chat}</button></div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.state;
    const c = this.controller;
    if (!state || !c) return nothing;
    const l = c.labels;
    const unread = state.news.filter((n) => n.unread).length;
    const launcher = this.floating
      ? html`<button id="launcher" part="launcher" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="panel" @click=${() => c.toggle(!state.open, 'button')}>${l.open}${
          unread
            ? html`<span class="badge" aria-label=${fillPlaceholders(l.unread, { count: unread })}>${unread}</span>`
            : nothing
        }</button>`
      : nothing;
    if (this.floating && !state.open) return launcher;
    const searching = state.results !== null && !state.article;
    const panel = html`<section id="panel" part="panel" role=${this.floating ? 'dialog' : 'region'} aria-labelledby="title" @keydown=${this.key}><div class="header">${
      state.article ? html`<button class="back" @click=${() => c.back()}>‹ ${l.back}</button>` : nothing
    }<h2 id="title" class=${state.article ? 'sr' : ''}>${state.title}</h2>${
      this.floating
        ? html`<button class="close" aria-label=${l.close} @click=${() => {
            c.toggle(false, 'close-button');
            this.shadowRoot?.querySelector<HTMLElement>('#launcher')?.focus({ preventScroll: true });
          }}>×</button>`
        : nothing
    }</div>${
      state.article
        ? this.article(state.article, state, l)
        : html`<input part="search" type="search" role="combobox" aria-label=${l.search} placeholder=${l.searchPlaceholder} aria-autocomplete="list" aria-expanded=${searching && state.results!.length ? 'true' : 'false'} aria-controls="results" aria-activedescendant=${this.active >= 0 && searching ? `result-${this.active}` : nothing} .value=${state.query} @input=${this.onInput} @keydown=${this.onSearchKey} />${
            searching ? this.results(state, l) : this.home(state, l)
          }${state.chat ? this.human(l) : nothing}`
    }</section>`;
    return html`${launcher}${panel}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-help-center': WmHelpCenter;
  }
}
