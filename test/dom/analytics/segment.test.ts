import { describe, expect, it, vi } from 'vitest';
import { segmentSink } from '../../../src/dom/analytics/segment.js';
import { completed, props } from './fixtures.js';

describe('segmentSink', () => {
  it('calls analytics.track with a Title Case "Object Action" name and flat properties', () => {
    const analytics = { track: vi.fn() };
    segmentSink({ win: { analytics } })(completed());
    expect(analytics.track).toHaveBeenCalledWith('Tour Completed', props());
    segmentSink({ win: { analytics } })({
      type: 'checklist:item-completed',
      timestamp: 1,
      checklistId: 'setup',
      itemId: 'invite',
    });
    expect(analytics.track).toHaveBeenLastCalledWith('Checklist Item Completed', {
      timestamp: 1,
      checklist_id: 'setup',
      item_id: 'invite',
    });
  });

  it('adds a prefix, or uses a custom name, and skips events named ""', () => {
    const analytics = { track: vi.fn() };
    segmentSink({ win: { analytics }, prefix: 'Waymark ' })(completed());
    expect(analytics.track).toHaveBeenLastCalledWith('Waymark Tour Completed', expect.any(Object));
    const sink = segmentSink({ win: { analytics }, name: (e) => (e.type == 'step:rendered' ? '' : `wm.${e.type}`) });
    sink({ type: 'step:rendered', timestamp: 1 });
    sink(completed());
    expect(analytics.track.mock.calls.map(([n]) => n)).toEqual(['Waymark Tour Completed', 'wm.tour:completed']);
  });

  it('uses window.analytics by default (the snippet stub works too)', () => {
    const calls: unknown[][] = [];
    const stub = Object.assign([], { track: (...args: unknown[]) => calls.push(['track', ...args]) });
    (globalThis as any).analytics = stub;
    try {
      segmentSink()(completed());
    } finally {
      delete (globalThis as any).analytics;
    }
    expect(calls).toEqual([['track', 'Tour Completed', props()]]);
  });

  it('queues events until analytics.js loads, then sends them in order on the next event', () => {
    const win: { analytics?: { track: ReturnType<typeof vi.fn> } } = {};
    const sink = segmentSink({ win });
    sink(completed(1));
    sink(completed(2));
    const track = vi.fn();
    win.analytics = { track };
    sink(completed(3));
    expect(track.mock.calls.map(([, p]) => p.timestamp)).toEqual([1, 2, 3]);
  });
});
