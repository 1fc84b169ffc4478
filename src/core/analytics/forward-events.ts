import type { AnalyticsEvent } from './event-properties.js';

/** A destination for events: an analytics adapter, the event log's `add`, or your own function. */
export type Sink = (event: AnalyticsEvent) => void;

/**
 * Anything with an `onAny` subscription whose events carry `type` and `timestamp`, such as the
 * emitter from `createEmitter` (any event map).
 * @typeParam E - the events it delivers (inferred from the emitter).
 */
export interface EventSource<E = AnalyticsEvent> {
  /** Listen to every event; returns the unsubscribe function. */
  onAny(listener: (event: E) => void): () => void;
}

/**
 * Send every event of an emitter to each sink. A sink that throws is reported through the emitter's
 * `onError` and never stops the others.
 * @typeParam E - the emitter's events.
 * @param emitter - the event stream, usually the Waymark instance's emitter.
 * @param sinks - where to send events.
 * @returns the function that stops forwarding.
 * @example
 * ```ts
 * const stop = forwardEvents(events, [segmentSink(), log.add]);
 * stop();
 * ```
 */
export function forwardEvents<E extends { type: string; timestamp: number }>(
  emitter: EventSource<E>,
  sinks: readonly Sink[],
): () => void {
  // A typed event map is made of interfaces, which TypeScript does not widen to AnalyticsEvent's index signature;
  // every event with a type and a timestamp is an AnalyticsEvent.
  const offs = sinks.map((sink) => emitter.onAny(sink as (event: E) => void));
  return () => offs.forEach((off) => off());
}
