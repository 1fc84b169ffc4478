/**
 * The values conditions are written with: durations, counts and compared scalars.
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
