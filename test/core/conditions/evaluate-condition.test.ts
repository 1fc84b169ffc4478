import { describe, expect, it } from 'vitest';
import {
  ERROR_EVENT,
  evaluateCondition,
  type ConditionContext,
} from '../../../src/core/conditions/evaluate-condition.js';
import { createBehaviourHistory } from '../../../src/core/proactive/behaviour-history.js';
import { fakeContext, T0 } from './fake-context.js';

const DAY = 864e5;
const S = 1000;

describe('the worked example: help_article_viewed where articleId = billing-101, 3 times within 7 days', () => {
  const condition = {
    event: 'help_article_viewed',
    where: { articleId: 'billing-101' },
    count: { gte: 3 },
    within: 'P7D',
  };

  it('fires on the third view, not for other articles, and not once the window has passed', () => {
    let now = T0;
    const history = createBehaviourHistory(undefined, {
      now: () => now,
      trackedProps: { help_article_viewed: ['articleId'] },
    });
    const check = () => evaluateCondition(condition, fakeContext({ now, history }));

    history.record('help_article_viewed', { articleId: 'billing-101', source: 'search' });
    now += DAY;
    history.record('help_article_viewed', { articleId: 'billing-101' });
    history.record('help_article_viewed', { articleId: 'api-keys' });
    history.record('help_article_viewed', { articleId: 'api-keys' });
    now += DAY;
    let r = check();
    expect(r.ok).toBe(false);
    expect(r.trace?.text).toBe('event help_article_viewed where articleId=billing-101: 2 of at least 3 within 7 days');

    history.record('help_article_viewed', { articleId: 'billing-101' });
    r = check();
    expect(r.ok).toBe(true);
    expect(r.trace?.text).toBe('event help_article_viewed where articleId=billing-101: 3 of at least 3 within 7 days');
    // It holds until the first view leaves the 7-day window.
    expect(r.recheckAt).toBe(T0 + 7 * DAY);

    now = T0 + 7 * DAY - 1;
    expect(check().ok).toBe(true);
    now = T0 + 7 * DAY;
    expect(check().ok).toBe(false);
  });
});

