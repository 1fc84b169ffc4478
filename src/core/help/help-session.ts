/**
 * Help sessions: one opening of the help centre, from `help:opened` to `help:closed`, with what the user read and
 * searched in it (handed to chat if they escalate) and whether they escalated. Headless.
 * @packageDocumentation
 */
import type { EventSource } from '../event-base.js';
import type { WaymarkContext } from '../waymark-context.js';
import type { HelpOpenReason } from './help-events.js';

/** The session in progress. */
export interface HelpSession {
  id: string;
  /** Article ids read, in order. */
  articles: string[];
  /** Queries searched, in order. */
  searches: string[];
  /** Whether the user opened chat from it. */
  chat: boolean;
}

/** See {@link createHelpSessions}. */
export interface HelpSessions {
  /** The session in progress, started now (`help:opened`) if none is. */
  begin(reason: HelpOpenReason, source: EventSource): HelpSession;
  /** End the session in progress, if any (`help:closed`: escalated, or deflected when the user read something). */
  end(source: EventSource): void;
}

/**
 * Track an instance's help sessions and report them as events.
 * @param ctx - the instance's events and clock.
 * @param route - the current path, for `help:opened`.
 */
export function createHelpSessions(
  ctx: Pick<WaymarkContext, 'events' | 'now' | 'stamp'>,
  route: () => string,
): HelpSessions {
  let session: HelpSession | undefined;
  let count = 0;
  return {
    begin(reason, source) {
      if (session) return session;
      session = { id: `${ctx.now().toString(36)}-${++count}`, articles: [], searches: [], chat: false };
      ctx.events.emit('help:opened', { sessionId: session.id, reason, route: route(), source, ...ctx.stamp() });
      return session;
    },
    end(source) {
      if (!session) return;
      const { id, articles, chat } = session;
      session = undefined;
      ctx.events.emit('help:closed', {
        sessionId: id,
        escalated: chat,
        deflected: !chat && articles.length > 0,
        source,
        ...ctx.stamp(),
      });
    },
  };
}
