import { describe, expect, it, vi } from 'vitest';
import { formatOpening, isOpen, nextOpening } from '../../../src/core/chat/business-hours.js';
import type { BusinessHours } from '../../../src/core/chat/chat-definition.js';

const at = (iso: string) => Date.parse(iso);
const weekdays = (range: string[]): BusinessHours['weekly'] => ({
  mon: [range],
  tue: [range],
  wed: [range],
  thu: [range],
  fri: [range],
});

describe('isOpen', () => {
  it('reads wall-clock hours in the team time zone (New York, winter)', () => {
    const hours: BusinessHours = { timeZone: 'America/New_York', weekly: weekdays(['09:00', '17:30']) };
    // Monday 2026-03-02: 09:00 EST is 14:00Z
    expect(isOpen(hours, at('2026-03-02T13:59:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-03-02T14:00:00Z'))).toBe(true);
    expect(isOpen(hours, new Date('2026-03-02T22:29:00Z'))).toBe(true);
    expect(isOpen(hours, at('2026-03-02T22:30:00Z'))).toBe(false);
  });

  it('handles a half-hour offset (Asia/Kolkata, UTC+05:30)', () => {
    const hours: BusinessHours = { timeZone: 'Asia/Kolkata', weekly: weekdays(['09:00', '18:00']) };
    expect(isOpen(hours, at('2026-03-02T03:29:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-03-02T03:30:00Z'))).toBe(true);
    expect(isOpen(hours, at('2026-03-02T12:29:00Z'))).toBe(true);
    expect(isOpen(hours, at('2026-03-02T12:30:00Z'))).toBe(false);
  });

  it('follows the summer offset after a DST change (Europe/Berlin)', () => {
    const hours: BusinessHours = { timeZone: 'Europe/Berlin', weekly: weekdays(['09:00', '17:00']) };
    expect(isOpen(hours, at('2026-03-27T08:00:00Z'))).toBe(true); // Fri 09:00 CET
    expect(isOpen(hours, at('2026-03-30T07:00:00Z'))).toBe(true); // Mon 09:00 CEST
    expect(isOpen(hours, at('2026-03-30T06:59:00Z'))).toBe(false);
  });

  it('keeps a period open for its real length over the repeated autumn hour', () => {
    // Berlin, Sun 2026-10-25: 03:00 CEST falls back to 02:00 CET. 01:00-04:00 lasts 4 real hours.
    const hours: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { sun: [['01:00', '04:00']] } };
    expect(isOpen(hours, at('2026-10-24T22:59:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-10-24T23:00:00Z'))).toBe(true); // 01:00 CEST
    expect(isOpen(hours, at('2026-10-25T02:59:00Z'))).toBe(true); // 03:59 CET
    expect(isOpen(hours, at('2026-10-25T03:00:00Z'))).toBe(false); // 04:00 CET
  });

  it('supports overnight periods, into the next day', () => {
    const hours: BusinessHours = { timeZone: 'UTC', weekly: { fri: [['22:00', '02:00']] } };
    expect(isOpen(hours, at('2026-03-06T21:59:00Z'))).toBe(false); // Fri
    expect(isOpen(hours, at('2026-03-06T22:00:00Z'))).toBe(true);
    expect(isOpen(hours, at('2026-03-07T01:59:00Z'))).toBe(true); // Sat, still Friday's shift
    expect(isOpen(hours, at('2026-03-07T02:00:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-03-07T22:30:00Z'))).toBe(false); // Saturday has no shift
  });

  it('treats 24:00 as the end of the day', () => {
    const hours: BusinessHours = { weekly: { mon: [['20:00', '24:00']] } };
    expect(isOpen(hours, at('2026-03-02T23:59:00Z'))).toBe(true);
    expect(isOpen(hours, at('2026-03-03T00:00:00Z'))).toBe(false);
  });

  it('is closed on closed dates, but lets the previous evening shift end normally', () => {
    const hours: BusinessHours = {
      timeZone: 'Europe/Berlin',
      weekly: { thu: [['20:00', '01:00']], fri: [['09:00', '17:00']] },
      closed: ['2026-12-25'],
    };
    expect(isOpen(hours, at('2026-12-25T10:00:00Z'))).toBe(false); // Friday, holiday
    expect(isOpen(hours, at('2026-12-24T23:30:00Z'))).toBe(true); // 00:30 on the 25th, Thursday's shift
    expect(isOpen(hours, at('2027-01-01T10:00:00Z'))).toBe(true); // a normal Friday
  });

  it('uses several periods per day', () => {
    const hours: BusinessHours = {
      weekly: {
        mon: [
          ['09:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
    };
    expect(isOpen(hours, at('2026-03-02T11:59:00Z'))).toBe(true);
    expect(isOpen(hours, at('2026-03-02T12:30:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-03-02T13:00:00Z'))).toBe(true);
  });

  it('is always open without hours', () => {
    expect(isOpen(undefined, Date.now())).toBe(true);
  });

  it('treats an invalid time zone as UTC and reports it', () => {
    const onError = vi.fn();
    const hours: BusinessHours = { timeZone: 'Mars/Olympus_Mons', weekly: weekdays(['09:00', '17:00']) };
    expect(isOpen(hours, at('2026-03-02T09:00:00Z'), onError)).toBe(true);
    expect(isOpen(hours, at('2026-03-02T08:59:00Z'), onError)).toBe(false);
    expect(onError).toHaveBeenCalledWith(expect.any(RangeError));
  });

  it('never throws on malformed hours', () => {
    const bad = [
      { weekly: { mon: '09:00-17:00' } },
      { weekly: { mon: [null, ['9am', '5pm'], ['09:00']] } },
      { weekly: null },
      { weekly: { mon: [['09:00', '17:00']] }, closed: 42 },
      null,
    ] as unknown as BusinessHours[];
    for (const hours of bad) {
      expect(() => isOpen(hours, at('2026-03-02T10:00:00Z'))).not.toThrow();
      expect(() => nextOpening(hours, at('2026-03-02T10:00:00Z'))).not.toThrow();
    }
    expect(isOpen({ weekly: { mon: [['9am', '5pm']] } } as BusinessHours, at('2026-03-02T10:00:00Z'))).toBe(false);
  });
});

describe('nextOpening', () => {
  const office: BusinessHours = { timeZone: 'America/New_York', weekly: weekdays(['09:00', '17:30']) };

  it('returns the moment itself while open', () => {
    expect(nextOpening(office, at('2026-03-02T15:00:00Z'))).toBe(at('2026-03-02T15:00:00Z'));
    expect(nextOpening(undefined, 5)).toBe(5);
  });

  it('finds the same-day opening before hours', () => {
    expect(nextOpening(office, at('2026-03-02T12:00:00Z'))).toBe(at('2026-03-02T14:00:00Z'));
  });

  it('skips the weekend: Friday evening opens Monday morning', () => {
    expect(nextOpening(office, at('2026-03-06T23:00:00Z'))).toBe(at('2026-03-09T13:00:00Z')); // Mon 09:00 EDT (DST began Sunday)
  });

  it('skips closed dates', () => {
    const hours: BusinessHours = { ...office, closed: ['2026-03-09', '2026-03-10'] };
    expect(nextOpening(hours, at('2026-03-06T23:00:00Z'))).toBe(at('2026-03-11T13:00:00Z'));
  });

  it('opens at the end of a spring-forward gap when the opening time does not exist', () => {
    // Berlin, Sun 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 never happens.
    const hours: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { sun: [['02:30', '05:00']] } };
    expect(nextOpening(hours, at('2026-03-28T12:00:00Z'))).toBe(at('2026-03-29T01:00:00Z')); // 03:00 CEST
    expect(isOpen(hours, at('2026-03-29T00:59:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-03-29T01:00:00Z'))).toBe(true);
  });

  it('handles a 30-minute DST change (Australia/Lord_Howe)', () => {
    // Sun 2026-10-04: 02:00 (+10:30) jumps to 02:30 (+11:00).
    const hours: BusinessHours = { timeZone: 'Australia/Lord_Howe', weekly: { sun: [['02:10', '04:00']] } };
    expect(nextOpening(hours, at('2026-10-03T12:00:00Z'))).toBe(at('2026-10-03T15:30:00Z'));
    const normal: BusinessHours = { timeZone: 'Australia/Lord_Howe', weekly: { mon: [['09:00', '17:00']] } };
    expect(nextOpening(normal, at('2026-10-04T12:00:00Z'))).toBe(at('2026-10-04T22:00:00Z')); // Mon 09:00 +11:00
  });

  it('opens again at the second pass of a repeated autumn hour', () => {
    // Berlin, Sun 2026-10-25: 02:00-02:30 happens twice (CEST, then CET).
    const hours: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { sun: [['02:00', '02:30']] } };
    expect(nextOpening(hours, at('2026-10-24T12:00:00Z'))).toBe(at('2026-10-25T00:00:00Z')); // first pass, CEST
    expect(isOpen(hours, at('2026-10-25T00:45:00Z'))).toBe(false);
    expect(nextOpening(hours, at('2026-10-25T00:45:00Z'))).toBe(at('2026-10-25T01:00:00Z')); // second pass, CET
  });

  it('finds an overnight shift starting later the same evening', () => {
    const hours: BusinessHours = { timeZone: 'Asia/Kolkata', weekly: { fri: [['22:00', '02:00']] } };
    expect(nextOpening(hours, at('2026-03-06T10:00:00Z'))).toBe(at('2026-03-06T16:30:00Z'));
  });

  it('returns null when nothing opens within 14 days', () => {
    expect(nextOpening({ weekly: {} }, at('2026-03-02T10:00:00Z'))).toBeNull();
    const holidays = Array.from({ length: 20 }, (_, i) =>
      new Date(at('2026-03-02T00:00:00Z') + i * 864e5).toISOString().slice(0, 10),
    );
    expect(
      nextOpening({ weekly: weekdays(['09:00', '17:00']), closed: holidays }, at('2026-03-02T10:00:00Z')),
    ).toBeNull();
  });

  it('ignores malformed periods and still finds valid ones', () => {
    const hours = {
      weekly: {
        mon: [
          ['nine', '17:00'],
          ['13:00', '17:00'],
        ],
      },
    } as BusinessHours;
    expect(nextOpening(hours, at('2026-03-02T10:00:00Z'))).toBe(at('2026-03-02T13:00:00Z'));
  });

  it('treats an invalid time zone as UTC and reports it', () => {
    const onError = vi.fn();
    expect(
      nextOpening(
        { timeZone: 'Not/AZone', weekly: { mon: [['09:00', '10:00']] } },
        at('2026-03-01T00:00:00Z'),
        onError,
      ),
    ).toBe(at('2026-03-02T09:00:00Z'));
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('formatOpening', () => {
  it('shows weekday and time in the given zone and locale', () => {
    expect(formatOpening(at('2026-03-02T08:00:00Z'), 'en-GB', 'Europe/Berlin')).toBe('Monday 09:00');
    expect(formatOpening(at('2026-03-02T08:00:00Z'), 'de-DE', 'Europe/Berlin')).toMatch(/^Montag,? 09:00$/);
    expect(formatOpening(at('2026-03-02T14:00:00Z'), 'en-US', 'America/New_York')).toMatch(/^Monday 09:00\sAM$/);
  });

  it('falls back to UTC for an invalid zone instead of throwing', () => {
    expect(formatOpening(at('2026-03-02T08:00:00Z'), 'en-GB', 'Nowhere/Land')).toBe('Monday 08:00');
    expect(formatOpening(at('2026-03-02T08:00:00Z'), 'not a locale!', 'Nowhere/Land')).toMatch(/08:00/);
  });
});
