/**
 * "Articles for this moment": orders the help centre's articles by how well they fit what the user is doing —
 * the element they last interacted with, the guide running or in progress, the current route — and says why,
 * so the panel can group them and tests can check the reasons. Headless: the DOM layer works out which articles'
 * `targets` match the element; this module only weighs the facts.
 * @packageDocumentation
 */
import { matchPath } from '../conditions/match-path.js';
import type { HelpArticleDefinition } from './help-definition.js';

/** What the user is doing now. */
export interface HelpMoment {
  /** The current path (`location.pathname`). */
  route: string;
  /** Ids of the articles one of whose `targets` matches the element the user last interacted with. */
  elementArticles?: readonly string[];
  /** Ids of the tours running and the checklists in progress. */
  activeGuides?: readonly string[];
  /** Ids of the articles the user has already read (listed after unread ones of the same fit). */
  read?: readonly string[];
}

/** Why an article fits the moment, strongest first. */
export type FitReason = 'element' | 'guide' | 'route';

/** An article that fits the moment, with its reasons. */
export interface RankedArticle {
  article: HelpArticleDefinition;
  reasons: FitReason[];
}

const WEIGHT: Record<FitReason, number> = { element: 4, guide: 2, route: 1 };

/**
 * The articles that fit the moment, best first: an article about the element the user just used beats one about
 * the running guide, which beats one about the page; unread before read; then document order. Articles that fit
 * nothing are left out (the panel lists them under "All articles").
 * @param articles - the document's articles.
 * @param moment - what the user is doing.
 */
export function rankArticles(articles: readonly HelpArticleDefinition[], moment: HelpMoment): RankedArticle[] {
  const element = new Set(moment.elementArticles);
  const active = new Set(moment.activeGuides);
  const read = new Set(moment.read);
  return articles
    .map((article, order) => {
      const reasons: FitReason[] = [];
      if (element.has(article.id)) reasons.push('element');
      if (article.guides?.some((id) => active.has(id))) reasons.push('guide');
      if (article.routes?.some((pattern) => matchPath(pattern, moment.route))) reasons.push('route');
      const score = reasons.reduce((sum, reason) => sum + WEIGHT[reason], 0);
      return { article, reasons, score, order, read: read.has(article.id) };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || Number(a.read) - Number(b.read) || a.order - b.order)
    .map(({ article, reasons }) => ({ article, reasons }));
}
