// Benchmark of the proactive engine in real headless Chromium (not a timed unit test).
// Usage: node scripts/bench-proactive.mjs
// Measures, with 200 triggered guides defined: track() cost (µs per call, median, evaluation included) and
// whether it does DOM work (CDP layout / style recalc counts, DOM mutations); the longest task while
// evaluating (PerformanceObserver 'longtask': must be none); the persisted history after a simulated year of
// heavy use (must stay under 64 kB). Writes bench-results/proactive.json.
import { openBench, report, root } from './bench-harness.mjs';

const html =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>proactive bench</title></head><body><main><input id="field"><p>Proactive benchmark</p></main></body></html>';
const { browser, page, metrics, close } = await openBench({
  entry: `${root}bench/proactive-entry.ts`,
  html,
  viewport: { width: 1280, height: 720 },
});
const results = { chromium: browser.version(), guides: 200 };
try {
  await page.waitForTimeout(200);
  await page.evaluate(() => window.benchProactive.longTasks()); // drop page start-up
  const measure = async (label, withPlugin, name, props) => {
    const a = await metrics();
    const r = await page.evaluate(([p, n, q]) => window.benchProactive.trackCost(p, n, q), [withPlugin, name, props]);
    const b = await metrics();
    results[label] = {
      ...r,
      layouts: b.LayoutCount - a.LayoutCount,
      styleRecalcs: b.RecalcStyleCount - a.RecalcStyleCount,
    };
  };
  await page.evaluate(() => window.benchProactive.trackCost(true, 'warm_up', {}, 20)); // JIT warm-up, not reported
  await measure('track_noPlugin_baseline', false, 'shared_event', {});
  await measure('track_unrelatedEvent', true, 'nobody_listens', { x: 1 });
  await measure('track_eventOf1Guide', true, 'evt_5', { articleId: 'a5' });
  await measure('track_eventOf50Guides', true, 'shared_event', {});
  results.fullEvaluation_routeChange = await page.evaluate(() => window.benchProactive.fullEvaluation());
  // Long tasks during the track() and evaluation runs above (before the synthetic year loop).
  const long = await page.evaluate(() => window.benchProactive.longTasks());
  results.longTasksDuringEvaluation = { count: long.length, maxMs: long.length ? Math.max(...long) : 0 };
  results.year = await page.evaluate(() => window.benchProactive.year());
  const yearLong = await page.evaluate(() => window.benchProactive.longTasks());
  results.year.longTasksInSyntheticLoop = {
    count: yearLong.length,
    maxMs: yearLong.length ? Math.max(...yearLong) : 0,
    note: '9,000 track() calls per loop without yielding: a synthetic load, not app behaviour',
  };
} finally {
  await close();
}
report('proactive', results);
