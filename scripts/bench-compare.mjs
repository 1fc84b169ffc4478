// Side-by-side benchmark: Waymark and its peers (Shepherd.js, Driver.js, Intro.js, the versions pinned in
// bench/compare/package.json) in one run, in Debian's headless Chromium, each bundled as an app would bundle it
// (esbuild, minified, code-split ESM, the library's CSS included), on the same page (bench/compare/page.mjs,
// ~3,000 elements, 1280×800) with the same 3-step tour. Prints ONE table (medians and p95, ratio to the best peer)
// and writes bench-results/compare.json. Usage: npm run bench (or node scripts/bench-compare.mjs).
// Options (env): BENCH_RUNS (default 20), BENCH_LIBS (comma list), BENCH_NO_BUILD=1 (use the existing dist/).
// The peers are devDependencies of the benchmark only (bench/compare/node_modules, installed here when missing);
// Shepherd.js and Intro.js are AGPL-3.0: they are run, never copied into Waymark.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { root, resultsDir } from './bench-harness.mjs';
import { pageHtml } from '../bench/compare/page.mjs';

const compareDir = `${root}bench/compare/`;
const outDir = `${resultsDir}compare-build/`;
const RUNS = +(process.env.BENCH_RUNS ?? 20);
const FRAMES = 240;
const CYCLES = 300;
const LIBS = {
  shepherd: { label: 'Shepherd.js', pkg: 'shepherd.js', peer: true },
  driver: { label: 'Driver.js', pkg: 'driver.js', peer: true },
  intro: { label: 'Intro.js', pkg: 'intro.js', peer: true },
  waymark: { label: 'Waymark', pkg: null, peer: false },
  floor: { label: 'lit + Floating UI + nanostores (floor)', pkg: null, peer: false },
};
const only = process.env.BENCH_LIBS?.split(',');
const libs = Object.keys(LIBS).filter((l) => !only || only.includes(l));

if (!existsSync(`${compareDir}node_modules`)) {
  console.error('bench: installing the peers into bench/compare/node_modules');
  execSync('npm ci --no-audit --no-fund', { cwd: compareDir, stdio: 'inherit' });
}
if (!process.env.BENCH_NO_BUILD) execSync('npx tsup --silent', { cwd: root, stdio: 'inherit' });

// Bundle each library as an app would, separately (no chunk shared across libraries), plus the harness.
rmSync(outDir, { recursive: true, force: true });
const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  logOverride: { 'ignored-bare-import': 'silent' },
};
const version = (pkg) =>
  pkg
    ? JSON.parse(readFileSync(`${compareDir}node_modules/${pkg}/package.json`, 'utf8')).version
    : JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
for (const lib of libs)
  await build({
    ...common,
    entryPoints: { app: `${compareDir}apps/${lib}.ts` },
    splitting: true,
    outdir: `${outDir}${lib}`,
    chunkNames: 'chunk-[hash]',
    alias: { waymark: `${root}dist/index.js` },
  });
await build({ ...common, entryPoints: { harness: `${compareDir}harness.ts` }, outdir: outDir });

