import type { WaymarkContext, WaymarkPlugin } from '../core/waymark-context.js';
import type * as analyticsModule from '../features/analytics.js';
import type { AnalyticsPluginOptions } from '../features/analytics.js';
import { features } from '../features/index.js';

/** The analytics feature's module (loaded with the instance when `analytics` is set, else on the first `metrics()`). */
type AnalyticsModule = typeof analyticsModule;

/** Runs an instance's plugins and loads the features its guide document uses (see {@link createFeatureLoader}). */
export interface FeatureLoader {
  /** Start a plugin once (a feature both passed in `plugins` and loaded for the document runs once). */
  plugin(plugin: WaymarkPlugin): void;
  /** Load and start the features the document uses, analytics and debug (as the options ask). */
  start(): unknown[];
  /** The analytics module, loading it and starting its event log on first use (void when it failed to load). */
  analytics(): Promise<AnalyticsModule | void>;
  /** After the document changed: restart the document's features, load or drop the ones it (no longer) uses. */
  restart(): unknown[];
}

/** The settings of `createWaymark` the feature loader takes. */
export interface FeatureLoaderOptions {
  analytics?: AnalyticsPluginOptions;
  debug?: boolean;
}

/**
 * Create an instance's feature loader. Features the guide document uses load lazily (checklists, hints, chat,
 * triggers…): tours-only apps skip them. Every running plugin is stopped on the instance's destroy, newest first.
 * @param context - the instance's context, given to every plugin (its `doc` decides which features load).
 * @param options - whether analytics and debug start with the instance.
 * @param browser - features serve a page: on the server none starts.
 * @param destroyed - whether the instance is destroyed (nothing starts then).
 * @param wordsReady - resolves once Waymark's words in the user's language are there (features read them on start).
 * @returns the loader.
 */
export function createFeatureLoader(
  context: WaymarkContext,
  options: FeatureLoaderOptions,
  browser: boolean,
  destroyed: () => boolean,
  wordsReady: () => Promise<unknown> = () => Promise.resolve(),
): FeatureLoader {
  // Running plugins and how to stop each.
  const running = new Map<WaymarkPlugin, () => void>();
  const stop = (p: WaymarkPlugin) => {
    try {
      running.get(p)?.();
    } catch {
      /* keep tearing down */
    }
    running.delete(p);
  };
  const plugin = (p: WaymarkPlugin) => {
    // On the server features have no page to serve: the instance stays headless and quiet.
    if (destroyed() || !browser || running.has(p)) return;
    let cleanup: void | (() => void);
    try {
      cleanup = p(context);
    } catch (error) {
      console.error('waymark: a feature failed to start', error);
    }
    running.set(p, () => cleanup?.());
  };
  context.onDestroy(() => [...running.keys()].reverse().forEach(stop));
  const load = <M>(chunk: Promise<M>, start: (m: M) => WaymarkPlugin) =>
    // A feature reads its words when it starts: it waits for the language's catalog (fetched meanwhile).
    Promise.all([chunk, wordsReady()]).then(
      ([m]) => (plugin(start(m)), m),
      (error) => void console.error('waymark: could not load a feature', error),
    );
  // The event log behind metrics() starts with the instance when `analytics` is set, else on the first metrics().
  let analytics: Promise<AnalyticsModule | void> | undefined;
  const startAnalytics = () =>
    (analytics ??= load(import('../features/analytics.js'), (m) => m.analyticsPlugin(options.analytics)));
  // Which plugin each feature chunk provided, once loaded (to stop it when the document changes).
  const loaded = new Map<(typeof features)[number][1], WaymarkPlugin>();
  const loadFeature = (chunk: (typeof features)[number][1]) =>
    load(chunk(), (m) => (loaded.set(chunk, m.default), m.default));
  // A new guide document restarts the document's features (they read it when they start), and loads or drops
  // features the new document does (not) use.
  const restart = () =>
    features.flatMap(([uses, chunk]) => {
      const feature = loaded.get(chunk);
      if (feature) stop(feature);
      return browser && uses(context.doc) ? [loadFeature(chunk)] : [];
    });
  return {
    plugin,
    analytics: startAnalytics,
    start: () =>
      browser
        ? [
            ...restart(),
            options.analytics && startAnalytics(),
            // The one place the debug panel loads: `debug: true`, or `?waymark-debug` in the URL.
            (options.debug || /[?&]waymark-debug\b/.test(location.search)) &&
              load(import('../features/debug.js'), (m) => m.debugPlugin()),
          ]
        : [],
    restart,
  };
}
