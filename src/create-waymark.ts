import type { ReadableAtom } from 'nanostores';
import { createEmitter, type Emitter } from './core/emitter.js';
import type { EventSource, WaymarkEvent, WaymarkEventMap } from './core/events.js';
import { normalizeGuide } from './core/normalize-guide.js';
import { createProgressStore, type ProgressStore } from './core/progress-store.js';
import type { StorageAdapter } from './core/storage.js';
import { createTourEngine, type ActiveStep, type TourEngine } from './core/tour-engine.js';
import { localStorageAdapter } from './dom/local-storage.js';
import { defineElements, tags } from './elements/define.js';
import { WmTour, type TourKeyboardOptions } from './elements/tour.js';
import type { TourLabels } from './elements/tour-labels.js';
import { defaultLabels } from './elements/tour-labels.js';

/** Options of {@link createWaymark}. */
export interface WaymarkOptions {
  /** The guide document (object or JSON text). Invalid parts are dropped and reported; the rest runs. */
  guides: unknown;
  /** The user whose progress is read and written. @default "anonymous" */
  userId?: string;
  /** Where progress lives: an adapter, or `"memory"`. @default localStorage (falls back to memory) */
  storage?: StorageAdapter | 'memory';
  /** Prefix of the storage key (`<namespace>:v1:<userId>`). @default "waymark" */
  namespace?: string;
  /** Resume a tour the user left unfinished (after a reload). @default true */
  resume?: boolean;
  /** Keyboard handling while a step shows. */
  keyboard?: TourKeyboardOptions;
  /** Words around the guide's own text, for localisation. */
  labels?: Partial<TourLabels>;
  /** Where the tour element is mounted. @default document.body */
  container?: HTMLElement;
  /** Called for every event (analytics hook). */
  onEvent?: (event: WaymarkEvent) => void;
  /** The clock. @default Date.now */
  now?: () => number;
}

/** A Waymark instance: tours, progress and events for one app. */
export interface Waymark {
  /** Resolves once stored progress was read (and an unfinished tour resumed, if any). */
  readonly ready: Promise<void>;
  /** The current step, or null. */
  readonly $active: ReadableAtom<ActiveStep | null>;
  /** The user's persisted progress. */
  readonly progress: ProgressStore;
  /** The typed event stream. */
  readonly events: Emitter<WaymarkEventMap>;
  /** Start a tour; returns false when the id is unknown. */
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
  /** Switch user: their progress is loaded (and their unfinished tour resumed). */
  identify(userId: string | undefined): Promise<void>;
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
  // On the server there is no page to draw on: the instance still works headless (events, progress, API).
  const browser = typeof document != 'undefined';
  const now = options.now ?? Date.now;
  let userId = options.userId;
  const events = createEmitter<WaymarkEventMap>();
  const offAny = options.onEvent ? events.onAny(options.onEvent) : undefined;
  const storage = options.storage == 'memory' ? undefined : options.storage;
  const storageError = (e: { operation: 'read' | 'write' | 'parse'; message: string }) =>
    events.emit('storage:error', { ...e, timestamp: now(), userId });
  const progress = createProgressStore({
    storage: storage ?? localStorageAdapter({ onError: (e) => storageError({ operation: 'write', message: String(e) }) }),
    userId,
    namespace: options.namespace,
    now,
    onError: storageError,
  });
  const engine: TourEngine = createTourEngine({ tours: [], progress, events, now, userId: () => userId });

  const setGuides = (guides: unknown) => {
    const { tours, dropped } = normalizeGuide(guides);
    engine.setTours(tours);
    if (dropped.length) void report(guides);
  };
  // The full validator (with its messages) is a separate chunk, fetched only when a document has problems.
  const report = async (guides: unknown) => {
    try {
      const { validateGuide, formatIssues } = await import('./validate/index.js');
      const issues = validateGuide(guides).issues.filter((i) => i.severity == 'error');
      console.warn(`waymark: the guide document has problems; the valid parts still run.\n${formatIssues(issues)}`);
      events.emit('guide:invalid', { issues: issues.map(({ path, message }) => ({ path, message })), timestamp: now(), userId });
    } catch {
      /* reporting must never break the host */
    }
  };
  setGuides(options.guides);

  let tour: WmTour | undefined;
  if (browser) {
    defineElements(undefined, { ...tags, 'wm-tour': WmTour });
    tour = document.createElement('wm-tour') as WmTour;
    tour.engine = engine;
    tour.labels = { ...defaultLabels, ...options.labels };
    tour.keyboard = options.keyboard ?? {};
  }
  // The element joins the page only while a tour runs: an idle instance adds no node.
  const unmount = engine.$active.subscribe((active) => {
    if (!tour) return;
    if (active && !tour.isConnected) (options.container ?? document.body).append(tour);
    else if (!active) queueMicrotask(() => engine.$active.get() || tour!.remove());
  });

  const resume = () => (options.resume === false ? Promise.resolve(false) : engine.resume());
  const ready = progress.ready.then(resume).then(() => undefined, () => undefined);
  const source: EventSource = 'api';

  return {
    ready,
    $active: engine.$active,
    progress,
    events,
    start: (id, opts) => engine.start(id, { ...opts, source }),
    next: () => engine.next(source),
    back: () => engine.back(source),
    goTo: (step) => engine.goTo(step, source),
    complete: () => engine.complete(source),
    dismiss: () => engine.dismiss(source),
    on: events.on,
    async identify(id) {
      // The previous user's unfinished tour stays resumable for them: 'destroyed' is not recorded as dismissed.
      engine.dismiss(source, 'destroyed');
      userId = id;
      await progress.setUser(id);
      await resume();
    },
    setGuides,
    destroy() {
      unmount();
      tour?.remove();
      engine.destroy();
      progress.destroy();
      offAny?.();
      events.clear();
    },
  };
}
