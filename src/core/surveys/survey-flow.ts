/**
 * The survey's path through its questions: score segments (NPS detractor / passive / promoter, CSAT
 * satisfied, CES easy), branch matching, and which question or ending comes after an answer. Headless.
 * @packageDocumentation
 */
import type {
  SurveyBranch,
  SurveyBranchCondition,
  SurveyDefinition,
  SurveyFollowUp,
  SurveyQuestion,
} from './survey-definition.js';

/** An answer: a score (NPS, CSAT, CES), an option id (`single`), option ids (`multiple`), text, or skipped. */
export type SurveyAnswer = number | string | string[] | undefined;

/** A score segment. */
export type ScoreSegment = NonNullable<SurveyBranchCondition['segment']>[number];

/** The scale of a scored question: lowest and highest score. */
export function scaleOf(question: SurveyQuestion): [min: number, max: number] | undefined {
  if (question.type === 'nps') return [0, 10];
  if (question.type === 'csat') return [1, 5];
  if (question.type === 'ces') return [1, 7];
  return undefined;
}

/**
 * The segment a score falls in: NPS 0–6 `detractor`, 7–8 `passive`, 9–10 `promoter`; CSAT 1–3 `unsatisfied`,
 * 4–5 `satisfied`; CES 1–4 `difficult`, 5–7 `easy`.
 * @param question - a scored question.
 * @param score - the answer.
 */
export function segmentOf(question: SurveyQuestion, score: number): ScoreSegment | undefined {
  if (question.type === 'nps') return score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter';
  if (question.type === 'csat') return score >= 4 ? 'satisfied' : 'unsatisfied';
  if (question.type === 'ces') return score >= 5 ? 'easy' : 'difficult';
  return undefined;
}

/**
 * Is the answer valid for the question? (A score in range and whole, a known option, text within `maxLength`;
 * skipping only when the question is optional.)
 */
export function isValidAnswer(question: SurveyQuestion, answer: SurveyAnswer): boolean {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && !answer.length))
    return question.optional === true;
  const scale = scaleOf(question);
  if (scale) return typeof answer === 'number' && Number.isInteger(answer) && answer >= scale[0] && answer <= scale[1];
  if (question.type === 'text') return typeof answer === 'string' && answer.length <= (question.maxLength ?? 1000);
  if (question.type !== 'single' && question.type !== 'multiple') return false;
  const ids = new Set((question.options ?? []).map((option) => option.id));
  if (question.type === 'single') return typeof answer === 'string' && ids.has(answer);
  return Array.isArray(answer) && answer.every((id) => ids.has(id));
}

/** Does a branch's condition hold for the answers so far? */
export function branchHolds(
  survey: SurveyDefinition,
  when: SurveyBranchCondition,
  answers: Readonly<Record<string, SurveyAnswer>>,
): boolean {
  const question = survey.questions.find((q) => q.id === when.question);
  const answer = answers[when.question];
  if (!question || answer === undefined) return false;
  if (typeof answer === 'number') {
    const segment = segmentOf(question, answer);
    if (when.segment && !(segment && when.segment.includes(segment))) return false;
    if (when.min !== undefined && answer < when.min) return false;
    if (when.max !== undefined && answer > when.max) return false;
    return !when.options;
  }
  if (when.segment || when.min !== undefined || when.max !== undefined) return false;
  const chosen = Array.isArray(answer) ? answer : [answer];
  return !when.options || when.options.some((id) => chosen.includes(id));
}

/** What comes after an answer: the next question, or the end with its follow-up. */
export type SurveyNext = { question: SurveyQuestion } | { end: SurveyFollowUp; branch?: SurveyBranch };

/**
 * The next question or the ending after answering `questionId`: the first branch about this question whose
 * condition holds decides (`goTo` a question, or `then` end); otherwise the following question, or the
 * survey's `thankYou` after the last.
 * @param survey - the survey.
 * @param questionId - the question just answered (or skipped).
 * @param answers - every answer so far, by question id.
 */
export function nextAfter(
  survey: SurveyDefinition,
  questionId: string,
  answers: Readonly<Record<string, SurveyAnswer>>,
): SurveyNext {
  const branch = survey.branches?.find(
    (b) => (b.after ?? b.when.question) === questionId && branchHolds(survey, b.when, answers),
  );
  if (branch?.then) return { end: branch.then, branch };
  const index = survey.questions.findIndex((q) => q.id === (branch?.goTo ?? questionId));
  const target = branch?.goTo ? survey.questions[index] : survey.questions[index + 1];
  // a goTo that points backwards or nowhere would loop or strand the user: end instead
  const current = survey.questions.findIndex((q) => q.id === questionId);
  if (target && survey.questions.indexOf(target) > current) return { question: target };
  return { end: survey.thankYou ?? {} };
}
