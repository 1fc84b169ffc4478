import { describe, expect, it } from 'vitest';
import { createScheduler, type SchedulerOptions } from '../../../src/core/proactive/scheduler.js';

const MIN = 6e4;

function setup(options: Partial<SchedulerOptions> = {}) {
  const env = { t: 1_000_000, busy: false, typing: false, shown: [] as string[], decline: new Set<string>() };
  const scheduler = createScheduler({
    now: () => env.t,
    quietPeriodMs: 10 * MIN,
    isBusy: () => env.busy,
    isTyping: () => env.typing,
    show: (id) => (env.decline.has(id) ? false : void env.shown.push(id)),
    ...options,
  });
  return { env, scheduler };
}

describe('createScheduler', () => {
  it('shows one guide at a time and queues the rest by priority', () => {
    const { env, scheduler } = setup({ quietPeriodMs: 0 });
    expect(scheduler.offer({ guideId: 'first' })).toBeUndefined();
    scheduler.offer({ guideId: 'low', priority: 1 });
    scheduler.offer({ guideId: 'high', priority: 5 });
    scheduler.offer({ guideId: 'also-low', priority: 1 });
    expect(env.shown).toEqual(['first']);
    expect(scheduler.explain('also-low')).toMatchObject({
      status: 'queued',
      position: 3,
      reasons: ['first is showing', 'behind high, low'],
    });
    scheduler.notifyClosed();
    scheduler.notifyClosed();
    scheduler.notifyClosed();
    expect(env.shown).toEqual(['first', 'high', 'low', 'also-low']);
    expect(scheduler.explain('also-low')).toMatchObject({ status: 'showing', reasons: [] });
    expect(scheduler.explain('first')).toMatchObject({ status: 'idle' });
  });

  it('keeps a quiet period after each automatic showing, unless a guide is critical', () => {
    const { env, scheduler } = setup();
    scheduler.offer({ guideId: 'a' });
    env.t += MIN;
    scheduler.notifyClosed();
    const closedAt = env.t;
    expect(scheduler.offer({ guideId: 'b', priority: 9 })).toBe(closedAt + 10 * MIN);
    expect(env.shown).toEqual(['a']);
    expect(scheduler.explain('b')).toMatchObject({
      quietRemainingMs: 10 * MIN,
      reasons: ['quiet period: 10 minutes left'],
    });
    // A critical guide goes through the quiet period, even ahead of a higher priority.
    scheduler.offer({ guideId: 'urgent', critical: true });
    expect(env.shown).toEqual(['a', 'urgent']);
    scheduler.notifyClosed();
    env.t += 10 * MIN - 1;
    expect(scheduler.tick()).toBe(env.t + 1);
    env.t += 1;
    expect(scheduler.tick()).toBeUndefined();
    expect(env.shown).toEqual(['a', 'urgent', 'b']);
  });

  it('waits while the user types and while another guide is open', () => {
    const { env, scheduler } = setup({ retryMs: 500 });
    env.typing = true;
    expect(scheduler.offer({ guideId: 'g' })).toBe(env.t + 500);
    expect(scheduler.explain('g').reasons).toEqual(['the user is typing']);
    env.typing = false;
    env.busy = true;
    expect(scheduler.tick()).toBeUndefined();
    expect(scheduler.explain('g').reasons).toEqual(['another guide is open']);
    expect(env.shown).toEqual([]);
    env.busy = false;
    scheduler.tick();
    expect(env.shown).toEqual(['g']);
  });

  it('moves on when the host declines a guide, and forgets withdrawn ones', () => {
    const { env, scheduler } = setup({ quietPeriodMs: 0 });
    env.busy = true;
    scheduler.offer({ guideId: 'claimed-elsewhere', priority: 3 });
    scheduler.offer({ guideId: 'stale', priority: 2 });
    scheduler.offer({ guideId: 'ok', priority: 1 });
    env.decline.add('claimed-elsewhere');
    scheduler.withdraw('stale');
    env.busy = false;
    scheduler.tick();
    expect(env.shown).toEqual(['ok']);
    expect(scheduler.explain('claimed-elsewhere').status).toBe('idle');
  });

  it('re-offering updates priority instead of duplicating', () => {
    const { env, scheduler } = setup({ quietPeriodMs: 0 });
    scheduler.offer({ guideId: 'open' });
    scheduler.offer({ guideId: 'x', priority: 1 });
    scheduler.offer({ guideId: 'y', priority: 2 });
    scheduler.offer({ guideId: 'x', priority: 3 });
    scheduler.offer({ guideId: 'open', priority: 9 });
    scheduler.notifyClosed();
    scheduler.notifyClosed();
    scheduler.notifyClosed();
    expect(env.shown).toEqual(['open', 'x', 'y']);
  });

  it('stops at the session limit', () => {
    const { env, scheduler } = setup({ quietPeriodMs: 0, maxPerSession: 1 });
    scheduler.offer({ guideId: 'a' });
    scheduler.notifyClosed();
    expect(scheduler.offer({ guideId: 'b', critical: true })).toBeUndefined();
    expect(env.shown).toEqual(['a']);
    expect(scheduler.explain('b').reasons).toEqual(['session limit of 1 reached']);
  });

  it('does nothing after destroy', () => {
    const { env, scheduler } = setup();
    env.busy = true;
    scheduler.offer({ guideId: 'a' });
    scheduler.destroy();
    env.busy = false;
    expect(scheduler.tick()).toBeUndefined();
    expect(scheduler.offer({ guideId: 'b' })).toBeUndefined();
    expect(env.shown).toEqual([]);
    expect(scheduler.explain('a').status).toBe('idle');
  });
});
