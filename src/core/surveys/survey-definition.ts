/**
 * Surveys in the guide document: NPS, CSAT, CES, choice and free-text questions, shown by the same trigger,
 * audience and frequency rules as announcements, with branching by answer. Plain JSON types, merged into the
 * guide document schema.
 * @packageDocumentation
 */
import type { Condition, Duration } from '../conditions/condition-definition.js';
import type { FrequencyDefinition } from '../proactive/frequency-definition.js';

/**
 * The kind of a survey question. `nps`: "How likely are you to recommend …?" on 0–10 (0–6 detractor, 7–8 passive,
 * 9–10 promoter). `csat`: satisfaction on 1–5 (4–5 satisfied). `ces`: customer effort, "… made it easy to …" on 1–7
 * (5–7 easy). `single`: pick one of `options`; `multiple`: pick any of them. `text`: free text.
 */
export type SurveyQuestionType = 'nps' | 'csat' | 'ces' | 'single' | 'multiple' | 'text';

/** One option of a choice question. */
export interface SurveyOption {
  /**
   * A stable id: answers carry it, not the label (so the label can be reworded or translated).
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /** @minLength 1 */
  label: string;
}

/** A survey question. */
export interface SurveyQuestion {
  /**
   * A stable id, unique within the survey. Answers and metrics refer to it.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /** The kind of question. */
  type: SurveyQuestionType;
  /**
   * The question as the user reads it.
   * @minLength 1
   */
  text: string;
  /**
   * The user may skip the question.
   * @default false
   */
  optional?: boolean;
  /**
   * For `single` and `multiple`: the options, in order.
   * @minItems 2
   */
  options?: SurveyOption[];
  /** For scored questions: the label under the lowest score ("Not likely", "Very unsatisfied", "Strongly disagree"). */
  lowLabel?: string;
  /** For scored questions: the label under the highest score ("Very likely", "Very satisfied", "Strongly agree"). */
  highLabel?: string;
  /** For `text`: hint shown in the empty field. */
  placeholder?: string;
  /**
   * For `text`: the longest answer accepted, in characters.
   * @minimum 1
   * @default 1000
   */
  maxLength?: number;
}

/**
 * Which answers a branch applies to: a score segment of an NPS/CSAT/CES question (`detractor`, `passive`,
 * `promoter`; `unsatisfied`/`satisfied`; `difficult`/`easy`), a score range, or option ids of a choice question.
 */
export interface SurveyBranchCondition {
  /** The question whose answer decides. */
  question: string;
  /** Score segments this branch takes. */
  segment?: ('detractor' | 'passive' | 'promoter' | 'unsatisfied' | 'satisfied' | 'difficult' | 'easy')[];
  /** Lowest score this branch takes (inclusive). */
  min?: number;
  /** Highest score this branch takes (inclusive). */
  max?: number;
  /** Option ids this branch takes (any of them). */
  options?: string[];
}

/**
 * What happens after a branch's condition holds: ask another question (`goTo`), or end the survey with a
 * follow-up — a message, a link (e.g. a review site for promoters), a tour, the help centre, or chat.
 */
export interface SurveyBranch {
  when: SurveyBranchCondition;
  /**
   * The question after which the branch is checked. Default: the question `when` looks at. Set it to branch on an
   * earlier answer later on (ask everyone "why?", then end passives differently from detractors).
   */
  after?: string;
  /** Ask this question next instead of the following one. */
  goTo?: string;
  /** End the survey and offer this. */
  then?: SurveyFollowUp;
}

/** A survey's closing offer. */
export interface SurveyFollowUp {
  /** The thank-you text shown at the end (Markdown subset). */
  message?: string;
  /**
   * `chat`: "Talk to us" opens chat with the answers handed over; `help`: opens the help centre; `tour`: starts
   * `tourId`; `link`: opens `url` (http/https) in a new tab; `none`: only the message.
   * @default "none"
   */
  offer?: 'chat' | 'help' | 'tour' | 'link' | 'none';
  /** The offer's button label. Default per offer ("Chat with us", "Open help", "Show me how", "Open"). */
  label?: string;
  /** For `offer: "tour"`. */
  tourId?: string;
  /** For `offer: "link"`. */
  url?: string;
}

/** A survey: questions, when to ask, and what to do with the answers. */
export interface SurveyDefinition {
  /**
   * A stable id, unique among the document's surveys.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /** A heading over the questions. */
  title?: string;
  /** @minItems 1 */
  questions: SurveyQuestion[];
  /** Branches, checked in order after each answer; the first that holds applies. */
  branches?: SurveyBranch[];
  /** The ending when no branch ended the survey. */
  thankYou?: SurveyFollowUp;
  /** When to ask (see the proactive conditions). Without a trigger, only `waymark.showSurvey(id)` asks. */
  trigger?: Condition;
  /** Who may be asked. */
  audience?: Condition;
  /** How often: e.g. `{ "once": true }`, or every 90 days for a quarterly NPS. */
  frequency?: FrequencyDefinition;
  /**
   * Offer "Remind me later", which hides the survey for this long (an ISO-8601 duration).
   * @examples ["P2D", "P1W"]
   */
  remindLater?: Duration;
}
