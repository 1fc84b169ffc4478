/**
 * The surveys feature: asks a survey in a corner slide-out when the proactive engine says its trigger holds (or
 * when the app asks), walks its questions with branching, reports every answer as an event (for the analytics
 * sinks and `metrics()`), honours "Remind me later", and acts on the closing offer — chat with the answers handed
 * over, the help centre, a walkthrough or a link. Remembers completion and snoozes in the `surveys` section.
 * @packageDocumentation
 */
import { parseDuration } from '../core/conditions/parse-duration.js';
import { layersOf } from '../core/layer-stack.js';
import { localize } from '../core/localize.js';
import { HELP_CENTER } from '../core/help/help-center-handle.js';
import { SURVEYS } from '../core/surveys/surveys-handle.js';
import type { SurveyDefinition, SurveyFollowUp } from '../core/surveys/survey-definition.js';
import { nextAfter, scaleOf, segmentOf, type SurveyAnswer } from '../core/surveys/survey-flow.js';
import type { EventSource } from '../core/events.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { dockLayer } from '../dom/dock-layer.js';
import { registerElements } from '../elements/register-elements.js';
import { WmSurvey, defaultSurveyLabels } from '../elements/survey.js';
import { registerTriggerTarget } from './trigger-targets.js';

/** What Waymark remembers about one survey for the user. */
export interface SurveyProgress {
  /** When they reached the end. */
  completed?: number;
  /** "Remind me later": not asked again before this time (ms since the epoch). */
  snoozedUntil?: number;
}

const SECTION = 'surveys';
/**
 * Ask a survey now (ignores its trigger and audience; a snooze still holds unless `force`).
 * @param ctx - the instance's context (`waymark.context`).
 * @param id - the survey id.
 * @returns false when the instance has no such survey or it is snoozed.
 */
export function showSurvey(ctx: WaymarkContext, id: string): boolean {
  return !!ctx.shared(SURVEYS, () => ({})).show?.(id, 'api');
}

const safeLink = (url: string | undefined) => !!url && /^https?:\/\//i.test(url);

/**
 * The surveys plugin (loaded when the document has `surveys`). Its words are localised with
 * `createWaymark({ labels })` under `survey.*` (see `defaultSurveyLabels`).
 * @param ctx - the instance's context.
 * @returns the cleanup.
 */
