/**
 * The guide definition: the JSON document a product manager writes.
 *
 * These types are the single source of truth for the format. `schema.json` is generated from this
 * file (`npm run schema`) and a test fails when the two drift. Keep every property documented: the
 * TSDoc summary becomes the schema's `description`, which editors show while a PM types.
 *
 * Conventions the generator understands: `@minimum`, `@maximum`, `@minLength`, `@minItems`,
 * `@pattern`, `@default` and `@examples` TSDoc tags; string-literal unions become `enum`s.
 *
 * @packageDocumentation
 */

import type { GuideAvailability } from './availability/availability-definition.js';
import type { AnnouncementDefinition } from './announcements/announcement-definition.js';
import type { ButtonDefinition, Placement, TargetSelector } from './common-definition.js';
import type { ChatDefinition } from './chat/chat-definition.js';
import type { ChecklistDefinition } from './checklists/checklist-definition.js';
import type { Condition, SegmentMap } from './conditions/condition-definition.js';
import type { HelpCenterDefinition } from './help/help-definition.js';
import type { HintDefinition } from './hints/hint-definition.js';
import type { FrequencyDefinition, ProactiveOptions } from './proactive/frequency-definition.js';
import type { SurveyDefinition } from './surveys/survey-definition.js';

// The building blocks that feature sections share live in common-definition.ts (so no definition file imports this
// one back); they stay available from here.
export type * from './common-definition.js';

/** The one schema version this build reads. */
export const SCHEMA_VERSION = 1;

/**
 * What to do when a step's target is not on the page after waiting.
 * `skip`: go on to the next step. `center`: show the step as a centred modal. `end`: end the tour.
 */
export type MissingTargetPolicy = 'skip' | 'center' | 'end';

/**
 * The user gesture on the target that completes a step and moves on.
 * `click`: the target (or something inside it) is clicked. `input`: the user types into it.
 * `change`: its value is committed (select, checkbox). `submit`: the form it belongs to is submitted.
 */
export type AdvanceOn = 'click' | 'input' | 'change' | 'submit';

/** The dimmed backdrop with a cut-out around the step's target. */
export interface SpotlightOptions {
  /**
   * Space between the target's edge and the cut-out, in CSS pixels.
   * @minimum 0
   * @maximum 200
   * @default 8
   */
  padding?: number;
  /**
   * Corner radius of the cut-out, in CSS pixels.
   * @minimum 0
   * @maximum 200
   * @default 6
   */
  radius?: number;
  /**
   * Let clicks through the cut-out to the target, so the user can use it while the step shows.
   * @default true
   */
  clickThrough?: boolean;
}

/** Settings that every step of a tour inherits unless the step sets its own. */
export interface StepDefaults {
  /**
   * Where the popover sits relative to the target.
   * @default "bottom"
   */
  placement?: Placement;
  /**
   * The backdrop with a cut-out around the target; `false` for no backdrop.
   */
  spotlight?: SpotlightOptions | false;
  /**
   * What to do when the target is not on the page after waiting `waitTimeout` milliseconds.
   * @default "skip"
   */
  onMissing?: MissingTargetPolicy;
  /**
   * How long to wait for a target to appear, in milliseconds.
   * @minimum 0
   * @maximum 60000
   * @default 3000
   */
  waitTimeout?: number;
  /**
   * Show "2 of 5" in the popover.
   * @default true
   */
  showProgress?: boolean;
  /**
   * Scroll the target into view when the step shows.
   * @default true
   */
  scrollIntoView?: boolean;
  /**
   * Where keyboard focus goes when the step shows. `auto`: a step with `advanceOn` puts it on its target (or keeps
   * it there), any other step on its primary button; a step never takes it from a text field the user is typing in
   * (unless it is modal). `none`: focus stays where it is (F6 moves into the step).
   * @default "auto"
   */
  focus?: 'auto' | 'none';
}

