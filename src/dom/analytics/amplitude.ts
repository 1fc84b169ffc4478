import type { Sink } from '../../core/analytics/forward-events.js';
import { createSink, titleCase, type SinkOptions } from './create-sink.js';

/**
 * Forward events to Amplitude: `amplitude.track("Tour Completed", { tour_id, ... })` with the Browser
 * SDK, or `amplitude.getInstance().logEvent(...)` with the legacy amplitude-js SDK.
 * @param options - adapter options; `win` defaults to `globalThis`.
 * @returns the sink, for `forwardEvents`.
 */
export const amplitudeSink = (options?: SinkOptions): Sink =>
  createSink(
    (w) => {
      const a = w.amplitude;
      return a && (a.track ? (n, p) => a.track(n, p) : a.getInstance && ((n, p) => a.getInstance().logEvent(n, p)));
    },
    titleCase,
    options,
  );
