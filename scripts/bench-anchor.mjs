// Prototype measurement (see bench/prototypes/anchored-step.ts): per-frame cost of scrolling the benchmark page
// (bench/compare/page.mjs) and its scroll container with (a) nothing open, (b) a step placed by CSS anchor
// positioning with an anchored box-shadow hole, (c) `fui`: the same bubble placed by Floating UI's autoUpdate +
// computePosition, (d) `floating`: (c) plus the SVG-path spotlight rewritten on every update (what wm-popover +
// wm-spotlight do).
// Also checks that the anchored bubble really sits next to its target after scrolling. Usage: node scripts/bench-anchor.mjs
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { writeFileSync, mkdirSync } from 'node:fs';
import { root, resultsDir } from './bench-harness.mjs';
import { pageHtml } from '../bench/compare/page.mjs';

const entry = `
import { anchoredStep, supportsAnchoredPopover } from './bench/prototypes/anchored-step.ts';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { spotlightPath } from './src/dom/spotlight-path.ts';
const frame = () => new Promise((r) => requestAnimationFrame(r));
let close;
function floating(target, text, withPath) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>[popover]{margin:0;padding:0;border:0;inset:auto;position:fixed;overflow:visible}.b{padding:16px;background:#fff;max-width:320px;font:14px/1.5 system-ui}.s{inset:0}</style><div class=s popover=manual><svg width=100% height=100%><path fill-rule=evenodd fill="rgb(0 0 0/.5)"></path></svg></div><div class=b popover=manual role=dialog></div>';
  document.body.append(host);
  const [spot, b] = root.querySelectorAll('[popover]');
  b.textContent = text;
  spot.showPopover(); b.showPopover();
  const path = root.querySelector('path');
  const stop = autoUpdate(target, b, () => computePosition(target, b, { strategy: 'fixed', middleware: [offset(10), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
    Object.assign(b.style, { left: x + 'px', top: y + 'px' });
    if (withPath) path.setAttribute('d', spotlightPath({ width: innerWidth, height: innerHeight }, target.getBoundingClientRect(), 8, 6));
  }));
  return () => { stop(); host.remove(); };
}
window.proto = {
  supports: supportsAnchoredPopover,
  async open(kind, where) {
    close?.(); close = undefined;
    scrollTo({ top: 0, behavior: 'instant' }); document.querySelector('#scroller').scrollTo({ top: 0, behavior: 'instant' });
    const target = document.querySelector(where == 'page' ? '#first' : '#inner-target');
    if (kind == 'anchor') close = anchoredStep(target, 'An anchored step');
    if (kind == 'floating' || kind == 'fui') close = floating(target, 'A Floating UI step', kind == 'floating');
    for (let i = 0; i < 3; i++) await frame();
  },
  async scroll(which, n) {
    const el = which == 'window' ? window : document.querySelector('#scroller');
    for (let i = 0; i < n; i++) { el.scrollBy({ top: i % 60 < 30 ? 20 : -20, behavior: 'instant' }); await frame(); }
  },
  gap(where) {
    const t = document.querySelector(where == 'page' ? '#first' : '#inner-target').getBoundingClientRect();
    const host = document.body.lastElementChild.shadowRoot;
    const b = host.querySelector('[role=dialog]').getBoundingClientRect();
    const hole = host.querySelector('.hole')?.getBoundingClientRect();
    return { bubbleTopMinusTargetBottom: Math.round(b.top - t.bottom), bubbleLeftMinusTargetLeft: Math.round(b.left - t.left), holeTopMinusTargetTop: hole && Math.round(hole.top - t.top) };
  },
};
document.title = 'ready';
`;
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const script = out.outputFiles[0].contents;
const server = createServer((req, res) => {
  if (req.url == '/p.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  res
    .writeHead(200, { 'content-type': 'text/html' })
    .end(pageHtml({ body: '<script type="module" src="/p.js"></script>' }));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const results = { chromium: browser.version() };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.title == 'ready');
  results.supported = await page.evaluate(() => window.proto.supports());
  const FRAMES = 240;
  const cost = async (which) => {
    const a = await metrics();
    await page.evaluate(([w, n]) => window.proto.scroll(w, n), [which, FRAMES]);
    const b = await metrics();
    const d = (k) => ((b[k] - a[k]) * 1000) / FRAMES;
    return {
      script: +d('ScriptDuration').toFixed(3),
      layout: +d('LayoutDuration').toFixed(3),
      style: +d('RecalcStyleDuration').toFixed(3),
      total: +(d('ScriptDuration') + d('LayoutDuration') + d('RecalcStyleDuration')).toFixed(3),
    };
  };
  for (const [where, which] of [
    ['page', 'window'],
    ['inner', 'scroller'],
  ])
    for (const kind of ['none', 'anchor', 'fui', 'floating', 'none', 'anchor', 'fui', 'floating']) {
      await page.evaluate(([k, w]) => window.proto.open(k, w), [kind, where]);
      await cost(which);
      (results[`${where}_${kind}`] ??= []).push(await cost(which));
      if (kind == 'anchor') {
        await page.evaluate(([w, n]) => window.proto.scroll(w, n), [which, 17]);
        results[`${where}_anchor_gap_after_scroll`] = await page.evaluate((w) => window.proto.gap(w), where);
      }
    }
} finally {
  await browser.close();
  server.close();
}
mkdirSync(resultsDir, { recursive: true });
writeFileSync(`${resultsDir}anchor.json`, JSON.stringify(results, null, 2));
console.log(JSON.stringify(results, null, 1));
