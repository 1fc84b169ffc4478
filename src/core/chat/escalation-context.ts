import type { ChatFieldValue } from './chat-adapter.js';
import type { ChatContextOptions } from './chat-definition.js';
import { renderTemplate, toText } from './render-template.js';

/** Where the user is when they ask for help. Everything except `page` is optional. */
export interface EscalationInput {
  /** The tour they were on. */
  tour?: { id: string; title?: string };
  /** The step they were on. */
  step?: { id: string; title?: string };
  /** Zero-based index of that step. */
  stepIndex?: number;
  /** Number of steps in the tour. */
  stepCount?: number;
  /** The current page. */
  page: { url: string; title?: string };
  /** Names of the proactive triggers that led here. */
  triggers?: string[];
  /** The user as the app identified them. Only `id` and the traits listed in `include.traits` are used. */
  user?: { id?: string; traits?: Record<string, unknown> };
  /** Why escalation happened (`button`, `stuck`, `api`, …). */
  reason?: string;
  /** What the user read and searched in the help centre before asking (article ids, queries). */
  help?: { articles: string[]; searches: string[]; survey?: string[] };
  /** The message template (the guide's `chat.message`); a sensible English default otherwise. */
  template?: string;
  /** Which context to include; see {@link ChatContextOptions} for the defaults. */
  include?: ChatContextOptions;
}

/** The message and the flat fields handed to a chat provider. */
export interface EscalationContext {
  /** The rendered plain-text message. */
  message: string;
  /** Flat, provider-friendly fields: `waymark_tour`, `waymark_step`, `waymark_page`, `waymark_reason`, … */
  fields: Record<string, ChatFieldValue>;
  /** The values the template saw; pass it to {@link renderTemplate} for `subject` and other texts. */
  values: Record<string, unknown>;
}

/**
 * Build the context of an escalation: a message from the template and flat fields, both respecting
 * the `include` flags. The page address loses its query string and fragment unless
 * `include.pageQuery` is set. No personal data beyond `user.id` and the listed traits.
 * @param input - where the user is, the template and the include flags
 * @returns the message, the fields and the template values
 */
export function buildEscalationContext(input: EscalationInput): EscalationContext {
  const { tour, step, stepIndex, page, triggers, user, reason, help, include = {} } = input;
  const fields: Record<string, ChatFieldValue> = {};
  const values: Record<string, unknown> = { reason };
  const put = (key: string, value: unknown) => {
    if (toText(value)) fields[('waymark_' + key).toLowerCase().replace(/\W/g, '_')] = value as ChatFieldValue;
  };
  if (tour && include.tour !== false) {
    values.tour = { id: tour.id, title: tour.title ?? tour.id };
    put('tour', tour.id);
    put('tour_title', tour.title);
  }
  if (step && include.step !== false) {
    const number = stepIndex! >= 0 ? stepIndex! + 1 : undefined;
    values.step = { id: step.id, title: step.title ?? step.id, number, count: input.stepCount };
    put('step', step.id);
    put('step_title', step.title);
    put('step_number', number);
  }
  if (page && include.page !== false) {
    const url = include.pageQuery ? page.url : String(page.url).split(/[?#]/)[0];
    values.page = { url, title: page.title };
    put('page', url);
    put('page_title', page.title);
  }
  if (triggers?.length && include.triggers !== false) {
    values.triggers = triggers;
    put('triggers', triggers.join(', '));
  }
  if (user && include.user !== false) {
    const traits: Record<string, ChatFieldValue> = {};
    for (const name of include.traits ?? []) {
      const value = user.traits?.[name];
      if (toText(value)) put('user_' + name, (traits[name] = value as ChatFieldValue));
    }
    values.user = { ...traits, id: user.id };
    put('user', user.id);
  }
  put('reason', reason);
  const read = help?.articles.join(', ') ?? '';
  const searched = help?.searches.map((q) => `"${q}"`).join(', ') ?? '';
  if (read || searched) {
    values.help = { articles: read, searches: searched };
    put('help_articles', read);
    put('help_searches', searched);
  }
  if (help?.survey?.length) {
    values.survey = help.survey.join(', ');
    put('survey_answers', values.survey);
  }
  const template =
    input.template ??
    (values.step ? 'I\'m stuck on "{{step.title}}"' : 'I need help') +
      (values.tour ? (values.step ? ' in ' : ' with ') + '{{tour.title}}' : '') +
      (values.page ? ' ({{page.url}})' : '') +
      (read ? '. Read: {{help.articles}}' : '') +
      (searched ? '. Searched: {{help.searches}}' : '') +
      (values.survey ? '. Survey answers: {{survey}}' : '');
  return { message: renderTemplate(template, values).trim(), fields, values };
}
