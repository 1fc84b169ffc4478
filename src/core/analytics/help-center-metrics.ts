/**
 * Self-service, measured: per article views and helpfulness, the searches that found nothing (the content gap
 * list a support lead wants), and help sessions that ended without a chat (deflected) versus those that
 * escalated. Computed from the local event stream like the tour funnels; never throws.
 * @packageDocumentation
 */
import { ratio } from './ratio.js';

/** Numbers for one article. */
export interface ArticleMetrics {
  views: number;
  /** "Was this helpful?" answers. */
  helpful: number;
  notHelpful: number;
  /** `helpful / (helpful + notHelpful)` (0 to 1; 0 without answers). */
  helpfulRatio: number;
}

/** A query and how often users searched it. */
export interface QueryCount {
  query: string;
  count: number;
}

/** Everything the help centre reports in `metrics().helpCenter`. Rates are 0 when their denominator is 0. */
export interface HelpCenterMetrics {
  articles: Record<string, ArticleMetrics>;
  /** All article views, and answers to "Was this helpful?" over all articles. */
  views: number;
  helpfulRatio: number;
  searches: {
    total: number;
    /** Searches that found nothing, by query (folded: case and surrounding space ignored), most frequent first. */
    noResults: QueryCount[];
    /** The most frequent queries, with or without results, at most 20. */
    top: QueryCount[];
    /** Searches followed by a result click in the same session, over searches with results (0 to 1). */
    clickThroughRate: number;
  };
  sessions: {
    total: number;
    /** Sessions in which the user read at least one article and did not open chat. */
    deflected: number;
    /** Sessions in which the user opened chat. */
    escalated: number;
    /** `deflected / (deflected + escalated)` (0 to 1). */
    deflectionRate: number;
  };
}

interface HelpEvent {
  type: string;
  timestamp?: number;
  userId?: unknown;
  sessionId?: unknown;
  articleId?: unknown;
  query?: unknown;
  results?: unknown;
  helpful?: unknown;
}

interface Session {
  viewed: boolean;
  escalated: boolean;
  /** Searches with results, and whether each was followed by a click. */
  searched: number;
  clicked: number;
  user: string;
  opened: number;
  closed?: number;
}

const counts = (map: Map<string, number>, limit = Infinity): QueryCount[] =>
  [...map]
    .map(([query, count]) => ({ query, count }))
    .sort((a, b) => b.count - a.count || a.query.localeCompare(b.query))
    .slice(0, limit);

/**
 * Compute the help centre's numbers from Waymark events (or the event log's) in any order. A `chat:opened` by
 * the same user while a help session is open (or, for a session whose close was not recorded, within
 * `chatWindowMs` of its start) counts as an escalation of that session.
 * @param events - the events.
 * @param chatWindowMs - see above. Default 30 minutes.
 */
export function computeHelpCenterMetrics(
  events: readonly { type: string; timestamp?: number }[],
  chatWindowMs = 18e5,
): HelpCenterMetrics {
  const articles: Record<string, ArticleMetrics> = Object.create(null);
  const article = (id: string) => (articles[id] ??= { views: 0, helpful: 0, notHelpful: 0, helpfulRatio: 0 });
  const sessions = new Map<string, Session>();
  const noResults = new Map<string, number>();
  const queries = new Map<string, number>();
  const chats: [user: string, time: number][] = [];
  let searches = 0;
  const list = (events as HelpEvent[])
    .filter((event) => typeof event?.type === 'string')
    .sort((a, b) => (+(a.timestamp ?? 0) || 0) - (+(b.timestamp ?? 0) || 0));
  for (const event of list) {
    const time = +(event.timestamp ?? 0) || 0;
    const user = String(event.userId ?? '');
    const key = typeof event.sessionId === 'string' ? event.sessionId : undefined;
    let session = key === undefined ? undefined : sessions.get(key);
    if (key !== undefined && !session && event.type.startsWith('help:')) {
      session = { viewed: false, escalated: false, searched: 0, clicked: 0, user, opened: time };
      sessions.set(key, session);
    }
    switch (event.type) {
      case 'help:article-viewed':
        if (typeof event.articleId === 'string') article(event.articleId).views++;
        if (session) session.viewed = true;
        break;
      case 'help:feedback':
        if (typeof event.articleId === 'string') {
          // `true`/`false` on the live stream, `yes`/`no` from the event log
          if (event.helpful === true || event.helpful === 'yes') article(event.articleId).helpful++;
          else if (event.helpful === false || event.helpful === 'no') article(event.articleId).notHelpful++;
        }
        break;
      case 'help:searched': {
        if (typeof event.query !== 'string') break;
        const query = event.query.trim().toLowerCase().replace(/\s+/g, ' ');
        if (!query) break;
        searches++;
        queries.set(query, (queries.get(query) ?? 0) + 1);
        if (event.results === 0 || event.results === '0') noResults.set(query, (noResults.get(query) ?? 0) + 1);
        else if (session) session.searched++;
        break;
      }
      case 'help:result-clicked':
        if (session && session.clicked < session.searched) session.clicked++;
        break;
      case 'help:closed':
        if (session) {
          session.closed = time;
          const { escalated } = event as { escalated?: unknown };
          if (escalated === true || escalated === 'yes') session.escalated = true;
        }
        break;
      case 'chat:opened':
        chats.push([user, time]);
        break;
    }
  }
  for (const session of sessions.values())
    if (
      chats.some(
        ([user, time]) =>
          user === session.user && time >= session.opened && time <= (session.closed ?? session.opened + chatWindowMs),
      )
    )
      session.escalated = true;

  let helpful = 0;
  let answers = 0;
  let views = 0;
  for (const entry of Object.values(articles)) {
    entry.helpfulRatio = ratio(entry.helpful, entry.helpful + entry.notHelpful);
    helpful += entry.helpful;
    answers += entry.helpful + entry.notHelpful;
    views += entry.views;
  }
  const all = [...sessions.values()];
  const escalated = all.filter((s) => s.escalated).length;
  const deflected = all.filter((s) => !s.escalated && s.viewed).length;
  const withResults = all.reduce((sum, s) => sum + s.searched, 0);
  return {
    articles,
    views,
    helpfulRatio: ratio(helpful, answers),
    searches: {
      total: searches,
      noResults: counts(noResults),
      top: counts(queries, 20),
      clickThroughRate: ratio(
        all.reduce((sum, s) => sum + s.clicked, 0),
        withResults,
      ),
    },
    sessions: { total: all.length, deflected, escalated, deflectionRate: ratio(deflected, deflected + escalated) },
  };
}