describe('evaluateCondition', () => {
  const yes = { delay: 'PT0S' };
  const no = { guide: 'x', state: 'completed' };

  it('combines with all, any and not, explaining every child', () => {
    const ctx = fakeContext();
    expect(evaluateCondition({ all: [yes, yes] }, ctx).ok).toBe(true);
    expect(evaluateCondition({ all: [yes, no] }, ctx).ok).toBe(false);
    expect(evaluateCondition({ all: [] }, ctx).ok).toBe(true);
    expect(evaluateCondition({ any: [no, yes] }, ctx).ok).toBe(true);
    expect(evaluateCondition({ any: [] }, ctx).ok).toBe(false);
    expect(evaluateCondition({ not: no }, ctx).ok).toBe(true);
    const r = evaluateCondition({ all: [no, { not: yes }] }, ctx);
    expect(r.trace).toEqual({
      ok: false,
      text: 'all of',
      children: [
        { ok: false, text: 'guide x completed' },
        { ok: false, text: 'not', children: [{ ok: true, text: 'page open for 0 seconds (0 seconds so far)' }] },
      ],
    });
  });

  it('gives the same answer without a trace when explain is false', () => {
    const ctx = fakeContext();
    const r = evaluateCondition({ any: [no, { all: [yes, { not: no }] }] }, ctx, false);
    expect(r).toEqual({ ok: true });
  });

  it('matches the current page by glob, with optional visit counts', () => {
    const ctx = fakeContext({
      page: { path: '/billing/invoices', loadedAt: T0, visits: (glob) => (glob === '/billing/**' ? 2 : 0) },
    });
    expect(evaluateCondition({ page: '/billing/**' }, ctx).ok).toBe(true);
    expect(evaluateCondition({ page: '/settings' }, ctx).trace?.text).toBe('page /settings (on /billing/invoices)');
    const visits = evaluateCondition({ page: { matches: '/billing/**', visits: { gte: 3 } } }, ctx);
    expect(visits.ok).toBe(false);
    expect(visits.trace?.text).toBe('page /billing/** (on /billing/invoices, 2 visits of at least 3)');
    expect(evaluateCondition({ page: { matches: '/billing/**', visits: 2 } }, ctx).ok).toBe(true);
  });

  it('asks the context about elements, present by default', () => {
    const asked: string[] = [];
    const ctx = fakeContext({ elements: (sel, state) => (asked.push(`${sel} ${state}`), state !== 'clicked') });
    expect(evaluateCondition({ element: '#save' }, ctx).ok).toBe(true);
    expect(evaluateCondition({ element: '#save', state: 'visible' }, ctx).ok).toBe(true);
    expect(evaluateCondition({ element: '#save', state: 'clicked' }, ctx).ok).toBe(false);
    expect(asked).toEqual(['#save present', '#save visible', '#save clicked']);
  });

  it('measures idle time from the last input or the page load, and says when to re-check', () => {
    const ctx = fakeContext({
      now: T0 + 20 * S,
      lastInputAt: T0 + 5 * S,
      page: { path: '/', loadedAt: T0, visits: () => 1 },
    });
    const r = evaluateCondition({ idle: 'PT30S' }, ctx);
    expect(r).toMatchObject({ ok: false, recheckAt: T0 + 35 * S });
    expect(r.trace?.text).toBe('idle for 30 seconds (15 seconds so far)');
    expect(evaluateCondition({ idle: 'PT30S' }, { ...ctx, now: T0 + 35 * S }).ok).toBe(true);
    // Input before this page loaded does not count as idle time on this page.
    const fresh = fakeContext({
      now: T0 + 20 * S,
      lastInputAt: 0,
      page: { path: '/', loadedAt: T0 + 10 * S, visits: () => 1 },
    });
    expect(evaluateCondition({ idle: 'PT30S' }, fresh).recheckAt).toBe(T0 + 40 * S);
  });

  it('waits a delay after page load', () => {
    const ctx = fakeContext({ now: T0 + 4 * S, page: { path: '/', loadedAt: T0, visits: () => 1 } });
    expect(evaluateCondition({ delay: 'PT10S' }, ctx)).toMatchObject({ ok: false, recheckAt: T0 + 10 * S });
    const later = evaluateCondition({ delay: 'PT10S' }, { ...ctx, now: T0 + 10 * S });
    expect(later.ok).toBe(true);
    expect(later.recheckAt).toBeUndefined();
  });

  it('detects rage clicks: enough clicks, fast enough, close together', () => {
    const clicks = [0, 200, 400, 600].map((ms, i) => ({ at: T0 + ms, x: 100 + i * 5, y: 100 }));
    const rage = { rageClicks: { count: 4, within: 'PT1S' } };
    const r = evaluateCondition(rage, fakeContext({ now: T0 + 600, clicks }));
    expect(r.ok).toBe(true);
    expect(r.trace?.text).toBe('rage clicks: 4 of 4 within 1 second');
    expect(r.recheckAt).toBe(T0 + 1000);
    // Too slow.
    expect(evaluateCondition(rage, fakeContext({ now: T0 + 1100, clicks })).ok).toBe(false);
    // Too far apart.
    const spread = clicks.map((c, i) => ({ ...c, x: i * 200 }));
    expect(evaluateCondition(rage, fakeContext({ now: T0 + 600, clicks: spread })).ok).toBe(false);
    // Defaults: 3 clicks within a second.
    expect(evaluateCondition({ rageClicks: {} }, fakeContext({ now: T0 + 600, clicks: clicks.slice(1) })).ok).toBe(
      true,
    );
    expect(evaluateCondition({ rageClicks: {} }, fakeContext({ now: T0 })).ok).toBe(false);
  });

  it('counts recorded errors within a window', () => {
    let now = T0;
    const history = createBehaviourHistory(undefined, { now: () => now });
    const errors = { errors: { count: { gte: 3 }, within: 'PT5M' } };
    history.record(ERROR_EVENT);
    history.record(ERROR_EVENT);
    now += 60 * S;
    expect(evaluateCondition(errors, fakeContext({ now, history })).trace?.text).toBe(
      'errors: 2 of at least 3 within 5 minutes',
    );
    history.record(ERROR_EVENT);
    expect(evaluateCondition(errors, fakeContext({ now, history }))).toMatchObject({
      ok: true,
      recheckAt: T0 + 300 * S,
    });
    now = T0 + 300 * S;
    expect(evaluateCondition(errors, fakeContext({ now, history })).ok).toBe(false);
  });

  it('holds within daily hours in local time, overnight too, and wakes at the next boundary', () => {
    const at = (hours: number, minutes: number) => new Date(2026, 2, 2, hours, minutes).getTime();
    const support = { time: { from: '09:00', to: '17:30' } };
    expect(evaluateCondition(support, fakeContext({ now: at(14, 5) }))).toEqual({
      ok: true,
      trace: { ok: true, text: 'time from 09:00 to 17:30 (now 14:05)' },
      recheckAt: at(17, 30),
    });
    expect(evaluateCondition(support, fakeContext({ now: at(17, 30) })).ok).toBe(false);
    expect(evaluateCondition(support, fakeContext({ now: at(8, 59) }))).toMatchObject({
      ok: false,
      recheckAt: at(9, 0),
    });
    const night = { time: { from: '22:00', to: '06:00' } };
    expect(evaluateCondition(night, fakeContext({ now: at(23, 0) })).ok).toBe(true);
    expect(evaluateCondition(night, fakeContext({ now: at(5, 59) })).ok).toBe(true);
    expect(evaluateCondition(night, fakeContext({ now: at(12, 0) })).ok).toBe(false);
    expect(evaluateCondition({ time: { from: '9am', to: '17:30' } }, fakeContext()).trace).toEqual({
      ok: false,
      text: 'time from 9am to 17:30: not a time of day (HH:MM)',
    });
  });

  it('reads guide states', () => {
    const ctx = fakeContext({
      guides: (id) => (id === 'welcome' ? { completed: true, dismissed: false, seen: true } : undefined),
    });
    const state = (guide: string, s: string) => evaluateCondition({ guide, state: s }, ctx).ok;
    expect([
      state('welcome', 'completed'),
      state('welcome', 'dismissed'),
      state('welcome', 'seen'),
      state('welcome', 'not-seen'),
    ]).toEqual([true, false, true, false]);
    expect([state('other', 'seen'), state('other', 'not-seen'), state('welcome', 'bogus')]).toEqual([
      false,
      true,
      false,
    ]);
  });

  describe('user traits', () => {
    const ctx = fakeContext({
      user: {
        id: 'u1',
        traits: { plan: 'pro', seats: 5, score: '12', createdAt: new Date(T0 - 40 * DAY).toISOString(), flag: false },
      },
    });
    const ok = (c: object) => evaluateCondition(c, ctx).ok;

    it('compares with in, eq, gt, lt, gte, lte and exists', () => {
      expect(ok({ user: 'plan', in: ['pro', 'team'] })).toBe(true);
      expect(ok({ user: 'plan', in: ['free'] })).toBe(false);
      expect(ok({ user: 'plan', eq: 'pro' })).toBe(true);
      expect(ok({ user: 'seats', eq: 5 })).toBe(true);
      expect(ok({ user: 'flag', eq: false })).toBe(true);
      expect(ok({ user: 'seats', gt: 4, lt: 6 })).toBe(true);
      expect(ok({ user: 'seats', gte: 6 })).toBe(false);
      expect(ok({ user: 'seats', lte: 5 })).toBe(true);
      expect(ok({ user: 'score', gt: 10 })).toBe(true);
      expect(ok({ user: 'plan', gt: 1 })).toBe(false);
      expect(ok({ user: 'plan', exists: true })).toBe(true);
      expect(ok({ user: 'missing', exists: false })).toBe(true);
      expect(ok({ user: 'missing', exists: true })).toBe(false);
      expect(ok({ user: 'missing', eq: 'x' })).toBe(false);
      expect(ok({ user: 'missing' })).toBe(false);
    });

    it('reads date traits with olderThan and newerThan', () => {
      expect(ok({ user: 'createdAt', olderThan: 'P30D' })).toBe(true);
      expect(ok({ user: 'createdAt', newerThan: 'P30D' })).toBe(false);
      const r = evaluateCondition({ user: 'createdAt', olderThan: 'P60D' }, ctx);
      expect(r).toMatchObject({ ok: false, recheckAt: T0 + 20 * DAY });
      expect(r.trace?.text).toBe('user createdAt older than 60 days: 40 days ago');
    });

    it('explains the comparison and the value found', () => {
      expect(evaluateCondition({ user: 'plan', in: ['free', 'team'] }, ctx).trace?.text).toBe(
        'user plan in free/team: pro',
      );
      expect(evaluateCondition({ user: 'nope', gte: 2 }, ctx).trace?.text).toBe('user nope ≥ 2: not set');
    });
  });

  it('measures time since sign-up from the signedUpAt trait', () => {
    const ctx = fakeContext({ user: { traits: { signedUpAt: T0 - 3 * DAY } } });
    const r = evaluateCondition({ signedUp: { olderThan: 'P14D' } }, ctx);
    expect(r).toMatchObject({ ok: false, recheckAt: T0 + 11 * DAY });
    expect(r.trace?.text).toBe('signed up older than 14 days: 3 days ago');
    expect(evaluateCondition({ signedUp: { newerThan: 'P7D' } }, ctx)).toMatchObject({
      ok: true,
      recheckAt: T0 + 4 * DAY,
    });
    expect(evaluateCondition({ signedUp: { olderThan: 'P1D' } }, fakeContext()).ok).toBe(false);
  });

  it('checks calendar ranges in local days, with an inclusive end day', () => {
    const start = new Date(2026, 11, 1).getTime();
    const endOfDec31 = new Date(2027, 0, 1).getTime();
    const december = { date: { from: '2026-12-01', to: '2026-12-31' } };
    expect(evaluateCondition(december, fakeContext({ now: start - 1 }))).toMatchObject({ ok: false, recheckAt: start });
    expect(evaluateCondition(december, fakeContext({ now: start }))).toMatchObject({ ok: true, recheckAt: endOfDec31 });
    expect(evaluateCondition(december, fakeContext({ now: endOfDec31 - 1 })).ok).toBe(true);
    expect(evaluateCondition(december, fakeContext({ now: endOfDec31 })).ok).toBe(false);
    expect(evaluateCondition({ date: { from: '2026-01-01T00:00:00Z' } }, fakeContext()).ok).toBe(true);
    expect(evaluateCondition({ date: { to: 'soon' } }, fakeContext()).ok).toBe(false);
  });

  it('resolves named segments and refuses cycles', () => {
    const segments = {
      pro: { user: 'plan', eq: 'pro' },
      'pro-admins': { all: [{ segment: 'pro' }, { user: 'role', eq: 'admin' }] },
      a: { segment: 'b' },
      b: { any: [{ segment: 'a' }] },
      self: { not: { segment: 'self' } },
    };
    const ctx = fakeContext({ segments, user: { traits: { plan: 'pro', role: 'admin' } } });
    expect(evaluateCondition({ segment: 'pro-admins' }, ctx).ok).toBe(true);
    const cycle = evaluateCondition({ segment: 'a' }, ctx);
    expect(cycle.ok).toBe(false);
    expect(JSON.stringify(cycle.trace)).toContain('segment a: refers to itself');
    // `not` inside the cycle must not turn it into true.
    expect(evaluateCondition({ segment: 'self' }, ctx)).toMatchObject({
      ok: false,
      trace: { text: 'segment self: refers to itself' },
    });
    // A cycle elsewhere does not spoil healthy segments evaluated after it.
    expect(evaluateCondition({ any: [{ segment: 'a' }, { segment: 'pro' }] }, ctx).ok).toBe(true);
    const missing = evaluateCondition({ segment: 'constructor' }, ctx);
    expect(missing).toMatchObject({ ok: false, trace: { text: 'segment constructor: not defined' } });
  });

  it('evaluates unknown and broken shapes to false with a reason, never throwing', () => {
    const ctx = fakeContext({
      elements: () => {
        throw new SyntaxError('bad selector');
      },
    });
    const cases: [unknown, string][] = [
      [{}, 'unknown condition: {}'],
      [{ colour: 'red' }, 'unknown condition: colour'],
      [null, 'not a condition: null'],
      ['page', 'not a condition: page'],
      [[{ delay: 'PT0S' }], 'not a condition: [object Object]'],
      [{ delay: 'ten seconds' }, 'page open for invalid duration ten seconds (0 seconds so far)'],
      [{ event: 'x', within: 'P1X' }, 'event x: 0 of at least 1 within invalid duration P1X'],
      [{ element: '##' }, 'error: SyntaxError: bad selector'],
      [{ page: 42 }, 'page undefined (on /)'],
      [{ all: [{ nonsense: true }] }, 'all of'],
    ];
    for (const [c, text] of cases) {
      const r = evaluateCondition(c, ctx);
      expect(r.ok).toBe(false);
      expect(r.trace?.text).toBe(text);
    }
    expect(evaluateCondition({ not: { nonsense: true } }, ctx).ok).toBe(true);
  });

  it('reports the earliest re-check among children', () => {
    const ctx: ConditionContext = fakeContext({ now: T0, page: { path: '/', loadedAt: T0, visits: () => 1 } });
    const r = evaluateCondition({ any: [{ delay: 'PT1M' }, { all: [{ delay: 'PT10S' }] }, { idle: 'PT5M' }] }, ctx);
    expect(r.recheckAt).toBe(T0 + 10 * S);
  });
});
