import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import type { StorageAdapter } from '../../src/core/storage.js';
import { explainLines } from '../../src/features/debug.js';
import proactive, { explainTriggers, registerTriggerTarget, usesProactive } from '../../src/features/proactive.js';

const T0 = Date.UTC(2026, 2, 2, 12);
const DAY = 864e5;
const tour = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  steps: [{ id: 's1', title: `Tour ${id}` }],
  ...extra,
});
const billing = tour('billing-walkthrough', {
  trigger: { event: 'help_article_viewed', where: { articleId: 'billing-101' }, count: { gte: 3 }, within: 'P7D' },
});

let instances: Waymark[] = [];
async function make(doc: Record<string, unknown>, options: Record<string, unknown> = {}) {
  const w = createWaymark({
    guides: { schemaVersion: 1, ...doc },
    storage: 'memory',
    plugins: [proactive],
    ...options,
  });
  instances.push(w);
  const events: any[] = [];
  w.events.onAny((e) => events.push(e));
  await w.ready;
  await vi.advanceTimersByTimeAsync(0);
  const of = (type: string) => events.filter((e) => e.type == type);
  return { w, events, of, active: () => w.$active.get()?.tour.id };
}
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const read = () => wait(300); // a claim waits 250 ms for other tabs

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  history.replaceState(null, '', '/');
});
afterEach(() => {
  instances.forEach((w) => w.destroy());
  instances = [];
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('proactive feature', () => {
  it('re-checks audiences when identify() brings new traits', async () => {
    const { w, of, active } = await make({
      tours: [tour('pro-tips', { trigger: { delay: 'PT1S' }, audience: { user: 'plan', eq: 'pro' } })],
    });
    await wait(1500);
    expect(active()).toBeUndefined();
    expect(of('guide:suppressed')).toMatchObject([{ guideId: 'pro-tips', reason: 'audience' }]);
    await w.identify(undefined, { plan: 'pro' });
    await read();
    expect(active()).toBe('pro-tips');
    expect(of('user:identified')).toMatchObject([{ traits: { plan: 'pro' } }]);
  });

  it('says which documents need it', () => {
    expect(usesProactive({ schemaVersion: 1, tours: [billing as any] })).toBe(true);
    expect(
      usesProactive({ schemaVersion: 1, announcements: [{ id: 'a', title: 'News', trigger: { delay: 'PT1S' } }] }),
    ).toBe(true);
    expect(usesProactive({ schemaVersion: 1, proactive: {} })).toBe(true);
    expect(usesProactive({ schemaVersion: 1, tours: [tour('plain') as any] })).toBe(false);
  });

  it('offers the billing walkthrough on the third help article view within a week', async () => {
    const { w, of, active } = await make({ tours: [billing] });
    w.track('help_article_viewed', { articleId: 'billing-101' });
    w.track('help_article_viewed', { articleId: 'other' });
    await wait(DAY);
    w.track('help_article_viewed', { articleId: 'billing-101' });
    await read();
    expect(active()).toBeUndefined();
    w.track('help_article_viewed', { articleId: 'billing-101' });
    await read();
    expect(active()).toBe('billing-walkthrough');
    expect(of('trigger:fired')).toMatchObject([
      { guideId: 'billing-walkthrough', kind: 'tour', timestamp: T0 + DAY + 300 },
    ]);
    expect(of('tour:started')).toMatchObject([{ tourId: 'billing-walkthrough', source: 'trigger' }]);
  });

  it('does not count views that left the seven-day window', async () => {
    const { w, active } = await make({ tours: [billing] });
    w.track('help_article_viewed', { articleId: 'billing-101' });
    w.track('help_article_viewed', { articleId: 'billing-101' });
    await wait(8 * DAY);
    w.track('help_article_viewed', { articleId: 'billing-101' });
    await read();
    expect(active()).toBeUndefined();
  });

  it('shows a once-guide once, then reports it held back by frequency', async () => {
    const { w, of, active } = await make({ tours: [tour('t', { trigger: { event: 'x' } })] });
    w.track('x');
    await read();
    expect(active()).toBe('t');
    w.dismiss();
    w.track('x');
    await read();
    expect(active()).toBeUndefined();
    expect(of('guide:suppressed')).toMatchObject([{ guideId: 't', reason: 'frequency' }]);
    expect(w.progress.getSection<any[]>('showings')).toMatchObject([{ guideId: 't', outcome: 'dismissed' }]);
  });

  it('keeps a quiet period between automatic guides, with one timer, and lets critical ones through', async () => {
    const setTimeout = vi.spyOn(globalThis, 'setTimeout');
    const { w, of, active } = await make({
      proactive: { quietPeriod: 'PT1M' },
      tours: [
        tour('a', { trigger: { event: 'a' } }),
        tour('b', { trigger: { event: 'b' } }),
        tour('c', { trigger: { event: 'c' }, frequency: { max: 1, critical: true } }),
      ],
    });
    w.track('a');
    await read();
    expect(active()).toBe('a');
    w.complete();
    w.track('b');
    await read();
    expect(active()).toBeUndefined();
    expect(of('guide:suppressed').filter((e) => e.guideId == 'b')).toMatchObject([{ reason: 'quiet-period' }]);
    const timers = setTimeout.mock.calls.length;
    await wait(30_000);
    expect(active()).toBeUndefined();
    w.track('c');
    await read();
    expect(active()).toBe('c');
    w.complete();
    await wait(61_000);
    expect(active()).toBe('b');
    // No polling: a handful of timers over a minute and a half, not one per second.
    expect(setTimeout.mock.calls.length - timers).toBeLessThan(10);
  });

  it('shows the higher priority first and queues the other behind the open one', async () => {
    const { w, of, active } = await make({
      proactive: { quietPeriod: 'PT0S' },
      tours: [
        tour('low', { trigger: { event: 'go' } }),
        tour('high', { trigger: { event: 'go' }, frequency: { priority: 5 } }),
      ],
    });
    w.track('go');
    await read();
    expect(active()).toBe('high');
    expect(of('guide:suppressed')).toMatchObject([{ guideId: 'low', reason: 'busy' }]);
    w.dismiss();
    await read();
    expect(active()).toBe('low');
  });

  it('waits for a tour the user opened and never shows over it', async () => {
    const { w, active } = await make({
      proactive: { quietPeriod: 'PT0S' },
      tours: [tour('manual'), tour('auto', { trigger: { event: 'go' } })],
    });
    w.start('manual');
    w.track('go');
    await read();
    expect(active()).toBe('manual');
    w.complete();
    await read();
    expect(active()).toBe('auto');
  });

  it('shows nothing while the user is typing in a field', async () => {
    const { w, of, active } = await make({ tours: [tour('t', { trigger: { event: 'x' } })] });
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    w.track('x');
    await read();
    expect(active()).toBeUndefined();
    expect(of('guide:suppressed')).toMatchObject([{ guideId: 't', reason: 'typing' }]);
    await wait(2500);
    expect(active()).toBe('t');
  });

  it('follows single-page route changes and counts visits', async () => {
    const { w, active } = await make({
      tours: [tour('t', { trigger: { page: { matches: '/reports/*', visits: 2 } } })],
    });
    history.pushState(null, '', '/reports/1');
    await read();
    expect(active()).toBeUndefined();
    history.pushState(null, '', '/home');
    history.pushState(null, '', '/reports/2');
    await read();
    expect(active()).toBe('t');
    expect(w.progress.getSection('visits')).toEqual({ '/': 1, '/reports/1': 1, '/home': 1, '/reports/2': 1 });
  });

  it('offers chat after rage clicks', async () => {
    const { w, active } = await make({
      tours: [
        tour('rage-help', {
          trigger: { rageClicks: { count: 4, within: 'PT1S' } },
          steps: [{ id: 'help', title: 'Having trouble?', buttons: [{ label: 'Chat with us', action: 'escalate' }] }],
        }),
      ],
    });
    const click = () =>
      document.body.dispatchEvent(new MouseEvent('click', { clientX: 100, clientY: 100, bubbles: true, detail: 1 }));
    click();
    click();
    click();
    await read();
    expect(active()).toBeUndefined();
    // Keyboard activations (detail 0) never count as rage clicks.
    for (let i = 0; i < 6; i++) document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    await read();
    expect(active()).toBeUndefined();
    click();
    await read();
    expect(active()).toBe('rage-help');
    expect(w.$active.get()?.step.buttons).toMatchObject([{ action: 'escalate' }]);
  });

  it('counts page errors into the history', async () => {
    const { w, active } = await make({ tours: [tour('t', { trigger: { errors: { count: 2, within: 'PT5M' } } })] });
    window.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
    window.dispatchEvent(new Event('unhandledrejection'));
    await read();
    expect(active()).toBe('t');
    expect(JSON.stringify(w.progress.getSection('history'))).toContain('$error');
  });

  it('reports users outside the audience and re-checks time-based rules on one timer', async () => {
    const { of, active } = await make(
      {
        segments: { pro: { user: 'plan', eq: 'pro' } },
        tours: [
          tour('p', { trigger: { delay: 'PT10S' }, audience: { segment: 'pro' } }),
          tour('any', { trigger: { delay: 'PT20S' } }),
        ],
      },
      { traits: { plan: 'trial' } },
    );
    await wait(10_500);
    expect(of('guide:suppressed')).toMatchObject([{ guideId: 'p', reason: 'audience' }]);
    expect(active()).toBeUndefined();
    await wait(10_000);
    expect(active()).toBe('any');
  });

  it.each([
    [0, 'frequency'],
    [20, 'other-tab'],
  ])('shows a once-guide in only one of two tabs sharing storage (%i ms between tabs)', async (latency, reason) => {
    const map = new Map<string, string>();
    const subs = new Set<{ key: string; fn: (v: string | null) => void }>();
    const storage = (): StorageAdapter => {
      const mine = new Set<typeof subs extends Set<infer S> ? S : never>();
      return {
        get: (k) => map.get(k) ?? null,
        set(k, v) {
          map.set(k, v);
          for (const s of subs) if (s.key == k && !mine.has(s)) latency ? setTimeout(() => s.fn(v), latency) : s.fn(v);
        },
        subscribe(key, fn) {
          const s = { key, fn };
          subs.add(s);
          mine.add(s);
          return () => void subs.delete(s);
        },
      };
    };
    const doc = { tours: [tour('once', { trigger: { delay: 'PT5S' } })] };
    const a = await make(doc, { storage: storage() });
    const b = await make(doc, { storage: storage() });
    await wait(5300);
    expect([a.active(), b.active()].filter(Boolean)).toEqual(['once']);
    expect([...a.of('guide:suppressed'), ...b.of('guide:suppressed')][0]).toMatchObject({ guideId: 'once', reason });
    expect(a.w.progress.getSection<any[]>('showings')!.map((r) => r.outcome)).toEqual(
      b.w.progress.getSection<any[]>('showings')!.map((r) => r.outcome),
    );
  });

  it('shows guides of other features through their registered target', async () => {
    const { w, of } = await make({ announcements: [{ id: 'news', trigger: { event: 'x' } }] });
    const show = vi.fn(() => w.context.claimModal('announcement:news'));
    registerTriggerTarget(w.context, 'announcement', 'news', show);
    w.track('x');
    await read();
    expect(show).toHaveBeenCalledOnce();
    expect(of('trigger:fired')).toMatchObject([{ guideId: 'news', kind: 'announcement' }]);
    expect(w.context.$modal.get()).toBe('announcement:news');
  });

  it('explains in words why a guide did or did not show', async () => {
    const { w } = await make({ proactive: { quietPeriod: 'PT5M' }, tours: [billing] });
    w.track('help_article_viewed', { articleId: 'billing-101' });
    w.track('help_article_viewed', { articleId: 'billing-101' });
    await read();
    expect(explainLines(explainTriggers(w.context)[0])).toEqual([
      'billing-walkthrough (tour): trigger not met',
      'trigger:',
      '  ✗ event help_article_viewed where articleId=billing-101: 2 of at least 3 within 7 days',
      'frequency: allows a showing; shown 0 times',
    ]);
    w.track('help_article_viewed', { articleId: 'billing-101' });
    await read();
    w.dismiss();
    await read();
    expect(explainLines(explainTriggers(w.context)[0])).toEqual([
      expect.stringMatching(/^billing-walkthrough \(tour\): held back by frequency \(max, for good\)$/),
      'trigger:',
      '  ✓ event help_article_viewed where articleId=billing-101: 3 of at least 3 within 7 days',
      'frequency: blocked (max); shown 1 time',
    ]);
  });

  it('opens the debug panel with ?waymark-debug in the URL', async () => {
    history.replaceState(null, '', '/?waymark-debug');
    const { w } = await make({ tours: [billing] });
    await vi.waitFor(() => expect(document.querySelector('[data-waymark-debug]')).not.toBeNull());
    const text = document.querySelector('[data-waymark-debug]')!.shadowRoot!.textContent;
    expect(text).toContain('billing-walkthrough (tour): trigger not met');
    w.destroy();
    expect(document.querySelector('[data-waymark-debug]')).toBeNull();
  });

  it('leaves nothing behind on destroy', async () => {
    const push = history.pushState;
    const { w } = await make({ tours: [tour('t', { trigger: { delay: 'PT1H' } })] });
    expect(history.pushState).not.toBe(push);
    w.destroy();
    expect(history.pushState).toBe(push);
    expect(vi.getTimerCount()).toBe(0);
    expect(explainTriggers(w.context)).toEqual([]);
  });
});
