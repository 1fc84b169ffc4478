import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ChatAdapter, ChatPayload, ChatWindow } from '../../../../src/core/chat/chat-adapter.js';
import { waitForProvider } from '../../../../src/core/chat/wait-for-provider.js';
import type { FakeProvider } from './fake-provider.js';

/** A payload like the one an escalation builds. */
export const payload: ChatPayload = {
  message: 'I\'m stuck on "Invite teammates" in Welcome (https://app.test/settings)',
  fields: {
    waymark_tour: 'welcome',
    waymark_step: 'invite',
    waymark_step_number: 3,
    waymark_page: 'https://app.test/settings',
  },
  tags: ['waymark', 'stuck'],
  subject: 'Help with Welcome',
};

/**
 * The cases every provider adapter must pass: missing global, widget loading late, widget never
 * loading, and a provider that throws. Call inside a `describe`.
 */
export function loadingCases(create: (win: ChatWindow) => ChatAdapter, fake: () => FakeProvider): void {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is unavailable and refuses to open while the provider is missing', async () => {
    const adapter = create({});
    expect(adapter.isAvailable()).toBe(false);
    expect(await adapter.open(payload)).toBe(false);
  });

  it('waits for a widget that loads 300 ms late, then opens it', async () => {
    const win: ChatWindow = {};
    const provider = fake();
    const adapter = create(win);
    setTimeout(() => provider.install(win), 300);
    const ready = waitForProvider(adapter, { timeout: 3000 });
    await vi.advanceTimersByTimeAsync(600); // next poll after the global appeared
    await expect(ready).resolves.toBe(true);
    expect(await adapter.open(payload)).toBe(true);
    expect(provider.calls.length).toBeGreaterThan(0);
  });

  it('gives up (false) when the widget never loads', async () => {
    const adapter = create({});
    const ready = waitForProvider(adapter, { timeout: 3000 });
    await vi.advanceTimersByTimeAsync(3000);
    await expect(ready).resolves.toBe(false);
  });

  it('returns false instead of throwing when the provider throws', async () => {
    const win: ChatWindow = {};
    const provider = fake();
    provider.install(win);
    provider.breakIt();
    expect(await create(win).open(payload)).toBe(false);
  });
}
