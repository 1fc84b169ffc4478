import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { SurveyFollowUp, SurveyQuestion } from '../core/surveys/survey-definition.js';
import { scaleOf, type SurveyAnswer } from '../core/surveys/survey-flow.js';
import { announcementStyles } from './announcement.styles.js';
import { popoverStyles } from './popover.styles.js';
import { renderMarkdown } from './render-markdown.js';
import { tokens } from './tokens.styles.js';
import { fillPlaceholders } from '../core/fill-placeholders.js';

/** The survey's English words; each is replaced by `createWaymark({ labels })` under `survey.<key>`. */
export const defaultSurveyLabels = {
  close: 'Close survey',
  next: 'Next',
  submit: 'Send',
  skip: 'Skip',
  remindLater: 'Remind me later',
  /** `{n}` of `{total}`. */
  progress: 'Question {n} of {total}',
  npsLow: 'Not likely',
  npsHigh: 'Very likely',
  csatLow: 'Very unsatisfied',
  csatHigh: 'Very satisfied',
  cesLow: 'Strongly disagree',
  cesHigh: 'Strongly agree',
  thanks: 'Thank you for your feedback!',
  chat: 'Chat with us',
  help: 'Open help',
  tour: 'Show me how',
  link: 'Open',
};

/** The words of `<wm-survey>` (see {@link defaultSurveyLabels}). */
export type SurveyLabels = typeof defaultSurveyLabels;

/** Detail of `wm-survey-answer`. */
export interface WmSurveyAnswerDetail {
  questionId: string;
  /** Absent when skipped. */
  answer?: Exclude<SurveyAnswer, undefined>;
}

/** Detail of `wm-survey-close`: `offer` when the user took the closing offer. */
export interface WmSurveyCloseDetail {
  source: 'close-button' | 'keyboard' | 'remind-later' | 'offer' | 'done';
}

const surveyStyles = css`
fieldset{border:0;margin:0;padding:0;min-inline-size:0}
legend{font-weight:600;padding:0;margin-bottom:8px}
.scale{display:grid;grid-template-columns:repeat(11,minmax(0,1fr));gap:4px}
.scale.csat{grid-template-columns:repeat(5,minmax(0,1fr))}
.scale.ces{grid-template-columns:repeat(7,minmax(0,1fr))}
.scale label{position:relative;display:grid;place-items:center;min-inline-size:0;margin:0;justify-self:stretch;block-size:32px;border:1px solid var(--_muted);border-radius:6px;cursor:pointer;font-variant-numeric:tabular-nums}
.scale input{position:absolute;opacity:0;inset:0;margin:0;cursor:pointer}
.scale label:has(:checked){background:var(--_accent);color:var(--_accent-fg);border-color:var(--_accent)}
.scale label:has(:focus-visible){outline:2px solid var(--_accent);outline-offset:2px}
.ends{display:flex;justify-content:space-between;font-size:12px;color:var(--_muted);margin-top:4px}
.choices label{display:flex;gap:8px;align-items:center;padding:4px 0}
textarea{box-sizing:border-box;inline-size:100%;min-block-size:72px;font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_muted);border-radius:6px;padding:6px 10px}
.progress{font-size:12px;color:var(--_muted)}
.footer{flex-wrap:wrap}
.later{margin-inline-end:auto}
`;

/**
 * A survey in a corner slide-out: one question at a time (NPS 0–10, CSAT 1–5, CES 1–7 as radio groups with their
 * end labels; single and multiple choice; free text), then the ending with its follow-up offer. A non-modal
 * `role="dialog"` that never takes focus on its own (its title is announced through a live region); Esc closes
 * it while focus is in it. It sits in its instance's corner stack like the slide-out announcement. A pure view:
 * the surveys feature decides the path (branching), records answers and acts on the offer.
 *
 * @summary A micro-survey (NPS, CSAT, CES, choice, text).
 * @csspart dialog - the box.
 * @csspart title - the heading.
 * @csspart footer - the row of buttons.
 * @csspart button - each button (also `primary-button` / `secondary-button`).
 * @csspart close-button - the close button.
 * @cssproperty --wm-color-bg - background.
 * @cssproperty --wm-color-fg - text colour.
 * @cssproperty --wm-color-accent - chosen score, primary button.
 * @cssproperty --wm-color-accent-fg - text on accent.
 * @cssproperty --wm-color-muted - secondary text and borders.
 * @cssproperty --wm-radius - corner radius.
 * @cssproperty --wm-shadow - box shadow.
 * @cssproperty --wm-font - font family.
 * @fires wm-survey-answer - the user answered or skipped the question; `detail`: {@link WmSurveyAnswerDetail}.
 * @fires wm-survey-close - the survey closes; `detail`: {@link WmSurveyCloseDetail}.
 */
export class WmSurvey extends LitElement {
  static override styles = [tokens, popoverStyles, announcementStyles, surveyStyles];
  static override properties = {
    heading: {},
    question: { attribute: false },
    index: { type: Number },
    total: { type: Number },
    ending: { attribute: false },
    remindLater: { type: Boolean, attribute: 'remind-later' },
    labels: { attribute: false },
    live: { state: true },
    valid: { state: true },
  };

  /** The survey's title (names the dialog); the question text when absent. */
  heading = '';
  /** The question to ask; ignored once `ending` is set. */
  question?: SurveyQuestion;
  /** Zero-based position of the question, and how many there are at most. */
  index = 0;
  total = 1;
  /** The ending: its message and offer. */
  ending?: SurveyFollowUp;
  /** Offer "Remind me later". */
  remindLater = false;
  labels: SurveyLabels = defaultSurveyLabels;
  private live = '';
  private valid = false;
  private timer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setTimeout(() => (this.live = this.heading || this.question?.text || ''), 150);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override firstUpdated(): void {
    this.shadowRoot?.querySelector<HTMLElement>('.box')?.showPopover?.();
  }

