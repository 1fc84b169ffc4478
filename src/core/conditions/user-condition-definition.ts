/**
 * Conditions on who the user is and where they stand: other guides, user traits, sign-up age and the calendar.
 *
 * These types are plain data for the JSON Schema generator: interfaces, unions, arrays and primitives
 * with `@minimum`/`@maximum`/`@minLength`/`@pattern`/`@default`/`@examples` tags only.
 * @packageDocumentation
 */
import type { Duration, Scalar } from './condition-value-definition.js';

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
 * A time of day, 24-hour `HH:MM` in the user's time zone.
 * @pattern ^([01]\d|2[0-3]):[0-5]\d$
 * @examples ["09:00", "17:30"]
 */
export type TimeOfDay = string;

/**
 * Daily hours: from `from` (included) to `to` (excluded), in the user's time zone. A range whose `to` is not
 * after its `from` runs overnight (`22:00` to `06:00`).
 */
export interface DailyHours {
  /** When the hours start each day. */
  from: TimeOfDay;
  /** When they end each day. */
  to: TimeOfDay;
}

/**
 * The user's local time of day is within daily hours (support hours, a nightly maintenance window).
 * @examples [{"time": {"from": "09:00", "to": "17:30"}}, {"time": {"from": "22:00", "to": "06:00"}}]
 */
export interface TimeCondition {
  /** The hours. */
  time: DailyHours;
}
