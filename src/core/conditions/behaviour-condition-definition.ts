/**
 * Conditions on what the user does on the page: events, pages, elements, idle time, rage clicks, errors and
 * time on the page.
 *
 * These types are plain data for the JSON Schema generator: interfaces, unions, arrays and primitives
 * with `@minimum`/`@maximum`/`@minLength`/`@pattern`/`@default`/`@examples` tags only.
 * @packageDocumentation
 */
import type { Count, Duration, Scalar } from './condition-value-definition.js';

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
 * This long has passed since the page loaded.
 * @examples [{"delay": "PT10S"}]
 */
export interface DelayCondition {
  /** How long after page load. */
  delay: Duration;
}
