import { describe, expect, it, vi } from 'vitest';
import { posthogSink } from '../../../src/dom/analytics/posthog.js';
import { completed, props } from './fixtures.js';

describe('posthogSink', () => {
  it('calls posthog.capture with a lower-case "object verb" name and flat properties', () => {
    const posthog = { capture: vi.fn() };
    const sink = posthogSink({ win: { posthog } });
    sink(completed());
    sink({ type: 'guide:suppressed', timestamp: 2, guideId: 'promo', reason: 'frequency' });
    expect(posthog.capture.mock.calls).toEqual([
      ['tour completed', props()],
      ['guide suppressed', { timestamp: 2, guide_id: 'promo', reason: 'frequency' }],
    ]);
  });

  it('supports a prefix', () => {
    const posthog = { capture: vi.fn() };
    posthogSink({ win: { posthog }, prefix: 'waymark ' })(completed());
    expect(posthog.capture).toHaveBeenCalledWith('waymark tour completed', props());
  });

  it('keeps only the newest events (limit) while PostHog is missing', () => {
    const win: Record<string, unknown> = {};
    const sink = posthogSink({ win, limit: 2 });
    for (let t = 1; t <= 4; t++) sink(completed(t));
    const capture = vi.fn();
    win.posthog = { capture };
    sink(completed(5));
    expect(capture.mock.calls.map(([, p]) => p.timestamp)).toEqual([3, 4, 5]);
  });
});
