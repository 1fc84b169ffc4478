import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/core/analytics/metrics.js';
import { createEventLog } from '../../../src/core/analytics/event-log.js';
import type { AnalyticsEvent } from '../../../src/core/analytics/event-properties.js';

const STEPS = ['welcome', 'create-project', 'invite', 'reports', 'done'];
const tours = [{ id: 'onboarding', steps: STEPS.map((id) => ({ id })) }];
const MIN = 60_000;

/** One user's run of the 5-step tour: shows steps, spending `msPerStep` on each, and ends it. */
function run(
  userId: string,
  start: number,
  {
    until = 4,
    end = 'complete',
    msPerStep = 1000,
  }: { until?: number; end?: 'complete' | 'dismiss' | 'none'; msPerStep?: number } = {},
) {
  const out: AnalyticsEvent[] = [];
  let t = start;
  const ev = (type: string, i: number, extra = {}) =>
    out.push({
      type,
      timestamp: t,
      userId,
      tourId: 'onboarding',
      stepId: STEPS[i],
      stepIndex: i,
      stepCount: 5,
      source: 'button',
      ...extra,
    });
  ev('tour:started', 0, { resumed: false });
  t++; // distinct timestamps, so any shuffle has one true order
  for (let i = 0; i <= until; i++) {
    ev('step:shown', i);
    t += msPerStep;
    if (i < until || end == 'complete') {
      ev('step:completed', i);
      t++;
    }
  }
  if (end == 'complete') ev('tour:completed', until);
  if (end == 'dismiss') ev('tour:dismissed', until);
  return out;
}

describe('computeMetrics: tour funnels', () => {
  // 10 users: 3 leave at step 2, 2 leave at step 4, 5 complete.
  const events = [
    ...[0, 1, 2].flatMap((u) => run(`u${u}`, u * MIN, { until: 1, end: 'dismiss' })),
    ...[3, 4].flatMap((u) => run(`u${u}`, u * MIN, { until: 3, end: 'dismiss' })),
    ...[5, 6, 7, 8, 9].flatMap((u) => run(`u${u}`, u * MIN)),
  ];

  it('counts starts, completions, dismissals and reach per step', () => {
    const m = computeMetrics(events, { tours }).tours.onboarding;
    expect(m).toMatchObject({ started: 10, completed: 5, dismissed: 5, completionRate: 0.5 });
    expect(m.steps.map((s) => [s.id, s.reached, s.completed, s.dismissedHere])).toEqual([
      ['welcome', 10, 10, 0],
      ['create-project', 10, 7, 3],
      ['invite', 7, 7, 0],
      ['reports', 7, 5, 2],
      ['done', 5, 5, 0],
    ]);
  });

  it('reports drop-off per step: 30% at step 2, 2 of 7 at step 4', () => {
    const rates = computeMetrics(events, { tours }).tours.onboarding.steps.map((s) => s.dropOffRate);
    expect(rates).toEqual([0, 0.3, 0, 2 / 7, 0]);
  });

  it('gives the same funnel in any event order', () => {
    const shuffled = [...events].sort((a, b) => ((a.timestamp * 7919) % 1013) - ((b.timestamp * 7919) % 1013));
    expect(shuffled).not.toEqual(events);
    expect(computeMetrics(shuffled, { tours })).toEqual(computeMetrics(events, { tours }));
  });

  it('measures time per step from step:shown to the next step event (median and mean)', () => {
    const timed = [1000, 2000, 9000].flatMap((ms, u) =>
      run(`t${u}`, u * MIN, { until: 1, msPerStep: ms, end: 'complete' }),
    );
    const [first, second] = computeMetrics(timed, { tours }).tours.onboarding.steps;
    expect(first).toMatchObject({ medianMs: 2000, meanMs: 4000 });
    expect(second).toMatchObject({ medianMs: 2000, meanMs: 4000 });
    const even = [1000, 2000].flatMap((ms, u) => run(`e${u}`, u * MIN, { until: 0, msPerStep: ms }));
    expect(computeMetrics(even).tours.onboarding.steps[0]).toMatchObject({ medianMs: 1500, meanMs: 1500 });
  });

  it('lists defined steps nobody reached, in definition order, with zero rates', () => {
    const m = computeMetrics([], { tours }).tours.onboarding;
    expect(m.started).toBe(0);
    expect(m.completionRate).toBe(0);
    expect(m.steps.map((s) => s.id)).toEqual(STEPS);
    expect(m.steps.every((s) => s.dropOffRate === 0 && s.medianMs === 0 && s.meanMs === 0)).toBe(true);
  });

  it('orders steps by index when no definition is given', () => {
    const m = computeMetrics([...run('a', 0)].reverse().slice(0, 20));
    expect(m.tours.onboarding.steps.map((s) => s.id)).toEqual(STEPS);
  });

  it('continues a run across a reload (resumed start) instead of counting a new one', () => {
    const [started, shown0, done0, shown1] = run('r', 0, { until: 1, end: 'none' });
    const resumed = { ...started, timestamp: 5000, stepId: 'create-project', stepIndex: 1, resumed: true };
    const after = run('r', 6000, { until: 1, end: 'complete' }).slice(3); // step 2 shown again, completed, tour completed
    const m = computeMetrics([started, shown0, done0, shown1, resumed, ...after], { tours }).tours.onboarding;
    expect(m).toMatchObject({ started: 1, completed: 1, completionRate: 1 });
    expect(m.steps[1]).toMatchObject({ reached: 1, completed: 1, medianMs: 1000 });
  });

  it('survives missing and malformed events without NaN', () => {
    const full = run('m', 0, { until: 3, end: 'dismiss' });
    const gappy = full.filter((e) => e.type != 'tour:started' && e.stepIndex != 2);
    const junk = [
      null,
      42,
      { type: 7 },
      { type: 'step:shown' },
      { type: 'step:shown', tourId: 'x', timestamp: 'later' },
      { type: 'tour:dismissed', tourId: 'y', timestamp: 1 },
    ];
    const m = computeMetrics([...gappy, ...(junk as never[])], { tours: [...tours, { id: 'broken' } as never] });
    expect(m.tours.onboarding).toMatchObject({ started: 1, dismissed: 1 });
    expect(m.tours.onboarding.steps[3]).toMatchObject({ reached: 1, dismissedHere: 1, dropOffRate: 1 });
    expect(m.tours.y).toMatchObject({ started: 1, dismissed: 1, completionRate: 0 });
    expect(JSON.stringify(m)).not.toMatch(/NaN|null/);
  });

  it('reads the event log as well as raw events', () => {
    const log = createEventLog();
    events.forEach(log.add);
    const restored = createEventLog({ snapshot: JSON.parse(JSON.stringify(log.snapshot())) });
    expect(computeMetrics(restored.events(), { tours })).toEqual(computeMetrics(events, { tours }));
  });
});

