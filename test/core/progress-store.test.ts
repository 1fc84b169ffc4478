import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../src/core/memory-storage.js';
import { createProgressStore, type TourProgress } from '../../src/core/progress-store.js';
import type { StorageAdapter } from '../../src/core/storage.js';

const KEY = 'waymark:v1:anonymous';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const done = (updatedAt: number, stepId = 'last'): TourProgress => ({ status: 'completed', stepId, updatedAt });
const stored = (storage: StorageAdapter, key = KEY) => JSON.parse(storage.get(key) as string);

/** A memory adapter that counts writes. */
const spyStorage = (initial?: Record<string, string>) => {
  const storage = memoryStorage(initial);
  vi.spyOn(storage, 'set');
  return storage;
};

/** Tabs sharing one storage: a write in one tab notifies the others (asynchronously, like `storage` events). */
const tabs = () => {
  const map = new Map<string, string>();
  const listeners = new Set<{ tab: number; key: string; fn: (v: string | null) => void }>();
  const notify = (tab: number, key: string) =>
    queueMicrotask(() => {
      for (const l of listeners) if (l.tab != tab && l.key == key) l.fn(map.get(key) ?? null);
    });
  return (tab: number): StorageAdapter => ({
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void (map.set(key, value), notify(tab, key)),
    remove: (key) => void (map.delete(key), notify(tab, key)),
    subscribe(key, fn) {
      const entry = { tab, key, fn };
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
  });
};

describe('createProgressStore', () => {
  it('uses a versioned key per user and namespace', () => {
    expect(createProgressStore({ storage: memoryStorage() }).key).toBe(KEY);
    expect(createProgressStore({ storage: memoryStorage(), userId: 'u-42', namespace: 'acme' }).key).toBe(
      'acme:v1:u-42',
    );
  });

  it('persists tours and sections, coalescing writes to one per microtask, and reads them back after a reload', async () => {
    const storage = spyStorage();
    const store = createProgressStore({ storage, userId: 'ann' });
    await store.ready;
    store.setTour('welcome', { status: 'active', stepId: 's1', updatedAt: 1, starts: 1 });
    store.setTour('welcome', { status: 'active', stepId: 's2', updatedAt: 2, starts: 1 });
    store.setSection('checklists', { setup: ['a'] });
    expect(store.getTour('welcome')?.stepId).toBe('s2');
    expect(storage.set).not.toHaveBeenCalled();
    await tick();
    expect(storage.set).toHaveBeenCalledTimes(1);

    const reloaded = createProgressStore({ storage, userId: 'ann' });
    await reloaded.ready;
    expect(reloaded.getTour('welcome')).toEqual({ status: 'active', stepId: 's2', updatedAt: 2, starts: 1 });
    expect(reloaded.getSection('checklists')).toEqual({ setup: ['a'] });
  });

  it('is reactive through $progress and stamps a missing updatedAt with its clock', async () => {
    const store = createProgressStore({ storage: memoryStorage(), now: () => 99 });
    const seen: unknown[] = [];
    store.$progress.listen((state) => seen.push(state.tours.t));
    store.setTour('t', { status: 'dismissed' } as TourProgress);
    store.setTour('t', undefined);
    expect(seen).toEqual([{ status: 'dismissed', updatedAt: 99 }, undefined]);
  });

  it('reads a synchronous storage immediately', () => {
    const store = createProgressStore({ storage: memoryStorage({ [KEY]: JSON.stringify({ tours: { t: done(1) } }) }) });
    expect(store.getTour('t')).toEqual(done(1));
  });

  it.each([
    ['invalid JSON', '{"tours": {', {}],
    ['an array', '[1, 2]', {}],
    ['null', 'null', {}],
    ['a number', '42', {}],
    ['a string', '"hello"', {}],
    ['tours as an array', '{"tours": [{"status": "completed", "updatedAt": 1}]}', {}],
    ['tours as null', '{"tours": null, "hints": {"h": 1}}', { hints: { h: 1 } }],
  ])('recovers from %s without throwing and reports a parse error', async (_, raw, sections) => {
    const onError = vi.fn();
    const storage = memoryStorage({ [KEY]: raw });
    const store = createProgressStore({ storage, onError });
    await store.ready;
    expect(store.$progress.get()).toEqual({ ...sections, tours: {} });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ operation: 'parse' }));
    store.setTour('t', done(5));
    await tick();
    expect(stored(storage).tours).toEqual({ t: done(5) });
  });

  it('keeps the valid tour entries, drops each bad one, and preserves unknown sections', async () => {
    const onError = vi.fn();
    const raw = JSON.stringify({
      tours: {
        good: { status: 'active', stepId: 'b', startedAt: 1, updatedAt: 2, starts: 3 },
        alsoGood: { status: 'dismissed', updatedAt: 0, futureField: true },
        badStatus: { status: 'paused', updatedAt: 1 },
        noTime: { status: 'completed' },
        stringTime: { status: 'completed', updatedAt: '1' },
        numericStep: { status: 'active', stepId: 3, updatedAt: 1 },
        stringStarts: { status: 'active', updatedAt: 1, starts: '2' },
        nothing: null,
        list: [],
        text: 'completed',
      },
      checklists: { onboarding: { done: ['x'] } },
      history: [1, 2],
    });
    const store = createProgressStore({ storage: memoryStorage({ [KEY]: raw }), onError });
    await store.ready;
    expect(Object.keys(store.$progress.get().tours)).toEqual(['good', 'alsoGood']);
    expect(store.getTour('alsoGood')).toEqual({ status: 'dismissed', updatedAt: 0, futureField: true });
    expect(store.getSection('checklists')).toEqual({ onboarding: { done: ['x'] } });
    expect(store.getSection('history')).toEqual([1, 2]);
    expect(onError).toHaveBeenCalledTimes(8);
    expect(onError.mock.calls.every(([e]) => e.operation == 'parse')).toBe(true);
  });

  it('keeps working in memory when get and set throw, reporting instead of throwing', async () => {
    const onError = vi.fn();
    const set = vi.fn(() => {
      throw new Error('denied');
    });
    const storage: StorageAdapter = {
      get() {
        throw new Error('SecurityError');
      },
      set,
    };
    const store = createProgressStore({ storage, onError });
    await store.ready;
    store.setTour('t', done(1));
    await tick();
    expect(store.getTour('t')).toEqual(done(1));
    expect(onError).toHaveBeenCalledWith({ operation: 'read', message: 'SecurityError' });
    // Data it could not read is never overwritten.
    expect(set).not.toHaveBeenCalled();
  });

  it('reports a quota error on write and keeps the in-memory state', async () => {
    const onError = vi.fn();
    const storage = memoryStorage();
    storage.set = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const store = createProgressStore({ storage, onError });
    store.setTour('t', done(1));
    await tick();
    expect(onError).toHaveBeenCalledWith({ operation: 'write', message: 'The quota has been exceeded.' });
    expect(store.getTour('t')).toEqual(done(1));
    store.setTour('u', done(2));
    await tick();
    expect(onError).toHaveBeenCalledTimes(2);
    expect(Object.keys(store.$progress.get().tours)).toEqual(['t', 'u']);
  });

  it('reports rejected async reads and writes', async () => {
    const onError = vi.fn();
    const store = createProgressStore({
      storage: { get: () => Promise.reject(new Error('offline')), set: () => Promise.reject(new Error('500')) },
      onError,
    });
    await store.ready;
    expect(onError).toHaveBeenCalledWith({ operation: 'read', message: 'offline' });
    const ok = createProgressStore({
      storage: { get: async () => null, set: () => Promise.reject(new Error('500')) },
      onError,
    });
    await ok.ready;
    ok.setTour('t', done(1));
    await tick();
    expect(onError).toHaveBeenCalledWith({ operation: 'write', message: '500' });
  });

  it('merges writes made before a slow async read instead of losing or overwriting them', async () => {
    const map = new Map([
      [KEY, JSON.stringify({ tours: { a: done(1), b: done(1, 'old') }, checklists: { c: 1 }, hints: { h: 1 } })],
    ]);
    const writes: string[] = [];
    const storage: StorageAdapter = {
      get: (key) => new Promise((resolve) => setTimeout(() => resolve(map.get(key)), 20)),
      set: async (key, value) => void (writes.push(value), map.set(key, value)),
    };
    const store = createProgressStore({ storage });
    store.setTour('b', done(10, 'new'));
    store.setTour('c', done(11));
    store.setSection('hints', { h: 2 });
    await tick();
    expect(writes).toEqual([]);
    await store.ready;
    await store.ready; // safe to await again
    const expected = { tours: { a: done(1), b: done(10, 'new'), c: done(11) }, checklists: { c: 1 }, hints: { h: 2 } };
    expect(store.$progress.get()).toEqual(expected);
    await tick();
    expect(writes).toHaveLength(1);
    expect(JSON.parse(map.get(KEY)!)).toEqual(expected);
  });

  it('keeps a removal made before the async read', async () => {
    const storage: StorageAdapter = { get: async () => JSON.stringify({ tours: { a: done(1) } }), set: () => {} };
    const store = createProgressStore({ storage });
    store.setTour('a', undefined);
    await store.ready;
    expect(store.getTour('a')).toBeUndefined();
  });

  it('lets two tabs see each other’s progress, newest record per tour winning', async () => {
    const tab = tabs();
    const a = createProgressStore({ storage: tab(1) });
    const b = createProgressStore({ storage: tab(2) });
    a.setTour('x', done(1));
    await tick();
    expect(b.getTour('x')).toEqual(done(1));

    // Concurrent writes to different tours: both survive in both tabs and in storage.
    a.setTour('y', done(2));
    b.setTour('z', done(3));
    await tick();
    await tick();
    for (const store of [a, b]) expect(Object.keys(store.$progress.get().tours).sort()).toEqual(['x', 'y', 'z']);

    // The newer record wins in both tabs, whichever arrives last.
    b.setTour('x', done(9, 'b'));
    a.setTour('x', done(5, 'a'));
    await tick();
    await tick();
    expect(a.getTour('x')).toEqual(done(9, 'b'));
    expect(b.getTour('x')).toEqual(done(9, 'b'));
    expect(stored(tab(3)).tours.x).toEqual(done(9, 'b'));
  });

  it('takes unknown sections from the other tab, and follows its reset', async () => {
    const tab = tabs();
    const a = createProgressStore({ storage: tab(1) });
    const b = createProgressStore({ storage: tab(2) });
    b.setTour('t', done(1));
    b.setSection('checklists', { v: 1 });
    await tick();
    a.setSection('checklists', { v: 2 });
    await tick();
    expect(b.getSection('checklists')).toEqual({ v: 2 });
    a.reset();
    await tick();
    expect(b.$progress.get()).toEqual({ tours: {} });
    b.destroy();
    a.setTour('later', done(2));
    await tick();
    expect(b.getTour('later')).toBeUndefined();
  });

  it('only ever touches its own key', async () => {
    const others = { 'waymark:v1:bob': '{"tours":{}}', theme: 'dark', 'waymark:v2:anonymous': 'future' };
    const storage = memoryStorage({ ...others });
    const store = createProgressStore({ storage });
    store.setTour('t', done(1));
    await tick();
    store.reset();
    await tick();
    expect(storage.get(KEY)).toBeNull();
    for (const [key, value] of Object.entries(others)) expect(storage.get(key)).toBe(value);
  });

  it('resets to an empty state without a remove method', async () => {
    const storage = memoryStorage({ [KEY]: JSON.stringify({ tours: { t: done(1) }, hints: {} }) });
    delete storage.remove;
    const store = createProgressStore({ storage });
    store.reset();
    await tick();
    expect(store.$progress.get()).toEqual({ tours: {} });
    expect(stored(storage)).toEqual({ tours: {} });
  });

  it('switches users: flushes the previous user, then loads the next key', async () => {
    const storage = memoryStorage({ 'waymark:v1:bob': JSON.stringify({ tours: { bobs: done(1) } }) });
    const store = createProgressStore({ storage, userId: 'ann' });
    store.setTour('anns', done(2));
    await store.setUser('bob');
    expect(store.key).toBe('waymark:v1:bob');
    expect(store.$progress.get().tours).toEqual({ bobs: done(1) });
    expect(stored(storage, 'waymark:v1:ann').tours).toEqual({ anns: done(2) });
    store.setTour('bobs', done(3));
    await store.setUser(undefined);
    expect(store.key).toBe(KEY);
    expect(store.$progress.get().tours).toEqual({});
    expect(stored(storage, 'waymark:v1:bob').tours).toEqual({ bobs: done(3) });
  });

  it('ignores a slow read of the previous user after switching', async () => {
    const storage: StorageAdapter = {
      get: (key) =>
        new Promise((resolve) =>
          setTimeout(() => resolve(JSON.stringify({ tours: { [key]: done(1) } })), key.endsWith('ann') ? 30 : 1),
        ),
      set: () => {},
    };
    const store = createProgressStore({ storage, userId: 'ann' });
    const first = store.ready;
    await store.setUser('bob');
    await first;
    expect(Object.keys(store.$progress.get().tours)).toEqual(['waymark:v1:bob']);
  });

  it('flushes a pending write on destroy and ignores writes after it', async () => {
    const storage = spyStorage();
    const store = createProgressStore({ storage });
    store.setTour('t', done(1));
    store.destroy();
    expect(stored(storage).tours).toEqual({ t: done(1) });
    store.setTour('u', done(2));
    await tick();
    expect(storage.set).toHaveBeenCalledTimes(1);
    expect(store.getTour('u')).toBeUndefined();
  });
});
