import { describe, expect, it } from 'vitest';
import { createBehaviourHistory } from '../../../src/core/proactive/behaviour-history.js';

const DAY = 864e5;
const H = 36e5;
/** Midnight UTC, 2026-03-02. */
const D0 = Date.UTC(2026, 2, 2);

function clock(start = D0) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe('createBehaviourHistory', () => {
  it('counts events by name, by tracked property values and by window', () => {
    const c = clock(D0 + 12 * H);
    const h = createBehaviourHistory(undefined, { now: c.now, trackedProps: { viewed: ['articleId', 'lang'] } });
    h.record('viewed', { articleId: 'a', lang: 'en' });
    h.record('viewed', { articleId: 'a', lang: 'de', junk: 'x' });
    h.record('viewed', { articleId: 'b' });
    h.record('clicked', { articleId: 'a' });
    c.t += H;
    expect(h.count('viewed')).toBe(3);
    expect(h.count('viewed', { articleId: 'a' })).toBe(2);
    expect(h.count('viewed', { articleId: 'a', lang: 'de' })).toBe(1);
    expect(h.count('viewed', { articleId: 'c' })).toBe(0);
    // Untracked properties are not stored, so filtering on them finds nothing.
    expect(h.count('viewed', { junk: 'x' })).toBe(0);
    expect(h.count('clicked')).toBe(1);
    expect(h.count('clicked', { articleId: 'a' })).toBe(0);
    expect(h.count('never')).toBe(0);
    expect(h.count('viewed', undefined, H)).toBe(0);
    expect(h.count('viewed', undefined, H + 1)).toBe(3);
  });

  it('compares property values as text and keeps odd characters apart', () => {
    const c = clock();
    const h = createBehaviourHistory(undefined, { now: c.now, trackedProps: { e: ['k', 'n'] } });
    h.record('e', { k: 'a&n=1', n: 2 });
    h.record('e', { k: true, n: 1 });
    expect(h.count('e', { n: 1 })).toBe(1);
    expect(h.count('e', { k: 'a&n=1' })).toBe(1);
    expect(h.count('e', { k: 'true' })).toBe(1);
    expect(h.count('e', { n: '2' })).toBe(1);
  });

  it('uses exact times at window boundaries and says when the count drops', () => {
    const c = clock(D0);
    const h = createBehaviourHistory(undefined, { now: c.now });
    h.record('e');
    c.t += 10_000;
    h.record('e');
    c.t += 50_000;
    expect(h.tally('e', undefined, 60_000)).toEqual([1, D0 + 70_000]);
    expect(h.tally('e', undefined, 60_001)).toEqual([2, D0 + 60_001]);
    expect(h.tally('e')).toEqual([2, Infinity]);
  });

  it('counts long windows from day buckets once exact times run out, with the oldest day in proportion', () => {
    const c = clock();
    const h = createBehaviourHistory(undefined, { now: c.now });
    // 10 events a day between 00:00 and 09:00 UTC, for 10 days.
    for (let d = 0; d < 10; d++) {
      for (let k = 0; k < 10; k++) {
        c.t = D0 + d * DAY + k * H;
        h.record('e');
      }
    }
    c.t = D0 + 9 * DAY + 12 * H;
    // The 32 exact times reach back to day 6, 08:00: a 3-day window is exact.
    expect(h.count('e', undefined, 3 * DAY)).toBe(30);
    // Exactly 50 happened in the last 5 days; the day the window starts in (10 events, half inside
    // the window) adds 5 under the documented even-spread approximation.
    const [n, changesAt] = h.tally('e', undefined, 5 * DAY);
    expect(n).toBe(55);
    // It drops to 54 once under 4.5 of that day's 10 are "inside": 1 h 12 min later.
    expect(changesAt).toBe(c.t + 1.2 * H);
    c.t = changesAt - 1;
    expect(h.count('e', undefined, 5 * DAY)).toBe(55);
    c.t = changesAt + 1;
    expect(h.count('e', undefined, 5 * DAY)).toBe(54);
    c.t = D0 + 9 * DAY + 12 * H;
    expect(h.count('e', undefined, 6 * H)).toBe(3);
    expect(h.count('e')).toBe(100);
  });

  it('forgets days older than maxDays', () => {
    const c = clock();
    const h = createBehaviourHistory(undefined, { now: c.now, maxDays: 30 });
    h.record('old');
    h.record('e');
    c.t += 29 * DAY;
    h.record('e');
    expect(h.count('e')).toBe(2);
    c.t += DAY;
    expect(h.count('e')).toBe(1);
    expect(h.count('old')).toBe(0);
    expect(Object.keys(h.snapshot().e)).toEqual(['e']);
  });

  it('round-trips through JSON', () => {
    const c = clock(D0 + 5 * H);
    const h = createBehaviourHistory(undefined, { now: c.now, trackedProps: { v: ['id'] } });
    for (let i = 0; i < 50; i++) {
      c.t += 3 * H;
      h.record('v', { id: `x${i % 3}` });
    }
    const restored = createBehaviourHistory(JSON.parse(JSON.stringify(h.snapshot())), {
      now: c.now,
      trackedProps: { v: ['id'] },
    });
    expect(restored.snapshot()).toEqual(h.snapshot());
    for (const w of [undefined, 6 * H, 2 * DAY, 5 * DAY]) {
      expect(restored.tally('v', { id: 'x1' }, w)).toEqual(h.tally('v', { id: 'x1' }, w));
    }
  });

  describe('merge', () => {
    it('never double counts a snapshot two tabs share', () => {
      const c = clock();
      const a = createBehaviourHistory(undefined, { now: c.now });
      a.record('e');
      a.record('e');
      const b = createBehaviourHistory(a.snapshot(), { now: c.now });
      c.t += 1000;
      b.record('e');
      a.merge(b.snapshot());
      expect(a.count('e')).toBe(3);
      expect(a.count('e', undefined, DAY)).toBe(3);
      b.merge(a.snapshot());
      expect(b.snapshot()).toEqual(a.snapshot());
    });

    it('is idempotent and commutative', () => {
      const c = clock();
      const make = (seed: number) => {
        const h = createBehaviourHistory(undefined, { now: c.now, trackedProps: { e: ['k'] } });
        for (let i = 0; i < 60; i++) {
          c.t = D0 + ((i * 7919 + seed * 104729) % (20 * DAY));
          h.record(i % 2 ? 'e' : 'f', { k: (i + seed) % 4 });
        }
        // Same millisecond, same signature: two real events, not one.
        h.record('g');
        h.record('g');
        return h;
      };
      const a = make(1);
      const b = make(2);
      c.t = D0 + 21 * DAY;
      const snapA = a.snapshot();
      const snapB = b.snapshot();
      a.merge(snapB);
      const once = a.snapshot();
      a.merge(snapB);
      a.merge(a.snapshot());
      expect(a.snapshot()).toEqual(once);
      expect(a.count('g')).toBe(4);
      const solo = make(3);
      solo.merge(solo.snapshot());
      expect(solo.count('g')).toBe(2);
      b.merge(snapA);
      expect(b.snapshot()).toEqual(once);
    });
  });

  it('sanitises corrupted snapshots instead of throwing', () => {
    const c = clock();
    const today = Math.floor(D0 / DAY);
    for (const bad of [
      null,
      'x',
      42,
      [],
      { v: 2, e: {} },
      { v: 1, e: [] },
      { v: 1, e: { x: 5 } },
      { v: 1, e: { x: { d: 'no', t: {} } } },
    ]) {
      const h = createBehaviourHistory(bad, { now: c.now });
      expect(h.count('x')).toBe(0);
      h.record('x');
      expect(h.count('x')).toBe(1);
    }
    const partly = {
      v: 1,
      e: {
        good: { d: { '': [today, 4] }, t: [] },
        mixed: { d: { '': [today, 1.5], x: ['today', 1], ok: [today - 2, 1, -1, 2] }, t: [D0, 'x', 5] },
        ancient: { d: { '': [5, 1, 1] }, t: [] },
        future: { d: { '': [today + 999, 1] }, t: [] },
        huge: { d: { '': [today, ...new Array(500).fill(1)] }, t: [] },
      },
    };
    const h = createBehaviourHistory(partly, { now: c.now });
    expect(h.count('good')).toBe(4);
    expect(h.count('mixed')).toBe(3);
    expect(h.count('mixed', undefined, DAY)).toBe(2);
    expect(h.count('ancient') + h.count('future') + h.count('huge')).toBe(0);
    h.merge({ v: 1, e: { good: { d: { '': [today, 'lots'] } } } });
    expect(h.count('good')).toBe(4);
  });

  it('stays bounded when an app sends many distinct values or names', () => {
    const c = clock();
    const h = createBehaviourHistory(undefined, { now: c.now, trackedProps: { search: ['q'] } });
    for (let i = 0; i < 500; i++) h.record('search', { q: `query ${i}` });
    expect(h.count('search', undefined, DAY)).toBe(500);
    expect(Object.keys(h.snapshot().e.search.d)).toHaveLength(65);
    for (let i = 0; i < 300; i++) {
      c.t += 1;
      h.record(`event-${i}`);
    }
    expect(Object.keys(h.snapshot().e)).toHaveLength(200);
    expect(h.count('event-299')).toBe(1);
    expect(h.count('event-0')).toBe(0);
  });

  it('keeps a simulated year of heavy use under 64 kB of JSON', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const names = Array.from({ length: 50 }, (_, i) => `event_name_${i}`);
    // Conditions filter ten of the events on one or two properties.
    const trackedProps = Object.fromEntries(
      names.slice(0, 10).map((n, i) => [n, i % 2 ? ['articleId', 'plan'] : ['articleId']]),
    );
    const c = clock(Date.UTC(2026, 0, 1));
    let h = createBehaviourHistory(undefined, { now: c.now, trackedProps });
    let largest = 0;
    const log: [number, string, string][] = [];
    for (let day = 0; day < 365; day++) {
      for (let i = 0; i < 200; i++) {
        c.t = Date.UTC(2026, 0, 1) + day * DAY + Math.floor(rand() * DAY);
        const name = names[Math.floor(rand() * names.length)];
        const articleId = `article-${Math.floor(rand() * 20)}`;
        log.push([c.t, name, articleId]);
        h.record(name, {
          articleId,
          plan: ['free', 'pro', 'team'][Math.floor(rand() * 3)],
          query: Math.random().toString(36),
          position: rand() * 1000,
        });
      }
      // A reload every week: persist and restore, as the app would.
      if (day % 7 === 6)
        h = createBehaviourHistory(JSON.parse(JSON.stringify(h.snapshot())), { now: c.now, trackedProps });
      largest = Math.max(largest, JSON.stringify(h.snapshot()).length);
    }
    expect(largest).toBeLessThan(64 * 1024);
    // Still answering: the last of the 32 exact times per event are intact after all that.
    const [t, name, articleId] = log[log.length - 1];
    const exact = log.filter((e) => e[1] === name && e[2] === articleId && e[0] > c.t - 6 * H).length;
    expect(exact).toBeGreaterThan(0);
    expect(h.count(name, { articleId }, 6 * H)).toBe(trackedProps[name] ? exact : 0);
    expect(h.count(name, undefined, c.t - t + 1)).toBe(1);
  });
});
