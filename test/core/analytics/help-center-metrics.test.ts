import { describe, expect, it } from 'vitest';
import { computeHelpCenterMetrics } from '../../../src/core/analytics/help-center-metrics.js';

let clock = 0;
const at = (type: string, fields: Record<string, unknown> = {}) => ({
  type,
  timestamp: (clock += 1000),
  userId: 'u1',
  ...fields,
});

describe('computeHelpCenterMetrics', () => {
  it('counts views and helpfulness per article and overall', () => {
    const m = computeHelpCenterMetrics([
      at('help:opened', { sessionId: 's1' }),
      at('help:article-viewed', { sessionId: 's1', articleId: 'a' }),
      at('help:feedback', { sessionId: 's1', articleId: 'a', helpful: false }),
      at('help:article-viewed', { sessionId: 's1', articleId: 'b' }),
      at('help:feedback', { sessionId: 's1', articleId: 'b', helpful: true }),
      at('help:article-viewed', { sessionId: 's2', articleId: 'b' }),
      at('help:feedback', { sessionId: 's2', articleId: 'b', helpful: true }),
    ]);
    expect(m.articles).toEqual({
      a: { views: 1, helpful: 0, notHelpful: 1, helpfulRatio: 0 },
      b: { views: 2, helpful: 2, notHelpful: 0, helpfulRatio: 1 },
    });
    expect(m.views).toBe(3);
    expect(m.helpfulRatio).toBeCloseTo(2 / 3);
  });

  it('lists the searches that found nothing, folded and most frequent first (the content gap list)', () => {
    const m = computeHelpCenterMetrics([
      at('help:searched', { sessionId: 's1', query: 'Refund', results: 0 }),
      at('help:searched', { sessionId: 's1', query: 'invoice', results: 3 }),
      at('help:result-clicked', { sessionId: 's1', query: 'invoice', articleId: 'x', position: 0 }),
      at('help:searched', { sessionId: 's2', query: ' refund ', results: 0 }),
      at('help:searched', { sessionId: 's2', query: 'api key', results: 0 }),
      at('help:searched', { sessionId: 's2', query: 'plan', results: 2 }),
    ]);
    expect(m.searches.total).toBe(5);
    expect(m.searches.noResults).toEqual([
      { query: 'refund', count: 2 },
      { query: 'api key', count: 1 },
    ]);
    expect(m.searches.top[0]).toEqual({ query: 'refund', count: 2 });
    expect(m.searches.clickThroughRate).toBe(0.5);
  });

  it('tells deflected sessions from escalated ones, also when the close was never recorded', () => {
    const m = computeHelpCenterMetrics([
      // s1: read, closed, no chat → deflected
      at('help:opened', { sessionId: 's1' }),
      at('help:article-viewed', { sessionId: 's1', articleId: 'a' }),
      at('help:closed', { sessionId: 's1', escalated: false, deflected: true }),
      // s2: read, then chat while open → escalated
      at('help:opened', { sessionId: 's2' }),
      at('help:article-viewed', { sessionId: 's2', articleId: 'a' }),
      at('chat:opened', { provider: 'custom', reason: 'help' }),
      at('help:closed', { sessionId: 's2', escalated: true, deflected: false }),
      // s3: opened and closed without reading → neither
      at('help:opened', { sessionId: 's3' }),
      at('help:closed', { sessionId: 's3', escalated: false, deflected: false }),
      // s4: page left without a close, chat by another user does not count
      at('help:opened', { sessionId: 's4' }),
      at('help:article-viewed', { sessionId: 's4', articleId: 'b' }),
      at('chat:opened', { provider: 'custom', reason: 'help', userId: 'u2' }),
    ]);
    expect(m.sessions).toEqual({ total: 4, deflected: 2, escalated: 1, deflectionRate: 2 / 3 });
  });

  it('skips malformed events and reports zeros, never NaN', () => {
    const m = computeHelpCenterMetrics([null, { type: 5 }, at('help:feedback', { articleId: 3 })] as never);
    expect(m.helpfulRatio).toBe(0);
    expect(m.sessions.deflectionRate).toBe(0);
    expect(m.searches.clickThroughRate).toBe(0);
  });
});
