import { describe, expect, it } from 'vitest';
import { toProperties } from '../../../src/core/analytics/event-properties.js';

describe('toProperties', () => {
  it('turns a tour event into flat snake_case properties without its type', () => {
    expect(
      toProperties({
        type: 'step:shown',
        timestamp: 5,
        userId: 'u1',
        tourId: 'intro',
        stepId: 'a',
        stepIndex: 0,
        stepCount: 3,
        source: 'button',
      }),
    ).toEqual({
      timestamp: 5,
      user_id: 'u1',
      tour_id: 'intro',
      step_id: 'a',
      step_index: 0,
      step_count: 3,
      source: 'button',
    });
  });

  it('keeps primitives only: joins primitive arrays, flattens one object level, drops the rest', () => {
    expect(
      toProperties({
        type: 'target:missing',
        timestamp: 1,
        selectors: ['#a', '.b'],
        issues: [{ path: '/x', message: 'bad' }],
        meta: { pageURL: '/home', deep: { x: 1 }, ok: true },
        nothing: null,
        later: undefined,
        fn: () => 1,
        'odd-key name': 'v',
      }),
    ).toEqual({ timestamp: 1, selectors: '#a,.b', meta_page_url: '/home', meta_ok: true, odd_key_name: 'v' });
  });

  it('does not change the event', () => {
    const event = { type: 'tour:completed', timestamp: 1, tourId: 't' };
    toProperties(event);
    expect(event).toEqual({ type: 'tour:completed', timestamp: 1, tourId: 't' });
  });
});
