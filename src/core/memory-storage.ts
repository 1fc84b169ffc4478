import type { StorageAdapter } from './storage.js';

/**
 * An in-memory {@link StorageAdapter}: nothing survives a reload. Useful for tests, SSR and as a
 * fallback when no persistent storage is available.
 * @param initial - keys and values to start with.
 * @returns a synchronous adapter backed by a `Map`.
 */
export function memoryStorage(initial?: Record<string, string>): StorageAdapter {
  const map = new Map(Object.entries(initial ?? {}));
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
  };
}
