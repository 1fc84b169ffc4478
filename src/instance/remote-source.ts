/**
 * Where an instance's guide document comes from when it is not written inline: a remote document (a URL, fetched,
 * cached and revalidated by the lazy `remote-guides` feature) and launch links (`?waymark-start=…`, the lazy
 * `launch-link` feature). Kept out of `create-waymark.ts` so the assembly stays readable.
 * @packageDocumentation
 */
import type { ReadableAtom } from 'nanostores';
import type { GuideAvailabilityTracker } from '../core/availability/guide-availability.js';
import type { Emitter } from '../core/emitter.js';
import type { WaymarkEventMap } from '../core/events.js';
import { isRemoteGuides } from '../core/remote/is-remote-guides.js';
import type { RefreshResult } from '../core/remote/remote-guides-option.js';
import type { StorageAdapter } from '../core/storage.js';
import type { TourEngine } from '../core/tour-engine.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import type { RemoteGuides } from '../features/remote-guides.js';
import type { WaymarkOptions } from './waymark-types.js';

/** An instance's remote document, when `guides` names one. */
export interface RemoteSource {
  /** What to start from: the inline document, a promise of the first copy, or an empty document on the server. */
  initial: unknown;
  /** `setGuides` for a remote instance: its option again checks for a new copy; anything else replaces. */
  set(guides: unknown, replace: (guides: unknown) => void): void;
  refresh(): Promise<RefreshResult>;
  /** Whether the held copy is the newest (after the first revalidation), for launch links. */
  fresh(): Promise<RefreshResult> | undefined;
}

/** What {@link openRemoteSource} needs from the instance. */
export interface RemoteSourceDeps extends Pick<WaymarkContext, 'events' | 'stamp' | 'now'> {
  adapter: StorageAdapter;
  busy: ReadableAtom<string | null>;
  signal: AbortSignal;
  ready: () => Promise<unknown>;
  apply: (guides: unknown) => void;
}

/**
 * Open the guide source of an instance: a remote document is fetched by the lazy `remote-guides` chunk (in the
 * browser only; on the server the instance starts empty); an inline document is used as it is.
 * @param options - the instance's options.
 * @param browser - whether there is a page.
 * @param deps - the instance's storage, events, clock and how to apply a new copy.
 */
export function openRemoteSource(options: WaymarkOptions, browser: boolean, deps: RemoteSourceDeps): RemoteSource {
  const remoteOptions = isRemoteGuides(options.guides);
  const remote: Promise<RemoteGuides> | undefined =
    browser && remoteOptions
      ? import('../features/remote-guides.js').then(({ remoteGuides }) =>
          remoteGuides(options.guides, {
            base: document.baseURI,
            storage: deps.adapter,
            namespace: options.namespace,
            events: deps.events,
            stamp: deps.stamp,
            now: deps.now,
            busy: deps.busy,
            signal: deps.signal,
            ready: deps.ready,
            apply: deps.apply,
            validator: () => import('../validate/index.js'),
          }),
        )
      : undefined;
  return {
    initial: remote ? remote.then((r) => r.initial) : remoteOptions ? { schemaVersion: 1 } : options.guides,
    // A remote document's option given again (a framework binding re-rendering) checks for a new copy; switching to
    // another URL takes a new instance.
    set: (guides, replace) => (isRemoteGuides(guides) ? void remote?.then((r) => r.refresh()) : replace(guides)),
    refresh: () => (remote ? remote.then((r) => r.refresh()) : Promise.resolve<RefreshResult>({ status: 'unchanged' })),
    fresh: () => remote?.then((r) => r.fresh),
  };
}

/**
 * A launch link (`?waymark-start=…`, a lazy chunk) decides like a `start()` called now: before a tour resumes.
 * @returns the work to queue, or undefined when the page has no launch link (or links are off).
 */
export function launchLinkRun(
  options: WaymarkOptions,
  browser: boolean,
  deps: {
    engine: Pick<TourEngine, 'start'>;
    known: (id: string) => boolean;
    live: GuideAvailabilityTracker;
    replace: (guides: unknown) => void;
    source: RemoteSource;
    events: Emitter<WaymarkEventMap>;
    stamp: WaymarkContext['stamp'];
  },
): (() => Promise<unknown>) | undefined {
  if (!browser || options.launchLinks === false || !/[?&]waymark-start=/.test(location.search + location.hash))
    return undefined;
  return () =>
    import('../features/launch-link.js').then(({ runLaunchLink }) =>
      runLaunchLink(options.launchLinks, {
        start: (id, stepId) => deps.engine.start(id, { stepId, source: 'link' }),
        known: deps.known,
        why: deps.live.why,
        preview: (id) => {
          const all = deps.live.exempt(id);
          if (all) deps.replace(all);
        },
        fresh: deps.source.fresh,
        report: (e) => deps.events.emit('launch:failed', { ...e, ...deps.stamp() }),
      }),
    );
}
