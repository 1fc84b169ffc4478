import { afterEach, describe, expect, it, vi } from 'vitest';
import { availableGuides, guideAvailability, unavailable } from '../../../src/core/availability/guide-availability.js';
import { matchHost } from '../../../src/core/availability/match-host.js';
import { parseInstant } from '../../../src/core/availability/parse-instant.js';
import { normalizeGuide } from '../../../src/core/normalize-guide.js';

const at = (iso: string) => () => Date.parse(iso);
const step = [{ id: 's', title: 'S' }];
const doc = {
  schemaVersion: 1,
  tours: [
    { id: 'always', steps: step },
    { id: 'december', startsAt: '2026-12-01T00:00:00+01:00', endsAt: '2027-01-01T00:00:00+01:00', steps: step },
    { id: 'staging', environments: ['staging'], steps: step },
  ],
  announcements: [{ id: 'sale', title: 'Sale', startsAt: '2026-11-27T09:00:00Z', endsAt: '2026-11-28T09:00:00Z' }],
  hints: [{ id: 'dev-hint', target: '#x', title: 'Hi', hosts: ['*.example.dev', 'localhost:5173'] }],
  checklists: [
    { id: 'typo', title: 'T', startsAt: 'next monday', items: [{ id: 'a', title: 'A', completeWhen: 'manual' }] },
  ],
};
const ids = (d: { tours?: { id: string }[]; announcements?: { id: string }[]; hints?: { id: string }[] }) => [
  ...(d.tours ?? []).map((t) => t.id),
  ...(d.announcements ?? []).map((t) => t.id),
  ...(d.hints ?? []).map((t) => t.id),
];

describe('parseInstant', () => {
  it('reads ISO 8601 date-times with an offset, and nothing else', () => {
    expect(parseInstant('2026-12-01T09:00:00+01:00')).toBe(Date.UTC(2026, 11, 1, 8));
    expect(parseInstant('2026-12-01T09:00Z')).toBe(Date.UTC(2026, 11, 1, 9));
    expect(parseInstant('2026-12-01T09:00:00.250-05:00')).toBe(Date.UTC(2026, 11, 1, 14, 0, 0, 250));
    for (const bad of ['2026-12-01', '2026-12-01T09:00:00', 'next monday', '2026-02-30T00:00:00Z', 42, undefined])
      expect(parseInstant(bad)).toBeNaN();
  });
});

describe('matchHost', () => {
  it('matches names, subdomain wildcards and ports, case-insensitively', () => {
    expect(matchHost('staging.example.com', 'staging.example.com')).toBe(true);
    expect(matchHost('staging.example.com', 'Staging.Example.com:8443')).toBe(true);
    expect(matchHost('staging.example.com', 'example.com')).toBe(false);
    expect(matchHost('*.example.dev', 'a.example.dev')).toBe(true);
    expect(matchHost('*.example.dev', 'a.b.example.dev')).toBe(true);
    expect(matchHost('*.example.dev', 'example.dev')).toBe(false);
    expect(matchHost('*.example.dev', 'badexample.dev')).toBe(false);
    expect(matchHost('localhost:5173', 'localhost:5173')).toBe(true);
    expect(matchHost('localhost:5173', 'localhost:3000')).toBe(false);
    expect(matchHost('https://example.com', 'example.com')).toBe(false);
  });
});

