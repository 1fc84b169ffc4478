import { describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../../src/core/surveys/survey-definition.js';
import { isValidAnswer, nextAfter, segmentOf } from '../../../src/core/surveys/survey-flow.js';

const nps: SurveyDefinition = {
  id: 'quarterly-nps',
  questions: [
    { id: 'score', type: 'nps', text: 'How likely are you to recommend Acme to a colleague?' },
    { id: 'why', type: 'text', text: 'What is the main reason for your score?', optional: true },
    {
      id: 'area',
      type: 'multiple',
      text: 'What should we improve?',
      options: [
        { id: 'speed', label: 'Speed' },
        { id: 'billing', label: 'Billing' },
      ],
      optional: true,
    },
  ],
  branches: [
    { when: { question: 'score', segment: ['promoter'] }, then: { offer: 'link', url: 'https://example.com/review' } },
    { when: { question: 'score', segment: ['passive'] }, goTo: 'area' },
    { when: { question: 'area', options: ['billing'] }, then: { offer: 'help' } },
  ],
  thankYou: { message: 'Thank you!', offer: 'chat' },
};

describe('segmentOf', () => {
  it('splits NPS, CSAT and CES scores at the standard boundaries', () => {
    const [score] = nps.questions;
    expect([0, 6, 7, 8, 9, 10].map((n) => segmentOf(score!, n))).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
    expect(segmentOf({ id: 'c', type: 'csat', text: 'x' }, 3)).toBe('unsatisfied');
    expect(segmentOf({ id: 'c', type: 'csat', text: 'x' }, 4)).toBe('satisfied');
    expect(segmentOf({ id: 'e', type: 'ces', text: 'x' }, 5)).toBe('easy');
  });
});

describe('nextAfter', () => {
  it('ends a promoter with the review link', () => {
    expect(nextAfter(nps, 'score', { score: 10 })).toMatchObject({ end: { offer: 'link' } });
  });
  it('sends a passive to the improvement question, skipping "why"', () => {
    expect(nextAfter(nps, 'score', { score: 7 })).toEqual({ question: nps.questions[2] });
  });
  it('asks a detractor why, then ends with the chat offer (no branch applies)', () => {
    expect(nextAfter(nps, 'score', { score: 3 })).toEqual({ question: nps.questions[1] });
    expect(nextAfter(nps, 'why', { score: 3, why: 'Too slow' })).toEqual({ question: nps.questions[2] });
    expect(nextAfter(nps, 'area', { score: 3, area: ['speed'] })).toEqual({ end: nps.thankYou });
  });
  it('branches on chosen options', () => {
    expect(nextAfter(nps, 'area', { score: 7, area: ['speed', 'billing'] })).toMatchObject({ end: { offer: 'help' } });
  });
  it('branches on an earlier answer after a later question (`after`)', () => {
    const later: SurveyDefinition = {
      ...nps,
      branches: [{ after: 'why', when: { question: 'score', segment: ['detractor'] }, then: { offer: 'chat' } }],
    };
    expect(nextAfter(later, 'score', { score: 2 })).toEqual({ question: nps.questions[1] });
    expect(nextAfter(later, 'why', { score: 2, why: 'x' })).toMatchObject({ end: { offer: 'chat' } });
    expect(nextAfter(later, 'why', { score: 8, why: 'x' })).toEqual({ question: nps.questions[2] });
  });

  it('never loops back: a goTo to an earlier question ends the survey', () => {
    const loop: SurveyDefinition = { ...nps, branches: [{ when: { question: 'why' }, goTo: 'score' }] };
    expect(nextAfter(loop, 'why', { score: 3, why: 'x' })).toEqual({ end: nps.thankYou });
  });
});

describe('isValidAnswer', () => {
  const [score, why, area] = nps.questions;
  it('accepts whole scores in range only', () => {
    expect([0, 10, 11, -1, 5.5].map((n) => isValidAnswer(score!, n))).toEqual([true, true, false, false, false]);
  });
  it('lets optional questions be skipped and checks options', () => {
    expect(isValidAnswer(score!, undefined)).toBe(false);
    expect(isValidAnswer(why!, undefined)).toBe(true);
    expect(isValidAnswer(area!, ['speed'])).toBe(true);
    expect(isValidAnswer(area!, ['nope'])).toBe(false);
  });
});
