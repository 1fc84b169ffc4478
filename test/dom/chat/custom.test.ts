import { describe, expect, it, vi } from 'vitest';
import { createCustomAdapter } from '../../../src/dom/chat/custom.js';
import { payload } from './fakes/loading-cases.js';

describe('createCustomAdapter', () => {
  it('hands the payload to the app handler', async () => {
    const handler = vi.fn();
    const adapter = createCustomAdapter(handler);
    expect(adapter.name).toBe('custom');
    expect(adapter.isAvailable()).toBe(true);
    expect(await adapter.open(payload)).toBe(true);
    expect(handler).toHaveBeenCalledWith(payload);
  });

  it('reports false when the handler says so, throws or rejects', async () => {
    expect(await createCustomAdapter(() => false).open(payload)).toBe(false);
    expect(await createCustomAdapter(async () => false).open(payload)).toBe(false);
    expect(
      await createCustomAdapter(() => {
        throw new Error('nope');
      }).open(payload),
    ).toBe(false);
    expect(await createCustomAdapter(() => Promise.reject(new Error('nope'))).open(payload)).toBe(false);
  });

  it('uses the app availability check and offline flag', () => {
    const adapter = createCustomAdapter(() => {}, { isAvailable: () => false, supportsOffline: false });
    expect(adapter.isAvailable()).toBe(false);
    expect(adapter.supportsOffline).toBe(false);
  });
});
