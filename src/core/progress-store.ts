import { isRecord } from './is-record.js';
import { atom, type ReadableAtom } from 'nanostores';
import type { StorageAdapter } from './storage.js';

/** What Waymark remembers about one tour for one user. */
export interface TourProgress {
  /** Running (resumable), finished, or closed before its end. */
  status: 'active' | 'completed' | 'dismissed';
  /** For an active tour: the current step id (resume target). For ended tours: the step it ended on. */
  stepId?: string;
  /** When the tour was last started (ms since the epoch). */
  startedAt?: number;
  /** When this record last changed; decides which tab wins a conflict. */
  updatedAt: number;
  /** How many times the tour was started. */
  starts?: number;
}

declare const sectionType: unique symbol;

/**
 * The name of a section of the persisted progress, carrying in its type what the section holds. Each section has
 * one owner, the feature that writes it; the owner declares the key next to the section's type and exports it for
 * features that read the section. Stored data may come from another version or tab: owners validate what they
 * read. A plain string still works (untyped).
 * ```ts
 * export const CHECKLISTS_SECTION: SectionKey<ChecklistsSection> = 'checklists';
 * const lists = progress.getSection(CHECKLISTS_SECTION); // ChecklistsSection | undefined
 * ```
 */
export type SectionKey<T> = string & { readonly [sectionType]?: T };

/**
 * The persisted shape. Sections other than `tours` are owned by later features (checklists, hints,
 * history) and must be preserved untouched when unknown to this build.
 */
export interface ProgressState {
  tours: Record<string, TourProgress>;
  [section: string]: unknown;
}

/** One user's persisted progress, kept in sync with a {@link StorageAdapter}. */
export interface ProgressStore {
  /** nanostores atom with the current state (subscribe for reactivity). */
  readonly $progress: ReadableAtom<ProgressState>;
  /** Resolves once the initial (possibly async) read finished; safe to await many times. After `setUser`, the new user's read. */
  readonly ready: Promise<void>;
  /** The storage key in use, e.g. `waymark:v1:user-42`. */
  readonly key: string;
  /** The progress of one tour, if any. */
  getTour(tourId: string): TourProgress | undefined;
  /** Record (or with `undefined`, forget) one tour's progress. */
  setTour(tourId: string, progress: TourProgress | undefined): void;
  /** Read one named section (used by later features), typed by its {@link SectionKey}. */
  getSection<T>(name: SectionKey<T>): T | undefined;
  /** Replace (or with `undefined`, delete) one named section. Not for `tours`. */
  setSection<T>(name: SectionKey<T>, value: NoInfer<T> | undefined): void;
  /** Switch to another user's progress (loads their key); pending writes go to the previous key first. */
  setUser(userId: string | undefined): Promise<void>;
  /** Forget this user's progress (removes the key; other tabs follow when the adapter has `remove`). */
  reset(): void;
  /** Stop listening to storage; further writes are ignored. A pending write is flushed first. */
  destroy(): void;
}

/** Options of {@link createProgressStore}. */
export interface ProgressStoreOptions {
  /** Where progress is kept. */
  storage: StorageAdapter;
  /** The user whose progress this is; `anonymous` when unset. */
  userId?: string;
  /** Key prefix. @default 'waymark' → key `waymark:v1:<userId or 'anonymous'>` */
  namespace?: string;
  /** Clock used to stamp `updatedAt` when a record lacks one. @default Date.now */
  now?: () => number;
  /** Told when storage could not be read or written or held bad data; the store keeps working in memory. */
  onError?: (error: { operation: 'read' | 'write' | 'parse'; message: string }) => void;
}

type Operation = 'read' | 'write' | 'parse';
const EMPTY = '{"tours":{}}';
const STATUSES = ['active', 'completed', 'dismissed'];
const isTour = (t: unknown): t is TourProgress =>
  isRecord(t) &&
  STATUSES.includes(t.status as string) &&
  Number.isFinite(t.updatedAt) &&
  ['stepId', 'startedAt', 'starts'].every((k, i) => t[k] === undefined || typeof t[k] == (i ? 'number' : 'string'));
const put = (target: Record<string, unknown>, key: string, value: unknown) =>
  value === undefined ? delete target[key] : (target[key] = value);
/** Dirty marker of a tour id (section names are used as they are). */
const TOUR = '\t';

/**
 * Create the persisted progress store of one user.
 *
 * The key is versioned (`<namespace>:v1:<user>`) and the store never touches other keys. Bad stored
 * data is sanitised entry by entry and reported (`parse`); failing reads and writes are reported and
 * the in-memory state keeps working. Writes are coalesced (at most one per microtask) and wait for
 * the initial read, then merge with it. Changes from other tabs (`subscribe`) are merged: per tour the
 * newer `updatedAt` wins, other sections are taken from the incoming value, and a removed key resets.
 * @param options - storage, user and callbacks.
 */
