import type { Sink } from '../../core/analytics/forward-events.js';
import { createSink, words, type SinkOptions } from './create-sink.js';

/**
 * Forward events to PostHog: `posthog.capture("tour completed", { tour_id, ... })`. Event names
 * follow PostHog's lower-case "object verb" advice; set `prefix` or `name` to change them.
 * @param options - adapter options; `win` defaults to `globalThis`.
 * @returns the sink, for `forwardEvents`.
 */
export const posthogSink = (options?: SinkOptions): Sink =>
  createSink(
    (w) => w.posthog?.capture && ((n, p) => w.posthog.capture(n, p)),
    (t) => words(t).join(' ').toLowerCase(),
    options,
  );
