/**
 * What `<wm-help-center>` shows and asks for: the state the help centre feature computes, the controller the panel
 * calls, and the panel's words. A module of its own so the feature and the view share it without the view's code.
 * @packageDocumentation
 */
import type { ReadableAtom } from 'nanostores';

/** An article as the panel lists it. */
export interface HelpArticleItem {
  id: string;
  title: string;
  kind: 'article' | 'faq';
  /** A search result's excerpt. */
  snippet?: string;
  /** Words to mark in the title and snippet (search results). */
  terms?: string[];
}

/** An open article. */
export interface HelpArticleView extends HelpArticleItem {
  /** Markdown body. */
  body: string;
  /** On the team's knowledge base: the panel links to it. */
  url?: string;
  /** Where "Was this helpful?" stands: not answered, yes, no (follow-ups shown), no with the comment sent. */
  feedback: 'ask' | 'yes' | 'no' | 'sent' | 'off';
  /** After "no": the next best articles, the walkthrough, and whether chat is offered. */
  followUps: { articles: HelpArticleItem[]; tour?: { id: string; title: string } };
}

/** Everything the panel shows, computed by the help centre feature. */
export interface HelpCenterState {
  open: boolean;
  title: string;
  query: string;
  /** Search results, or `null` when the query is empty. */
  results: HelpArticleItem[] | null;
  /** Articles for this moment (route, element, running guide). */
  suggested: HelpArticleItem[];
  /** Every article not in `suggested`. */
  all: HelpArticleItem[];
  /** Tours the user may start. */
  guides: { id: string; title: string }[];
  /** The checklist in progress. */
  checklist?: { id: string; title: string; done: number; total: number };
  /** Announcements, newest first. */
  news: { id: string; title: string; unread: boolean }[];
  /** Offer chat ("Still stuck?"). */
  chat: boolean;
  /** The open article, if any. */
  article?: HelpArticleView;
}

/**
 * The help centre's words in English; each is replaced by `createWaymark({ labels })` under `help.<key>`
 * (`{count}`, `{query}`, `{done}`, `{total}` are filled in).
 */
export const defaultHelpCenterLabels = {
  open: 'Help',
  close: 'Close help',
  back: 'Back',
  search: 'Search help articles',
  searchPlaceholder: 'Search help…',
  results: '{count} results',
  noResults: 'No articles match “{query}”.',
  forThisPage: 'For this page',
  guides: 'Guides',
  checklist: 'Getting started',
  checklistProgress: '{done} of {total} done',
  whatsNew: "What's new",
  unread: '{count} new',
  all: 'All articles',
  readMore: 'Read the article on our help site',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thanks for telling us.',
  comment: 'What were you looking for? (optional)',
  send: 'Send',
  tryThese: 'These may help',
  showMeHow: 'Show me how',
  stillStuck: 'Still stuck?',
  chat: 'Chat with us',
};

/** The words of `<wm-help-center>` (see {@link defaultHelpCenterLabels}). */
export type HelpCenterLabels = typeof defaultHelpCenterLabels;

/** What the panel asks the help centre feature to do. */
export interface HelpCenterController {
  readonly $state: ReadableAtom<HelpCenterState>;
  readonly labels: HelpCenterLabels;
  /** Open or close the panel (`source`: what did it). */
  toggle(open: boolean, source: 'button' | 'keyboard' | 'close-button'): void;
  /** The query changed (typing settles in the feature). */
  search(query: string, settled: boolean): void;
  /** Open an article; `position` is its place in the search results. */
  view(id: string, from: 'suggested' | 'search' | 'list' | 'follow-up', position?: number): void;
  /** Back to the list. */
  back(): void;
  /** An answer to "Was this helpful?", with the optional comment after "no". */
  feedback(id: string, helpful: boolean, comment?: string): void;
  /** The user followed the knowledge-base link of an article. */
  external(id: string): void;
  startTour(id: string): void;
  openChecklist(id: string): void;
  openNews(id: string): void;
  chat(): void;
  /** An element placed by the app shows the help centre: the floating one steps aside until the cleanup runs. */
  place?(): () => void;
}
