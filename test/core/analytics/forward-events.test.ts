import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../../src/core/emitter.js';
import type { WaymarkEventMap } from '../../../src/core/events.js';
import { forwardEvents } from '../../../src/core/analytics/forward-events.js';

const base = { timestamp: 1, tourId: 'intro', stepId: 'a', stepIndex: 0, stepCount: 2, source: 'api' as const };

describe('forwardEvents', () => {
  it('sends every event, with its type, to each sink until stopped', () => {
    const events = createEmitter<WaymarkEventMap>();
    const a = vi.fn();
    const b = vi.fn();
    const stop = forwardEvents(events, [a, b]);
    events.emit('tour:started', { ...base, resumed: false });
    events.emit('tour:completed', base);
    expect(a.mock.calls.map(([e]) => e.type)).toEqual(['tour:started', 'tour:completed']);
    expect(b).toHaveBeenCalledTimes(2);
    expect(a.mock.calls[1][0]).toMatchObject({ type: 'tour:completed', tourId: 'intro' });
    stop();
    events.emit('tour:completed', base);
    expect(a).toHaveBeenCalledTimes(2);
  });

  it('keeps sending to the other sinks when one throws', () => {
    const onError = vi.fn();
    const events = createEmitter<WaymarkEventMap>(onError);
    const good = vi.fn();
    forwardEvents(events, [
      () => {
        throw new Error('boom');
      },
      good,
    ]);
    events.emit('tour:completed', base);
    expect(good).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledOnce();
  });
});
