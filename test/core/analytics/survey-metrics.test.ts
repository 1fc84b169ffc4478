import { describe, expect, it } from 'vitest';
import { computeSurveyMetrics } from '../../../src/core/analytics/survey-metrics.js';

let clock = 0;
const event = (type: string, userId: string, fields: Record<string, unknown> = {}) => ({
  type,
  timestamp: (clock += 1000),
  userId,
  surveyId: 'nps',
  ...fields,
});
const score = (userId: string, answer: number, segment: string) =>
  event('survey:answered', userId, { questionId: 'score', questionType: 'nps', answer, segment });

describe('computeSurveyMetrics', () => {
  it('computes NPS, mean, distribution and response rate', () => {
    const m = computeSurveyMetrics([
      event('survey:shown', 'a'),
      score('a', 10, 'promoter'),
      event('survey:answered', 'a', { questionId: 'why', questionType: 'text', answer: 'Fast' }),
      event('survey:completed', 'a', { offer: 'link' }),
      event('survey:shown', 'b'),
      score('b', 3, 'detractor'),
      event('survey:completed', 'b', { offer: 'chat' }),
      event('survey:shown', 'c'),
      score('c', 8, 'passive'),
      event('survey:completed', 'c', { offer: 'none' }),
      event('survey:shown', 'd'),
      score('d', 9, 'promoter'),
      event('survey:shown', 'e'),
      event('survey:snoozed', 'e', { until: 0 }),
      event('survey:shown', 'f'),
      event('survey:dismissed', 'f', { answered: 0 }),
    ])['nps']!;
    expect(m).toMatchObject({ shown: 6, responded: 4, completed: 3, snoozed: 1, dismissed: 1 });
    expect(m.responseRate).toBeCloseTo(4 / 6);
    // 2 promoters, 1 detractor of 4 → (2 − 1) / 4 = 25
    expect(m.questions['score']).toEqual({
      responses: 4,
      distribution: { '10': 1, '3': 1, '8': 1, '9': 1 },
      mean: 7.5,
      nps: 25,
    });
    expect(m.questions['why']).toEqual({ responses: 1, distribution: { text: 1 } });
  });

  it('reports the share of satisfied CSAT answers and counts choices', () => {
    const m = computeSurveyMetrics([
      event('survey:answered', 'a', {
        surveyId: 'csat',
        questionId: 'q',
        questionType: 'csat',
        answer: 5,
        segment: 'satisfied',
      }),
      event('survey:answered', 'b', {
        surveyId: 'csat',
        questionId: 'q',
        questionType: 'csat',
        answer: 2,
        segment: 'unsatisfied',
      }),
      event('survey:answered', 'b', {
        surveyId: 'csat',
        questionId: 'm',
        questionType: 'multiple',
        answer: ['x', 'y'],
      }),
    ])['csat']!;
    expect(m.questions['q']?.positiveRate).toBe(0.5);
    expect(m.questions['m']?.distribution).toEqual({ x: 1, y: 1 });
    expect(m.responded).toBe(2);
  });

  it('ignores malformed events', () => {
    expect(computeSurveyMetrics([null, { type: 'survey:shown' }, { type: 3 }] as never)).toEqual({});
  });
});
