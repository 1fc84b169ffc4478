import { describe, expect, it } from 'vitest';
import { createEventLog } from '../../../src/core/analytics/event-log.js';
import type { AnalyticsEvent } from '../../../src/core/analytics/event-properties.js';

const tourEvent = (
  type: string,
  timestamp: number,
  stepIndex = 0,
  extra: Record<string, unknown> = {},
): AnalyticsEvent => ({
  type,
  timestamp,
  userId: 'user-42',
  tourId: 'onboarding',
  stepId: `step-${stepIndex}`,
  stepIndex,
  stepCount: 5,
  source: 'button',
  ...extra,
});

describe('createEventLog', () => {
  it('keeps the fields metrics need and drops events metrics do not use', () => {
    const log = createEventLog();
    log.add(tourEvent('step:shown', 10, 1));
    log.add(tourEvent('step:rendered', 11, 1, { centered: false }));
    log.add({ type: 'storage:error', timestamp: 12, operation: 'read', message: 'x' });
    log.add({ type: 'chat:offered', timestamp: 13, reason: 'stuck', tourId: 'onboarding', stepId: 'step-1' });
    log.add({ type: 'guide:suppressed', timestamp: 14, guideId: 'promo', reason: 'frequency' });
    expect(log.events()).toEqual([
      { type: 'step:shown', timestamp: 10, userId: 'user-42', tourId: 'onboarding', stepId: 'step-1', stepIndex: 1 },
      { type: 'chat:offered', timestamp: 13, reason: 'stuck', tourId: 'onboarding', stepId: 'step-1' },
      { type: 'guide:suppressed', timestamp: 14, guideId: 'promo', reason: 'frequency' },
    ]);
  });

  it('drops the oldest events beyond its limit', () => {
    const log = createEventLog({ limit: 3 });
    for (let i = 0; i < 5; i++) log.add(tourEvent('step:shown', i, i));
    expect(log.events().map((e) => e.timestamp)).toEqual([2, 3, 4]);
  });

  it('round-trips through a JSON snapshot', () => {
    const log = createEventLog();
    log.add(tourEvent('tour:started', 1000, 0, { resumed: true }));
    log.add(tourEvent('step:shown', 1500, 0));
    log.add({ type: 'checklist:item-completed', timestamp: 1700, checklistId: 'setup', itemId: 'invite' });
    log.add(tourEvent('tour:dismissed', 2500, 3, { reason: 'replaced' }));
    const restored = createEventLog({ snapshot: JSON.parse(JSON.stringify(log.snapshot())) });
    expect(restored.events()).toEqual(log.events());
  });

  it('stays bounded: a year of heavy use fits in under 64 kB of JSON', () => {
    const log = createEventLog();
    const day = 86_400_000;
    let t = Date.UTC(2025, 0, 1);
    for (let d = 0; d < 365; d++, t += day) {
      // every day: three tours run through, a checklist item, two help offers, a chat, triggers
      for (const tourId of ['onboarding', 'reports-tour', 'billing']) {
        const ev = (type: string, i: number) => ({ ...tourEvent(type, (t += 4_321), i), tourId });
        log.add(ev('tour:started', 0));
        for (let i = 0; i < 5; i++) {
          log.add(ev('step:shown', i));
          log.add(ev('step:rendered', i));
          log.add(ev('step:completed', i));
        }
        log.add(ev('tour:completed', 4));
      }
      log.add({
        type: 'checklist:item-completed',
        timestamp: (t += 9_000),
        userId: 'user-42',
        checklistId: 'setup',
        itemId: `item-${d % 6}`,
      });
      for (const reason of ['rage-click', 'idle'])
        log.add({ type: 'chat:offered', timestamp: (t += 60_000), userId: 'user-42', reason });
      log.add({
        type: 'chat:opened',
        timestamp: (t += 1_000),
        userId: 'user-42',
        provider: 'intercom',
        reason: 'idle',
      });
      log.add({ type: 'trigger:fired', timestamp: (t += 1_000), userId: 'user-42', guideId: 'whats-new' });
      log.add({
        type: 'guide:suppressed',
        timestamp: (t += 1_000),
        userId: 'user-42',
        guideId: 'promo',
        reason: 'frequency',
      });
    }
    expect(log.events()).toHaveLength(2000);
    expect(log.events().at(-1)!.type).toBe('guide:suppressed');
    expect(JSON.stringify(log.snapshot()).length).toBeLessThan(64 * 1024);
  });

  it('merges another tab without duplicates, in time order', () => {
    const a = createEventLog();
    const b = createEventLog();
    const shared = tourEvent('tour:started', 100);
    a.add(shared);
    a.add(tourEvent('step:shown', 300, 1));
    b.add(shared);
    b.add(tourEvent('step:shown', 200, 0));
    a.merge(b.snapshot());
    expect(a.events().map((e) => [e.type, e.timestamp])).toEqual([
      ['tour:started', 100],
      ['step:shown', 200],
      ['step:shown', 300],
    ]);
    a.merge([tourEvent('step:shown', 300, 1)]);
    expect(a.events()).toHaveLength(3);
  });

  it('ignores malformed snapshots and entries instead of throwing', () => {
    for (const snapshot of [
      null,
      'junk',
      42,
      { v: 2, s: [], e: [[1, 1]] },
      { v: 1, s: 'x', e: 'y' },
      { v: 1, s: [], e: [null, 'row', [1]] },
    ]) {
      expect(createEventLog({ snapshot }).events()).toEqual([]);
    }
    const log = createEventLog();
    log.merge({
      v: 1,
      s: ['step:shown', 7],
      e: [
        [1, 10],
        [2, 5],
        [9, 5],
      ],
    });
    expect(log.events()).toEqual([{ type: 'step:shown', timestamp: 10 }]);
    log.merge([null, { type: 5 }, { timestamp: 3 }]);
    expect(log.events()).toHaveLength(1);
  });

  it('clears', () => {
    const log = createEventLog();
    log.add(tourEvent('step:shown', 1));
    log.clear();
    expect(log.events()).toEqual([]);
    expect(log.snapshot()).toEqual({ v: 1, s: [], e: [] });
  });
});
