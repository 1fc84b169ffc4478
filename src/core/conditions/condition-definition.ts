/**
 * The condition language: one small JSON vocabulary used by a guide's `trigger` (when to offer it),
 * its `audience` (who it is for) and checklist completion rules.
 *
 * A condition is one JSON object whose key says its kind: `all`, `any`, `not`, `event`, `page`,
 * `element`, `idle`, `rageClicks`, `errors`, `guide`, `delay`, `user`, `signedUp`, `date`,
 * `segment`. Anything else is false (and says so in the debug trace).
 *
 * These types are plain data for the JSON Schema generator: interfaces, unions, arrays and primitives
 * with `@minimum`/`@maximum`/`@minLength`/`@pattern`/`@default`/`@examples` tags only.
 * @packageDocumentation
 */

/**
 * An ISO-8601 duration: `PT30S` (30 seconds), `PT5M` (5 minutes), `PT1H30M`, `P7D` (7 days), `P1W`.
 * A month (`P1M`) counts as 30 days and a year (`P1Y`) as 365 days.
 * @pattern ^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$
 * @examples ["PT30S", "PT5M", "PT1H30M", "P7D", "P1W"]
 */
export type Duration = string;

/** Bounds on a number of occurrences; every bound given must hold. */
export interface CountRange {
  /**
   * At least this many.
   * @minimum 0
   */
  gte?: number;
  /**
   * At most this many.
   * @minimum 0
   */
  lte?: number;
  /**
   * Exactly this many.
   * @minimum 0
   */
  eq?: number;
}

/**
 * How many times: a bare number `n` means "at least n"; or an object of bounds.
 * @examples [3, {"gte": 3}, {"lte": 1}, {"eq": 0}]
 */
export type Count = number | CountRange;

/** A property value compared with `where` and `user` conditions (compared as text). */
export type Scalar = string | number | boolean;

/** Every one of the conditions holds (an empty list holds). */
export interface AllCondition {
  /** The conditions that must all hold. */
  all: Condition[];
}

/** At least one of the conditions holds (an empty list does not). */
export interface AnyCondition {
  /** The conditions of which one must hold. */
  any: Condition[];
}

/** The condition does not hold. */
export interface NotCondition {
  /** The condition that must not hold. */
  not: Condition;
}

/**
 * An event the app recorded in the behaviour history happened often enough, optionally only
 * the occurrences whose properties match `where`, optionally only within a recent window.
 * @examples [{"event": "help_article_viewed", "where": {"articleId": "billing-101"}, "count": {"gte": 3}, "within": "P7D"}]
 */
export interface EventCondition {
  /**
   * The event name.
   * @minLength 1
   */
  event: string;
  /** Only count occurrences whose properties have these values. */
  where?: Record<string, Scalar>;
  /**
   * How many occurrences are needed.
   * @default 1
   */
  count?: Count;
  /**
   * Only count occurrences this recent. Without it, the whole kept history counts (90 days by default).
   * Windows longer than a day are counted per day, with the oldest day counted in proportion to the
   * part of it inside the window.
   */
  within?: Duration;
}

/** The current page path matches a glob, optionally with enough earlier visits. */
export interface PageMatch {
  /**
   * A path glob: `*` matches within one segment, `**` any number of segments.
   * @minLength 1
   * @examples ["/billing/**", "/projects/*\/settings"]
   */
  matches: string;
  /** How many visits to matching pages (including this one) are needed. */
  visits?: Count;
}

/**
 * The user is on a page whose path matches a glob (`*` within a segment, `**` across segments).
 * @examples [{"page": "/billing/**"}, {"page": {"matches": "/reports/*", "visits": {"gte": 3}}}]
 */
export interface PageCondition {
  /** A path glob, or a glob with a visit count. */
  page: string | PageMatch;
}

/**
 * What must be true of an element. `present`: it is in the page. `visible`: it is rendered and on
 * screen. `clicked`: the user clicked it on this page.
 */
export type ElementState = 'present' | 'visible' | 'clicked';

/** An element on the page is present, visible or was clicked. */
export interface ElementCondition {
  /**
   * A CSS selector; `>>>` reaches into open shadow roots.
   * @minLength 1
   */
  element: string;
  /**
   * What must be true of it.
   * @default "present"
   */
  state?: ElementState;
}

/**
 * The user has not clicked, typed, scrolled or moved the pointer for this long on the current page.
 * @examples [{"idle": "PT30S"}]
 */
export interface IdleCondition {
  /** How long without input. */
  idle: Duration;
}

/** Rapid repeated clicks on one spot. */
export interface RageClickRule {
  /**
   * How many clicks.
   * @minimum 2
   * @default 3
   */
  count?: number;
  /**
   * Within how long.
   * @default "PT1S"
   */
  within?: Duration;
  /**
   * How close together the clicks must land, in CSS pixels.
   * @minimum 1
   * @default 30
   */
  radius?: number;
}

