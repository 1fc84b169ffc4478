import { toProperties, type AnalyticsEvent, type EventProperties } from '../../core/analytics/event-properties.js';
import type { Sink } from '../../core/analytics/forward-events.js';

/** Options every analytics adapter takes. */
export interface SinkOptions {
  /** Where the vendor's global lives. @default globalThis */
  win?: object;
  /** Text put before every event name, such as `"Waymark "`. @default "" */
  prefix?: string;
  /** Your own event naming; return an empty string to leave an event out. */
  name?: (event: AnalyticsEvent) => string;
  /**
   * Events kept while the vendor's global is not on the page yet (oldest dropped first). They are
   * sent, in order, with the first event after the global appears.
   * @default 50
   */
  limit?: number;
}

/** Sends one named event; returned by an adapter's lookup once the vendor's global is there. */
export type Send = (name: string, properties: EventProperties) => void;

/** An event type split into its words: `checklist:item-completed` → `checklist item completed`. */
export const words = (type: string): string[] => type.split(/[^a-z\d]+/i);

/** Title Case words, as Segment and Amplitude name events: `Tour Completed`. */
export const titleCase = (type: string): string =>
  words(type)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/**
 * Build an adapter: names and flattens each event, queues it (bounded) while the vendor's global is
 * missing, and sends the queue once `find` returns a sender. Never throws, never loads a vendor SDK,
 * never polls.
 * @param find - looks the vendor up on `win`; returns a sender, or nothing while it is not loaded.
 * @param defaultName - the adapter's event naming.
 * @param options - shared adapter options.
 * @returns the sink.
 */
export function createSink(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the vendors' globals are untyped third-party APIs
  find: (win: any) => Send | false | undefined | null,
  defaultName: (type: string) => string,
  { win = globalThis, prefix = '', name, limit = 50 }: SinkOptions = {},
): Sink {
  const queue: [string, EventProperties][] = [];
  return (event) => {
    try {
      const n = name ? name(event) : defaultName(event.type);
      if (n) queue.push([prefix + n, toProperties(event)]);
      const send = find(win);
      if (send) while (queue.length) send(...queue.shift()!);
      else if (queue.length > limit) queue.shift();
    } catch {
      // a vendor or naming error must never reach the app
    }
  };
}
