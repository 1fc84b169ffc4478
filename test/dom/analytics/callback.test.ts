import { describe, expect, it, vi } from 'vitest';
import { callbackSink } from '../../../src/dom/analytics/callback.js';
import { completed, props } from './fixtures.js';

describe('callbackSink', () => {
  it('calls back with the event name, flat properties and the original event', () => {
    const callback = vi.fn();
    const event = completed();
    callbackSink(callback)(event);
    expect(callback).toHaveBeenCalledWith('tour:completed', props(), event);
  });

  it('applies prefix and custom naming', () => {
    const callback = vi.fn();
    callbackSink(callback, { prefix: 'waymark.', name: (e) => e.type.replace(':', '_') })(completed());
    expect(callback).toHaveBeenCalledWith('waymark.tour_completed', props(), expect.anything());
  });
});
