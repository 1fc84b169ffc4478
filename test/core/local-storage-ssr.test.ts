// Runs in the node project on purpose: src/dom/local-storage.ts must be importable and usable during SSR.
import { describe, expect, it, vi } from 'vitest';
import { createProgressStore } from '../../src/core/progress-store.js';
import { localStorageAdapter } from '../../src/dom/local-storage.js';

describe('localStorageAdapter without a DOM (SSR)', () => {
  it('imports and works as a memory store, silently', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const onError = vi.fn();
    const adapter = localStorageAdapter({ onError });
    expect(adapter.get('k')).toBeNull();
    adapter.set('k', 'v');
    expect(adapter.get('k')).toBe('v');
    const off = adapter.subscribe!('k', () => {});
    off();

    const store = createProgressStore({ storage: adapter });
    store.setTour('t', { status: 'completed', updatedAt: 1 });
    await Promise.resolve();
    expect(JSON.parse(adapter.get(store.key) as string).tours.t.status).toBe('completed');
    expect(onError).not.toHaveBeenCalled();
  });
});
