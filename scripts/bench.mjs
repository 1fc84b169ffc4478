// Benchmark in real headless Chromium (not a timed unit test). Usage: npm run bench
// Measures: start() → first step visible and positioned; per-frame script+layout cost while scrolling with a
// step open (page and scroll container), against the same scroll with no tour; CPU while a step sits idle;
// DOM nodes, JS listeners and heap after 300 create-start-destroy cycles. Writes bench-results/latest.json.
// Then the side-by-side comparison with Shepherd.js, Driver.js and Intro.js (scripts/bench-compare.mjs, one table,
// bench-results/compare.json); BENCH_COMPARE=0 skips it.
import { readFileSync } from 'node:fs';
import { frameCost, openBench, report, root } from './bench-harness.mjs';

const { browser, page, cdp, metrics, close } = await openBench({
  entry: `${root}bench/bench-entry.ts`,
  html: readFileSync(`${root}bench/page.html`, 'utf8'),
  flags: ['--js-flags=--expose-gc'],
});
const results = { chromium: browser.version() };
try {
  results.firstStep = await page.evaluate(() => window.bench.firstStep(60));

  const FRAMES = 240;
  for (const [name, tour, el] of [
    ['page', 'page', 'window'],
    ['scrollContainer', 'inner', 'scroller'],
  ]) {
    await page.evaluate(() => window.bench.openStep(null));
    const baseline = await frameCost(
      metrics,
      () => page.evaluate(([e, n]) => window.bench.scrollFrames(e, n), [el, FRAMES]),
      FRAMES,
    );
    await page.evaluate((t) => window.bench.openStep(t), tour);
    const withStep = await frameCost(
      metrics,
      () => page.evaluate(([e, n]) => window.bench.scrollFrames(e, n), [el, FRAMES]),
      FRAMES,
    );
    results[`scroll_${name}`] = { frames: FRAMES, baseline, withStep };
  }

  // Idle: a step open, nobody touching anything, for 3 s.
  await page.evaluate(() => window.bench.openStep('page'));
  const idleA = await metrics();
  await page.waitForTimeout(3000);
  const idleB = await metrics();
  results.idleStepOpen3s = {
    scriptMs: +((idleB.ScriptDuration - idleA.ScriptDuration) * 1000).toFixed(3),
    taskMs: +((idleB.TaskDuration - idleA.TaskDuration) * 1000).toFixed(3),
    layoutMs: +((idleB.LayoutDuration - idleA.LayoutDuration) * 1000).toFixed(3),
  };
  await page.evaluate(() => window.bench.openStep(null));

  const snapshot = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const m = await metrics();
    return {
      nodes: counters.nodes,
      jsEventListeners: counters.jsEventListeners,
      heapUsedKB: Math.round(m.JSHeapUsedSize / 1024),
    };
  };
  await page.evaluate(() => window.bench.cycles(20)); // warm up (JIT, lazy chunks, element definitions)
  const before = await snapshot();
  const t0 = Date.now();
  const left = await page.evaluate(() => window.bench.cycles(300));
  const wall = Date.now() - t0;
  const after = await snapshot();
  // A second batch tells retention (grows again by the same amount) from one-off warm-up (JIT, caches).
  await page.evaluate(() => window.bench.cycles(300));
  const after2 = await snapshot();
  if (process.env.BENCH_LEAK_MODES) {
    for (const mode of ['create', 'element']) {
      const a = await snapshot();
      await page.evaluate((m) => window.bench.cycles(300, m), mode);
      const b = await snapshot();
      results[`cycles300_${mode}`] = { heapKB: b.heapUsedKB - a.heapUsedKB, nodes: b.nodes - a.nodes };
    }
  }
  const delta = (a, b) => ({
    nodes: b.nodes - a.nodes,
    jsEventListeners: b.jsEventListeners - a.jsEventListeners,
    heapKB: b.heapUsedKB - a.heapUsedKB,
  });
  results.cycles300 = {
    before,
    after,
    after600: after2,
    delta: delta(before, after),
    deltaSecond300: delta(after, after2),
    waymarkElementsLeft: left.wmNodes,
    wallMs: wall,
  };
} finally {
  await close();
}
report('latest', results);
if (process.env.BENCH_COMPARE != '0') await import('./bench-compare.mjs');
