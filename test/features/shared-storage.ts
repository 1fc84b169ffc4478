import type { StorageAdapter } from '../../src/core/storage.js';

/** One storage shared by several "tabs": each `tab()` is an adapter whose subscribers hear the other tabs' writes. */
export function sharedStorage() {
  const map = new Map<string, string>();
  const tabs: Map<string, ((v: string | null) => void)[]>[] = [];
  return {
    map,
    tab(): StorageAdapter {
      const subs = new Map<string, ((v: string | null) => void)[]>();
      tabs.push(subs);
      return {
        get: (k) => map.get(k) ?? null,
        set(k, v) {
          map.set(k, v);
          for (const t of tabs) if (t != subs) t.get(k)?.forEach((f) => f(v));
        },
        subscribe(k, f) {
          subs.set(k, [...(subs.get(k) ?? []), f]);
          return () =>
            subs.set(
              k,
              (subs.get(k) ?? []).filter((g) => g != f),
            );
        },
      };
    },
  };
}
