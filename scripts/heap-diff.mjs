// What a create → start → destroy cycle of a tours-only app retains: the benchmark's app (bench/compare/apps/
// waymark.ts) and harness bundled unminified (readable names), served on loopback, run in Debian's headless
// Chromium; a heap snapshot after 50 warm-up cycles and another after N more (with forced GC), then the objects
// that grew, by constructor, with the retainer path of a few of them. Usage: node scripts/heap-diff.mjs [N=200]
// (after npm run build; SRC=1 bundles src/ instead of dist/).
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { pageHtml } from '../bench/compare/page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const N = +(process.argv[2] ?? 200);
const bundle = async (entry) =>
  (
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      keepNames: true,
      conditions: ['production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      alias: { waymark: process.env.SRC ? `${root}src/index.ts` : `${root}dist/index.js` },
      logLevel: 'error',
    })
  ).outputFiles[0].text;
const files = {
  '/app.js': await bundle(`${root}bench/compare/apps/${process.env.APP ?? 'waymark'}.ts`),
  '/harness.js': await bundle(`${root}bench/compare/harness.ts`),
};
const server = createServer((req, res) => {
  const js = files[req.url];
  res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
  res.end(
    js ??
      pageHtml({
        title: 'waymark',
        head: '',
        body: '<script type="module" src="/app.js"></script><script type="module" src="/harness.js"></script>',
      }),
  );
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.title == 'ready');
  const snapshot = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const chunks = [];
    const onChunk = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const counters = await cdp.send('Memory.getDOMCounters');
    return { snap: JSON.parse(chunks.join('')), counters };
  };
  // JSHeapUsedSize (what scripts/bench-compare.mjs reports) over batches after a longer warm-up: JIT code and
  // feedback settle, so what remains is what the cycle really retains.
  await cdp.send('Performance.enable');
  const used = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name == 'JSHeapUsedSize').value;
  };
  const batches = +(process.env.BATCHES ?? 0);
  await page.evaluate(() => window.harness.cycles(50));
  let before = await used();
  const perBatch = [];
  for (let i = 0; i < batches; i++) {
    await page.evaluate((n) => window.harness.cycles(n), N);
    const now = await used();
    perBatch.push(Math.round((now - before) / N));
    before = now;
  }
  if (batches) console.log(`JSHeapUsedSize per cycle, ${batches} batches of ${N}: ${perBatch.join(', ')} B`);
  const a = await snapshot();
  await page.evaluate((n) => window.harness.cycles(n), N);
  const b = await snapshot();
  const parse = ({ snap }) => {
    const { meta } = snap.snapshot;
    const nf = meta.node_fields.length;
    const [types] = meta.node_types;
    const ef = meta.edge_fields.length;
    const edgeTypes = meta.edge_types[0];
    const { nodes, edges, strings } = snap;
    const nodeList = [];
    let e = 0;
    for (let i = 0; i < nodes.length; i += nf) {
      const n = {
        type: types[nodes[i]],
        name: strings[nodes[i + 1]],
        id: nodes[i + 2],
        size: nodes[i + 3],
        edges: [],
      };
      for (let k = 0; k < nodes[i + 4]; k++, e += ef)
        n.edges.push({
          type: edgeTypes[edges[e]],
          name: edges[e + 1],
          to: edges[e + 2] / nf,
        });
      nodeList.push(n);
    }
    return nodeList;
  };
  const na = parse(a);
  const nb = parse(b);
  const ids = new Set(na.map((n) => n.id));
  const groups = new Map();
  let total = 0;
  // V8 objects only (what JSHeapUsedSize counts): Blink's native style caches and compiled code are left out.
  const js = (n) => !['native', 'code', 'hidden', 'synthetic'].includes(n.type);
  for (const n of nb)
    if (!ids.has(n.id) && js(n)) {
      const key = `${n.type}:${n.type == 'string' || n.type == 'concatenated string' ? '' : n.name.slice(0, 60)}`;
      const g = groups.get(key) ?? { count: 0, size: 0, sample: n };
      g.count++;
      g.size += n.size;
      groups.set(key, g);
      total += n.size;
    }
  const heapA = na.reduce((s, n) => s + n.size, 0);
  const heapB = nb.reduce((s, n) => s + n.size, 0);
  console.log(
    `heap ${heapA} → ${heapB}: ${((heapB - heapA) / N).toFixed(1)} B/cycle; new JS objects ${(total / N).toFixed(1)} B/cycle; nodes ${b.counters.nodes - a.counters.nodes}, listeners ${b.counters.jsEventListeners - a.counters.jsEventListeners}`,
  );
  // Who holds each new object (the first retainer chain, up to 8 steps).
  const retainers = new Map();
  nb.forEach((n, i) =>
    n.edges.forEach((ed) => {
      if (ed.type == 'weak') return;
      (retainers.get(ed.to) ?? retainers.set(ed.to, []).get(ed.to)).push([i, ed]);
    }),
  );
  const index = new Map(nb.map((n, i) => [n, i]));
  const path = (n) => {
    const out = [];
    let i = index.get(n);
    const seen = new Set();
    for (let k = 0; k < 8; k++) {
      const r = (retainers.get(i) ?? []).find(([j]) => !seen.has(j));
      if (!r) break;
      seen.add(r[0]);
      const [j, ed] = r;
      const name = typeof ed.name == 'number' ? `[${ed.name}]` : b.snap.strings[ed.name];
      out.push(`${nb[j].name.slice(0, 30)}.${ed.type == 'element' ? `[${ed.name}]` : name}`);
      i = j;
    }
    return out.join(' ← ');
  };
  for (const [key, g] of [...groups].sort((x, y) => y[1].size - x[1].size).slice(0, 25))
    console.log(
      `${(g.count / N).toFixed(2).padStart(6)}/cycle ${String(g.size).padStart(8)} B  ${key}\n          ${path(g.sample)}`,
    );
} finally {
  await browser.close();
  server.close();
}
