// Shared set-up of the Chromium benchmarks (scripts/bench*.mjs): bundle a page script for production, serve it on
// loopback, open it in Debian's headless Chromium with a CDP session, and hand back metric helpers.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, with a trailing slash. */
export const root = fileURLToPath(new URL('..', import.meta.url));
/** Where results are written. */
export const resultsDir = `${root}bench-results/`;

/**
 * Bundle `entry` (a file path, or `{ contents }` source) minified for production, serve it under `html`, open it
 * and wait until the page sets `document.title = 'ready'`.
 * @returns `{ browser, page, cdp, metrics, close }`; `metrics()` reads CDP Performance metrics by name.
 */
export async function openBench({ entry, html, viewport = { width: 1280, height: 800 }, flags = [] }) {
  mkdirSync(resultsDir, { recursive: true });
  const result = await build({
    ...(typeof entry == 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const script = result.outputFiles[0].contents;
  const page = html.replace('</body>', '<script type="module" src="/bench.js"></script></body>');
  const server = createServer((req, res) => {
    const js = req.url === '/bench.js';
    res.writeHead(js || req.url === '/' ? 200 : 404, { 'content-type': js ? 'text/javascript' : 'text/html' });
    res.end(js ? script : req.url === '/' ? page : '');
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...flags,
    ],
  });
  const tab = await browser.newPage({ viewport });
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => document.title === 'ready');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const close = async () => {
    await browser.close();
    server.close();
  };
  return { browser, page: tab, cdp, metrics, close };
}

/**
 * Per-frame script, layout, style and task cost of `fn`, which runs `frames` animation frames.
 * @param metrics - from {@link openBench}.
 */
export async function frameCost(metrics, fn, frames) {
  const a = await metrics();
  await fn();
  const b = await metrics();
  const d = (k) => +(((b[k] - a[k]) * 1000) / frames).toFixed(3);
  return {
    scriptMsPerFrame: d('ScriptDuration'),
    layoutMsPerFrame: d('LayoutDuration'),
    styleMsPerFrame: d('RecalcStyleDuration'),
    taskMsPerFrame: d('TaskDuration'),
  };
}

/** Write `results` to bench-results/<name>.json and print them. */
export function report(name, results) {
  writeFileSync(`${resultsDir}${name}.json`, JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}
