import { atom, type ReadableAtom } from 'nanostores';
import { createEmitter, type Emitter } from './core/emitter.js';
import type { EventSource, WaymarkEvent, WaymarkEventMap } from './core/events.js';
import type { GuideDocument, TourDefinition } from './core/guide-definition.js';
import { isSafeUrl } from './core/markdown.js';
import { memoryStorage } from './core/memory-storage.js';
import { normalizeGuide } from './core/normalize-guide.js';
import { createProgressStore, type ProgressStore } from './core/progress-store.js';
import type { StorageAdapter } from './core/storage.js';
import { createTourEngine, type ActiveStep, type TourEngine } from './core/tour-engine.js';
import type { ActionHandler, HelpOffer, WaymarkContext, WaymarkPlugin, WaymarkUser } from './core/waymark-context.js';
import { localStorageAdapter } from './dom/local-storage.js';
import { tags } from './elements/define.js';
import { registerElements } from './elements/register-elements.js';
import { WmTour, type TourKeyboardOptions } from './elements/tour.js';
import type { ViewportPadding } from './dom/viewport-insets.js';
import { defaultLabels, type TourLabels } from './elements/tour-labels.js';
import type { AnalyticsPluginOptions } from './features/analytics.js';
import type { ChatOptions } from './features/chat.js';
import { features } from './features/index.js';
import type { Metrics } from './core/analytics/metrics.js';

/** Options of {@link createWaymark}. */
export interface WaymarkOptions {
  /**
   * The guide document (object or JSON text), or a promise of one (`fetch('/guides.json').then((r) => r.json())`):
   * calls made meanwhile wait for it (see `ready`). Invalid parts are dropped and reported; the rest runs. Type it
   * with {@link GuideDocument} (`const guides: GuideDocument = …`) for completion in code.
   */
  guides: unknown;
  /** The user whose progress is read and written. @default "anonymous" */
  userId?: string;
  /** What the app knows about the user, for audiences (`{ plan: 'pro', signedUpAt: '2026-01-05' }`). */
  traits?: Record<string, unknown>;
  /** Where progress lives: an adapter, or `"memory"`. @default localStorage (falls back to memory) */
  storage?: StorageAdapter | 'memory';
  /** Prefix of the storage key (`<namespace>:v1:<userId>`). @default "waymark" */
  namespace?: string;
  /** Resume a tour the user left unfinished (after a reload). @default true */
  resume?: boolean;
  /** Keyboard handling while a step shows. */
  keyboard?: TourKeyboardOptions;
  /**
   * Space (CSS pixels) a step keeps free at the viewport's edges, one number or per side, on top of the page's
   * `scroll-padding` (declare sticky headers there: `html { scroll-padding-top: 64px }`). @default 8
   */
  viewportPadding?: ViewportPadding;
  /**
   * Words around the guide's own text, for localisation: the tour's (`next`, `back`, `done`, `close`, `progress`)
   * and the features' (namespaced keys such as `checklist.done` or `hint.gotIt`; each feature documents its own).
   */
  labels?: Partial<TourLabels> & Record<string, string>;
  /** Where the tour element is mounted. @default document.body */
  container?: HTMLElement;
  /** The app's own actions, run by `{ "action": "app", "name": "…" }` in the guide. */
  actions?: Record<string, (context: { guideId?: string; source: EventSource }) => void>;
  /** How `link` actions navigate (e.g. your SPA router). @default new tab for absolute URLs, same tab otherwise */
  navigate?: (href: string) => void;
  /** App-side chat settings: the `custom` provider's callback, Zendesk field ids, navigation. */
  chat?: ChatOptions;
  /**
   * Keep a local event log (for `metrics()`) and forward every event to analytics sinks
   * (`segmentSink()`, `posthogSink()`, `ga4Sink()`, `amplitudeSink()`, `callbackSink(fn)`).
   */
  analytics?: AnalyticsPluginOptions;
  /** Show the proactive debug panel: why each guide showed or not. Also on with `?waymark-debug` in the URL. */
  debug?: boolean;
  /** Extra plugins (custom features). Like the lazily loaded features, they start only in a browser. */
  plugins?: WaymarkPlugin[];
  /**
   * Check the guide document with the full validator (a lazy chunk) and report every problem as `guide:invalid`
   * and a console warning. Without it, the validator loads only when parts of the document cannot run.
   * @default true on localhost (development), false elsewhere
   */
  validate?: boolean;
  /** Called for every event (analytics hook). */
  onEvent?: (event: WaymarkEvent) => void;
  /** The clock. @default Date.now */
  now?: () => number;
}

