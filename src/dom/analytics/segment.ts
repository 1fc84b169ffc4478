import type { Sink } from '../../core/analytics/forward-events.js';
import { createSink, titleCase, type SinkOptions } from './create-sink.js';

/**
 * Forward events to Segment (analytics.js): `analytics.track("Tour Completed", { tour_id, ... })`.
 * Event names follow Segment's "Object Action" Title Case; set `prefix` (such as `"Waymark "`) or
 * `name` to change them.
 * @param options - adapter options; `win` defaults to `globalThis`.
 * @returns the sink, for `forwardEvents`.
 */
export const segmentSink = (options?: SinkOptions): Sink =>
  createSink((w) => w.analytics?.track && ((n, p) => w.analytics.track(n, p)), titleCase, options);
