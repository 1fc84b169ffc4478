/**
 * `waymark/analytics`: forward Waymark's event stream to the tools a team already uses, and compute funnels,
 * step drop-off and help deflection locally. None of the vendors' SDKs is bundled.
 * @example
 * ```ts
 * import { createWaymark } from 'waymark';
 * import { segmentSink, posthogSink } from 'waymark/analytics';
 * const waymark = createWaymark({ guides, analytics: { sinks: [segmentSink(), posthogSink()] } });
 * const { tours } = await waymark.metrics();
 * ```
 * @packageDocumentation
 */
export { analyticsPlugin, metrics, type AnalyticsPluginOptions } from '../features/analytics.js';
export { segmentSink } from '../dom/analytics/segment.js';
export { posthogSink } from '../dom/analytics/posthog.js';
export { ga4Sink } from '../dom/analytics/ga4.js';
export { amplitudeSink } from '../dom/analytics/amplitude.js';
export { callbackSink } from '../dom/analytics/callback.js';
export { createSink, type Send, type SinkOptions } from '../dom/analytics/create-sink.js';
export { WmMetricsPanel, defaultMetricsLabels, metricsLabels, type MetricsLabels } from '../elements/metrics-panel.js';
