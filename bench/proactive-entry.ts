// Runs inside headless Chromium (bundled by scripts/bench-proactive.mjs). Exposes window.benchProactive.
import { createWaymark, type Waymark } from '../src/create-waymark.js';
import proactive from '../src/features/proactive.js';

/** 200 triggered tours: 50 listen to one shared event, 150 to their own event with a property filter; all have an audience. */
const guides = {
  schemaVersion: 1,
  segments: { paying: { user: 'plan', in: ['pro', 'team'] } },
  tours: Array.from({ length: 200 }, (_, i) => ({
    id: `g${i}`,
    steps: [{ id: 's', title: `Guide ${i}` }],
    trigger:
      i % 4 == 0
        ? { event: 'shared_event', count: { gte: 1e6 }, within: 'P7D' }
        : {
            all: [
              { event: `evt_${i}`, where: { articleId: `a${i % 50}` }, count: { gte: 1e6 }, within: 'P7D' },
              { not: { guide: `g${i - 1}`, state: 'dismissed' } },
            ],
          },
    audience: { segment: 'paying' },
    frequency: { max: 1 },
  })),
};

const longTasks: number[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({
  type: 'longtask',
});

const make = (plugins = [proactive], now?: () => number) =>
  createWaymark({
    guides,
    storage: 'memory',
    resume: false,
    validate: false,
    userId: 'bench',
    traits: { plan: 'pro' },
    plugins,
    now,
  });

const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
const flush = () => new Promise<void>((r) => setTimeout(r, 0));

/** µs per track() call, median of `batches` batches of `n` calls; each call is followed by its (microtask) evaluation. */
async function trackCost(withPlugin: boolean, name: string, props: Record<string, unknown>, batches = 100, n = 100) {
  // The baseline is the same tours without triggers: no proactive engine is loaded at all.
  const w = withPlugin
    ? make()
    : createWaymark({
        guides: { ...guides, tours: guides.tours.map(({ id, steps }) => ({ id, steps })) },
        storage: 'memory',
        resume: false,
        validate: false,
      });
  await w.ready;
  await flush();
  const mutations: MutationRecord[] = [];
  const mo = new MutationObserver((r) => mutations.push(...r));
  mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const per: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      w.track(name, props);
      await undefined; // let the batched evaluation (a microtask queued by track) run
    }
    per.push(((performance.now() - t0) * 1000) / n);
    await flush(); // yield between batches, as an app would
  }
  await flush();
  mo.disconnect();
  w.destroy();
  return { usPerCall: +median(per).toFixed(2), domMutations: mutations.length };
}

/** Every guide evaluated at once (a route change): the slowest evaluation path. */
async function fullEvaluation(runs = 50) {
  const w = make();
  await w.ready;
  await flush();
  const per: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    history.pushState(null, '', `/page/${i}`);
    await undefined;
    per.push(performance.now() - t0);
    await flush();
  }
  history.replaceState(null, '', '/');
  w.destroy();
  return { guides: 200, msMedian: +median(per).toFixed(3), msMax: +Math.max(...per).toFixed(3) };
}

/** A simulated year of heavy use: 300 tracked events a day over 365 days, 60 event names, 50 article ids. */
async function year() {
  let t = Date.UTC(2026, 0, 1, 8);
  const w = make([proactive], () => t);
  await w.ready;
  for (let day = 0; day < 365; day++) {
    for (let i = 0; i < 300; i++) {
      t += 60_000;
      const k = (day * 7 + i) % 60;
      w.track(k < 10 ? 'shared_event' : `evt_${k * 3 + 1}`, {
        articleId: `a${(i * 13 + day) % 50}`,
        other: `noise-${i}`,
      });
    }
    t += 864e5 - 300 * 60_000;
    if (day % 3 == 0) await flush();
  }
  await flush();
  // track() once the history is a year full (the history snapshot written per call grows with it).
  const cost = async (name: string) => {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) {
      w.track(name, { articleId: 'a5' });
      await undefined;
    }
    const us = +(((performance.now() - t0) * 1000) / 50).toFixed(1);
    await flush();
    return us;
  };
  // An event one guide listens to, and one nobody does (only the behaviour history records it).
  const usPerTrackWhenFull = { eventOf1Guide: await cost('evt_5'), unrelatedEvent: await cost('nobody_listens') };
  const size = (name: string) => JSON.stringify(w.progress.getSection(name) ?? null).length;
  const out = {
    tracked: 365 * 300,
    usPerTrackWhenFull,
    historyBytes: size('history'),
    showingsBytes: size('showings'),
    visitsBytes: size('visits'),
    wholeProgressBytes: JSON.stringify(w.progress.$progress.get()).length,
  };
  w.destroy();
  return out;
}

Object.assign(window, { benchProactive: { trackCost, fullEvaluation, year, longTasks: () => longTasks.splice(0) } });
export type { Waymark };
document.title = 'ready';
