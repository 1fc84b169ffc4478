// The no-build install, checked in Chromium: examples/plain-html (one Waymark <script> tag, guides.json, declarative
// buttons) served as static files, and a page with nothing but the tag and its content. Needs `npm run build`.
// Walks the example-app contract: Start tour → steps, Invite teammate (track) → checklist, chat button → chat log.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { createWalk, launchChromium } from './chromium-walk.mjs';

const root = resolve(import.meta.dirname, '..');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};
// A page with no code at all: the tag starts the welcome tour for a first-time user (data-start).
const bare = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title>
<script src="/dist/waymark.global.js" data-guides="/examples/plain-html/guides.json" data-start="welcome"></script></head>
<body><h1>Bare page</h1><button data-tour="invite">Invite teammate</button><input type="search" aria-label="Search" data-tour="search"></body></html>`;
// A TodoMVC-like page: the natural selector `.toggle-all` matches a 1 px checkbox (seen on the real TodoMVC: the
// development warning about it threw inside the single-file build, an unhandled rejection in the host's console).
const tiny = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Todos</title>
<script src="/dist/waymark.global.js" data-guides="/tiny.json" data-start="todos"></script></head>
<body><main><input id="toggle-all" class="toggle-all" type="checkbox" style="width:1px;height:1px;opacity:0;position:absolute">
<label for="toggle-all">Mark all as complete</label></main></body></html>`;
const tinyGuides = JSON.stringify({
  schemaVersion: 1,
  tours: [
    { id: 'todos', steps: [{ id: 'all', target: '.toggle-all', title: 'Mark all', body: 'Completes every todo.' }] },
  ],
});
const requests = [];
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  requests.push(path);
  if (path == '/favicon.ico') return res.writeHead(204).end();
  if (path == '/bare.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(bare);
  if (path == '/tiny.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(tiny);
  if (path == '/tiny.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(tinyGuides);
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  const body = await readFile(file).catch(() => null);
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const { errors, steps, step, watch } = createWalk();
try {
  const page = watch(await browser.newPage({ viewport: { width: 1280, height: 800 } }));
  const dialog = (name) => page.getByRole('dialog', { name });
  await page.goto(`${base}/examples/plain-html/index.html`);
  await step('window.waymark and window.Waymark exist', async () => {
    const globals = await page.evaluate(() => [typeof window.waymark?.start, typeof window.Waymark?.createWaymark]);
    if (globals.join() != 'function,function') throw new Error(`globals: ${globals}`);
  });
  await step('"Start tour" (data-waymark-start) starts the welcome tour', async () => {
    await page.getByRole('button', { name: 'Start tour' }).click();
    await dialog('Welcome to the example app').waitFor({ timeout: 10000 });
  });
  await step('Next moves to the anchored step', async () => {
    await dialog('Welcome to the example app').getByRole('button', { name: 'Next' }).click();
    await dialog('Invite your team').waitFor();
  });
  await step('clicking "Invite teammate" advances the tour and tracks invite.sent', async () => {
    await page.getByRole('button', { name: 'Invite teammate' }).click();
    await dialog('Find anything').waitFor();
  });
  await step('the tour completes', async () => {
    await dialog('Find anything').getByRole('button', { name: 'Next' }).click();
    await dialog('You are all set').getByRole('button', { name: 'Done' }).click();
    await dialog('You are all set').waitFor({ state: 'detached' });
  });
  await step('the placed checklist (no floating copy) ticks both items after a second invite', async () => {
    await page.getByRole('button', { name: 'Invite teammate' }).click();
    const count = await page.locator('wm-checklist').count();
    if (count != 1) throw new Error(`${count} checklists on the page`);
    await page
      .locator('wm-checklist')
      .getByRole('button', { name: /Getting started/ })
      .click();
    await page.locator('wm-checklist').getByRole('checkbox', { name: 'Invite 2 teammates', checked: true }).waitFor();
    await page
      .locator('wm-checklist')
      .getByRole('checkbox', { name: 'Take the welcome tour', checked: true })
      .waitFor();
  });
  await step('the chat button opens the custom chat with the message', async () => {
    await page.locator('wm-chat-button').getByRole('button', { name: 'Chat with us' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Chat opened: Hi! I need a hand getting started (example-user).' })
      .waitFor();
  });
  const own = requests.filter((p) => p.startsWith('/dist/'));
  await step('one request for the whole library', async () => {
    if (own.length != 1) throw new Error(`requests: ${own.join(', ')}`);
  });

  const bare = await browser.newPage();
  bare.on('pageerror', (e) => errors.push(`bare page error: ${e}`));
  await bare.goto(`${base}/bare.html`);
  await step('a page with only the tag runs its tour (data-start)', async () => {
    await bare.getByRole('dialog', { name: 'Welcome to the example app' }).waitFor({ timeout: 10000 });
    await bare.keyboard.press('ArrowRight');
    await bare.getByRole('dialog', { name: 'Invite your team' }).waitFor();
  });

  const todos = await browser.newPage();
  const warnings = [];
  todos.on('pageerror', (e) => errors.push(`todos page error: ${e}`));
  todos.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
  await todos.goto(`${base}/tiny.html`);
  await step(
    'a 1 px target is pointed at through its label, with a development warning and no page error',
    async () => {
      await todos.getByRole('dialog', { name: 'Mark all' }).waitFor({ timeout: 10000 });
      await todos.waitForTimeout(300);
      if (!warnings.some((w) => /toggle-all/.test(w)))
        throw new Error(`no warning naming the target: ${warnings.join(' | ')}`);
    },
  );
} finally {
  await browser.close();
  server.close();
}
console.log(steps.join('\n'));
if (errors.length) {
  console.error(`plain-html check failed:\n- ${errors.join('\n- ')}`);
  process.exit(1);
}
console.log('plain-html: the single <script> install works in Chromium');
