import type { AnalyticsEvent } from './event-properties.js';

/** A destination for events: an analytics adapter, the event log's `add`, or your own function. */
export type Sink = (event: AnalyticsEvent) => void;

/**
 * Anything with an `onAny` subscription whose events carry `type` and `timestamp`, such as the
 * emitter from `createEmitter` (any event map).
 */
export interface EventSource {
  /** Listen to every event; returns the unsubscribe function. */
  // `any`: typed event maps use interfaces, which TypeScript will not widen to an index signature.
  onAny(listener: (event: any) => void): () => void;
}

/**
 * Send every event of an emitter to each sink. A sink that throws is reported through the emitter's
 * `onError` and never stops the others.
 * @param emitter - the event stream, usually the Waymark instance's emitter.
 * @param sinks - where to send events.
 * @returns the function that stops forwarding.
 * @example
 * ```ts
 * const stop = forwardEvents(events, [segmentSink(), log.add]);
 * stop();
 * ```
 */
export function forwardEvents(emitter: EventSource, sinks: readonly Sink[]): () => void {
  const offs = sinks.map((sink) => emitter.onAny(sink));
  return () => offs.forEach((off) => off());
}
