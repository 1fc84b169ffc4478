import { describe, expect, it } from 'vitest';
import { checkFrequency, type ShowRecord } from '../../../src/core/proactive/frequency.js';

const DAY = 864e5;
const NOW = Date.UTC(2026, 5, 1);
const shown = (daysAgo: number, extra: Partial<ShowRecord> = {}): ShowRecord => ({
  guideId: 'g',
  at: NOW - daysAgo * DAY,
  tab: 't',
  ...extra,
});

describe('checkFrequency', () => {
  it('allows a guide once when it has no frequency', () => {
    expect(checkFrequency(undefined, [], NOW)).toEqual({ ok: true });
    expect(checkFrequency(undefined, [shown(100)], NOW)).toEqual({ ok: false, reason: 'max' });
  });

  it('caps the total number of showings', () => {
    const f = { max: 3 };
    expect(checkFrequency(f, [shown(3), shown(2)], NOW).ok).toBe(true);
    expect(checkFrequency(f, [shown(3), shown(2), shown(1)], NOW)).toEqual({ ok: false, reason: 'max' });
    expect(checkFrequency({ max: 0 }, [], NOW)).toEqual({ ok: false, reason: 'max' });
  });

  it('caps showings per rolling window and says when the window frees up', () => {
    expect(checkFrequency({ max: 1, per: 'P7D' }, [shown(1)], NOW)).toEqual({
      ok: false,
      reason: 'max',
      nextAllowedAt: NOW + 6 * DAY,
    });
    expect(checkFrequency({ max: 1, per: 'P7D' }, [shown(7)], NOW).ok).toBe(true);
    // Two of the last three are inside; the older of those two must leave first.
    const three = [shown(1), shown(6), shown(9)];
    expect(checkFrequency({ max: 2, per: 'P7D' }, three, NOW)).toEqual({
      ok: false,
      reason: 'max',
      nextAllowedAt: NOW + DAY,
    });
  });

  it('keeps a minimum gap after the last showing ends', () => {
    const f = { minGap: 'P1D' };
    expect(checkFrequency(f, [], NOW).ok).toBe(true);
    expect(checkFrequency(f, [shown(0.5)], NOW)).toEqual({ ok: false, reason: 'gap', nextAllowedAt: NOW + 0.5 * DAY });
    expect(checkFrequency(f, [shown(2, { closedAt: NOW - 0.25 * DAY })], NOW)).toEqual({
      ok: false,
      reason: 'gap',
      nextAllowedAt: NOW + 0.75 * DAY,
    });
    expect(checkFrequency(f, [shown(30), shown(2)], NOW).ok).toBe(true);
  });

  it('snoozes after a dismissal only', () => {
    const f = { max: 5, snooze: 'P3D' };
    expect(checkFrequency(f, [shown(1, { outcome: 'completed' })], NOW).ok).toBe(true);
    expect(checkFrequency(f, [shown(1, { outcome: 'dismissed', closedAt: NOW - DAY })], NOW)).toEqual({
      ok: false,
      reason: 'snoozed',
      nextAllowedAt: NOW + 2 * DAY,
    });
    expect(checkFrequency(f, [shown(4, { outcome: 'dismissed' })], NOW).ok).toBe(true);
  });

  it('reports the latest of several blocking rules', () => {
    const f = { max: 1, per: 'P2D', snooze: 'P5D' };
    expect(checkFrequency(f, [shown(1, { outcome: 'dismissed' })], NOW)).toEqual({
      ok: false,
      reason: 'snoozed',
      nextAllowedAt: NOW + 4 * DAY,
    });
  });

  it('ignores showings another tab won and blocks on broken durations', () => {
    expect(checkFrequency({ max: 1 }, [shown(1, { outcome: 'yielded' })], NOW).ok).toBe(true);
    expect(checkFrequency({ minGap: 'one day' }, [shown(300)], NOW)).toEqual({ ok: false, reason: 'gap' });
  });
});
