import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitForProvider } from '../../../src/core/chat/wait-for-provider.js';
import { createHubSpotAdapter } from '../../../src/dom/chat/hubspot.js';
import { fakeHubSpot } from './fakes/hubspot.js';
import { loadingCases, payload } from './fakes/loading-cases.js';

describe('createHubSpotAdapter', () => {
  loadingCases((win) => createHubSpotAdapter({ win }), fakeHubSpot);

  it('opens a loaded widget', () => {
    const win = {};
    const hubspot = fakeHubSpot();
    hubspot.install(win);
    expect(createHubSpotAdapter({ win }).open(payload)).toBe(true);
    expect(hubspot.calls).toEqual([['open']]);
  });

  it('loads the widget open when the page deferred loading', () => {
    const win = {};
    const hubspot = fakeHubSpot({ loaded: false });
    hubspot.install(win);
    expect(createHubSpotAdapter({ win }).open(payload)).toBe(true);
    expect(hubspot.calls).toEqual([['load', { widgetOpen: true }]]);
  });

  describe('ready hook', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('resolves through hsConversationsOnReady without waiting for the next poll', async () => {
      const win: Record<string, any> = { hsConversationsOnReady: [() => {}] };
      const adapter = createHubSpotAdapter({ win });
      const ready = waitForProvider(adapter, { interval: 10_000, timeout: 20_000 });
      expect(win.hsConversationsOnReady).toHaveLength(2); // the page's callback is kept
      fakeHubSpot().install(win);
      await expect(ready).resolves.toBe(true);
      expect(win.hsConversationsOnReady).toHaveLength(1); // ours is removed again
    });

    it('creates the queue when the page has none', () => {
      const win: Record<string, any> = {};
      const off = createHubSpotAdapter({ win }).onReady!(() => {});
      expect(win.hsConversationsOnReady).toHaveLength(1);
      off();
      expect(win.hsConversationsOnReady).toHaveLength(0);
    });
  });
});
