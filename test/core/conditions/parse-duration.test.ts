import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/core/conditions/parse-duration.js';

describe('parseDuration', () => {
  it('reads seconds, minutes, hours, days and weeks', () => {
    expect(parseDuration('PT30S')).toBe(30_000);
    expect(parseDuration('PT5M')).toBe(300_000);
    expect(parseDuration('PT1H30M')).toBe(5_400_000);
    expect(parseDuration('P7D')).toBe(7 * 864e5);
    expect(parseDuration('P1W')).toBe(7 * 864e5);
    expect(parseDuration('P1DT12H')).toBe(1.5 * 864e5);
    expect(parseDuration('PT0.5S')).toBe(500);
  });

  it('counts a month as 30 days and a year as 365 days', () => {
    expect(parseDuration('P1M')).toBe(30 * 864e5);
    expect(parseDuration('P1Y')).toBe(365 * 864e5);
  });

  it('returns null for anything that is not a duration', () => {
    for (const bad of ['', 'P', 'PT', 'P1DT', '7d', 'PT1.S', 'P-1D', 'T5M', 'PT5M ', 7, null, undefined, {}]) {
      expect(parseDuration(bad)).toBeNull();
    }
  });
});

describe('formatDuration', () => {
  it('says durations in words, largest units first', () => {
    expect(formatDuration(7 * 864e5)).toBe('7 days');
    expect(formatDuration(5_400_000)).toBe('1 hour 30 minutes');
    expect(formatDuration(1000)).toBe('1 second');
    expect(formatDuration(400)).toBe('0 seconds');
  });
});