/** A Waymark instance: tours, progress and events for one app. */
export interface Waymark {
  /**
   * Resolves once stored progress was read, the guide's features loaded, the calls made before (queued) applied,
   * and an unfinished tour resumed. Awaiting it is never required: `track`, `start`, `identify` and `escalate`
   * called earlier wait and are applied in order once the instance is ready.
   */
  readonly ready: Promise<void>;
  /** The current step, or null. */
  readonly $active: ReadableAtom<ActiveStep | null>;
  /** The user's persisted progress. */
  readonly progress: ProgressStore;
  /** The typed event stream. */
  readonly events: Emitter<WaymarkEventMap>;
  /** The context features are built on (for plugins and advanced integrations). */
  readonly context: WaymarkContext;
  /**
   * Start a tour; returns false when the id (or `stepId`) is unknown. Before stored progress was read (an
   * asynchronous storage adapter) the call waits and is applied once it is (it then wins over resuming an
   * unfinished tour); it returns whether the tour is known now (true while a guide document given as a promise is
   * still on its way).
   */
  start(tourId: string, options?: { stepId?: string }): boolean;
  /** Go to the next step (completes the tour on the last one). */
  next(): void;
  /** Go to the previous step. */
  back(): void;
  /** Jump to a step of the running tour by id or index. */
  goTo(step: string | number): void;
  /** Finish the running tour. */
  complete(): void;
  /** Close the running tour before its end. */
  dismiss(): void;
  /** Listen to one event type; returns the unsubscribe function. */
  on: Emitter<WaymarkEventMap>['on'];
  /**
   * Report what the user did (`track('project.created', { plan: 'pro' })`): feeds checklists and triggers. Never
   * throws. Before the guide's features have loaded, the event waits and is emitted (as `app:tracked`) once they have,
   * so early events count.
   */
  track(name: string, props?: Record<string, unknown>): void;
  /**
   * Open the team's live chat with what the user was doing (or its after-hours fallback). Needs a `chat` section.
   * Returns whether the chat feature takes the request; before it has loaded, the call waits and the return value
   * says whether the document has a `chat` section (or a chat plugin runs).
   */
  escalate(options?: { reason?: string }): boolean;
  /**
   * Open the help centre (needs a `helpCenter` section), optionally on one article. Returns whether there is a
   * help centre; before the feature has loaded, the call waits.
   */
  openHelp(options?: { article?: string }): boolean;
  /**
   * Ask a survey now, whatever its trigger and audience (a "Remind me later" still holds). Needs a `surveys`
   * section; returns whether it was shown (before the feature has loaded, the call waits and says whether the
   * document has surveys).
   */
  showSurvey(id: string): boolean;
  /** Funnels, step drop-off, checklist completion and help deflection from the local event log (needs `analytics`). */
  metrics(): Promise<Metrics>;
  /**
   * Switch user (their progress is loaded and their unfinished tour resumed) and/or update their traits. Called
   * while earlier calls wait for `ready`, it waits behind them (so events tracked before it count for the previous
   * user); the promise resolves once applied.
   */
  identify(userId: string | undefined, traits?: Record<string, unknown>): Promise<void>;
  /** Replace the guide document. */
  setGuides(guides: unknown): void;
  /** Remove every node, listener, observer and timer this instance added. */
  destroy(): void;
}

/**
 * Create a Waymark instance from a guide document.
 * @example
 * ```ts
 * import { createWaymark } from 'waymark';
 * import guides from './guides.json';
 * const waymark = createWaymark({ guides, userId: user.id });
 * document.querySelector('#help')!.addEventListener('click', () => waymark.start('welcome'));
 * ```
 */
