import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitForProvider } from '../../../src/core/chat/wait-for-provider.js';
import { createChatAdapter } from '../../../src/dom/chat/create-chat-adapter.js';
import { fakeCrisp } from './fakes/crisp.js';
import { fakeIntercom } from './fakes/intercom.js';
import { payload } from './fakes/loading-cases.js';
import { fakeZendesk } from './fakes/zendesk.js';

describe('createChatAdapter', () => {
  it('creates the named provider', () => {
    for (const provider of ['intercom', 'crisp', 'zendesk', 'hubspot', 'helpscout', 'mailto', 'url'] as const)
      expect(createChatAdapter({ provider }, { win: {} })!.name).toBe(provider);
  });

  it('passes guide settings to mailto and url', async () => {
    const navigate = vi.fn();
    expect(
      await createChatAdapter({ provider: 'mailto', email: 'help@acme.test' }, { navigate, win: {} })!.open(payload),
    ).toBe(true);
    expect(navigate.mock.calls[0]![0]).toMatch(/^mailto:help@acme\.test\?/);
    await createChatAdapter(
      { provider: 'url', url: 'https://help.acme.test/', newTab: false, urlContext: true },
      { navigate, win: {} },
    )!.open(payload);
    expect(navigate.mock.calls[1]![0]).toContain('waymark_tour=welcome');
  });

  it('passes Zendesk field ids', async () => {
    const win = {};
    const zendesk = fakeZendesk();
    zendesk.install(win);
    await createChatAdapter({ provider: 'zendesk' }, { win, zendeskFieldIds: { waymark_tour: '1' } })!.open(payload);
    expect(zendesk.calls[0]).toEqual(['messenger:set', 'conversationFields', [{ id: '1', value: 'welcome' }]]);
  });

  it('uses the app handler for custom, or gives null without one', async () => {
    const custom = vi.fn();
    expect(await createChatAdapter({ provider: 'custom' }, { custom })!.open(payload)).toBe(true);
    expect(custom).toHaveBeenCalledWith(payload);
    expect(createChatAdapter({ provider: 'custom' })).toBeNull();
    expect(createChatAdapter({ provider: 'bogus' as never })).toBeNull();
  });

  it('loads only the named provider, then reports it available', async () => {
    const win = {};
    fakeIntercom().install(win);
    const adapter = createChatAdapter({ provider: 'intercom' }, { win })!;
    expect(adapter.isAvailable()).toBe(false); // its code is still on the way
    await adapter.loaded;
    expect(adapter.isAvailable()).toBe(true);
    const ready = vi.fn();
    adapter.onReady!(ready);
    await adapter.loaded;
    expect(ready).toHaveBeenCalled();
  });

  describe('auto', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('talks to whichever widget is on the page, including one that loads late', async () => {
      const win = {};
      const adapter = createChatAdapter({}, { win })!;
      expect(adapter.name).toBe('auto');
      expect(adapter.isAvailable()).toBe(false);
      expect(await adapter.open(payload)).toBe(false);
      const crisp = fakeCrisp({ loaded: false });
      setTimeout(() => crisp.install(win), 300);
      const ready = waitForProvider(adapter, { timeout: 2000 });
      await vi.advanceTimersByTimeAsync(600); // next poll after the global appeared
      await expect(ready).resolves.toBe(true);
      expect(await adapter.open(payload)).toBe(true);
      expect(crisp.calls.at(-1)).toEqual(['do', 'chat:open']);
    });

    it('prefers Intercom when several widgets are present', async () => {
      const win = {};
      const intercom = fakeIntercom();
      intercom.install(win);
      fakeCrisp().install(win);
      expect(await createChatAdapter({ provider: 'auto' }, { win })!.open(payload)).toBe(true);
      expect(intercom.calls).toHaveLength(2);
    });
  });
});
