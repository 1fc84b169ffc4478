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
  /** The id of the tour running now. */
  runningTour?: string;
  /** Ids of the checklists in progress (started, not completed or dismissed). */
  checklists?: readonly string[];
  /** Ids of the articles the user has already read (listed after unread ones of the same fit). */
  read?: readonly string[];
}

/**
 * Why an article fits the moment, strongest first: the element just used, the tour running now, the page, then a
 * checklist in progress (a long-lived state, so the weakest signal).
 */
export type FitReason = 'element' | 'tour' | 'route' | 'checklist';

/** An article that fits the moment, with its reasons. */
export interface RankedArticle {
  article: HelpArticleDefinition;
  reasons: FitReason[];
}

const WEIGHT: Record<FitReason, number> = { element: 8, tour: 4, route: 2, checklist: 1 };

/**
 * The articles that fit the moment, best first: an article about the element the user just used beats one about
 * the running tour, which beats one about the page, which beats one about a checklist in progress (reasons add
 * up, each outweighing every weaker one together); unread before read; then document order. Articles that fit
 * nothing are left out (the panel lists them under "All articles").
 * @param articles - the document's articles.
 * @param moment - what the user is doing.
 */
export function rankArticles(articles: readonly HelpArticleDefinition[], moment: HelpMoment): RankedArticle[] {
  const element = new Set(moment.elementArticles);
  const checklists = new Set(moment.checklists);
  const read = new Set(moment.read);
  return articles
    .map((article, order) => {
      const reasons: FitReason[] = [];
      if (element.has(article.id)) reasons.push('element');
      if (moment.runningTour && article.guides?.includes(moment.runningTour)) reasons.push('tour');
      if (article.routes?.some((pattern) => matchPath(pattern, moment.route))) reasons.push('route');
      if (article.guides?.some((id) => checklists.has(id))) reasons.push('checklist');
      const score = reasons.reduce((sum, reason) => sum + WEIGHT[reason], 0);
      return { article, reasons, score, order, read: read.has(article.id) };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || Number(a.read) - Number(b.read) || a.order - b.order)
    .map(({ article, reasons }) => ({ article, reasons }));
}
