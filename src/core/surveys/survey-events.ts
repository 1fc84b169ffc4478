/**
 * Survey events, merged into `WaymarkEventMap`: analytics sinks receive every answer, and `metrics()` computes
 * scores and response rates from them. Answers carry only what the user entered and the ids of the survey,
 * question and options — nothing else about the user is collected.
 * @packageDocumentation
 */
import type { BaseEvent, EventSource } from '../event-base.js';
import type { SurveyAnswer } from './survey-flow.js';

/** Fields of every survey event. */
export interface SurveyEventBase extends BaseEvent {
  surveyId: string;
}

/** Survey events, merged into `WaymarkEventMap`. */
export interface SurveyEventMap {
  /** A survey was shown. */
  'survey:shown': SurveyEventBase & { source: EventSource };
  /** The user answered (or skipped: `answer` absent) a question. */
  'survey:answered': SurveyEventBase & {
    questionId: string;
    questionType: 'nps' | 'csat' | 'ces' | 'single' | 'multiple' | 'text';
    answer?: Exclude<SurveyAnswer, undefined>;
    /** The score's segment (`detractor`, `promoter`, `satisfied`…), for scored questions. */
    segment?: string;
  };
  /** The user reached the end; `offer` is the follow-up offered. */
  'survey:completed': SurveyEventBase & { offer: string };
  /** The user closed the survey before the end. */
  'survey:dismissed': SurveyEventBase & { source: EventSource; answered: number };
  /** "Remind me later": hidden until `until` (ms since the epoch). */
  'survey:snoozed': SurveyEventBase & { until: number };
}
