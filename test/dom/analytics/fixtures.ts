import type { AnalyticsEvent } from '../../../src/core/analytics/event-properties.js';

/** A realistic tour event as the emitter delivers it. */
export const completed = (timestamp = 1700000000000): AnalyticsEvent => ({
  type: 'tour:completed',
  timestamp,
  userId: 'user-42',
  tourId: 'onboarding',
  stepId: 'done',
  stepIndex: 4,
  stepCount: 5,
  source: 'button',
});

export const props = (timestamp = 1700000000000) => ({
  timestamp,
  user_id: 'user-42',
  tour_id: 'onboarding',
  step_id: 'done',
  step_index: 4,
  step_count: 5,
  source: 'button',
});
