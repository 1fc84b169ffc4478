/**
 * The guide document's `chat` section: how a stuck user reaches a human, with the context of where
 * they got stuck. Plain data only (interfaces and string-literal unions), merged into the JSON schema.
 * @packageDocumentation
 */

import type { LauncherPosition } from '../common-definition.js';

/**
 * Where escalation goes. `auto` uses the first chat widget found on the page (Intercom, Crisp,
 * Zendesk, HubSpot, Help Scout). `custom` calls a handler the app registered. `mailto` opens an
 * e-mail to `email`. `url` opens a support form or help page at `url`.
 */
export type ProviderName =
  'auto' | 'intercom' | 'crisp' | 'zendesk' | 'hubspot' | 'helpscout' | 'custom' | 'mailto' | 'url';

/**
 * A wall-clock time in the team's time zone, 24-hour `HH:MM`. `24:00` means the end of the day.
 * @pattern ^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$
 * @examples ["09:00", "17:30", "24:00"]
 */
export type ClockTime = string;

/**
 * An opening period `[open, close]`. A close earlier than the open runs past midnight into the next
 * day (`["22:00", "02:00"]`).
 * @minItems 2
 * @maxItems 2
 * @examples [["09:00", "17:30"], ["22:00", "02:00"]]
 */
export type TimeRange = ClockTime[];

/**
 * A calendar date, `YYYY-MM-DD`.
 * @pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$
 * @examples ["2026-12-25"]
 */
export type LocalDate = string;

/** Opening periods per weekday. A missing day is closed all day. */
export interface WeeklyHours {
  /** Monday's opening periods. */
  mon?: TimeRange[];
  /** Tuesday's opening periods. */
  tue?: TimeRange[];
  /** Wednesday's opening periods. */
  wed?: TimeRange[];
  /** Thursday's opening periods. */
  thu?: TimeRange[];
  /** Friday's opening periods. */
  fri?: TimeRange[];
  /** Saturday's opening periods. */
  sat?: TimeRange[];
  /** Sunday's opening periods. */
  sun?: TimeRange[];
}

/** When a human is there to answer. Outside these hours the `offline` settings apply. */
export interface BusinessHours {
  /**
   * The team's IANA time zone. The hours below are wall-clock times there, daylight saving included.
   * @default "UTC"
   * @examples ["Europe/Berlin", "America/New_York"]
   */
  timeZone?: string;
  /**
   * Opening periods per weekday.
   * @examples [{ "mon": [["09:00", "17:30"]], "sat": [["10:00", "14:00"]] }]
   */
  weekly: WeeklyHours;
  /**
   * Dates the team is closed (holidays), in the team's time zone. A period that starts the evening
   * before and runs past midnight still ends normally.
   * @examples [["2026-12-25", "2027-01-01"]]
   */
  closed?: LocalDate[];
}

/**
 * What the chat button does outside business hours. `leave-message`: open the chat anyway so the user
 * can leave a message (providers that take offline messages). `email`: open an e-mail to `email`.
 * `url`: open `url`. `hide`: hide the chat button.
 */
export type OfflineMode = 'email' | 'url' | 'leave-message' | 'hide';

/** Behaviour outside business hours. */
export interface OfflineOptions {
  /**
   * What to offer while the team is away.
   * @default "leave-message"
   */
  mode?: OfflineMode;
  /**
   * Button text while offline.
   * @examples ["Email us"]
   */
  label?: string;
  /**
   * A short note shown while offline. `{{hours.next}}` is replaced with the next opening time.
   * @examples ["We're back {{hours.next}}."]
   */
  text?: string;
  /** For `email`: the address to write to. */
  email?: string;
  /** For `url`: the page to open (https or relative). */
  url?: string;
}

/** Which context travels with the escalation. Personal data is only what the app passed in. */
export interface ChatContextOptions {
  /**
   * Send the tour's id and title.
   * @default true
   */
  tour?: boolean;
  /**
   * Send the step's id, title and number.
   * @default true
   */
  step?: boolean;
  /**
   * Send the page address and title.
   * @default true
   */
  page?: boolean;
  /**
   * Keep the page address's query string and `#fragment` (they may hold personal data).
   * @default false
   */
  pageQuery?: boolean;
  /**
   * Send the names of the proactive triggers that led here.
   * @default true
   */
  triggers?: boolean;
  /**
   * Send the user id the app identified.
   * @default true
   */
  user?: boolean;
  /**
   * Names of user traits to send as well. No trait is sent unless listed here.
   * @examples [["plan", "company"]]
   */
  traits?: string[];
}

/** When a user on a tour step counts as stuck, so the chat is offered. */
export interface StuckThresholds {
  /**
   * Time on one step without progress, as an ISO 8601 duration.
   * @pattern ^P(?=[0-9T])([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?$
   * @examples ["PT45S", "PT2M"]
   */
  after?: string;
  /**
   * Attempts to advance that did not work (e.g. clicks next to the target).
   * @minimum 1
   * @examples [3]
   */
  failedAdvance?: number;
  /**
   * Returns to the same step within one run of a tour: the step shows again after the user had moved past it
   * (going back to it from a later step). Restarting the tour starts the count again.
   * @minimum 1
   * @examples [2]
   */
  reopened?: number;
  /**
   * Text of the help button added to the step.
   * @minLength 1
   * @default "Still stuck? Chat with us"
   */
  label?: string;
}

/** Escalation to a human: the chat provider, the message it starts with, hours and fallbacks. */
export interface ChatDefinition {
  /**
   * Where escalation goes.
   * @default "auto"
   */
  provider?: ProviderName;
  /**
   * The chat button's text.
   * @minLength 1
   * @examples ["Chat with us", "Still stuck? Ask a human"]
   */
  label?: string;
  /**
   * The message the conversation starts with (plain text). Placeholders: `{{tour.id}}`,
   * `{{tour.title}}`, `{{step.id}}`, `{{step.title}}`, `{{step.number}}`, `{{step.count}}`,
   * `{{page.url}}`, `{{page.title}}`, `{{triggers}}`, `{{user.id}}`, `{{reason}}`.
   * @examples ["I'm stuck on \"{{step.title}}\" in {{tour.title}} ({{page.url}})"]
   */
  message?: string;
  /**
   * Subject line for `mailto` and Help Scout, with the same placeholders as `message`.
   * @examples ["Help with {{tour.title}}"]
   */
  subject?: string;
  /** For `mailto`: the support address. */
  email?: string;
  /** For `url`: the support form or help page (https or relative). */
  url?: string;
  /**
   * For `url`: open in a new tab.
   * @default true
   */
  newTab?: boolean;
  /**
   * For `url`: append the context fields as `?waymark_…` query parameters.
   * @default false
   */
  urlContext?: boolean;
  /**
   * Tags for the conversation (Zendesk conversation tags).
   * @examples [["onboarding", "stuck"]]
   */
  tags?: string[];
  /**
   * How long to wait for a chat widget that is still loading, in milliseconds.
   * @minimum 0
   * @maximum 60000
   * @default 5000
   */
  waitTimeout?: number;
  /** When a human is available. Without it the team counts as always available. */
  hours?: BusinessHours;
  /** What to do outside `hours`. */
  offline?: OfflineOptions;
  /** Which context is sent. */
  context?: ChatContextOptions;
  /** When to offer the chat to a user stuck on a tour step. */
  stuck?: StuckThresholds;
  /** Show a floating chat button in this corner of the page (otherwise the app places `<wm-chat-button>` itself). */
  launcher?: LauncherPosition;
}
