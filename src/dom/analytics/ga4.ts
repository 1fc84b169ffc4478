import type { Sink } from '../../core/analytics/forward-events.js';
import { createSink, words, type SinkOptions } from './create-sink.js';

// GA4 names: letters, digits and underscores, starting with a letter, at most 40 characters.
const gaName = (s: string) => ((/^[a-z]/i.test(s) ? '' : 'w_') + s.replace(/\W+/g, '_')).slice(0, 40);

/**
 * Forward events to Google Analytics 4: `gtag("event", "tour_completed", { tour_id, ... })`.
 * Names and parameters are made to fit GA4's collection rules: event and parameter names use only
 * letters, digits and underscores, start with a letter and are cut to 40 characters; at most 25
 * parameters are sent; string values are cut to 100 characters.
 * @param options - adapter options; `win` defaults to `globalThis`; `prefix` such as `"waymark_"`.
 * @returns the sink, for `forwardEvents`.
 */
export const ga4Sink = (options?: SinkOptions): Sink =>
  createSink(
    (w) =>
      typeof w.gtag == 'function' &&
      ((n, p) =>
        w.gtag(
          'event',
          gaName(n),
          Object.fromEntries(
            Object.entries(p)
              .slice(0, 25)
              .map(([k, v]) => [gaName(k), typeof v == 'string' ? v.slice(0, 100) : v]),
          ),
        )),
    (t) => words(t).join('_').toLowerCase(),
    options,
  );
