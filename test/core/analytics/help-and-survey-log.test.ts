import { describe, expect, it } from 'vitest';
import { createEventLog } from '../../../src/core/analytics/event-log.js';
import { computeMetrics } from '../../../src/core/analytics/metrics.js';

let clock = 1_700_000_000_000;
const at = (type: string, fields: Record<string, unknown>) => ({
  type,
  timestamp: (clock += 1000),
  userId: 'u',
  ...fields,
});

const events = [
  at('help:opened', { sessionId: 's', reason: 'launcher', route: '/billing', source: 'button' }),
  at('help:searched', { sessionId: 's', query: 'refund', results: 0, topIds: [] }),
  at('help:searched', { sessionId: 's', query: 'invoice', results: 2, topIds: ['a', 'b'] }),
  at('help:result-clicked', { sessionId: 's', query: 'invoice', articleId: 'a', position: 0 }),
  at('help:article-viewed', { sessionId: 's', articleId: 'a', from: 'search', external: false }),
  at('help:feedback', { sessionId: 's', articleId: 'a', helpful: false, comment: 'My card number is 4242…' }),
  at('help:closed', { sessionId: 's', escalated: false, deflected: true, source: 'button' }),
  at('survey:shown', { surveyId: 'nps', source: 'trigger' }),
  at('survey:answered', { surveyId: 'nps', questionId: 'score', questionType: 'nps', answer: 4, segment: 'detractor' }),
  at('survey:answered', { surveyId: 'nps', questionId: 'why', questionType: 'text', answer: 'Call me on +49 30 123' }),
  at('survey:answered', {
    surveyId: 'nps',
    questionId: 'areas',
    questionType: 'multiple',
    answer: ['speed', 'billing'],
  }),
  at('survey:completed', { surveyId: 'nps', offer: 'chat' }),
];

describe('the event log keeps help centre and survey events', () => {
  it('computes the same help centre and survey metrics after a snapshot round-trip as from the live stream', () => {
    const log = createEventLog();
    events.forEach(log.add);
    const restored = createEventLog({ snapshot: JSON.parse(JSON.stringify(log.snapshot())) });
    const live = computeMetrics(events);
    const stored = computeMetrics(restored.events());
    expect(stored.helpCenter).toEqual(live.helpCenter);
    expect(stored.surveys).toEqual(live.surveys);
    expect(live.helpCenter.articles['a']).toMatchObject({ views: 1, notHelpful: 1 });
    expect(live.helpCenter.searches.noResults).toEqual([{ query: 'refund', count: 1 }]);
    expect(live.surveys['nps']?.questions['areas']?.distribution).toEqual({ speed: 1, billing: 1 });
  });

  it('does not keep what the user typed: comments and free-text answers stay out of the stored log', () => {
    const log = createEventLog();
    events.forEach(log.add);
    const text = JSON.stringify(log.snapshot());
    expect(text).not.toContain('4242');
    expect(text).not.toContain('+49');
  });
});
