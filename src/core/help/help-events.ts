/**
 * The help centre's events: every article view, search, result click and answer to "Was this helpful?" is a
 * fact on the instance's event stream (merged into `WaymarkEventMap`), so analytics sinks, `metrics()` and the
 * proactive engine ("the same article three times in a week → offer the walkthrough") see them with no app code.
 * @packageDocumentation
 */
import type { BaseEvent, EventSource } from '../event-base.js';

/** Why a help session started: the launcher, `openHelp()`, a "Still stuck?" offer, a tour step, a trigger. */
export type HelpOpenReason = 'launcher' | 'api' | 'offer' | 'step' | 'trigger';

/** Fields of every help event: the session they belong to (one opening of the panel). */
export interface HelpEventBase extends BaseEvent {
  /** Identifies one help session, from opening the panel to closing it (or the page going away). */
  sessionId: string;
}

/** Help centre events, merged into `WaymarkEventMap`. */
export interface HelpEventMap {
  /** The help panel opened. */
  'help:opened': HelpEventBase & { reason: HelpOpenReason; route: string; source: EventSource };
  /**
   * The help panel closed. `escalated`: the user opened chat during the session; `deflected`: they read at least
   * one article and did not.
   */
  'help:closed': HelpEventBase & { escalated: boolean; deflected: boolean; source: EventSource };
  /** A user read an article (opened it in the panel, or followed its knowledge-base link). */
  'help:article-viewed': HelpEventBase & {
    articleId: string;
    /** How they got there: the contextual list, a search result, the "no" follow-up, a link. */
    from: 'suggested' | 'search' | 'list' | 'follow-up' | 'api';
    external: boolean;
  };
  /** A search settled (the user paused typing or pressed Enter). */
  'help:searched': HelpEventBase & { query: string; results: number; topIds: string[] };
  /** A user chose a search result. */
  'help:result-clicked': HelpEventBase & { query: string; articleId: string; position: number };
  /** A user answered "Was this helpful?" about an article or a tour step. */
  'help:feedback': HelpEventBase & {
    articleId?: string;
    tourId?: string;
    stepId?: string;
    helpful: boolean;
    /** The optional comment, exactly as typed (only when the user wrote one). */
    comment?: string;
  };
}