export default function surveys(ctx: WaymarkContext): () => void {
  const { progress, events } = ctx;
  const list = (Array.isArray(ctx.doc.surveys) ? ctx.doc.surveys : []).filter(
    (s): s is SurveyDefinition => !!s?.id && Array.isArray(s.questions) && s.questions.length > 0,
  );
  const labels = localize(ctx, 'survey', defaultSurveyLabels);
  const read = (): Record<string, SurveyProgress> => Object(progress.getSection(SECTION));
  const put = (id: string, patch: SurveyProgress) =>
    progress.setSection(SECTION, { ...read(), [id]: { ...read()[id], ...patch } });
  let open: { survey: SurveyDefinition; el: WmSurvey; undock: () => void } | undefined;
  const cleanups: (() => void)[] = [];

  const hide = () => {
    if (!open) return;
    const { el, undock } = open;
    open = undefined;
    const inside = !!el.shadowRoot?.activeElement || el.matches(':focus-within');
    undock();
    el.remove();
    return inside;
  };

  const act = (survey: SurveyDefinition, offer: SurveyFollowUp, answers: Record<string, SurveyAnswer>) => {
    const source = { source: 'button' as const, guideId: survey.id };
    if (offer.offer === 'chat') {
      const summary = survey.questions
        .filter((q) => answers[q.id] !== undefined)
        .map((q) => `${q.id}=${[answers[q.id]].flat().join('|')}`);
      ctx.run(
        { action: 'escalate', reason: `survey:${survey.id}` },
        { ...source, help: { articles: [], searches: [], survey: summary } },
      );
    } else if (offer.offer === 'tour' && offer.tourId) ctx.run({ action: 'start-tour', tour: offer.tourId }, source);
    else if (offer.offer === 'help') ctx.shared(HELP_CENTER, () => ({})).open?.('trigger');
    else if (offer.offer === 'link' && safeLink(offer.url)) window.open(offer.url, '_blank', 'noopener,noreferrer');
  };

  const show = (id: string, source: EventSource): boolean => {
    const survey = list.find((s) => s.id === id);
    if (!survey || typeof document === 'undefined' || open) return false;
    if ((read()[id]?.snoozedUntil ?? 0) > ctx.now()) return false;
    // A slide-out: it waits while a tour or a modal holds the screen.
    if (ctx.$modal.get() != null) return false;
    const answers: Record<string, SurveyAnswer> = {};
    let answered = 0;
    const el = document.createElement('wm-survey') as WmSurvey;
    Object.assign(el, {
      heading: survey.title ?? '',
      question: survey.questions[0],
      index: 0,
      total: survey.questions.length,
      remindLater: !!survey.remindLater,
      labels,
    });
    let from: HTMLElement | null = null;
    el.addEventListener('focusin', (e) => (from ??= e.relatedTarget as HTMLElement | null));
    const finish = (ending: SurveyFollowUp) => {
      put(id, { completed: ctx.now(), snoozedUntil: undefined });
      events.emit('survey:completed', { surveyId: id, offer: ending.offer ?? 'none', ...ctx.stamp() });
      el.ending = ending;
    };
    el.addEventListener('wm-survey-answer', ({ detail: { questionId, answer } }) => {
      const question = survey.questions.find((q) => q.id === questionId);
      if (!question) return;
      answers[questionId] = answer;
      if (answer !== undefined) answered++;
      const segment = typeof answer === 'number' && scaleOf(question) ? segmentOf(question, answer) : undefined;
      events.emit('survey:answered', {
        surveyId: id,
        questionId,
        questionType: question.type,
        ...(answer !== undefined ? { answer } : {}),
        ...(segment ? { segment } : {}),
        ...ctx.stamp(),
      });
      const next = nextAfter(survey, questionId, answers);
      if ('end' in next) finish(next.end);
      else {
        el.question = next.question;
        el.index = survey.questions.indexOf(next.question);
      }
      // Keep the keyboard user in the box: the answered control is replaced.
      void el.updateComplete.then(() =>
        el.shadowRoot?.querySelector<HTMLElement>('input, textarea, .primary')?.focus({ preventScroll: true }),
      );
    });
    el.addEventListener('wm-survey-close', ({ detail: { source: how } }) => {
      const ending = el.ending;
      if (how === 'remind-later') {
        const until = ctx.now() + (parseDuration(survey.remindLater ?? '') ?? 2 * 864e5);
        put(id, { snoozedUntil: until });
        events.emit('survey:snoozed', { surveyId: id, until, ...ctx.stamp() });
      } else if (!ending)
        events.emit('survey:dismissed', {
          surveyId: id,
          source: how === 'keyboard' ? 'keyboard' : 'close-button',
          answered,
          ...ctx.stamp(),
        });
      const inside = hide();
      if (how === 'offer' && ending) act(survey, ending, answers);
      else if (inside && from?.isConnected) from.focus({ preventScroll: true });
    });
    // In the app's `container` when it gave one (hide() removes it again).
    ctx.mount(el);
    open = { survey, el, undock: () => {} };
    const mine = open;
    void el.updateComplete.then(() => {
      const box = el.shadowRoot?.querySelector('.box');
      if (open === mine && box)
        mine.undock = dockLayer(layersOf(ctx), el, {
          id: `survey:${id}`,
          corner: 'bottom-right',
          order: 3,
          measure: box,
        });
    });
    events.emit('survey:shown', { surveyId: id, source, ...ctx.stamp() });
    return true;
  };

  registerElements({ 'wm-survey': WmSurvey });
  const handle = ctx.shared(SURVEYS, () => ({}));
  handle.show = show;
  cleanups.push(() => (handle.show = undefined));
  // A tour starting while a survey is open: the survey steps aside (it can be asked again later).
  cleanups.push(ctx.$modal.listen((holder) => holder != null && open && hide()));
  for (const survey of list)
    if (survey.trigger)
      cleanups.push(registerTriggerTarget(ctx, 'survey', survey.id, () => show(survey.id, 'trigger')));

  return () => {
    hide();
    cleanups.splice(0).forEach((cleanup) => cleanup());
  };
}