const types = { js: 'text/javascript', css: 'text/css', html: 'text/html' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const [, lib, file] = url.pathname.split('/');
  let body;
  let type = 'html';
  if (lib == 'harness.js') {
    body = readFileSync(`${outDir}harness.js`);
    type = 'js';
  } else if (LIBS[lib] && !file) {
    const css = existsSync(`${outDir}${lib}/app.css`) ? `<link rel="stylesheet" href="/${lib}/app.css">` : '';
    body = pageHtml({
      title: lib,
      head: css,
      body: `<script type="module" src="/${lib}/app.js"></script><script type="module" src="/harness.js"></script>`,
    });
  } else if (LIBS[lib] && existsSync(`${outDir}${lib}/${file}`)) {
    body = readFileSync(`${outDir}${lib}/${file}`);
    type = file.split('.').pop();
  }
  res.writeHead(body ? 200 : 404, { 'content-type': types[type] ?? 'application/octet-stream' });
  res.end(body ?? '');
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const stat = (runs, key) => {
  const xs = runs.map((r) => r[key]);
  return { median: +median(xs).toFixed(1), p95: +p95(xs).toFixed(1), missed: xs.filter((x) => x < 0).length };
};
const compress = (buf) => ({
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  raw: buf.length,
});

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30) },
  chromium: browser.version(),
  runs: RUNS,
  libs: {},
};
try {
  for (const lib of libs) {
    console.error(`bench: ${lib}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await page.goto(`${base}/${lib}/`);
    await page.waitForFunction(() => document.title == 'ready');
    const r = { version: version(LIBS[lib].pkg) };
    r.page = await page.evaluate(() => window.harness.page());

    // Size: every file of this app the page fetched up to the first step on screen (lazy chunks loaded later are
    // not counted), each compressed on its own as a server would send it.
    await page.evaluate(() => window.harness.start(3)); // also the warm-up
    const files = (await page.evaluate(() => window.harness.resources()))
      .map((u) => new URL(u).pathname)
      .filter((p) => p.startsWith(`/${lib}/`));
    files.push(...(existsSync(`${outDir}${lib}/app.css`) ? [`/${lib}/app.css`] : []));
    const sizes = [...new Set(files)].map((p) => ({ file: p, ...compress(readFileSync(`${outDir}${p.slice(1)}`)) }));
    const sum = (k) => sizes.reduce((s, f) => s + f[k], 0);
    const emitted = readdirSync(`${outDir}${lib}`);
    r.size = {
      files: sizes,
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      raw: sum('raw'),
      allEmittedFiles: emitted.length,
    };

    r.start = await page.evaluate((n) => window.harness.start(n), RUNS);
    r.next = await page.evaluate((n) => window.harness.next(n), RUNS);

    // Per-frame cost while scrolling, alone and with a step open (page, then a scroll container).
    const frameCost = async (which) => {
      const a = await metrics();
      await page.evaluate(([w, n]) => window.harness.scrollFrames(w, n), [which, FRAMES]);
      const b = await metrics();
      const d = (k) => ((b[k] - a[k]) * 1000) / FRAMES;
      return {
        script: +d('ScriptDuration').toFixed(3),
        layout: +d('LayoutDuration').toFixed(3),
        style: +d('RecalcStyleDuration').toFixed(3),
        task: +d('TaskDuration').toFixed(3),
        total: +(d('ScriptDuration') + d('LayoutDuration') + d('RecalcStyleDuration')).toFixed(3),
      };
    };
    for (const [name, where, which] of [
      ['page', 'page', 'window'],
      ['container', 'inner', 'scroller'],
    ]) {
      await page.evaluate(() => window.harness.openStep(null));
      await frameCost(which); // warm-up
      const alone = await frameCost(which);
      await page.evaluate((w) => window.harness.openStep(w), where);
      await frameCost(which);
      const withStep = await frameCost(which);
      r[`scroll_${name}`] = { alone, withStep, deltaMs: +(withStep.total - alone.total).toFixed(3) };
    }

    // Idle: the page step open, nobody touching anything, for 3 s.
    await page.evaluate(() => window.harness.openStep('page'));
    const i0 = await metrics();
    await page.waitForTimeout(3000);
    const i1 = await metrics();
    r.idle3s = {
      scriptMs: +((i1.ScriptDuration - i0.ScriptDuration) * 1000).toFixed(2),
      taskMs: +((i1.TaskDuration - i0.TaskDuration) * 1000).toFixed(2),
    };
    await page.evaluate(() => window.harness.openStep(null));

    // Memory: 50 warm-up cycles, then three batches of 300; the median batch is reported (heap figures of a few
    // hundred bytes per cycle are near the noise of JSHeapUsedSize, so one batch alone can even come out negative).
    const snapshot = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const c = await cdp.send('Memory.getDOMCounters');
      return { nodes: c.nodes, listeners: c.jsEventListeners, heap: (await metrics()).JSHeapUsedSize };
    };
    await page.evaluate(() => window.harness.cycles(50));
    const snaps = [await snapshot()];
    for (let i = 0; i < 3; i++) {
      await page.evaluate((n) => window.harness.cycles(n), CYCLES);
      snaps.push(await snapshot());
    }
    const perBatch = snaps.slice(1).map((s, i) => Math.round((s.heap - snaps[i].heap) / CYCLES));
    const last = snaps[snaps.length - 1];
    r.memory = {
      heapPerCycleB: median(perBatch),
      heapPerCycleBatchesB: perBatch,
      nodesLeft: last.nodes - snaps[0].nodes,
      listenersLeft: last.listeners - snaps[0].listeners,
    };
    results.libs[lib] = r;
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(`${resultsDir}compare.json`, JSON.stringify(results, null, 2));

// One table: medians (p95), and Waymark's ratio to the best peer on each row.
const kB = (b) => (b / 1000).toFixed(1);
const rows = [
  ['JS+CSS before the first step, gzip (kB)', (r) => r.size.gzip, (r) => kB(r.size.gzip)],
  ['JS+CSS before the first step, brotli (kB)', (r) => r.size.brotli, (r) => kB(r.size.brotli)],
  [
    'start() → shown, ms median (p95)',
    (r) => stat(r.start, 'shownMs').median,
    (r) => `${stat(r.start, 'shownMs').median} (${stat(r.start, 'shownMs').p95})`,
  ],
  [
    'start() → settled, ms',
    (r) => stat(r.start, 'settledMs').median,
    (r) => `${stat(r.start, 'settledMs').median} (${stat(r.start, 'settledMs').p95})`,
  ],
  [
    'next() far → shown, ms',
    (r) => stat(r.next, 'shownMs').median,
    (r) => `${stat(r.next, 'shownMs').median} (${stat(r.next, 'shownMs').p95})`,
  ],
  [
    'next() far → settled, ms',
    (r) => stat(r.next, 'settledMs').median,
    (r) => `${stat(r.next, 'settledMs').median} (${stat(r.next, 'settledMs').p95})`,
  ],
  [
    'page scroll, ms/frame with step (alone)',
    (r) => r.scroll_page.withStep.total,
    (r) => `${r.scroll_page.withStep.total} (${r.scroll_page.alone.total})`,
  ],
  [
    'container scroll, ms/frame with step (alone)',
    (r) => r.scroll_container.withStep.total,
    (r) => `${r.scroll_container.withStep.total} (${r.scroll_container.alone.total})`,
  ],
  ['idle, script ms in 3 s with a step open', (r) => r.idle3s.scriptMs, (r) => `${r.idle3s.scriptMs}`],
  [
    'heap retained per create→start→destroy, B (median of 3×300)',
    (r) => Math.max(r.memory.heapPerCycleB, 0),
    (r) => `${r.memory.heapPerCycleB}`,
  ],
  [
    `DOM nodes / listeners left after ${3 * CYCLES} cycles`,
    (r) => r.memory.nodesLeft + r.memory.listenersLeft,
    (r) => `${r.memory.nodesLeft} / ${r.memory.listenersLeft}`,
  ],
];
const cols = libs.map((l) => `${LIBS[l].label} ${results.libs[l].version}`);
const peers = libs.filter((l) => LIBS[l].peer);
const table = [['figure', ...cols, ...(results.libs.waymark && peers.length ? ['Waymark ÷ best peer'] : [])]];
for (const [name, value, show] of rows) {
  const line = [name, ...libs.map((l) => show(results.libs[l]))];
  if (results.libs.waymark && peers.length) {
    const best = Math.min(...peers.map((l) => value(results.libs[l])));
    const w = value(results.libs.waymark);
    line.push(best > 0 ? `${(w / best).toFixed(2)}×` : w == 0 ? '=' : '—');
  }
  table.push(line);
}
results.table = table;
writeFileSync(`${resultsDir}compare.json`, JSON.stringify(results, null, 2));
const md = table.map((l, i) => `| ${l.join(' | ')} |${i == 0 ? `\n|${l.map(() => '---').join('|')}|` : ''}`).join('\n');
console.log(
  `\n${md}\n\nChromium ${results.chromium}, ${results.machine.cpus} cores (${results.machine.model}), ${results.date.slice(0, 10)}; ` +
    `${RUNS} runs each; page: ${results.libs[libs[0]].page.elements} elements, far target ${results.libs[libs[0]].page.farBelowFirstPx} px below the first, 1280×800. ` +
    `Shown = bubble visible inside the viewport next to its target; settled = last frame the bubble or a scroll position moved (then ${10} quiet frames).`,
);