/** One step of a tour: a popover anchored to a target, or a centred modal when it has none. */
export interface StepDefinition extends StepDefaults {
  /**
   * A stable id, unique within the tour. Progress and analytics refer to it.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /** The element to point at. Without it the step is a centred modal. */
  target?: TargetSelector;
  /**
   * More elements to light up in the spotlight besides the target, each a selector or a list of fallbacks
   * (first match wins). Each gets its own cut-out in the backdrop (cut-outs that overlap merge); the popover
   * still points at `target`. Elements that are not on the page are left out.
   * @examples [["#filters", "#results"], [["#legend", ".chart-legend"]]]
   */
  highlight?: TargetSelector[];
  /**
   * The page this step belongs on, as a path pattern (`*` matches one path segment, `**` any number):
   * `"/settings/**"`. Elsewhere the tour waits, out of sight, until the app navigates there (also after a reload
   * and through single-page-app route changes). Without it the step shows on any page.
   * @examples ["/settings/**", "/projects/*"]
   */
  route?: string;
  /**
   * The step's heading.
   * @minLength 1
   */
  title: string;
  /**
   * The step's text, in a safe Markdown subset: `**bold**`, `*emphasis*`, `` `code` ``,
   * `[links](https://…)`, and lists (`- item`, `1. item`). Raw HTML is shown as text.
   */
  body?: string;
  /** Move on when the user does this on the target, instead of pressing Next. */
  advanceOn?: AdvanceOn;
  /**
   * The footer buttons. Without them the step shows Back / Next (Done on the last step).
   */
  buttons?: ButtonDefinition[];
}

/** A guided tour: an ordered list of steps. */
export interface TourDefinition extends GuideAvailability {
  /**
   * A stable id, unique among the document's tours. Progress and analytics refer to it.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /** A human name for the tour (shown to screen-reader users, analytics, and the preview). */
  title?: string;
  /** Settings inherited by every step. */
  defaults?: StepDefaults;
  /**
   * The steps, in order.
   * @minItems 1
   */
  steps: StepDefinition[];
  /** When to offer this tour automatically (behaviour, page, time…). Without it the tour starts only when asked. */
  trigger?: Condition;
  /** Which users this tour is for (traits, segments). */
  audience?: Condition;
  /** How often it may be shown automatically. Without it: at most once. */
  frequency?: FrequencyDefinition;
}

/** The whole guide document of an app. */
export interface GuideDocument {
  /** The JSON Schema this document follows, for editor completion and checking. */
  $schema?: string;
  /** The format version. This build reads version 1. */
  schemaVersion: 1;
  /**
   * The language the document's text is written in, as a BCP 47 tag (`en`, `de`, `pt-BR`).
   * @pattern ^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$
   * @examples ["en", "de", "pt-BR"]
   */
  locale?: string;
  /**
   * Translations of the document's text, by language tag, each a list of stable keys and their translated text.
   * A key names a text by ids, never by position (`tours.<tourId>.steps.<stepId>.title`, `…body`,
   * `…buttons.<action>.label`, `hints.<id>.title`, `checklists.<id>.items.<id>.title`, `announcements.<id>.body`,
   * `chat.message`); `npx waymark strings export` lists them. A text without a translation shows as written.
   * @examples [{"de": {"tours.welcome.steps.hello.title": "Willkommen!"}}]
   */
  translations?: Record<string, Record<string, string>>;
  /** Guided tours. */
  tours?: TourDefinition[];
  /** Onboarding checklists: tasks that complete themselves as the user does them. */
  checklists?: ChecklistDefinition[];
  /** Contextual hints: beacons on page elements that open a small tip. */
  hints?: HintDefinition[];
  /** Announcements: "what's new" and policy notices in a centred modal or a corner slide-out. */
  announcements?: AnnouncementDefinition[];
  /** Escalation to live chat: provider, message, business hours, after-hours fallback. */
  chat?: ChatDefinition;
  /** The help centre: articles and FAQ entries for this moment, search, guides, what's new and a human, last. */
  helpCenter?: HelpCenterDefinition;
  /** Surveys (NPS, CSAT, CES, choice, text) with the same trigger, audience and frequency rules as announcements. */
  surveys?: SurveyDefinition[];
  /** Named audience segments, defined once and used as `{ "segment": "name" }`. */
  segments?: SegmentMap;
  /** Governance of automatically shown guides: quiet period between them, a per-session cap. */
  proactive?: ProactiveOptions;
}
