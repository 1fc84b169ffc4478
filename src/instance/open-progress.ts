import { memoryStorage } from '../core/memory-storage.js';
import { createProgressStore, type ProgressStore } from '../core/progress-store.js';
import type { StorageAdapter } from '../core/storage.js';
import { localStorageAdapter } from '../dom/local-storage.js';

/** What went wrong with storage, as the `storage:error` event reports it. */
export interface StorageProblem {
  operation: 'read' | 'write' | 'parse';
  message: string;
}

/** An instance's progress store and whether its first read of storage is done. */
export interface OpenedProgress {
  readonly progress: ProgressStore;
  /** The storage adapter itself (remote guide documents keep their last good copy in it). */
  readonly adapter: StorageAdapter;
  /**
   * Whether the first read of stored progress is done: at once for synchronous storage (localStorage, memory), so
   * start() right after createWaymark runs at once there; after the read for asynchronous adapters.
   */
  read: boolean;
}

/**
 * Open an instance's progress: the storage the app chose (an adapter, `"memory"`, or localStorage falling back to
 * memory) and the user's progress store on it.
 * @param options - `storage`, `namespace`, `userId` and `now` of `createWaymark`.
 * @param onError - told about every storage problem.
 * @returns the store and its read state.
 */
export function openProgress(
  options: { storage?: StorageAdapter | 'memory'; namespace?: string; userId?: string; now: () => number },
  onError: (problem: StorageProblem) => void,
): OpenedProgress {
  const adapter =
    options.storage == 'memory'
      ? memoryStorage()
      : (options.storage ??
        localStorageAdapter({ onError: (e) => onError({ operation: 'write', message: String(e) }) }));
  const opened = { read: false, adapter } as OpenedProgress;
  const storage: StorageAdapter = Object.assign(Object.create(adapter) as StorageAdapter, {
    get(key: string) {
      const raw = adapter.get(key);
      if (!(raw && typeof (raw as Promise<unknown>).then == 'function')) opened.read = true;
      return raw;
    },
  });
  // Written once: the store reads storage as it is created, which may mark the read done already.
  (opened as { progress: ProgressStore }).progress = createProgressStore({
    storage,
    userId: options.userId,
    namespace: options.namespace,
    now: options.now,
    onError,
  });
  return opened;
}