describe('computeMetrics: checklists, help and triggers', () => {
  it('counts checklist items, completions and dismissals', () => {
    const m = computeMetrics([
      { type: 'checklist:item-completed', timestamp: 1, checklistId: 'setup', itemId: 'profile' },
      { type: 'checklist:item-completed', timestamp: 2, checklistId: 'setup', itemId: 'invite' },
      { type: 'checklist:item-completed', timestamp: 3, checklistId: 'setup', itemId: 'profile', userId: 'b' },
      { type: 'checklist:completed', timestamp: 4, checklistId: 'setup' },
      { type: 'checklist:dismissed', timestamp: 5, checklistId: 'advanced' },
    ] as AnalyticsEvent[]);
    expect(m.checklists).toEqual({
      setup: { itemsCompleted: { profile: 2, invite: 1 }, completed: 1, dismissed: 0 },
      advanced: { itemsCompleted: {}, completed: 0, dismissed: 1 },
    });
  });

  it('computes deflection: offers not followed by chat within 30 minutes, per user and reason', () => {
    const e = (type: string, minute: number, userId: string, reason: string) => ({
      type,
      timestamp: minute * MIN,
      userId,
      reason,
    });
    const m = computeMetrics([
      e('chat:offered', 0, 'a', 'rage-click'), // followed 10 min later: not deflected
      e('chat:opened', 10, 'a', 'rage-click'),
      e('chat:offered', 0, 'b', 'idle'), // b never opens chat: deflected
      e('chat:offered', 100, 'a', 'idle'), // a opens chat 45 min later: too late, deflected
      e('chat:opened', 145, 'a', 'idle'),
      e('chat:offered', 200, 'c', 'rage-click'), // someone else's chat does not count: deflected
      e('chat:opened', 201, 'd', 'rage-click'),
    ]);
    expect(m.help).toEqual({
      offered: 4,
      chatOpened: 3,
      deflectionRate: 0.75,
      byReason: { 'rage-click': { offered: 2, deflected: 1 }, idle: { offered: 2, deflected: 2 } },
    });
    expect(computeMetrics([]).help.deflectionRate).toBe(0);
  });

  it('counts fired triggers and suppressed guides per reason', () => {
    const m = computeMetrics([
      { type: 'trigger:fired', timestamp: 1, guideId: 'whats-new' },
      { type: 'trigger:fired', timestamp: 2, guideId: 'promo' },
      { type: 'guide:suppressed', timestamp: 3, guideId: 'promo', reason: 'frequency' },
      { type: 'guide:suppressed', timestamp: 4, guideId: 'promo', reason: 'frequency' },
      { type: 'guide:suppressed', timestamp: 5, guideId: 'tips', reason: 'priority' },
    ] as AnalyticsEvent[]);
    expect(m.triggers).toEqual({ fired: 2, suppressed: { frequency: 2, priority: 1 } });
  });
});
