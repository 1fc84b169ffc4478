/**
 * The help centre feature: serves `<wm-help-center>` elements (and mounts a floating one with a launcher),
 * ranks articles for this moment, searches them offline, records what the user read and how they rated it in
 * the `help` progress section, reports every view, search, click and answer as an event, and hands what the user
 * read and searched to chat when they still need a human. Loaded when the document has a `helpCenter` section.
 * @packageDocumentation
 */
import { atom } from 'nanostores';
import type { HelpArticleDefinition, HelpCenterDefinition } from '../core/help/help-definition.js';
import type { HelpOpenReason } from '../core/help/help-events.js';
import { HELP_CENTER } from '../core/help/help-center-handle.js';
import { rankArticles } from '../core/help/rank-articles.js';
import { createHelpSessions } from '../core/help/help-session.js';
import { plainText, snippetOf } from '../core/help/article-text.js';
import { articlesAtElement, interactionPath } from '../dom/articles-at-element.js';
import { announcementsList, checklistInProgress, checklistsInProgress, startableTours } from './help-center-lists.js';
import { floatHelpCenter } from './help-center-launcher.js';
import { createSearchIndex, type SearchIndex } from '../core/help/search-index.js';
import { localize } from '../core/localize.js';
import type { EventSource } from '../core/events.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import {
  WmHelpCenter,
  defaultHelpCenterLabels,
  type HelpArticleItem,
  type HelpCenterController,
  type HelpCenterState,
} from '../elements/help-center.js';
import { registerElements } from '../elements/register-elements.js';
import { provideContext } from '../elements/request-context.js';

/** What the `help` progress section remembers: when each article was last read, and the user's answers. */
export interface HelpProgress {
  read?: Record<string, number>;
  helpful?: Record<string, boolean>;
}

const SECTION = 'help';
/**
 * Open the help centre of an instance (its floating panel, or focus the placed one), optionally on an article.
 * @param ctx - the instance's context (`waymark.context`).
 * @param options - `article`: an article id to open; `reason`: what asked (for the `help:opened` event).
 * @returns false when the instance has no help centre.
 */
export function openHelp(
  ctx: WaymarkContext,
  { article, reason = 'api' }: { article?: string; reason?: HelpOpenReason } = {},
): boolean {
  return !!ctx.shared(HELP_CENTER, () => ({})).open?.(reason, article);
}

/**
 * The help centre plugin.
 *
 * Its words are localised with `createWaymark({ labels })` under `help.*` (see `HelpCenterLabels` for the keys
 * and English defaults): `help.open`, `help.search`, `help.forThisPage`, `help.helpful`, `help.stillStuck`, …
 * @param ctx - the instance's context.
 * @returns the cleanup.
 */
