/**
 * An ISO 8601 date and time with its UTC offset (`2026-12-01T09:00:00+01:00`, `2026-12-24T18:00Z`).
 * @packageDocumentation
 */

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/i;

/**
 * The moment an ISO 8601 date and time with its offset stands for, in milliseconds since the epoch.
 * @param value - the text, like `"2026-12-01T09:00:00+01:00"`.
 * @returns the milliseconds, or `NaN` for anything else (no offset, a bare date, an impossible date, not text).
 */
export function parseInstant(value: unknown): number {
  if (typeof value != 'string' || !INSTANT.test(value)) return NaN;
  const [, month, day] = value.slice(0, 10).split('-').map(Number);
  // Date.parse rolls 2026-02-30 over to March: refuse days the month does not have.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(+value.slice(0, 4), month, 0)).getUTCDate())
    return NaN;
  return Date.parse(value);
}
