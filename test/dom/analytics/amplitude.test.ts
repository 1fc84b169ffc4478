import { describe, expect, it, vi } from 'vitest';
import { amplitudeSink } from '../../../src/dom/analytics/amplitude.js';
import { completed, props } from './fixtures.js';

describe('amplitudeSink', () => {
  it('calls amplitude.track (Browser SDK 2) with the event type and properties', () => {
    const amplitude = { track: vi.fn() };
    amplitudeSink({ win: { amplitude } })(completed());
    expect(amplitude.track).toHaveBeenCalledWith('Tour Completed', props());
  });

  it('falls back to the legacy amplitude.getInstance().logEvent', () => {
    const instance = { logEvent: vi.fn() };
    const amplitude = { getInstance: vi.fn(() => instance) };
    amplitudeSink({ win: { amplitude } })(completed());
    expect(instance.logEvent).toHaveBeenCalledWith('Tour Completed', props());
  });

  it('queues while Amplitude is absent and flushes when it appears', () => {
    const win: Record<string, unknown> = {};
    const sink = amplitudeSink({ win });
    sink(completed(1));
    const track = vi.fn();
    win.amplitude = { track };
    sink(completed(2));
    expect(track.mock.calls.map(([n, p]) => [n, p.timestamp])).toEqual([
      ['Tour Completed', 1],
      ['Tour Completed', 2],
    ]);
  });
});
