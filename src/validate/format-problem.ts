/**
 * Text formats a schema pattern cannot explain: ISO 8601 durations, times of day, calendar dates and
 * IANA time zones. Each problem comes with the format spelled out and, when the intent is clear, the
 * value rewritten correctly (`"7 days"` → `"P7D"`, `"9am"` → `"09:00"`).
 * @packageDocumentation
 */
import { parseDuration } from '../core/conditions/parse-duration.js';
import { closestMatch } from './suggest.js';

/** A text format the validator explains itself. */
export type TextFormat = 'duration' | 'time' | 'date' | 'timeZone';

/** What is wrong with a value of a {@link TextFormat}. */
export interface FormatProblem {
  /** Full sentences: what is wrong and how to write it. */
  message: string;
  /** The format, like `an ISO 8601 duration like "PT30S" or "P7D"`. */
  expected: string;
  /** The value rewritten in the right format, when the intent is clear. */
  suggestion?: string;
}

/** How each format looks in a schema's `examples`, so formats are recognised from the schema. */
const LOOKS: [TextFormat, RegExp][] = [
  ['duration', /^P[\dT]/],
  ['time', /^\d\d:\d\d$/],
  ['date', /^\d{4}-\d\d-\d\d/],
  ['timeZone', /^[A-Z][a-z]+\/[A-Za-z_]+$/],
];

const EXPECTED: Record<TextFormat, string> = {
  duration: 'an ISO 8601 duration like "PT30S" or "P7D"',
  time: 'a time of day as HH:MM (24-hour clock), like "09:00"',
  date: 'a date as YYYY-MM-DD, like "2026-12-31"',
  timeZone: 'an IANA time zone name, like "Europe/Berlin"',
};

const HOW_DURATION = 'Write durations in ISO 8601: "P7D" (7 days), "PT30S" (30 seconds), "PT1H30M".';
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * The format a schema node stands for, recognised from its `examples` (every text example must look
 * like the format), so a new duration or date field needs no validator change.
 * @param examples - the node's `examples`
 * @returns the format, or `undefined` for ordinary text
 */
export function formatOf(examples: readonly unknown[] | undefined): TextFormat | undefined {
  const texts = (examples ?? []).filter((e): e is string => typeof e === 'string');
  return texts.length ? LOOKS.find(([, re]) => texts.every((t) => re.test(t)))?.[0] : undefined;
}

/**
 * How to describe a format in "should be …" messages.
 * @param format - the format
 * @returns a phrase like `an ISO 8601 duration like "PT30S" or "P7D"`
 */
export function describeFormat(format: TextFormat): string {
  return EXPECTED[format];
}

/**
 * Explains what is wrong with a value of a format.
 * @param format - the format the schema expects
 * @param value - the text as written
 * @param pattern - the schema's own pattern for this field, which must hold as well; without one, a
 *   `date` may also be an exact timestamp (`2026-12-31T18:00:00Z`)
 * @returns the problem, or `undefined` when the value is fine
 */
export function formatProblem(format: TextFormat, value: string, pattern?: string): FormatProblem | undefined {
  const fits = (v: string) => !pattern || new RegExp(pattern, 'u').test(v);
  const q = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  const expected = EXPECTED[format];
  const problem = (message: string, suggestion?: string): FormatProblem => ({
    message: `${message}${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''}`,
    expected,
    ...(suggestion ? { suggestion } : {}),
  });

  if (format === 'duration') {
    if (parseDuration(value) !== null && fits(value)) return undefined;
    const suggestion = [value.toUpperCase(), durationFromWords(value)].find(
      (s) => s && s !== value && parseDuration(s) !== null && fits(s),
    );
    if (parseDuration(value) !== null) {
      return problem(
        `${q} is a duration, but not one this setting accepts. Use whole weeks, days, hours, minutes or seconds, like "PT45S" or "P1D".`,
        suggestion,
      );
    }
    return problem(`${q} is not a duration. ${HOW_DURATION}`, suggestion);
  }

  if (format === 'time') {
    if (fits(value) && /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(value)) return undefined;
    const suggestion = timeFromWords(value);
    return problem(
      `${q} is not a time of day. Write times as HH:MM on a 24-hour clock, like "09:00" or "17:30" ("24:00" is the end of the day).`,
      suggestion,
    );
  }

  if (format === 'date') {
    const how = `Write dates as YYYY-MM-DD, like "2026-12-31"${pattern ? '' : ', or an exact time like "2026-12-31T18:00:00Z"'}.`;
    const m = /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/.exec(value);
    if (!m || !fits(value) || (m[4] && Number.isNaN(Date.parse(value)))) {
      const parts = /^(\d{4})-(\d\d?)-(\d\d?)$/.exec(value.trim());
      const padded = parts && `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
      return problem(`${q} is not a date. ${how}`, padded && padded !== value && fits(padded) ? padded : undefined);
    }
    const [year, month, day] = [+m[1], +m[2], +m[3]];
    if (month < 1 || month > 12) return problem(`${q} is not a date: there is no month ${month}. ${how}`);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days) return problem(`${q} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days.`);
    return undefined;
  }

  if (isTimeZone(value)) return undefined;
  const zones = timeZones();
  const tail = value.trim().toLowerCase().replace(/\s+/g, '_');
  const suggestion = closestMatch(value, zones) ?? zones.find((z) => z.toLowerCase().endsWith(`/${tail}`));
  return problem(
    `${q} is not a time zone. Use an IANA time zone name, like "Europe/Berlin", "America/New_York" or "UTC".`,
    suggestion,
  );
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return !!zone;
  } catch {
    return false;
  }
}

function timeZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return [...(intl.supportedValuesOf?.('timeZone') ?? []), 'UTC'];
}

/** `"7 days"`, `"1h 30m"`, `"pt30s"` → `P7D`, `PT1H30M`, `PT30S`; `undefined` when unclear. */
function durationFromWords(text: string): string | undefined {
  const units: [RegExp, string, boolean][] = [
    [/^(y|yrs?|years?)$/, 'Y', false],
    [/^(mo|mos|months?)$/, 'M', false],
    [/^(w|wks?|weeks?)$/, 'W', false],
    [/^(d|days?)$/, 'D', false],
    [/^(h|hrs?|hours?)$/, 'H', true],
    [/^(m|mins?|minutes?)$/, 'M', true],
    [/^(s|secs?|seconds?)$/, 'S', true],
  ];
  const rest = text
    .trim()
    .toLowerCase()
    .replace(/^p?t?(?=\d)/, '');
  let date = '';
  let time = '';
  let last = -1;
  const left = rest.replace(/(\d+(?:\.\d+)?)\s*([a-z]+)/g, (_, n: string, word: string) => {
    const i = units.findIndex(([re]) => re.test(word));
    if (i <= last)
      last = 99; // unknown unit or out of order
    else {
      last = i;
      if (units[i][2]) time += n + units[i][1];
      else date += n + units[i][1];
    }
    return '';
  });
  if (last === 99 || !(date || time) || left.replace(/\band\b|[\s,]/g, '')) return undefined;
  return `P${date}${time ? `T${time}` : ''}`;
}

/** `"9:00"`, `"9am"`, `"5.30 pm"` → `09:00`, `09:00`, `17:30`; `undefined` when unclear. */
function timeFromWords(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.h]?(\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim());
  if (!m || (!m[2] && !m[3])) return undefined;
  let hours = +m[1];
  const minutes = +(m[2] ?? 0);
  const half = m[3]?.[0].toLowerCase();
  if (half && (hours < 1 || hours > 12)) return undefined;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
