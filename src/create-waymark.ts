import type { ReadableAtom } from 'nanostores';
import { createEmitter, type Emitter } from './core/emitter.js';
import type { EventSource, WaymarkEvent, WaymarkEventMap } from './core/events.js';
import type { ProgressStore } from './core/progress-store.js';
import type { StorageAdapter } from './core/storage.js';
import { createTourEngine, type ActiveStep, type TourEngine } from './core/tour-engine.js';
import type { WaymarkContext, WaymarkPlugin, WaymarkUser } from './core/waymark-context.js';
import type { ViewportPadding } from './dom/viewport-insets.js';
import type { TourLabels } from './elements/tour-labels.js';
import type { TourKeyboardOptions } from './elements/tour.js';
import type { AnalyticsPluginOptions } from './features/analytics.js';
import type { ChatOptions } from './features/chat.js';
import type { Metrics } from './core/analytics/metrics.js';
import { createActionRouter } from './core/action-router.js';
import { createCallQueue } from './core/call-queue.js';
import { createModalSlot } from './core/modal-slot.js';
import { handleBuiltInActions } from './instance/built-in-actions.js';
import { createFeatureLoader } from './instance/feature-loader.js';
import { createGuideSource, warnInvisibleTargets } from './instance/guide-source.js';
import { openProgress } from './instance/open-progress.js';
import { mountTourElement } from './instance/tour-element.js';

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
  /** Where the instance's elements are mounted (the tour, launchers, announcements…). @default document.body */
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
  /**
   * Open the studio, the guide editor (`waymark/studio`, a lazy chunk): `true` opens it now, `'url'` when the
   * address has `?waymark-studio`. It edits a local draft only, but it is an editor: keep it off for visitors.
   * @default "url" on localhost (development), false elsewhere
   */
  studio?: boolean | 'url';
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
  const storage = openProgress({ ...options, now }, (e) => events.emit('storage:error', { ...e, ...stamp() }));
  const { progress } = storage;
  const engine: TourEngine = createTourEngine({ tours: [], progress, events, now, userId: () => user.id });

  let destroyed = false;
  const isDestroyed = () => destroyed;
  const dev = browser && /^(localhost|127\.|\[::1\])/.test(location.hostname);
  const validate = options.validate ?? dev;
  const guides = createGuideSource(engine, { events, stamp }, validate, isDestroyed);
  // A document still on its way (a promise) starts empty; tours and features follow when it arrives.
  const pending = !!options.guides && typeof (options.guides as PromiseLike<unknown>).then == 'function';
  let docLoaded = !pending;
  guides.set(pending ? guides.doc : options.guides);
  if (validate) cleanups.push(warnInvisibleTargets(events, isDestroyed));

  // Actions: the guide's vocabulary, routed to whoever handles it.
  const actions = createActionRouter();
  const onDestroy = (cleanup: () => void) => void cleanups.push(cleanup);
  const shared = new Map<string, unknown>();
  const context: WaymarkContext = {
    get doc() {
      return guides.doc;
    },
    events,
    progress,
    tours: engine,
    now,
    user: () => user,
    stamp,
    run: actions.run,
    handle: actions.handle,
    // One modal thing at a time: a running tour holds the slot; features claim it when free.
    ...createModalSlot(engine.$active, onDestroy),
    shared: (key: string, create: () => unknown) => (
      shared.has(key) || shared.set(key, create()),
      shared.get(key) as never
    ),
    onDestroy,
    mount: (element) => ((options.container ?? document.body).append(element as Element), () => element.remove()),
    label: (key, fallback) => options.labels?.[key] ?? fallback,
    options: { chat: options.chat },
  };
  handleBuiltInActions(context, options, browser);
  if (browser) mountTourElement(engine, context, options);

  const loader = createFeatureLoader(context, options, browser, isDestroyed);
  options.plugins?.forEach(loader.plugin);
  const loading = pending
    ? Promise.resolve(options.guides as PromiseLike<unknown>)
        .then(
          (doc) => void (destroyed || guides.set(doc)),
          (error) => void console.error('waymark: could not load the guide document', error),
        )
        .then(() => ((docLoaded = true), Promise.all(loader.start())))
    : Promise.all(loader.start());

  const resume = () => (options.resume === false ? Promise.resolve(false) : engine.resume());

  // Calls made before the instance is ready wait and are applied in order once it is (see `ready`).
  const queue = createCallQueue(isDestroyed);
  let featuresLoaded = false;
  // An unfinished tour resumes as soon as progress is read, unless a queued start() or identify() decides first.
  const resumeUnlessQueued = () => ((storage.read = true), queue.decidesUser() ? false : resume());
  const ready = Promise.all([progress.ready.then(resumeUnlessQueued), loading])
    .then(() => ((featuresLoaded = true), queue.flush()))
    .then(() => !destroyed && resume())
    .then(
      () => undefined,
      () => undefined,
    );
  const source: EventSource = 'api';
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

  const instance: Waymark = {
    ready,
    $active: engine.$active,
    progress,
    events,
    context,
    start: (id, opts) =>
      queue.call(storage.read && docLoaded, () => engine.start(id, { ...opts, source }), true) ??
      (!destroyed && (!docLoaded || guides.known(id, opts?.stepId))),
    next: () => engine.next(source),
    back: () => engine.back(source),
    goTo: (step) => engine.goTo(step, source),
    complete: () => engine.complete(source),
    dismiss: () => engine.dismiss(source),
    on: events.on,
    escalate: ({ reason = 'api' } = {}) =>
      queue.call(featuresLoaded, () => actions.run({ action: 'escalate', reason }, { source })) ??
      (!destroyed &&
        (actions.handles('escalate') || (browser && !!guides.doc.chat && typeof guides.doc.chat == 'object'))),
    metrics: async () => {
      const m = await loader.analytics();
      if (!m) throw new Error('waymark: the analytics chunk could not be loaded');
      return m.metrics(context);
    },
    track(name, props = {}) {
      try {
        if (typeof name != 'string' || !name) return;
        // The properties are copied now: the app may change its object before a queued call is applied.
        const copy = { ...props };
        queue.call(featuresLoaded, () => events.emit('app:tracked', { name, props: copy, ...stamp() }));
      } catch {
        /* track() never throws into the app */
      }
    },
    identify(id, traits) {
      // A queued identify() resolves once applied (or when the instance is destroyed first); the traits are taken
      // as they are now.
      const t = traits && { ...traits };
      return new Promise<void>(
        (resolve, reject) => void queue.call(true, () => identify(id, t).then(resolve, reject), true, resolve),
      );
    },
    // Tours switch in place; the document's features restart.
    setGuides: (doc) => void (guides.set(doc), loader.restart()),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      queue.drop();
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
  if (
    browser &&
    (options.studio ?? dev) &&
    (options.studio === true || /[?&]waymark-studio(?![\w-])/.test(location.search))
  )
    import('./entries/studio.js').then(
      (m) => destroyed || m.openStudio(instance, { createWaymark, labels: options.labels }),
      (e) => console.error('waymark: no studio', e),
    );
  return instance;
}
