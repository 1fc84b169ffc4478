/**
 * The help centre in the guide document: articles and FAQ entries written by the team (or links to its knowledge
 * base), what each belongs to, and how the panel opens. Plain JSON types, merged into the guide document schema.
 * @packageDocumentation
 */
import type { TargetSelector } from '../guide-definition.js';

/** `article`, a help article; `faq`, a short question-and-answer entry (listed under "FAQ"). */
export type HelpArticleKind = 'article' | 'faq';

/** One help article or FAQ entry. */
export interface HelpArticleDefinition {
  /**
   * A stable id, unique among the document's articles. Events, feedback and metrics refer to it.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /**
   * What the entry is.
   * @default "article"
   */
  kind?: HelpArticleKind;
  /**
   * The title, shown in lists and search results (a question for a FAQ entry).
   * @minLength 1
   */
  title: string;
  /**
   * The text, in the same safe Markdown subset as step bodies: `**bold**`, `*emphasis*`, `` `code` ``,
   * `[links](https://…)` and lists. Raw HTML is shown as text. For an article on the knowledge base (`url`),
   * a one-line summary.
   */
  body?: string;
  /**
   * The article on the team's knowledge base: the panel links to it (opened in a new tab) instead of showing
   * `body` in full. `http:`/`https:` only.
   * @examples ["https://help.example.com/articles/123-update-your-card"]
   */
  url?: string;
  /** Words users may search with that are not in the text (synonyms, product names, error codes). */
  tags?: string[];
  /**
   * Routes (paths) where the article is relevant, as in `page` conditions: `*` matches within one path segment,
   * `**` any number of segments (`/billing/**` is `/billing` and everything below it). Matching articles are
   * listed first while the user is there.
   * @examples [["/billing/**"], ["/", "/projects/*"]]
   */
  routes?: string[];
  /** Elements the article explains: listed first after the user interacted with one of them. */
  targets?: TargetSelector[];
  /**
   * Tours and checklists the article belongs to: listed first while one of them is running or in progress,
   * and offered as "Show me how" when the user finds the article unhelpful.
   */
  guides?: string[];
}

/** Where the help centre's launcher sits, or `none` for no launcher (the app opens it). */
export type HelpLauncherPosition = 'bottom-right' | 'bottom-left' | 'none';

/** The help centre: a panel with articles for this moment, search, guides, what's new and a human, last. */
export interface HelpCenterDefinition {
  /**
   * The panel's heading.
   * @default "Help"
   */
  title?: string;
  /**
   * Where the launcher sits. With `none`, open the panel with `waymark.openHelp()` or place `<wm-help-center>`.
   * @default "bottom-right"
   */
  launcher?: HelpLauncherPosition;
  /** The articles and FAQ entries. */
  articles?: HelpArticleDefinition[];
  /**
   * Tours a user may start from the panel ("Guides"), by id, in order. Default: every tour without a `trigger`.
   */
  tours?: string[];
  /**
   * Show "Was this helpful?" under articles.
   * @default true
   */
  feedback?: boolean;
  /**
   * Offer a human last ("Still stuck? Chat with us"), through the document's `chat` section.
   * @default true
   */
  chat?: boolean;
  /**
   * How many articles the "for this page" list shows before "All articles".
   * @minimum 1
   * @default 5
   */
  suggestions?: number;
}
