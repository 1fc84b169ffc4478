import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatAdapter } from '../../../src/core/chat/chat-adapter.js';
import { waitForProvider } from '../../../src/core/chat/wait-for-provider.js';

const adapter = (isAvailable: () => boolean, extra: Partial<ChatAdapter> = {}): ChatAdapter => ({
  name: 'custom',
  isAvailable,
  open: () => true,
  ...extra,
});

describe('waitForProvider', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves true at once when the provider is already there', async () => {
    await expect(waitForProvider(adapter(() => true))).resolves.toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves true when the widget loads late', async () => {
    let loaded = false;
    setTimeout(() => (loaded = true), 300);
    const result = waitForProvider(
      adapter(() => loaded),
      { timeout: 2000 },
    );
    await vi.advanceTimersByTimeAsync(600);
    await expect(result).resolves.toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves false after the timeout when the widget never loads', async () => {
    const isAvailable = vi.fn(() => false);
    const result = waitForProvider(adapter(isAvailable), { timeout: 1000, interval: 100 });
    let settled: boolean | undefined;
    void result.then((ok) => (settled = ok));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(false);
    expect(isAvailable.mock.calls.length).toBeGreaterThan(5);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves false when aborted, also when aborted before it started', async () => {
    const controller = new AbortController();
    const result = waitForProvider(
      adapter(() => false),
      { signal: controller.signal },
    );
    controller.abort();
    await expect(result).resolves.toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    await expect(
      waitForProvider(
        adapter(() => true),
        { signal: AbortSignal.abort() },
      ),
    ).resolves.toBe(false);
  });

  it('uses the provider ready hook and removes its listener afterwards', async () => {
    let ready: (() => void) | undefined;
    let loaded = false;
    const off = vi.fn();
    const result = waitForProvider(
      adapter(() => loaded, {
        onReady: (listener) => {
          ready = listener;
          return off;
        },
      }),
      { interval: 60_000, timeout: 120_000 },
    );
    loaded = true;
    ready!();
    await expect(result).resolves.toBe(true);
    expect(off).toHaveBeenCalledOnce();
  });

  it('keeps waiting when the provider check throws', async () => {
    let calls = 0;
    const result = waitForProvider(
      adapter(() => {
        if (++calls < 3) throw new Error('half-loaded');
        return true;
      }),
      { interval: 100 },
    );
    await vi.advanceTimersByTimeAsync(250);
    await expect(result).resolves.toBe(true);
  });
});
