// Builds Storybook and opens every story in headless Chromium: each must define its elements, render something
// and raise no page or console error. (A successful `storybook build` alone proves nothing: a story can build
// and still throw in the browser.) Usage: node scripts/storybook-check.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const out = join(process.env.TMPDIR ?? '/tmp', 'waymark-storybook-check');
if (!process.argv.includes('--no-build')) {
  const r = spawnSync('npx', ['storybook', 'build', '-o', out, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const path = join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(out) || !existsSync(path)) return res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;
const stories = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries).filter(
  (e) => e.type === 'story',
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && !/favicon/.test(r.url()) && errors.push(`${r.status()} ${r.url()}`));
  for (const story of stories) {
    errors = [];
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page
      .waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount, null, { timeout: 10000 })
      .catch(() => errors.push('nothing rendered'));
    await page.waitForTimeout(300);
    const undefinedTags = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((e) => e.localName)
        .filter((t) => t.startsWith('wm-') && !customElements.get(t)),
    );
    if (undefinedTags.length) errors.push(`undefined elements: ${[...new Set(undefinedTags)].join(', ')}`);
    if (errors.length) failures.push(`${story.id}: ${errors.join(' | ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.log(`✗ ${f}`);
console.log(`storybook: ${stories.length - failures.length} of ${stories.length} stories render without errors`);
process.exit(failures.length ? 1 : 0);
