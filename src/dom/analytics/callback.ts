import type { AnalyticsEvent, EventProperties } from '../../core/analytics/event-properties.js';
import type { Sink } from '../../core/analytics/forward-events.js';
import { createSink, type SinkOptions } from './create-sink.js';

/**
 * Forward events to your own function, with the event's own name (`tour:completed`, or `prefix` +
 * `name` when set), its flattened properties and the original event. Errors it throws are swallowed.
 * @param callback - receives each event.
 * @param options - `prefix` and `name`; `win` and `limit` do not apply.
 * @returns the sink, for `forwardEvents`.
 */
export function callbackSink(
  callback: (name: string, properties: EventProperties, event: AnalyticsEvent) => void,
  options?: SinkOptions,
): Sink {
  let current: AnalyticsEvent;
  const sink = createSink(
    () => (n, p) => callback(n, p, current),
    (t) => t,
    options,
  );
  return (event) => sink((current = event));
}
