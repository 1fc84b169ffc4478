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
import { createSearchIndex, type SearchIndex } from '../core/help/search-index.js';
import { layersOf } from '../core/layer-stack.js';
import { localize } from '../core/localize.js';
import { parseMarkdown, type MdInline } from '../core/markdown.js';
import type { EventSource } from '../core/events.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { dockLayer } from '../dom/dock-layer.js';
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

/** Plain text of a Markdown body (for snippets and the index). */
const plain = (markdown: string): string => {
  const text = (node: MdInline): string =>
    typeof node === 'string' ? node : node.t === 'code' ? node.v : node.c.map(text).join('');
  return parseMarkdown(markdown)
    .map((block) =>
      block.t === 'p' ? block.c.map(text).join('') : block.items.map((i) => i.map(text).join('')).join(' '),
    )
    .join(' ');
};

/** The sentence of `body` around the first matched word, at most ~140 characters. */
const snippetOf = (body: string, terms: string[]): string | undefined => {
  if (!body) return undefined;
  const lower = body.toLowerCase();
  const at = Math.max(
    0,
    ...terms
      .map((t) => lower.indexOf(t))
      .filter((i) => i >= 0)
      .slice(0, 1),
  );
  const start = Math.max(0, body.lastIndexOf('. ', at) + 1 || 0, at - 60);
  const cut = body.slice(start, start + 140).trim();
  return (start > 0 ? '…' : '') + cut + (start + 140 < body.length ? '…' : '');
};

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
  const bodies = new Map(articles.map((a) => [a.id, plain(a.body ?? '')]));
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
  let session: { id: string; articles: string[]; searches: string[]; chat: boolean } | undefined;
  let sessions = 0;
  const begin = (reason: HelpOpenReason, source: EventSource) => {
    if (session) return session;
    session = { id: `${ctx.now().toString(36)}-${++sessions}`, articles: [], searches: [], chat: false };
    events.emit('help:opened', { sessionId: session.id, reason, route: route(), source, ...ctx.stamp() });
    return session;
  };
  const end = (source: EventSource) => {
    if (!session) return;
    const { id, articles: read, chat } = session;
    session = undefined;
    events.emit('help:closed', {
      sessionId: id,
      escalated: chat,
      deflected: !chat && read.length > 0,
      source,
      ...ctx.stamp(),
    });
  };

  const route = () => (browser ? location.pathname : '/');
  const stored = (): HelpProgress => Object(progress.getSection<HelpProgress>(SECTION));
  const remember = (patch: (p: HelpProgress) => HelpProgress) => progress.setSection(SECTION, patch(stored()));

  // The element the user last interacted with, as the articles whose `targets` match it.
  let elementArticles: string[] = [];
  const interacted = (event: Event) => {
    const path = event.composedPath().filter((n): n is Element => n instanceof Element);
    if (path.some((el) => el.localName === 'wm-help-center')) return;
    elementArticles = articles
      .filter((a) =>
        a.targets?.some((target) =>
          (Array.isArray(target) ? target : [target]).some((selector) =>
            path.some((el) => {
              try {
                return el.matches(selector.split('>>>').pop()!.trim());
              } catch {
                return false;
              }
            }),
          ),
        ),
      )
      .map((a) => a.id);
  };

  const item = (a: HelpArticleDefinition, terms?: string[]): HelpArticleItem => ({
    id: a.id,
    title: a.title,
    kind: a.kind === 'faq' ? 'faq' : 'article',
    terms,
    snippet: terms ? snippetOf(bodies.get(a.id) ?? '', terms) : undefined,
  });

  const checklistsInProgress = () => {
    const ids: string[] = [];
    const lists = Object(
      progress.getSection<Record<string, { completedAt?: number; dismissed?: number }>>('checklists'),
    );
    for (const [id, p] of Object.entries(lists) as [string, { completedAt?: number; dismissed?: number }][])
      if (p && p.completedAt == null && p.dismissed == null) ids.push(id);
    return ids;
  };

  const tours = (Array.isArray(ctx.doc.tours) ? ctx.doc.tours : []).filter((t) => t?.id);
  const guides = () =>
    (def.tours ?? tours.filter((t) => !(t as { trigger?: unknown }).trigger).map((t) => t.id))
      .map((id) => tours.find((t) => t.id === id))
      .filter((t) => !!t)
      .map((t) => ({ id: t.id, title: t.title ?? t.id }));

  const checklist = (): HelpCenterState['checklist'] => {
    const lists = Array.isArray(ctx.doc.checklists) ? ctx.doc.checklists : [];
    const state = Object(progress.getSection('checklists')) as Record<
      string,
      { done?: Record<string, number>; completedAt?: number; dismissed?: number } | undefined
    >;
    for (const c of lists) {
      const p = state[c?.id];
      if (!c?.id || !Array.isArray(c.items) || p?.completedAt != null || p?.dismissed != null) continue;
      const done = c.items.filter((i) => p?.done?.[i.id] != null).length;
      return { id: c.id, title: c.title ?? c.id, done, total: c.items.length };
    }
    return undefined;
  };

  const news = () => {
    const seen = Object(progress.getSection('announcements')) as Record<string, { seen?: number } | undefined>;
    return (Array.isArray(ctx.doc.announcements) ? ctx.doc.announcements : [])
      .filter((a) => a?.id && a.title)
      .map((a) => ({ id: a.id, title: a.title, unread: seen[a.id]?.seen == null }));
  };

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
      elementArticles,
      runningTour: ctx.tours.$active.get()?.tour.id,
      checklists: checklistsInProgress(),
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
    const tour = a.guides?.map((id) => tours.find((t) => t.id === id)).find((t) => !!t);
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
    let placed = 0;
    let launcher: WmHelpCenter | undefined;
    let undock: (() => void) | undefined;
    const float = () => {
      const want = def.launcher !== 'none' && !placed && !stopped;
      if (want && !launcher) {
        launcher = document.createElement('wm-help-center') as WmHelpCenter;
        launcher.floating = true;
        launcher.controller = controller;
        document.body.append(launcher);
        undock = dockLayer(layersOf(ctx), launcher, {
          id: 'help-center',
          corner: def.launcher === 'bottom-left' ? 'bottom-left' : 'bottom-right',
          order: 2,
        });
      } else if (!want && launcher) {
        undock?.();
        launcher.remove();
        launcher = undock = undefined;
      }
    };
    let stopped = false;
    controller.place = () => {
      placed++;
      float();
      refresh();
      let once = true;
      return () => {
        if (!once) return;
        once = false;
        placed--;
        queueMicrotask(float);
      };
    };
    cleanups.push(provideContext(document, ctx, { help: controller }));
    float();
    cleanups.push(() => {
      stopped = true;
      float();
    });
  }
  refresh();

  return () => {
    end('api');
    cleanups.splice(0).forEach((cleanup) => cleanup());
  };
}