export function createProgressStore({
  storage,
  userId,
  namespace = 'waymark',
  now = Date.now,
  onError,
}: ProgressStoreOptions): ProgressStore {
  const $progress = atom<ProgressState>({ tours: {} });
  // Local changes not yet written (tour ids prefixed with TOUR, or section names): they win merges.
  const dirty = new Set<string>();
  let key = '';
  let ready = Promise.resolve();
  let loaded = false;
  let queued = false;
  let dead = false;
  let token = 0;
  let last: string | null | undefined;
  let unsubscribe: (() => void) | undefined;

  const report = (operation: Operation, error: unknown) =>
    onError?.({ operation, message: error instanceof Error ? error.message : String(error) });
  const save = (run: () => unknown) =>
    new Promise((resolve) => resolve(run())).catch((error) => report('write', error));
  const keyOf = (user: string | undefined) => `${namespace}:v1:${user ?? 'anonymous'}`;
  /** Drop the state and unwritten changes (not the stored value). */
  const clear = (raw?: string | null) => {
    last = raw;
    queued = false;
    dirty.clear();
    $progress.set({ tours: {} });
  };

  const parse = (raw: string | null | undefined): ProgressState => {
    let parsed: unknown = {};
    try {
      parsed = raw == null ? parsed : JSON.parse(raw);
    } catch (error) {
      report('parse', error);
    }
    const data: Record<string, unknown> = isRecord(parsed) ? parsed : (report('parse', 'state'), {});
    const source = data.tours;
    if (source !== undefined && !isRecord(source)) report('parse', 'tours');
    const tours = Object.fromEntries(
      Object.entries(isRecord(source) ? source : {}).filter(([id, t]) => isTour(t) || report('parse', 'tours.' + id)),
    );
    return { ...data, tours };
  };

  const write = () => {
    if (!queued || !loaded || dead) return;
    queued = false;
    dirty.clear();
    const raw = (last = JSON.stringify($progress.get()));
    save(() => storage.set(key, raw));
  };

  const update = (mark: string, change: (state: ProgressState) => void) => {
    if (dead) return;
    const next = { ...$progress.get() };
    next.tours = { ...next.tours };
    change(next);
    dirty.add(mark);
    $progress.set(next);
    if (!queued) {
      queued = true;
      queueMicrotask(write);
    }
  };

  /** Merge a stored value into the state: unwritten local changes win, then the newer tour record. */
  const merge = (raw: string | null | undefined) => {
    const incoming = parse(raw);
    const current = $progress.get();
    const tours = incoming.tours;
    for (const id in current.tours)
      if (!tours[id] || tours[id].updatedAt < current.tours[id].updatedAt) tours[id] = current.tours[id];
    for (const mark of dirty)
      mark[0] == TOUR ? put(tours, mark.slice(1), current.tours[mark.slice(1)]) : put(incoming, mark, current[mark]);
    last = raw;
    $progress.set(incoming);
    if (JSON.stringify(incoming) != (raw ?? EMPTY)) {
      queued = true;
      write();
    }
  };

  const load = () => {
    const mine = ++token;
    loaded = false;
    const done = (raw: string | null | undefined, ok = true) => {
      if (mine != token || dead) return;
      loaded = ok;
      merge(raw);
    };
    try {
      const raw = storage.get(key);
      if (!isRecord(raw)) return (done(raw), Promise.resolve());
      return Promise.resolve(raw).then(done, (error) => {
        report('read', error);
        done(null, false);
      });
    } catch (error) {
      // Never write over data we could not read: keep this user's progress in memory only.
      report('read', error);
      return (done(null, false), Promise.resolve());
    }
  };

  const open = (user: string | undefined) => {
    unsubscribe?.();
    key = keyOf(user);
    unsubscribe = storage.subscribe?.(key, (raw) => dead || raw === last || (raw == null ? clear(raw) : merge(raw)));
    return (ready = load());
  };
  open(userId);

  return {
    $progress,
    get ready() {
      return ready;
    },
    get key() {
      return key;
    },
    getTour: (tourId) => $progress.get().tours[tourId],
    setTour: (tourId, progress) =>
      update(TOUR + tourId, (state) =>
        put(state.tours, tourId, progress && { ...progress, updatedAt: progress.updatedAt ?? now() }),
      ),
    getSection: <T>(name: SectionKey<T>) => $progress.get()[name] as T | undefined,
    setSection: (name, value) => update(name, (state) => put(state, name, value)),
    setUser(user) {
      if (dead || key == keyOf(user)) return ready;
      write();
      clear();
      return open(user);
    },
    reset() {
      if (dead) return;
      token++;
      loaded = true;
      clear(storage.remove ? null : EMPTY);
      save(() => (storage.remove ? storage.remove(key) : storage.set(key, EMPTY)));
    },
    destroy() {
      write();
      dead = true;
      unsubscribe?.();
    },
  };
}