export function createWaymark(options: WaymarkOptions): Waymark {
  // On the server there is no page to draw on: the instance works headless (events, progress, the tour engine's
  // API) and quietly: no element, no feature or plugin starts (they serve a page), nothing is logged.
  const browser = typeof document != 'undefined';
  const now = options.now ?? Date.now;
  const user: WaymarkUser = { id: options.userId, traits: { ...options.traits } };
  const events = createEmitter<WaymarkEventMap>();
  const cleanups: (() => void)[] = [];
  if (options.onEvent) cleanups.push(events.onAny(options.onEvent));
  const stamp = () => ({ timestamp: now(), userId: user.id });
  const storageError = (e: { operation: 'read' | 'write' | 'parse'; message: string }) =>
    events.emit('storage:error', { ...e, ...stamp() });
  const adapter =
    options.storage == 'memory'
      ? memoryStorage()
      : (options.storage ??
        localStorageAdapter({ onError: (e) => storageError({ operation: 'write', message: String(e) }) }));
  // Whether the first read of stored progress is done: at once for synchronous storage (localStorage, memory), so
  // start() right after createWaymark runs at once there; after the read for asynchronous adapters.
  let read = false;
  const storage: StorageAdapter = Object.assign(Object.create(adapter) as StorageAdapter, {
    get(key: string) {
      const raw = adapter.get(key);
      if (!(raw && typeof (raw as Promise<unknown>).then == 'function')) read = true;
      return raw;
    },
  });
  const progress = createProgressStore({
    storage,
    userId: user.id,
    namespace: options.namespace,
    now,
    onError: storageError,
  });
  const engine: TourEngine = createTourEngine({ tours: [], progress, events, now, userId: () => user.id });

  let doc: GuideDocument = { schemaVersion: 1 };
  const validate = options.validate ?? (browser && /^(localhost|127\.|\[::1\])/.test(location.hostname));
  let tours: TourDefinition[] = [];
  const setGuides = (guides: unknown) => {
    const normal = normalizeGuide(guides);
    doc = normal.doc;
    tours = normal.tours;
    engine.setTours(normal.tours);
    // Development-time checks wait for an idle moment: validating a large document is a long task.
    if (normal.dropped.length) void report(guides);
    else if (validate) (globalThis.requestIdleCallback ?? setTimeout)(() => void report(guides));
  };
  // The full validator (with its messages) is a separate chunk, fetched only when a document has problems.
  const report = async (guides: unknown) => {
    try {
      const { validateGuide, formatIssues } = await import('./validate/index.js');
      if (destroyed) return;
      const issues = validateGuide(guides).issues.filter((i) => i.severity == 'error');
      if (!issues.length) return;
      console.warn(`waymark: guide problems (the rest runs):\n${formatIssues(issues)}`);
      events.emit('guide:invalid', { issues: issues.map(({ path, message }) => ({ path, message })), ...stamp() });
    } catch {
      /* reporting must never break the host */
    }
  };
  // A document still on its way (a promise) starts empty; tours and features follow when it arrives.
  const pending = !!options.guides && typeof (options.guides as PromiseLike<unknown>).then == 'function';
  let docLoaded = !pending;
  setGuides(pending ? doc : options.guides);
  // During development, a target a user cannot see gets one clear warning per step or hint (worded by the
  // validator's chunk, which development loads anyway).
  if (validate) {
    const warned = new Set<string>();
    cleanups.push(
      events.on('target:invisible', (e) => {
        const key = `${e.hintId}/${e.tourId}/${e.stepId}`;
        if (warned.has(key)) return;
        warned.add(key);
        import('./validate/index.js')
          .then(({ formatInvisibleTarget }) => destroyed || console.warn(formatInvisibleTarget(e)))
          .catch(() => {
            /* a development warning must never become the host's unhandled rejection */
          });
      }),
    );
  }

  // Actions: the guide's vocabulary, routed to whoever handles it.
  const handlers = new Map<string, ActionHandler[]>();
  const handle = (name: string, handler: ActionHandler) => {
    const list = handlers.get(name) ?? [];
    handlers.set(name, [...list, handler]);
    return () =>
      void handlers.set(
        name,
        (handlers.get(name) ?? []).filter((h) => h != handler),
      );
  };
  const run: WaymarkContext['run'] = (action, context) => {
    try {
      for (const handler of [...(handlers.get(action.action) ?? [])].reverse())
        if (handler(action, context) !== false) return true;
    } catch (error) {
      console.error(error);
    }
    return false;
  };
  handle('start-tour', (a, c) => !!a.tour && engine.start(a.tour, { source: c.source }));
  handle('link', ({ href }) => {
    if (!href || !isSafeUrl(href) || !browser) return false;
    if (options.navigate) options.navigate(href);
    else if (/^https?:/i.test(href)) window.open(href, '_blank', 'noopener');
    else location.assign(href);
  });
  handle('app', ({ name }, c) => {
    if (!name) return false;
    events.emit('app:action', { name, guideId: c.guideId, source: c.source, ...stamp() });
    options.actions?.[name]?.({ guideId: c.guideId, source: c.source });
  });

  // One modal thing at a time: a running tour holds the slot; features claim it when free.
  const $modal = atom<string | null>(null);
  const $help = atom<HelpOffer | null>(null);
  const shared = new Map<string, unknown>();
  cleanups.push(
    engine.$active.subscribe((active) => {
      const holder = $modal.get();
      if (active) $modal.set(`tour:${active.tour.id}`);
      else if (holder?.startsWith('tour:')) $modal.set(null);
      if (!active) $help.set(null);
    }),
  );

  const context: WaymarkContext = {
    get doc() {
      return doc;
    },
    events,
    progress,
    tours: engine,
    now,
    user: () => user,
    stamp,
    run,
    handle,
    $modal,
    claimModal: (owner) => {
      const holder = $modal.get();
      if (holder && holder != owner) return false;
      $modal.set(owner);
      return true;
    },
    releaseModal: (owner) => {
      if ($modal.get() == owner) $modal.set(null);
    },
    $help,
    shared: (key, create) => (shared.has(key) || shared.set(key, create()), shared.get(key) as never),
    onDestroy: (cleanup) => void cleanups.push(cleanup),
    label: (key, fallback) => options.labels?.[key] ?? fallback,
    options: { chat: options.chat },
  };

  let tour: WmTour | undefined;
  if (browser) {
    registerElements({ ...tags, 'wm-tour': WmTour });
    tour = document.createElement('wm-tour') as WmTour;
    tour.engine = engine;
    tour.labels = { ...defaultLabels, ...options.labels };
    tour.keyboard = options.keyboard ?? {};
    tour.viewportPadding = options.viewportPadding;
    tour.runAction = (action, c) => void run(action, c);
    const element = tour;
    // The element joins the page only while a tour runs: an idle instance adds no node.
    cleanups.push(
      engine.$active.subscribe((active) => {
        if (active && !element.isConnected) (options.container ?? document.body).append(element);
        else if (!active) queueMicrotask(() => engine.$active.get() || element.remove());
      }),
      $help.subscribe((help) => (element.help = help)),
      () => element.remove(),
    );
  }

  let destroyed = false;
  // Running plugins and how to stop each. A feature both passed in `plugins` and loaded for the document runs once.
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
    if (destroyed || !browser || running.has(p)) return;
    let cleanup: void | (() => void);
    try {
      cleanup = p(context);
    } catch (error) {
      console.error('waymark: a feature failed to start', error);
    }
    running.set(p, () => cleanup?.());
  };
  cleanups.push(() => [...running.keys()].reverse().forEach(stop));
  options.plugins?.forEach(plugin);
  // Features the guide document uses load lazily (checklists, hints, chat, triggers…): tours-only apps skip them.
  const load = <M>(chunk: Promise<M>, start: (m: M) => WaymarkPlugin) =>
    chunk.then(
      (m) => (plugin(start(m)), m),
      (error) => void console.error('waymark: could not load a feature', error),
    );
  // The event log behind metrics() starts with the instance when `analytics` is set, else on the first metrics().
  let analytics: Promise<typeof import('./features/analytics.js') | void> | undefined;
  const startAnalytics = () =>
    (analytics ??= load(import('./features/analytics.js'), (m) => m.analyticsPlugin(options.analytics)));
  // Which plugin each feature chunk provided, once loaded (to stop it when the document changes).
  const loaded = new Map<(typeof features)[number][1], WaymarkPlugin>();
  const loadFeature = (chunk: (typeof features)[number][1]) =>
    load(chunk(), (m) => (loaded.set(chunk, m.default), m.default));
  const startFeatures = () =>
    !browser
      ? []
      : [
          ...features.filter(([uses]) => uses(doc)).map(([, chunk]) => loadFeature(chunk)),
          options.analytics && startAnalytics(),
          options.debug && load(import('./features/debug.js'), (m) => m.debugPlugin()),
        ];
  const loading = pending
    ? Promise.resolve(options.guides as PromiseLike<unknown>)
        .then(
          (guides) => void (destroyed || setGuides(guides)),
          (error) => void console.error('waymark: could not load the guide document', error),
        )
        .then(() => ((docLoaded = true), Promise.all(startFeatures())))
    : Promise.all(startFeatures());
  // A new guide document restarts the document's features (they read it when they start), and loads or drops
  // features the new document does (not) use. Tours switch in place (setGuides above).
  const replaceGuides = (guides: unknown) => {
    setGuides(guides);
    for (const [uses, chunk] of features) {
      const feature = loaded.get(chunk);
      if (feature) stop(feature);
      if (browser && uses(doc)) void loadFeature(chunk);
    }
  };

  const resume = () => (options.resume === false ? Promise.resolve(false) : engine.resume());

  // Calls made before the instance is ready wait here and are applied in order once it is (see `ready`): an event
  // tracked before the checklist chunk loaded would reach no listener; a tour started before stored progress was
  // read would overwrite what storage knew about it. A call runs at once when nothing is queued before it and what
  // it needs is there: `start` needs progress read, `track` and `escalate` the document's features loaded.
  // `user`: the call decides which tour or user is current (start, identify). `drop`: settles it if never applied.
  type Call = { run: () => unknown; user?: boolean; drop?: () => void };
  const queue: Call[] = [];
  let featuresLoaded = false;
  let flushing = false;
  const call = <T>(needs: boolean, run: () => T, user?: boolean, drop?: () => void): T | undefined => {
    if (destroyed) return void drop?.();
    if (needs && !queue.length && !flushing) return run();
    queue.push({ run, user, drop });
  };
  const flush = async () => {
    flushing = true;
    try {
      for (let next; !destroyed && (next = queue.shift());) {
        try {
          await next.run();
        } catch {
          /* a queued call never breaks the ones after it */
        }
      }
    } finally {
      flushing = false;
    }
  };
  // An unfinished tour resumes as soon as progress is read, unless a queued start() or identify() decides first.
  const resumeUnlessQueued = () => ((read = true), queue.some((c) => c.user) ? false : resume());
  const ready = Promise.all([progress.ready.then(resumeUnlessQueued), loading])
    .then(() => ((featuresLoaded = true), flush()))
    .then(() => !destroyed && resume())
    .then(
      () => undefined,
      () => undefined,
    );
  const source: EventSource = 'api';
  const known = (id: string, stepId?: string) => {
    const tour = tours.find((t) => t.id == id);
    return !!tour && (stepId == null || tour.steps.some((s) => s.id == stepId));
  };
  const identify = async (id: string | undefined, traits?: Record<string, unknown>) => {
    if (traits) user.traits = { ...user.traits, ...traits };
    if (id !== user.id) {
      // The previous user's unfinished tour stays resumable for them: 'destroyed' is not recorded as dismissed.
      engine.dismiss(source, 'destroyed');
      user.id = id;
      await progress.setUser(id);
      await resume();
    }
    // Audiences depend on who the user is: features re-check them.
    events.emit('user:identified', { traits: { ...user.traits }, ...stamp() });
  };

  return {
    ready,
    $active: engine.$active,
    progress,
    events,
    context,
    start: (id, opts) =>
      call(read && docLoaded, () => engine.start(id, { ...opts, source }), true) ??
      (!destroyed && (!docLoaded || known(id, opts?.stepId))),
    next: () => engine.next(source),
    back: () => engine.back(source),
    goTo: (step) => engine.goTo(step, source),
    complete: () => engine.complete(source),
    dismiss: () => engine.dismiss(source),
    on: events.on,
    escalate: ({ reason = 'api' } = {}) =>
      call(featuresLoaded, () => run({ action: 'escalate', reason }, { source })) ??
      (!destroyed && (!!handlers.get('escalate')?.length || (browser && !!doc.chat && typeof doc.chat == 'object'))),
    openHelp: ({ article } = {}) =>
      call(featuresLoaded, () =>
        context
          .shared<{ open?: (reason: 'api', article?: string) => boolean }>('help-center', () => ({}))
          .open?.('api', article),
      ) ??
      (!destroyed && browser && !!doc.helpCenter && typeof doc.helpCenter == 'object'),
    showSurvey: (id) =>
      call(featuresLoaded, () =>
        context.shared<{ show?: (id: string, source: 'api') => boolean }>('surveys', () => ({})).show?.(id, 'api'),
      ) ??
      (!destroyed && browser && Array.isArray(doc.surveys) && doc.surveys.length > 0),
    metrics: async () => {
      const m = await startAnalytics();
      if (!m) throw new Error('waymark: the analytics chunk could not be loaded');
      return m.metrics(context);
    },
    track(name, props = {}) {
      try {
        if (typeof name != 'string' || !name) return;
        // The properties are copied now: the app may change its object before a queued call is applied.
        const copy = { ...props };
        call(featuresLoaded, () => events.emit('app:tracked', { name, props: copy, ...stamp() }));
      } catch {
        /* track() never throws into the app */
      }
    },
    identify(id, traits) {
      // A queued identify() resolves once applied (or when the instance is destroyed first); the traits are taken
      // as they are now.
      const t = traits && { ...traits };
      return new Promise<void>(
        (resolve, reject) => void call(true, () => identify(id, t).then(resolve, reject), true, resolve),
      );
    },
    setGuides: replaceGuides,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      queue.splice(0).forEach((c) => c.drop?.());
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          cleanup();
        } catch {
          /* keep tearing down */
        }
      }
      engine.destroy();
      progress.destroy();
      events.clear();
    },
  };
}
