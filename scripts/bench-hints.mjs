// Hints benchmark in real headless Chromium (not a timed unit test). Usage: node scripts/bench-hints.mjs
// Measures, with 100 hints on 100 targets: time from createWaymark() to 100 positioned beacons (all in view);
// per-frame script, layout and style while scrolling with 100 beacons (a long list: 15 near the viewport at a
// time; 100 in view on the page, in a fixed panel, in a scrolling box), against the same scroll with no hints;
// the same while the app changes the DOM every frame; idle CPU with 100 beacons for 3 s.
// Writes bench-results/hints.json.
import { frameCost, openBench, report } from './bench-harness.mjs';

// The page script, bundled from a virtual entry so the benchmark needs no file under bench/.
const entry = `
import { createWaymark } from './src/index.js';
import hints from './src/features/hints.js';
const N = 100;
const frame = () => new Promise((r) => requestAnimationFrame(r));
const guides = (n) => ({ schemaVersion: 1, hints: Array.from({ length: n }, (_, i) => ({ id: 'h' + i, target: '#t' + i, title: 'Hint ' + i, body: 'About **this** field.', beacon: i % 2 ? 'icon' : 'pulse' })) });
// list: 100 rows down the page; grid: 100 fields on the first screen; fixed: that grid in a fixed panel the page
// scrolls under; box: that grid in a scrolling box (the scroll that moves every beacon).
function page(layout) {
  const rows = Array.from({ length: N }, (_, i) =>
    '<div class="row" style="' + (layout == 'list' ? 'height:60px' : 'display:inline-block;width:110px;height:24px;margin:2px') + '"><button id="t' + i + '">Field ' + i + '</button></div>').join('');
  const tall = '<div style="height:2000px"></div>';
  document.querySelector('#app').innerHTML =
    layout == 'fixed' ? '<div style="position:fixed;inset:0 0 auto 0">' + rows + '</div>' + tall : layout == 'box' ? '<div id="box" style="height:600px;overflow:auto">' + rows + tall + '</div>' : rows + tall;
  scrollTo(0, 0);
}
let w;
async function show(layout) {
  w?.destroy();
  page(layout);
  await frame();
  const t0 = performance.now();
  w = createWaymark({ guides: guides(N), storage: 'memory', validate: false, plugins: [hints] });
  const expected = layout != 'list' ? N : [...document.querySelectorAll('.row button')].filter((b) => b.getBoundingClientRect().top < innerHeight + 200).length;
  for (;;) {
    await frame();
    const placed = [...document.querySelectorAll('wm-hint')].filter((h) => h.shadowRoot.querySelector('.beacon')?.style.transform).length;
    if (placed >= expected) return { ms: +(performance.now() - t0).toFixed(1), beacons: placed, hintElements: document.querySelectorAll('wm-hint').length };
    if (performance.now() - t0 > 10000) throw new Error('timeout: ' + placed + '/' + expected);
  }
}
function none(layout) { w?.destroy(); w = undefined; page(layout); }
async function scrollFrames(frames) {
  const scroller = document.querySelector('#box') ?? window;
  for (let i = 0; i < frames; i++) { scroller.scrollBy(0, i % 60 < 30 ? 20 : -20); await frame(); }
}
async function mutate(frames) {
  // An app that changes the DOM every frame (a ticking clock): each frame costs one check of all 100 selectors.
  const clock = document.createElement('p'); document.body.append(clock);
  for (let i = 0; i < frames; i++) { clock.textContent = String(i); await frame(); }
  clock.remove();
}
window.bench = { show, none, scrollFrames, mutate };
document.title = 'ready';
`;
const html =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hints bench</title><style>body{margin:0;font-family:system-ui}.row{padding:4px 16px}</style></head><body><main id="app"></main></body></html>';
const { browser, page, metrics, close } = await openBench({ entry: { contents: entry }, html });
const results = { chromium: browser.version(), hints: 100 };
try {
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(await page.evaluate(() => window.bench.show('grid')));
  runs.sort((a, b) => a.ms - b.ms);
  results.show100InView = { medianMs: runs[3].ms, minMs: runs[0].ms, maxMs: runs[6].ms, beacons: runs[3].beacons };

  const FRAMES = 240;
  await page.evaluate(() => window.bench.none('list'));
  const baseline = await frameCost(metrics, () => page.evaluate((n) => window.bench.scrollFrames(n), FRAMES), FRAMES);
  const shown = await page.evaluate(() => window.bench.show('list'));
  const withHints = await frameCost(metrics, () => page.evaluate((n) => window.bench.scrollFrames(n), FRAMES), FRAMES);
  results.scrollList = {
    frames: FRAMES,
    positionedAtStart: shown.beacons,
    hintElements: shown.hintElements,
    baseline,
    withHints,
  };

  await page.evaluate(() => window.bench.none('grid'));
  const gridBase = await frameCost(metrics, () => page.evaluate((n) => window.bench.scrollFrames(n), FRAMES), FRAMES);
  await page.evaluate(() => window.bench.show('grid'));
  const gridHints = await frameCost(metrics, () => page.evaluate((n) => window.bench.scrollFrames(n), FRAMES), FRAMES);
  results.scroll100InView = { frames: FRAMES, baseline: gridBase, withHints: gridHints };

  for (const [key, layout] of [
    ['scroll100InFixedPanel', 'fixed'],
    ['scroll100InScrollingBox', 'box'],
  ]) {
    await page.evaluate((l) => window.bench.none(l), layout);
    const base = await frameCost(metrics, () => page.evaluate((n) => window.bench.scrollFrames(n), FRAMES), FRAMES);
    await page.evaluate((l) => window.bench.show(l), layout);
    results[key] = {
      frames: FRAMES,
      baseline: base,
      withHints: await frameCost(metrics, () => page.evaluate((n) => window.bench.scrollFrames(n), FRAMES), FRAMES),
    };
  }

  await page.evaluate(() => window.bench.none('grid'));
  const mutBase = await frameCost(metrics, () => page.evaluate((n) => window.bench.mutate(n), FRAMES), FRAMES);
  await page.evaluate(() => window.bench.show('grid'));
  const mutHints = await frameCost(metrics, () => page.evaluate((n) => window.bench.mutate(n), FRAMES), FRAMES);
  results.domChangingEveryFrame = { frames: FRAMES, baseline: mutBase, withHints: mutHints };

  await page.evaluate(() => window.bench.show('grid'));
  await page.waitForTimeout(500);
  const a = await metrics();
  await page.waitForTimeout(3000);
  const b = await metrics();
  results.idle100Beacons3s = {
    scriptMs: +((b.ScriptDuration - a.ScriptDuration) * 1000).toFixed(3),
    layoutMs: +((b.LayoutDuration - a.LayoutDuration) * 1000).toFixed(3),
    taskMs: +((b.TaskDuration - a.TaskDuration) * 1000).toFixed(3),
  };
} finally {
  await close();
}
report('hints', results);