describe('availableGuides', () => {
  const run = (now: string, context: { environment?: string; host?: string } = {}, exempt?: string) =>
    availableGuides(normalizeGuide(doc), { now: at(now), ...context }, exempt);

  it('keeps a guide only inside its window (start included, end excluded)', () => {
    expect(ids(run('2026-11-30T22:59:59Z').doc)).toEqual(['always']);
    expect(ids(run('2026-11-30T23:00:00Z').doc)).toEqual(['always', 'december']);
    expect(ids(run('2026-12-31T22:59:59Z').doc)).toEqual(['always', 'december']);
    expect(ids(run('2026-12-31T23:00:00Z').doc)).toEqual(['always']);
    expect(ids(run('2026-11-27T12:00:00Z').doc)).toEqual(['always', 'sale']);
    expect(run('2026-11-27T12:00:00Z').tours.map((t) => t.id)).toEqual(['always']);
  });

  it('says why each guide is left out and when the next window opens or closes', () => {
    const result = run('2026-11-27T12:00:00Z');
    expect(result.hidden).toEqual([
      { section: 'tours', id: 'december', reason: 'not-started' },
      { section: 'tours', id: 'staging', reason: 'environment' },
      { section: 'checklists', id: 'typo', reason: 'unreadable' },
      { section: 'hints', id: 'dev-hint', reason: 'host' },
    ]);
    expect(result.next).toBe(Date.parse('2026-11-28T09:00:00Z'));
    expect(run('2027-02-01T00:00:00Z').next).toBeUndefined();
  });

  it('leaves out a guide whose window cannot be read, and reports its path', () => {
    const result = run('2026-11-27T12:00:00Z');
    expect(result.dropped).toContain('checklists[0]');
    expect(result.doc.checklists).toEqual([]);
    expect(unavailable({ startsAt: '2027-01-01T00:00:00Z', endsAt: '2026-01-01T00:00:00Z' }, { now: Date.now })).toBe(
      'unreadable',
    );
    expect(unavailable({ environments: 'staging' }, { now: Date.now, environment: 'staging' })).toBe('unreadable');
  });

  it('matches environments and hosts; both must match when both are listed', () => {
    expect(ids(run('2026-10-01T00:00:00Z', { environment: 'staging' }).doc)).toEqual(['always', 'staging']);
    expect(ids(run('2026-10-01T00:00:00Z', { environment: 'production' }).doc)).toEqual(['always']);
    expect(ids(run('2026-10-01T00:00:00Z', { host: 'pr-12.example.dev' }).doc)).toEqual(['always', 'dev-hint']);
    expect(ids(run('2026-10-01T00:00:00Z', { host: 'localhost:5173' }).doc)).toEqual(['always', 'dev-hint']);
    expect(ids(run('2026-10-01T00:00:00Z', { host: 'app.example.com' }).doc)).toEqual(['always']);
    const both = { id: 'b', environments: ['staging'], hosts: ['staging.example.com'] };
    const ctx = { now: Date.now };
    expect(unavailable(both, { ...ctx, environment: 'staging', host: 'staging.example.com' })).toBeUndefined();
    expect(unavailable(both, { ...ctx, environment: 'staging', host: 'example.com' })).toBe('host');
    expect(unavailable(both, { ...ctx, environment: 'prod', host: 'staging.example.com' })).toBe('environment');
  });

  it('keeps the exempt guide (a preview link) whatever its window or lists say', () => {
    expect(ids(run('2026-10-01T00:00:00Z', {}, 'december').doc)).toEqual(['always', 'december']);
    expect(ids(run('2026-10-01T00:00:00Z', {}, 'staging').doc)).toEqual(['always', 'staging']);
  });
});

describe('guideAvailability', () => {
  afterEach(() => void vi.useRealTimers());

  it('applies the next boundary with the whole document when it passes', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-30T22:00:00Z') });
    const onBoundary = vi.fn();
    const tracker = guideAvailability({ now: Date.now, onBoundary });
    const first = tracker.apply(normalizeGuide(doc));
    expect(ids(first.doc)).toEqual(['always']);
    expect(tracker.why('december')).toBe('not-started');
    vi.advanceTimersByTime(60 * 60 * 1000 - 1);
    expect(onBoundary).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onBoundary).toHaveBeenCalledTimes(1);
    const all = onBoundary.mock.calls[0][0];
    expect(ids(all)).toEqual(['always', 'december', 'staging', 'sale', 'dev-hint']);
    expect(ids(tracker.apply(normalizeGuide(all)).doc)).toEqual(['always', 'december']);
    expect(tracker.why('december')).toBeUndefined();
    tracker.stop();
    vi.advanceTimersByTime(40 * 864e5);
    expect(onBoundary).toHaveBeenCalledTimes(1);
  });

  it('waits for boundaries beyond what one timer can hold', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') });
    const onBoundary = vi.fn();
    guideAvailability({ now: Date.now, onBoundary }).apply(
      normalizeGuide({ schemaVersion: 1, tours: [{ id: 'later', startsAt: '2026-03-01T00:00:00Z', steps: step }] }),
    );
    vi.advanceTimersByTime(Date.parse('2026-03-01T00:00:00Z') - Date.parse('2026-01-01T00:00:00Z') - 1);
    expect(onBoundary).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onBoundary).toHaveBeenCalledTimes(1);
  });
});
