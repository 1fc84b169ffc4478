/**
 * Dates as written in conditions: a date-only value (`2026-12-31`) is a whole local day; anything else is an
 * instant.
 * @packageDocumentation
 */

/**
 * The time a written date stands for. A date-only value starts its day (`end` false) or ends it (`end` true:
 * the first millisecond after it).
 * @param value - the date as written (ISO text; anything else is `NaN`).
 * @param end - whether the value ends a range.
 * @returns ms since the epoch, or `NaN`.
 */
export const parseCalendarDate = (value: unknown, end: boolean): number =>
  typeof value !== 'string'
    ? NaN
    : /^\d{4}-\d\d-\d\d$/.test(value)
      ? Date.parse(value + (end ? 'T23:59:59.999' : 'T00:00')) + +end
      : Date.parse(value);
