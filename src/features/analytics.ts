/**
 * Analytics as a plugin: forwards the whole event stream to sinks (Segment, PostHog, GA4, Amplitude,
 * a callback) and keeps the bounded event log that `metrics()` reads, persisted and shared across tabs.
 * @packageDocumentation
 */
import { createEventLog, type EventLog, type EventLogSnapshot } from '../core/analytics/event-log.js';
import { forwardEvents, type Sink } from '../core/analytics/forward-events.js';
import { computeMetrics, type Metrics } from '../core/analytics/metrics.js';
import type { SectionKey } from '../core/progress-store.js';
import { sharedKey, type WaymarkContext, type WaymarkPlugin } from '../core/waymark-context.js';

/** Options of {@link analyticsPlugin}. */
export interface AnalyticsPluginOptions {
  /** Where every event goes (e.g. `segmentSink()`, `callbackSink(fn)`). @default [] */
  sinks?: Sink[];
  /** Keep the event log in the progress section `events` (survives reloads, merged across tabs). @default true */
  persist?: boolean;
  /** The most events kept in the log. @default 2000 */
  limit?: number;
}

/** The instance's event log while the analytics plugin runs (one per instance however often the plugin runs). */
export const ANALYTICS = sharedKey<{ log?: EventLog }>('analytics');
/** The progress section of the persisted event log, owned by this plugin. */
const EVENTS_SECTION: SectionKey<EventLogSnapshot> = 'events';

/**
 * Create the analytics plugin. Pass it in `createWaymark({ plugins: [analyticsPlugin({ sinks })] })`,
 * or call it with an instance's `context` later. Running it twice on one instance adds the sinks but
 * keeps one log.
 * @param options - sinks, persistence and log size.
 * @returns the plugin.
 * @example
 * ```ts
 * createWaymark({ guides, plugins: [analyticsPlugin({ sinks: [posthogSink()] })] });
 * ```
 */
export function analyticsPlugin({ sinks = [], persist = true, limit }: AnalyticsPluginOptions = {}): WaymarkPlugin {
  return (ctx) => {
    const offs = [forwardEvents(ctx.events, sinks)];
    const state = ctx.shared(ANALYTICS, () => ({}));
    if (!state.log) {
      const { progress } = ctx;
      const log = createEventLog({ limit, snapshot: persist ? progress.getSection(EVENTS_SECTION) : undefined });
      let saved: unknown;
      let key = progress.key;
      let queued = false;
      // Bursts of events are saved once, after the burst.
      const save = () => {
        queued = false;
        if (state.log == log) progress.setSection(EVENTS_SECTION, (saved = log.snapshot()));
      };
      const add: Sink = (e) => {
        log.add(e);
        if (persist && !queued) {
          queued = true;
          queueMicrotask(save);
        }
      };
      state.log = log;
      offs.push(forwardEvents(ctx.events, [add]), () => (state.log = undefined));
      if (persist)
        offs.push(
          progress.$progress.listen((progressState) => {
            if (progress.key != key) {
              key = progress.key;
              log.clear();
            }
            const other = progressState[EVENTS_SECTION] as Partial<EventLogSnapshot> | undefined;
            if (other === saved) return;
            log.merge((saved = other));
            // The other copy lacked some of ours: write the union back.
            if (log.events().length != (other?.e?.length ?? 0)) save();
          }),
        );
    }
    return () => offs.forEach((off) => off());
  };
}

/**
 * Compute metrics from an instance's event log: per-tour funnels with drop-off per step, checklist
 * completion, deflection. Needs the analytics plugin; empty metrics without it.
 * @param ctx - the instance's context (`waymark.context`).
 * @returns the metrics.
 */
export const metrics = (ctx: WaymarkContext): Metrics =>
  computeMetrics(ctx.shared(ANALYTICS, () => ({})).log?.events() ?? [], { tours: ctx.doc.tours });
