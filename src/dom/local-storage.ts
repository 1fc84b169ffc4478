import type { StorageAdapter } from '../core/storage.js';

/** Options of {@link localStorageAdapter}. */
export interface LocalStorageAdapterOptions {
  /** The `Storage` to use. @default globalThis.localStorage */
  storage?: Storage;
  /** Told about every storage failure (access denied, quota exceeded); nothing is thrown. */
  onError?: (error: unknown) => void;
}

/**
 * A {@link StorageAdapter} over `localStorage`.
 *
 * - Private mode / sandboxed iframes: any throw (even touching `localStorage`) is reported via
 *   `onError` and that key falls back to memory for the rest of the page's life.
 * - Quota errors are reported, not thrown.
 * - Cross-tab: `subscribe` listens to the `storage` event (also fired with `null` on `clear()`).
 * - SSR-safe: without `window` it works as a memory store.
 * @param options - the storage to wrap and an error callback.
 */
export function localStorageAdapter({ storage, onError = () => {} }: LocalStorageAdapterOptions = {}): StorageAdapter {
  // Keys whose last write failed live here; `null` marks a removal.
  const memory = new Map<string, string | null>();
  let store: Storage | undefined;
  try {
    store = storage ?? globalThis.localStorage;
  } catch (error) {
    onError(error);
  }
  const write = (key: string, value: string | null) => {
    memory.delete(key);
    try {
      if (store) return void (value == null ? store.removeItem(key) : store.setItem(key, value));
    } catch (error) {
      onError(error);
    }
    memory.set(key, value);
  };
  return {
    get(key) {
      if (store && !memory.has(key))
        try {
          return store.getItem(key);
        } catch (error) {
          onError(error);
        }
      return memory.get(key) ?? null;
    },
    set: write,
    remove: (key) => write(key, null),
    subscribe(key, listener) {
      const handler = (event: StorageEvent) => {
        if (event.storageArea === store && (event.key === key || event.key == null)) listener(event.newValue);
      };
      globalThis.addEventListener?.('storage', handler);
      return () => globalThis.removeEventListener?.('storage', handler);
    },
  };
}
