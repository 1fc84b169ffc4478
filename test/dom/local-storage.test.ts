import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgressStore } from '../../src/core/progress-store.js';
import { localStorageAdapter } from '../../src/dom/local-storage.js';

/** A Storage whose every method throws, like Safari private mode or a sandboxed iframe. */
const throwingStorage = (error: unknown) =>
  ({
    getItem: () => {
      throw error;
    },
    setItem: () => {
      throw error;
    },
    removeItem: () => {
      throw error;
    },
  }) as unknown as Storage;

const storageEvent = (key: string | null, newValue: string | null, storageArea: Storage = localStorage) =>
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea }));

afterEach(() => localStorage.clear());

describe('localStorageAdapter', () => {
  it('round-trips through localStorage', () => {
    const adapter = localStorageAdapter();
    expect(adapter.get('k')).toBeNull();
    adapter.set('k', 'v');
    expect(localStorage.getItem('k')).toBe('v');
    expect(adapter.get('k')).toBe('v');
    adapter.remove!('k');
    expect(localStorage.getItem('k')).toBeNull();
  });

  it('falls back to memory when the storage throws, reporting every failure', () => {
    const onError = vi.fn();
    const denied = new DOMException('denied', 'SecurityError');
    const adapter = localStorageAdapter({ storage: throwingStorage(denied), onError });
    expect(adapter.get('k')).toBeNull();
    expect(() => adapter.set('k', 'v')).not.toThrow();
    expect(adapter.get('k')).toBe('v');
    adapter.remove!('k');
    expect(adapter.get('k')).toBeNull();
    expect(onError).toHaveBeenCalledWith(denied);
  });

  it('falls back when merely touching localStorage throws', () => {
    const onError = vi.fn();
    const spy = vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new Error('sandboxed');
    });
    const adapter = localStorageAdapter({ onError });
    spy.mockRestore();
    adapter.set('k', 'v');
    expect(adapter.get('k')).toBe('v');
    expect(localStorage.getItem('k')).toBeNull();
    expect(onError).toHaveBeenCalledOnce();
  });

  it('reports a quota error instead of throwing, keeping the value in memory', () => {
    const onError = vi.fn();
    const quota = new DOMException('full', 'QuotaExceededError');
    const storage = {
      getItem: (key: string) => localStorage.getItem(key),
      setItem(key: string, value: string) {
        if (value.length > 3) throw quota;
        localStorage.setItem(key, value);
      },
    } as Storage;
    const adapter = localStorageAdapter({ storage, onError });
    adapter.set('other', 'ok');
    adapter.set('k', 'too big');
    expect(onError).toHaveBeenCalledExactlyOnceWith(quota);
    expect(adapter.get('k')).toBe('too big');
    expect(adapter.get('other')).toBe('ok');
    adapter.set('k', 'ok');
    expect(localStorage.getItem('k')).toBe('ok');
  });

  it('calls subscribers on storage events for their key (and on clear), until unsubscribed', () => {
    const adapter = localStorageAdapter();
    const listener = vi.fn();
    const off = adapter.subscribe!('k', listener);
    storageEvent('k', 'from another tab');
    storageEvent('other', 'x');
    storageEvent('k', 'x', sessionStorage);
    storageEvent(null, null);
    expect(listener.mock.calls).toEqual([['from another tab'], [null]]);
    off();
    storageEvent('k', 'again');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps a progress store in sync with another tab', async () => {
    const store = createProgressStore({ storage: localStorageAdapter() });
    const value = JSON.stringify({ tours: { t: { status: 'completed', updatedAt: 1 } } });
    localStorage.setItem(store.key, value);
    storageEvent(store.key, value);
    expect(store.getTour('t')).toEqual({ status: 'completed', updatedAt: 1 });
    store.destroy();
  });
});