/**
 * The user clicked the same spot again and again, quickly (a sign of frustration), just now.
 * @examples [{"rageClicks": {"count": 4, "within": "PT1S"}}]
 */
export interface RageClicksCondition {
  /** How many clicks, how fast, how close. */
  rageClicks: RageClickRule;
}

/** A number of errors within a window. */
export interface ErrorRule {
  /**
   * How many errors.
   * @default 1
   */
  count?: Count;
  /** Only errors this recent. */
  within?: Duration;
}

/**
 * The page reported uncaught errors (or the app recorded `$error` events).
 * @examples [{"errors": {"count": {"gte": 3}, "within": "PT5M"}}]
 */
export interface ErrorsCondition {
  /** How many errors, how recently. */
  errors: ErrorRule;
}

/**
 * Where a user stands with a guide. `seen`: it was shown at least once. `not-seen`: never shown.
 * `completed`: finished. `dismissed`: closed before its end.
 */
export type GuideStateName = 'completed' | 'dismissed' | 'seen' | 'not-seen';

/**
 * The user completed, dismissed, saw or never saw another guide.
 * @examples [{"guide": "welcome", "state": "completed"}]
 */
export interface GuideCondition {
  /**
   * The id of the guide (tour, checklist, …).
   * @minLength 1
   */
  guide: string;
  /** The state the guide must be in. */
  state: GuideStateName;
}

/**
 * This long has passed since the page loaded.
 * @examples [{"delay": "PT10S"}]
 */
export interface DelayCondition {
  /** How long after page load. */
  delay: Duration;
}

/**
 * A trait the app set on the user satisfies every comparison given.
 * A missing trait fails every comparison except `"exists": false`. `olderThan`/`newerThan` read the
 * trait as a date (ISO text or milliseconds since 1970).
 * @examples [{"user": "plan", "in": ["pro", "team"]}, {"user": "seats", "gte": 5}, {"user": "createdAt", "olderThan": "P30D"}]
 */
export interface UserCondition {
  /**
   * The trait name.
   * @minLength 1
   */
  user: string;
  /** The trait equals one of these (compared as text). */
  in?: Scalar[];
  /** The trait equals this (compared as text). */
  eq?: Scalar;
  /** The trait is a number greater than this. */
  gt?: number;
  /** The trait is a number less than this. */
  lt?: number;
  /** The trait is a number at least this. */
  gte?: number;
  /** The trait is a number at most this. */
  lte?: number;
  /** The trait is set (`true`) or not set (`false`). */
  exists?: boolean;
  /** The trait is a date at least this long ago. */
  olderThan?: Duration;
  /** The trait is a date less than this long ago. */
  newerThan?: Duration;
}

/** An age range. */
export interface AgeRule {
  /** At least this long ago. */
  olderThan?: Duration;
  /** Less than this long ago. */
  newerThan?: Duration;
}

/**
 * How long ago the user signed up (the `signedUpAt` user trait).
 * @examples [{"signedUp": {"olderThan": "P14D"}}, {"signedUp": {"newerThan": "P7D"}}]
 */
export interface SignedUpCondition {
  /** The sign-up age range. */
  signedUp: AgeRule;
}

/**
 * A calendar range. A bare date (`2026-12-31`) is a whole day in the user's time zone, and `to`
 * includes that day; a full timestamp (`2026-12-31T18:00:00Z`) is an exact instant.
 */
export interface DateRange {
  /**
   * The first day (or instant) included.
   * @examples ["2026-12-01"]
   */
  from?: string;
  /**
   * The last day included (or the instant it ends).
   * @examples ["2026-12-31"]
   */
  to?: string;
}

/**
 * Today is within a calendar range (seasonal campaigns, launches).
 * @examples [{"date": {"from": "2026-12-01", "to": "2026-12-31"}}]
 */
export interface DateCondition {
  /** The range. */
  date: DateRange;
}

/**
 * The user belongs to a named segment from the document's `segments`.
 * @examples [{"segment": "trial-users"}]
 */
export interface SegmentCondition {
  /**
   * The segment name.
   * @minLength 1
   */
  segment: string;
}

/** One condition; the key present says which kind. */
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | EventCondition
  | PageCondition
  | ElementCondition
  | IdleCondition
  | RageClicksCondition
  | ErrorsCondition
  | GuideCondition
  | DelayCondition
  | UserCondition
  | SignedUpCondition
  | DateCondition
  | SegmentCondition;

/**
 * Named conditions defined once and used anywhere with `{"segment": name}`.
 * @examples [{"trial-users": {"user": "plan", "eq": "trial"}}]
 */
export type SegmentMap = Record<string, Condition>;
