/**
 * ISO-8601 durations (`PT30S`, `P7D`, `P1W`, `PT1H30M`) to milliseconds, and back to human words.
 * @packageDocumentation
 */

const N = '(\\d+(?:\\.\\d+)?)';
const ISO = new RegExp(`^P(?:${N}Y)?(?:${N}M)?(?:${N}W)?(?:${N}D)?(?:T(?:${N}H)?(?:${N}M)?(?:${N}S)?)?$`);
// Milliseconds per captured unit: years, months, weeks, days, hours, minutes, seconds.
const MS = [31536e6, 2592e6, 6048e5, 864e5, 36e5, 6e4, 1e3];
const WORDS: [number, string][] = [
  [864e5, 'day'],
  [36e5, 'hour'],
  [6e4, 'minute'],
  [1e3, 'second'],
];

/**
 * Parse an ISO-8601 duration into milliseconds.
 *
 * Supports `Y`, `M` (months), `W`, `D` and, after `T`, `H`, `M` (minutes), `S`; decimals are allowed
 * (`PT0.5S`). Calendar units are fixed lengths: a month is 30 days and a year is 365 days, so `P1M`
 * always means 30 × 24 hours, whatever the calendar says.
 * @param iso - the duration, e.g. `"P7D"`.
 * @returns the length in milliseconds, or `null` when `iso` is not a duration (`"P"`, `"PT"`, `"7d"`, a number…).
 * @example
 * ```ts
 * parseDuration('PT1H30M'); // 5400000
 * parseDuration('P1M'); // 2592000000 (30 days)
 * ```
 */
export function parseDuration(iso: unknown): number | null {
  const m = typeof iso === 'string' && /\d/.test(iso) && !iso.endsWith('T') ? ISO.exec(iso) : null;
  if (!m) return null;
  let ms = 0;
  for (let i = 0; i < 7; i++) if (m[i + 1]) ms += +m[i + 1] * MS[i];
  return Math.round(ms);
}

/**
 * Say a length of time in words, largest units first, for debug traces.
 * @param ms - milliseconds; rounded down to whole seconds.
 * @returns e.g. `"7 days"`, `"1 hour 30 minutes"`, `"0 seconds"`.
 */
export function formatDuration(ms: number): string {
  let out = '';
  for (const [unit, word] of WORDS) {
    const k = Math.floor(ms / unit);
    if (k > 0) {
      out += `${out ? ' ' : ''}${k} ${word}${k > 1 ? 's' : ''}`;
      ms -= k * unit;
    }
  }
  return out || '0 seconds';
}

/**
 * Say a duration as written in a condition, for debug traces: in words, or why it is not one.
 * @param written - the duration as written (e.g. `"P7D"`).
 * @param ms - its length, as `parseDuration` returned it.
 * @returns e.g. `"7 days"`, or `"invalid duration 7d"` when `ms` is `null`.
 */
export const describeDuration = (written: unknown, ms: number | null): string =>
  ms === null ? `invalid duration ${written}` : formatDuration(ms);
