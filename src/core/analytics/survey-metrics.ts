/**
 * Survey results from the event stream: response rate, and per question the distribution, the mean score, the
 * NPS (% promoters − % detractors), the share of satisfied (CSAT) or easy (CES) answers. Never throws.
 * @packageDocumentation
 */
import { ratio } from './ratio.js';

/** Results for one question. */
export interface QuestionMetrics {
  responses: number;
  /** Answer (score, option id, or `"text"` for free text) → count. */
  distribution: Record<string, number>;
  /** Mean score, for scored questions. */
  mean?: number;
  /** Net Promoter Score from −100 to 100, for NPS questions. */
  nps?: number;
  /** Share of `satisfied` (CSAT) or `easy` (CES) answers, 0 to 1. */
  positiveRate?: number;
}

/** Results for one survey. */
export interface SurveyMetrics {
  shown: number;
  /** Showings in which the user answered at least one question. */
  responded: number;
  completed: number;
  dismissed: number;
  snoozed: number;
  /** `responded / shown` (0 to 1). */
  responseRate: number;
  questions: Record<string, QuestionMetrics>;
}

interface SurveyEvent {
  type: string;
  timestamp?: number;
  userId?: unknown;
  surveyId?: unknown;
  questionId?: unknown;
  questionType?: unknown;
  answer?: unknown;
  segment?: unknown;
}

/**
 * Compute every survey's results from Waymark events (or the event log's) in any order.
 * @param events - the events.
 */
export function computeSurveyMetrics(events: readonly { type: string }[]): Record<string, SurveyMetrics> {
  const surveys: Record<string, SurveyMetrics> = Object.create(null);
  /** Per survey and question: scores and segments, to compute means and NPS at the end. */
  const scores = new Map<string, { sum: number; count: number; segments: Record<string, number> }>();
  /** The open showing per user and survey: whether it was answered yet. */
  const open = new Map<string, boolean>();
  const list = (events as SurveyEvent[])
    .filter((event) => typeof event?.type === 'string' && event.type.startsWith('survey:'))
    .filter((event) => typeof event.surveyId === 'string')
    .sort((a, b) => (+(a.timestamp ?? 0) || 0) - (+(b.timestamp ?? 0) || 0));
  for (let event of list) {
    const id = event.surveyId as string;
    const survey = (surveys[id] ??= {
      shown: 0,
      responded: 0,
      completed: 0,
      dismissed: 0,
      snoozed: 0,
      responseRate: 0,
      questions: Object.create(null),
    });
    const showing = `${String(event.userId ?? '')}\0${id}`;
    switch (event.type) {
      case 'survey:shown':
        survey.shown++;
        open.set(showing, false);
        break;
      case 'survey:answered': {
        if (typeof event.questionId !== 'string' || event.answer === undefined) break;
        if (open.get(showing) === false) {
          survey.responded++;
          open.set(showing, true);
        } else if (!open.has(showing)) {
          // an answer whose showing was not recorded still counts as a response to one showing
          survey.shown++;
          survey.responded++;
          open.set(showing, true);
        }
        const question = (survey.questions[event.questionId] ??= { responses: 0, distribution: Object.create(null) });
        question.responses++;
        // The live stream carries numbers and arrays; the event log the same as text (`7`, `a|b`).
        const scored = event.questionType === 'nps' || event.questionType === 'csat' || event.questionType === 'ces';
        if (scored && typeof event.answer === 'string') event = { ...event, answer: Number(event.answer) };
        const answers =
          event.questionType === 'text'
            ? ['text']
            : Array.isArray(event.answer)
              ? event.answer
              : event.questionType === 'multiple' && typeof event.answer === 'string'
                ? event.answer.split('|')
                : [event.answer];
        for (const answer of answers)
          question.distribution[String(answer)] = (question.distribution[String(answer)] ?? 0) + 1;
        if (typeof event.answer === 'number') {
          const key = `${id}\0${event.questionId}`;
          const acc = scores.get(key) ?? { sum: 0, count: 0, segments: {} };
          acc.sum += event.answer;
          acc.count++;
          if (typeof event.segment === 'string') acc.segments[event.segment] = (acc.segments[event.segment] ?? 0) + 1;
          scores.set(key, acc);
          if (event.questionType === 'nps') question.nps = 0;
          if (event.questionType === 'csat' || event.questionType === 'ces') question.positiveRate = 0;
        }
        break;
      }
      case 'survey:completed':
        survey.completed++;
        open.delete(showing);
        break;
      case 'survey:dismissed':
        survey.dismissed++;
        open.delete(showing);
        break;
      case 'survey:snoozed':
        survey.snoozed++;
        open.delete(showing);
        break;
    }
  }
  for (const [key, { sum, count, segments }] of scores) {
    const [surveyId, questionId] = key.split('\0') as [string, string];
    const question = surveys[surveyId]!.questions[questionId]!;
    question.mean = Math.round((sum / count) * 100) / 100;
    if (question.nps !== undefined)
      question.nps = Math.round(100 * ratio((segments.promoter ?? 0) - (segments.detractor ?? 0), count));
    if (question.positiveRate !== undefined)
      question.positiveRate = ratio((segments.satisfied ?? 0) + (segments.easy ?? 0), count);
  }
  for (const survey of Object.values(surveys)) survey.responseRate = ratio(survey.responded, survey.shown);
  return surveys;
}
