import type { BusinessHours } from './chat-definition.js';

/*
 * Times are handled as "wall" numbers: the wall-clock time in the team's zone written as if it were
 * UTC (`Date.UTC(y, m, d, h, min)`). Calendar arithmetic on them is plain UTC arithmetic; only the
 * instant <-> wall conversion needs the zone, which Intl provides.
 */
const DAY = 864e5;
const MIN = 6e4;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Minutes since midnight of `HH:MM` (NaN when malformed, which matches nothing). */
const minutes = (time: unknown): number => {
  const [h, m] = String(time).split(':');
  return /^\d\d?$/.test(h!) && /^\d\d$/.test(m!) ? +h! * 60 + +m! : NaN;
};

/** The opening periods that start on the local day containing `wall` (none on a closed date). */
const periods = (hours: BusinessHours, wall: number): unknown[][] => {
  const list = hours.closed?.includes(new Date(wall).toISOString().slice(0, 10))
    ? 0
    : hours.weekly?.[DAYS[new Date(wall).getUTCDay()]!];
  return Array.isArray(list) ? list.filter(Array.isArray) : [];
};

const openAtWall = (hours: BusinessHours, wall: number): boolean => {
  const m = (wall % DAY) / MIN;
  return (
    periods(hours, wall).some(([a, b]) => {
      const [open, close] = [minutes(a), minutes(b)];
      return m >= open && (close > open ? m < close : close <= open);
    }) ||
    // yesterday's overnight periods reaching into today
    periods(hours, wall - DAY).some(([a, b]) => minutes(b) <= minutes(a) && m < minutes(b))
  );
};

/** A function from instant to wall number in `timeZone`; an invalid zone falls back to UTC and is reported. */
const clock = (timeZone: string | undefined, onError?: (error: unknown) => void): ((t: number) => number) => {
  const make = (zone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  let format: Intl.DateTimeFormat;
  try {
    format = make(timeZone || 'UTC');
  } catch (error) {
    onError?.(error);
    format = make('UTC');
  }
  return (t) => {
    const p: Record<string, number> = {};
    for (const { type, value } of format.formatToParts(t)) p[type] = +value;
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!);
  };
};

/**
 * Whether the team is open at a moment.
 * @param hours - the business hours; `undefined` means always open
 * @param at - the moment (Date or ms timestamp)
 * @param onError - told about an invalid time zone (then UTC is used) or unreadable hours (then closed)
 * @returns `true` when `at` falls in an opening period in the team's time zone
 */
export function isOpen(
  hours: BusinessHours | undefined,
  at: Date | number,
  onError?: (error: unknown) => void,
): boolean {
  try {
    return !hours || openAtWall(hours, clock(hours.timeZone, onError)(+at));
  } catch (error) {
    onError?.(error);
    return false;
  }
}

/**
 * When the team is next open, looking ahead 14 days. Correct across daylight-saving changes: an
 * opening time skipped by a spring-forward gap opens at the end of the gap; a repeated autumn hour
 * opens at its first occurrence.
 * @param hours - the business hours; `undefined` means always open
 * @param from - the moment to look from (Date or ms timestamp)
 * @param onError - told about an invalid time zone (then UTC is used) or unreadable hours
 * @returns `from` (as ms) when open now, else the ms timestamp of the next opening, or `null` when
 * there is none within 14 days
 */
export function nextOpening(
  hours: BusinessHours | undefined,
  from: Date | number,
  onError?: (error: unknown) => void,
): number | null {
  const start = +from;
  try {
    if (!hours) return start;
    const wall = clock(hours.timeZone, onError);
    const open = (t: number) => openAtWall(hours, wall(t));
    if (open(start)) return start;
    const offset = (t: number) => wall(t) - t + (t % MIN);
    /** Instants showing wall time `w`: both in a repeated hour, the end of the gap when skipped. */
    const instants = (w: number): number[] => {
      const [a, b] = [w - offset(w - DAY / 2), w - offset(w + DAY / 2)].sort((x, y) => x - y) as [number, number];
      const found = [a, b].filter((t) => wall(t) == w);
      if (found.length) return found;
      let [lo, hi] = [a, b];
      while (hi - lo > MIN) {
        const mid = lo + Math.floor((hi - lo) / 2 / MIN) * MIN;
        wall(mid) >= w ? (hi = mid) : (lo = mid);
      }
      return [hi];
    };
    const today = wall(start) - (wall(start) % DAY);
    for (let day = today; day <= today + 14 * DAY; day += DAY) {
      let best: number | null = null;
      for (const [a] of periods(hours, day))
        if (minutes(a) >= 0)
          for (const t of instants(day + minutes(a) * MIN))
            if (t >= start && (best == null || t < best) && open(t)) best = t;
      if (best != null) return best;
    }
  } catch (error) {
    onError?.(error);
  }
  return null;
}

/**
 * Format an opening time for people, e.g. "Monday 09:00" (en-GB) or "Monday 09:00 AM" (en-US).
 * @param ts - the ms timestamp, e.g. from {@link nextOpening}
 * @param locale - a BCP 47 language tag; invalid tags fall back to the runtime default
 * @param timeZone - the zone to show the time in; invalid zones fall back to UTC
 * @default timeZone "UTC"
 */
export function formatOpening(ts: number, locale?: string, timeZone = 'UTC'): string {
  const format = (tag?: string, zone = 'UTC') =>
    new Intl.DateTimeFormat(tag, { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(ts);
  try {
    return format(locale, timeZone);
  } catch {
    try {
      return format(locale);
    } catch {
      return format();
    }
  }
}
