import { createEmitter } from './core/emitter.js';
import type { EventSource, WaymarkEventMap } from './core/events.js';
import { createTourEngine, type TourEngine } from './core/tour-engine.js';
import type { WaymarkContext, WaymarkUser } from './core/waymark-context.js';
import { createActionRouter } from './core/action-router.js';
import { createCallQueue } from './core/call-queue.js';
import { createModalSlot } from './core/modal-slot.js';
import { handleBuiltInActions } from './instance/built-in-actions.js';
import { createFeatureLoader } from './instance/feature-loader.js';
import { createGuideSource, warnInvisibleTargets } from './instance/guide-source.js';
import { openProgress } from './instance/open-progress.js';
import { createInstanceLocale } from './instance/instance-locale.js';
import { HELP_CENTER } from './core/help/help-center-handle.js';
import { SURVEYS } from './core/surveys/surveys-handle.js';
import { launchLinkRun, openRemoteSource } from './instance/remote-source.js';
import { guideAvailability } from './core/availability/guide-availability.js';
import { whenIdle } from './core/when-idle.js';
import { mountTourElement } from './instance/tour-element.js';

import type { Waymark, WaymarkOptions } from './instance/waymark-types.js';

export type { Waymark, WaymarkOptions } from './instance/waymark-types.js';

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
  // Which guides are live now (scheduling windows, environments, hosts); a window opening or closing applies the
  // document again once nothing is on screen.
  const live = guideAvailability({
    now,
    environment: options.environment,
    host: browser ? location.host : undefined,
    onBoundary: (all) => whenIdle(context.$modal, () => destroyed || replace(all)),
  });
  cleanups.push(live.stop);
  const locale = createInstanceLocale(options.locale, browser, isDestroyed);
  const guides = createGuideSource(engine, { events, stamp }, validate, isDestroyed, live.apply, locale.localize);
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
    label: (key, fallback) => options.labels?.[key] ?? locale.word(key) ?? fallback,
    options: { chat: options.chat },
  };
  const detach = new AbortController();
  cleanups.push(() => detach.abort());
  const remote = openRemoteSource(options, browser, {
    adapter: storage.adapter,
    busy: context.$modal,
    signal: detach.signal,
    ready: () => loading,
    apply: (doc) => replace(doc),
    events,
    stamp,
    now,
  });
  // A document still on its way (a promise) starts empty; tours and features follow when it arrives.
  const pending = !!remote.initial && typeof (remote.initial as PromiseLike<unknown>).then == 'function';
  let docLoaded = !pending;
  guides.set(pending ? guides.doc : remote.initial);
  handleBuiltInActions(context, options, browser);
  if (browser) mountTourElement(engine, context, options, locale);

  const loader = createFeatureLoader(context, options, browser, isDestroyed, locale.ready);
  options.plugins?.forEach(loader.plugin);
  const loading = pending
    ? Promise.resolve(remote.initial as PromiseLike<unknown>)
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

  // Tours switch in place; the document's features restart.
  function replace(doc: unknown) {
    guides.set(doc);
    loader.restart();
  }
  const launch = launchLinkRun(options, browser, {
    engine,
    known: (id) => guides.known(id),
    live,
    replace,
    source: remote,
    events,
    stamp,
  });
  if (launch) queue.call(false, launch, true);

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
    openHelp: ({ article } = {}) =>
      queue.call(featuresLoaded, () => context.shared(HELP_CENTER, () => ({})).open?.('api', article)) ??
      (!destroyed && browser && !!guides.doc.helpCenter && typeof guides.doc.helpCenter == 'object'),
    showSurvey: (id) =>
      queue.call(featuresLoaded, () => context.shared(SURVEYS, () => ({})).show?.(id, 'api')) ??
      (!destroyed && browser && Array.isArray(guides.doc.surveys) && guides.doc.surveys.length > 0),
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
    setGuides: (doc) => remote.set(doc, replace),
    refreshGuides: remote.refresh,
    setLocale(next) {
      if (destroyed) return;
      locale.set(next);
      replace(guides.input);
    },
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