export default function helpCenter(ctx: WaymarkContext): () => void {
  const { progress, events } = ctx;
  const def: HelpCenterDefinition = Object(ctx.doc.helpCenter);
  const articles = (Array.isArray(def.articles) ? def.articles : []).filter(
    (a): a is HelpArticleDefinition => !!a?.id && typeof a.title === 'string',
  );
  const byId = new Map(articles.map((a) => [a.id, a]));
  const bodies = new Map(articles.map((a) => [a.id, plainText(a.body ?? '')]));
  const labels = localize(ctx, 'help', defaultHelpCenterLabels);
  const browser = typeof document !== 'undefined';
  const cleanups: (() => void)[] = [];
  let index: SearchIndex | undefined;
  const search = (query: string) =>
    (index ??= createSearchIndex(
      articles.map((a) => ({ id: a.id, fields: { title: a.title, tags: a.tags, body: bodies.get(a.id) } })),
      { weights: { title: 3, tags: 2, body: 1 } },
    )).search(query, 8);

  // One help session: from opening the panel (or the first use of a placed one) to closing it.
  const sessions = createHelpSessions(ctx, () => route());
  const begin = sessions.begin;
  const end = sessions.end;

  const route = () => (browser ? location.pathname : '/');
  const stored = (): HelpProgress => Object(progress.getSection<HelpProgress>(SECTION));
  const remember = (patch: (p: HelpProgress) => HelpProgress) => progress.setSection(SECTION, patch(stored()));

  // The element the user last interacted with (outside the help centre), kept as its event path; which articles it
  // belongs to is worked out only when the lists are shown, not on every click and focus of the app.
  let lastPath: Element[] = [];
  const interacted = (event: Event) => {
    lastPath = interactionPath(event) ?? lastPath;
  };

  const item = (a: HelpArticleDefinition, terms?: string[]): HelpArticleItem => ({
    id: a.id,
    title: a.title,
    kind: a.kind === 'faq' ? 'faq' : 'article',
    terms,
    snippet: terms ? snippetOf(bodies.get(a.id) ?? '', terms) : undefined,
  });

  const guides = () => startableTours(ctx, def);
  const checklist = () => checklistInProgress(ctx);
  const news = () => announcementsList(ctx);

  const chatOn = () => def.chat !== false && !!ctx.doc.chat;

  const $state = atom<HelpCenterState>({
    open: false,
    title: def.title ?? ctx.label('help.title', 'Help'),
    query: '',
    results: null,
    suggested: [],
    all: [],
    guides: [],
    news: [],
    chat: false,
  });
  const patch = (next: Partial<HelpCenterState>) => $state.set({ ...$state.get(), ...next });

  /** Recompute the lists for this moment (on opening, returning to the list, progress changes). */
  const refresh = () => {
    const read = Object.keys(stored().read ?? {});
    const ranked = rankArticles(articles, {
      route: route(),
      elementArticles: articlesAtElement(lastPath, articles),
      runningTour: ctx.tours.$active.get()?.tour.id,
      checklists: checklistsInProgress(ctx),
      read,
    });
    const suggested = ranked.slice(0, def.suggestions ?? 5).map((r) => item(r.article));
    const shown = new Set(suggested.map((s) => s.id));
    patch({
      suggested,
      all: articles.filter((a) => !shown.has(a.id)).map((a) => item(a)),
      guides: guides(),
      checklist: checklist(),
      news: news(),
      chat: chatOn(),
    });
  };

  const toggle = (open: boolean, reason: HelpOpenReason, source: EventSource) => {
    if (open === $state.get().open) return;
    if (open) {
      refresh();
      begin(reason, source);
    } else end(source);
    patch({ open, article: open ? $state.get().article : undefined, query: '', results: null });
  };

  const view = (id: string, from: 'suggested' | 'search' | 'list' | 'follow-up' | 'api', position?: number) => {
    const a = byId.get(id);
    if (!a) return;
    const s = begin('api', 'api');
    const { query } = $state.get();
    if (from === 'search' && query.trim())
      events.emit('help:result-clicked', {
        sessionId: s.id,
        query: query.trim(),
        articleId: id,
        position: position ?? 0,
        ...ctx.stamp(),
      });
    s.articles.push(id);
    events.emit('help:article-viewed', { sessionId: s.id, articleId: id, from, external: false, ...ctx.stamp() });
    remember((p) => ({ ...p, read: { ...p.read, [id]: ctx.now() } }));
    const answered = stored().helpful?.[id];
    patch({
      article: {
        ...item(a),
        body: a.body ?? '',
        url: a.url && /^https?:/i.test(a.url) ? a.url : undefined,
        feedback: def.feedback === false ? 'off' : answered === undefined ? 'ask' : answered ? 'yes' : 'sent',
        followUps: { articles: [] },
      },
    });
  };

  const followUps = (a: HelpArticleDefinition) => {
    const related = search([a.title, ...(a.tags ?? [])].join(' '))
      .filter((r) => r.id !== a.id)
      .slice(0, 3)
      .map((r) => item(byId.get(r.id)!));
    const tours = Array.isArray(ctx.doc.tours) ? ctx.doc.tours : [];
    const tour = a.guides?.map((id) => tours.find((t) => t?.id === id)).find((t) => !!t);
    return { articles: related, tour: tour && { id: tour.id, title: tour.title ?? tour.id } };
  };

  const controller: HelpCenterController = {
    $state,
    labels,
    toggle: (open, source) => toggle(open, 'launcher', source === 'close-button' ? 'close-button' : source),
    search(query, settled) {
      const trimmed = query.trim();
      if (!trimmed) return patch({ query, results: null });
      const results = search(trimmed).map((r) => item(byId.get(r.id)!, r.terms));
      patch({ query, results });
      if (!settled) return;
      const s = begin('api', 'api');
      if (s.searches[s.searches.length - 1] === trimmed) return;
      s.searches.push(trimmed);
      events.emit('help:searched', {
        sessionId: s.id,
        query: trimmed,
        results: results.length,
        topIds: results.slice(0, 3).map((r) => r.id),
        ...ctx.stamp(),
      });
    },
    view,
    back() {
      refresh();
      patch({ article: undefined });
    },
    feedback(id, helpful, comment) {
      const a = byId.get(id);
      const current = $state.get().article;
      if (!a || current?.id !== id) return;
      const s = begin('api', 'api');
      // The comment comes as a second answer after "no": it completes that answer rather than adding one.
      if (comment === undefined || current.feedback !== 'no') {
        remember((p) => ({ ...p, helpful: { ...p.helpful, [id]: helpful } }));
      }
      events.emit('help:feedback', {
        sessionId: s.id,
        articleId: id,
        helpful,
        ...(comment ? { comment } : {}),
        ...ctx.stamp(),
      });
      patch({
        article: {
          ...current,
          feedback: helpful ? 'yes' : comment !== undefined ? 'sent' : 'no',
          followUps: helpful ? { articles: [] } : followUps(a),
        },
      });
    },
    external(id) {
      const s = begin('api', 'api');
      events.emit('help:article-viewed', {
        sessionId: s.id,
        articleId: id,
        from: 'list',
        external: true,
        ...ctx.stamp(),
      });
    },
    startTour(id) {
      toggle(false, 'api', 'button');
      ctx.run({ action: 'start-tour', tour: id }, { source: 'button', guideId: id });
    },
    openChecklist(id) {
      toggle(false, 'api', 'button');
      const asked: { context?: unknown; checklists?: { toggle(id: string, open: boolean): void } } = {};
      document.dispatchEvent(new CustomEvent('wm-context-request', { detail: asked }));
      if (asked.context === ctx) asked.checklists?.toggle(id, true);
    },
    openNews(id) {
      toggle(false, 'api', 'button');
      void import('./announcements.js').then((m) => m.showAnnouncement(ctx, id, 'button'));
    },
    chat() {
      const s = begin('api', 'api');
      s.chat = true;
      const handover = { articles: [...new Set(s.articles)], searches: [...s.searches] };
      ctx.run({ action: 'escalate', reason: 'help' }, { source: 'button', help: handover });
      toggle(false, 'api', 'button');
    },
  };

  const handle = ctx.shared(HELP_CENTER, () => ({}));
  handle.open = (reason, articleId) => {
    toggle(true, reason, 'api');
    if (articleId) view(articleId, 'api');
    return true;
  };
  cleanups.push(() => (handle.open = undefined));
  cleanups.push(progress.$progress.listen(() => $state.get().open && !$state.get().article && refresh()));

  if (browser) {
    registerElements({ 'wm-help-center': WmHelpCenter });
    document.addEventListener('pointerdown', interacted, true);
    document.addEventListener('focusin', interacted, true);
    cleanups.push(() => {
      document.removeEventListener('pointerdown', interacted, true);
      document.removeEventListener('focusin', interacted, true);
    });
    // The floating launcher, unless the app places the help centre itself (or asks for no launcher).
    cleanups.push(floatHelpCenter(ctx, def, controller, refresh));
    cleanups.push(provideContext(document, ctx, { help: controller }));
  }
  refresh();

  return () => {
    end('api');
    cleanups.splice(0).forEach((cleanup) => cleanup());
  };
}