  protected override willUpdate(): void {
    // A new question starts unanswered.
    if (!this.hasUpdated || this.question !== this.asked) this.valid = !!this.question?.optional;
    this.asked = this.question;
  }
  private asked?: SurveyQuestion;

  private emit(type: 'wm-survey-answer' | 'wm-survey-close', detail: WmSurveyAnswerDetail | WmSurveyCloseDetail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The answer in the form, or undefined when there is none. */
  private read(): Exclude<SurveyAnswer, undefined> | undefined {
    const q = this.question;
    const form = this.shadowRoot?.querySelector('form');
    if (!q || !form) return undefined;
    if (q.type === 'text') return form.querySelector('textarea')?.value.trim() || undefined;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    if (!checked.length) return undefined;
    if (q.type === 'multiple') return checked;
    return scaleOf(q) ? Number(checked[0]) : checked[0];
  }

  private submit = (event: Event) => {
    event.preventDefault();
    const answer = this.read();
    if (answer === undefined && !this.question?.optional) return;
    this.emit('wm-survey-answer', { questionId: this.question!.id, answer });
  };

  private field(q: SurveyQuestion): TemplateResult {
    const l = this.labels;
    const scale = scaleOf(q);
    if (scale) {
      const [min, max] = scale;
      const ends =
        q.type === 'nps' ? [l.npsLow, l.npsHigh] : q.type === 'csat' ? [l.csatLow, l.csatHigh] : [l.cesLow, l.cesHigh];
      // One row on any screen: 11 equal columns for NPS, 5 for CSAT, 7 for CES (classes, not a style attribute: a
      // strict Content-Security-Policy blocks those).
      return html`<div class="scale ${q.type}">${Array.from({ length: max - min + 1 }, (_, i) => min + i).map(
        (n) => html`<label><input type="radio" name="a" value=${n} />${n}</label>`,
      )}</div><div class="ends" aria-hidden="true"><span>${q.lowLabel ?? ends[0]}</span><span>${q.highLabel ?? ends[1]}</span></div>`;
    }
    if (q.type === 'text')
      return html`<textarea aria-labelledby="q" placeholder=${q.placeholder ?? nothing} maxlength=${q.maxLength ?? 1000}></textarea>`;
    const type = q.type === 'multiple' ? 'checkbox' : 'radio';
    return html`<div class="choices">${(q.options ?? []).map(
      (o) => html`<label><input type=${type} name="a" value=${o.id} />${o.label}</label>`,
    )}</div>`;
  }

  protected override render(): TemplateResult {
    const l = this.labels;
    const q = this.question;
    const close = (source: WmSurveyCloseDetail['source']) => this.emit('wm-survey-close', { source });
    const title = this.heading || (this.ending ? l.thanks : (q?.text ?? ''));
    let content: TemplateResult;
    if (this.ending) {
      const e = this.ending;
      const offer = e.offer && e.offer !== 'none' ? e.offer : undefined;
      content = html`<div id="b" part="body">${renderMarkdown(e.message ?? (this.heading ? l.thanks : ''))}</div><div part="footer" class="footer">${
        offer
          ? html`<button part="button primary-button" class="primary" @click=${() => close('offer')}>${e.label ?? l[offer]}</button>`
          : html`<button part="button primary-button" class="primary" @click=${() => close('done')}>${l.close}</button>`
      }</div>`;
    } else if (q) {
      const scored = !!scaleOf(q);
      const group =
        q.type === 'text'
          ? html`<label id="q" class=${this.heading ? '' : 'sr'}>${q.text}</label>${this.field(q)}`
          : html`<fieldset role=${scored || q.type === 'single' ? 'radiogroup' : nothing}><legend id="q" class=${this.heading ? '' : 'sr'}>${q.text}</legend>${this.field(q)}</fieldset>`;
      content = html`<form @submit=${this.submit} @input=${() => (this.valid = this.read() !== undefined || !!q.optional)}>${
        this.total > 1
          ? html`<p class="progress">${fillPlaceholders(l.progress, { n: this.index + 1, total: this.total })}</p>`
          : nothing
      }${group}<div part="footer" class="footer">${
        this.remindLater
          ? html`<button type="button" part="button secondary-button" class="secondary later" @click=${() => close('remind-later')}>${l.remindLater}</button>`
          : nothing
      }${
        q.optional && !this.valid
          ? html`<button type="button" part="button secondary-button" class="secondary" @click=${() => this.emit('wm-survey-answer', { questionId: q.id })}>${l.skip}</button>`
          : nothing
      }<button part="button primary-button" class="primary" aria-disabled=${this.valid ? 'false' : 'true'}>${
        this.index + 1 >= this.total ? l.submit : l.next
      }</button></div></form>`;
    } else content = html``;
    return html`<div part="dialog" class="box slide" role="dialog" popover="manual" aria-labelledby="t" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && close('keyboard')}><button part="close-button" class="close" aria-label=${l.close} @click=${() => close('close-button')}>×</button><h2 id="t" part="title">${title}</h2>${content}</div><div role="status" class="sr">${this.live}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-survey': WmSurvey;
  }
  interface HTMLElementEventMap {
    'wm-survey-answer': CustomEvent<WmSurveyAnswerDetail>;
    'wm-survey-close': CustomEvent<WmSurveyCloseDetail>;
  }
}
