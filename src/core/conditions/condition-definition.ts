/**
 * The condition language: one small JSON vocabulary used by a guide's `trigger` (when to offer it),
 * its `audience` (who it is for) and checklist completion rules.
 *
 * A condition is one JSON object whose key says its kind: `all`, `any`, `not`, `event`, `page`,
 * `element`, `idle`, `rageClicks`, `errors`, `guide`, `delay`, `user`, `signedUp`, `date`, `time`,
 * `segment`. Anything else is false (and says so in the debug trace).
 *
 * These types are plain data for the JSON Schema generator: interfaces, unions, arrays and primitives
 * with `@minimum`/`@maximum`/`@minLength`/`@pattern`/`@default`/`@examples` tags only.
 * @packageDocumentation
 */
import type {
  DelayCondition,
  ElementCondition,
  ErrorsCondition,
  EventCondition,
  IdleCondition,
  PageCondition,
  RageClicksCondition,
} from './behaviour-condition-definition.js';
import type {
  DateCondition,
  GuideCondition,
  SignedUpCondition,
  TimeCondition,
  UserCondition,
} from './user-condition-definition.js';

export type * from './condition-value-definition.js';
export type * from './behaviour-condition-definition.js';
export type * from './user-condition-definition.js';

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
  | TimeCondition
  | SegmentCondition;

/**
 * Named conditions defined once and used anywhere with `{"segment": name}`.
 * @examples [{"trial-users": {"user": "plan", "eq": "trial"}}]
 */
export type SegmentMap = Record<string, Condition>;
