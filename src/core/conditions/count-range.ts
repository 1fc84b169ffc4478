/**
 * How many times: `Count` values (`3`, `{ gte: 3 }`, `{ lte: 1 }`, `{ eq: 0 }`) checked and said in words.
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';

/**
 * Whether a number satisfies a count as written: a bare number means "at least"; an object's bounds must all hold.
 * @param count - the count as written (untrusted: anything else never holds).
 * @param n - the number found.
 */
export const matchesCount = (count: unknown, n: number): boolean =>
  typeof count === 'number'
    ? n >= count
    : isRecord(count) &&
      (count.gte == null || n >= count.gte) &&
      (count.lte == null || n <= count.lte) &&
      (count.eq == null || n === count.eq);

/**
 * A count in words, for traces: `at least 3`, `at most 1`, `at least 2 and at most 5`, `exactly 0`.
 * @param count - the count as written.
 */
export const describeCount = (count: unknown): string =>
  typeof count === 'number'
    ? `at least ${count}`
    : isRecord(count)
      ? [
          count.gte != null && `at least ${count.gte}`,
          count.lte != null && `at most ${count.lte}`,
          count.eq != null && `exactly ${count.eq}`,
        ]
          .filter(Boolean)
          .join(' and ')
      : String(count);
