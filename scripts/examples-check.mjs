// The framework examples, checked the way a person would use them: build each app with its framework's own
// production build (which type-checks it), serve the output on 127.0.0.1, and walk the page in headless Chromium —
// start the tour, take it with the keyboard and the real "Invite teammate" click, see the placed checklist count the
// tour and the invites, see the hint beacon, press the chat button. Any page error, console error or Lit dev-mode
// warning fails the example. Prints one line per example and exits non-zero on any failure.
//
// Usage: node scripts/examples-check.mjs [react|vue|svelte|next|angular|plain-html ...] [--no-build]
// Needs the package built (npm run build). Installs examples/ (npm ci --prefix examples) when it is not installed.
import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium-walk.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');

/** Each example: how it is built and which folder holds the built site. */
const apps = {
  react: { out: 'react/dist', heading: /React/ },
  vue: { out: 'vue/dist', heading: /Vue/ },
  svelte: { out: 'svelte/dist', heading: /Svelte/ },
  next: { out: 'next/out', heading: /Next\.js/ }, // static export (output: 'export')
  angular: { out: 'angular/dist/browser', heading: /Angular/ },
  // Built by the package itself (dist/): the repository is served so the page reaches ../../dist and ../shared.
  'plain-html': { build: false, serve: '..', path: '/examples/plain-html/', heading: /./ },
};

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const sync = !args.includes('--no-sync'); // keep the installed waymark copy as it is
const asked = args.filter((a) => !a.startsWith('--'));
for (const name of asked)
  if (!apps[name]) throw new Error(`unknown example "${name}" (one of: ${Object.keys(apps).join(', ')})`);
const names = (asked.length ? asked : Object.keys(apps)).filter((n) => existsSync(join(examples, n)));

const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const sh = (cmd, cmdArgs, cwd) => {
  const r = spawnSync(cmd, cmdArgs, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false', NEXT_TELEMETRY_DISABLED: '1' },
  });
  return { ok: r.status === 0, log: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
};

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('examples: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

// One shared install for every example. `waymark` is installed from file:../.. as a copy of its published files
// (examples/.npmrc: install-links), so an existing install gets the freshly built files copied over it.
if (names.some((n) => apps[n].build !== false)) {
  // npm writes node_modules/.package-lock.json at the end of a full install; a folder without it is not one.
  if (!existsSync(join(examples, 'node_modules/.package-lock.json'))) {
    const t0 = performance.now();
    const r = sh('npm', ['ci', '--prefix', examples, '--no-audit', '--no-fund'], root);
    console.log(`${r.ok ? '✓' : '✗'} examples: npm ci (${seconds(t0)})`);
    if (!r.ok) {
      console.log(r.log);
      process.exit(1);
    }
  } else if (sync) {
    const lock = JSON.parse(readFileSync(join(examples, 'package-lock.json'), 'utf8'));
    const locked = lock.packages['node_modules/waymark']?.dependencies ?? {};
    const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {};
    if (JSON.stringify(locked) !== JSON.stringify(wanted))
      console.log(
        "examples: the package's dependencies changed since examples/package-lock.json was written; refresh it: delete\n" +
          '  its "node_modules/waymark" entry and examples/node_modules/waymark, then run `npm install --prefix examples`',
      );
    const installed = join(examples, 'node_modules/waymark');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const f of ['package.json', ...pkg.files]) {
      rmSync(join(installed, f), { recursive: true, force: true });
      if (existsSync(join(root, f))) cpSync(join(root, f), join(installed, f), { recursive: true });
    }
  }
}

/** A static file server for a built site on a free port. */
async function serve(dir) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.ico': 'image/x-icon',
    '.txt': 'text/plain',
    '.woff2': 'font/woff2',
    '.png': 'image/png',
  };
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && existsSync(`${file}.html`)) file += '.html'; // Next's static export: /page → page.html
    if (!existsSync(file)) return res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end(); // no icon: not an error
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Walk one example page as a user would; returns the problems found. */
async function walk(browser, url, heading) {
  const problems = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${String(e).split('\n')[0]}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    else if (/Lit is in dev mode/i.test(m.text())) problems.push('Lit dev-mode warning in a production build');
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} for ${r.url()}`));
  page.setDefaultTimeout(10_000);
  const step = async (what, fn) => {
    if (problems.length) return;
    try {
      await fn();
    } catch (error) {
      problems.push(`${what}: ${String(error.message ?? error).split('\n')[0]}`);
    }
  };
  const dialog = (title) => page.getByRole('dialog', { name: title });
  const checklist = page.locator('wm-checklist');
  const checkbox = (title) => checklist.getByRole('checkbox', { name: title });
  try {
    await page.goto(url);
    await step('the page names its framework', () => page.getByRole('heading', { level: 1, name: heading }).waitFor());
    await step('"Start tour" opens the tour', async () => {
      await page.getByRole('button', { name: 'Start tour', exact: true }).click();
      await dialog('Welcome to the example app').waitFor();
    });
    await step('the keyboard moves to the next step', async () => {
      await page.keyboard.press('ArrowRight');
      await dialog('Invite your team').waitFor();
    });
    await step('clicking "Invite teammate" advances (advanceOn)', async () => {
      await page.getByRole('button', { name: 'Invite teammate', exact: true }).click();
      await dialog('Find anything').waitFor();
    });
    await step('the tour finishes', async () => {
      await page.keyboard.press('ArrowRight');
      await dialog('You are all set').waitFor();
      await dialog('You are all set')
        .getByRole('button', { name: /^(Done|Finish)$/ })
        .click();
      await dialog('You are all set').waitFor({ state: 'detached' });
    });
    await step('the placed checklist counts the tour and one invite (1/2)', async () => {
      const launcher = checklist.getByRole('button', { name: /Getting started/ });
      await launcher.filter({ hasText: '1/2' }).waitFor();
      if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
      await checkbox('Take the welcome tour').and(page.locator('[aria-checked=true]')).waitFor();
      await checkbox('Invite 2 teammates').and(page.locator('[aria-checked=false]')).waitFor();
    });
    await step('a second invite completes the checklist (2/2)', async () => {
      await page.getByRole('button', { name: 'Invite teammate', exact: true }).click();
      await checkbox('Invite 2 teammates').and(page.locator('[aria-checked=true]')).waitFor();
      await checklist
        .getByRole('button', { name: /Getting started/ })
        .filter({ hasText: '2/2' })
        .waitFor();
    });
    await step('the hint beacon is on the search box', () =>
      page.getByRole('button', { name: 'Hint: Search tips' }).waitFor(),
    );
    await step('the placed chat button calls the custom provider', async () => {
      await page.locator('wm-chat-button').getByRole('button', { name: 'Chat with us' }).click();
      await page
        .locator('#chat-log')
        .filter({ hasText: /^Chat opened: Hi! I need a hand getting started \(example-user\)\.$/ })
        .waitFor();
    });
    await page.waitForTimeout(100); // late console messages
  } finally {
    await context.close();
  }
  return problems;
}

const browser = await launchChromium();
let failures = 0;
try {
  for (const name of names) {
    const app = apps[name];
    let problems = [];
    let buildTime = '';
    if (app.build !== false && build) {
      const t0 = performance.now();
      const r = sh('npm', ['run', 'build', '--workspace', name], examples);
      buildTime = `build ${seconds(t0)}, `;
      if (!r.ok) problems.push(`build failed:\n${r.log.trim().split('\n').slice(-40).join('\n')}`);
    }
    const t1 = performance.now();
    if (!problems.length) {
      const site = await serve(join(examples, app.serve ?? app.out));
      try {
        problems = await walk(browser, site.url + (app.path ?? '/'), app.heading);
      } catch (error) {
        problems.push(String(error));
      } finally {
        await site.close();
      }
    }
    const ok = !problems.length;
    if (!ok) failures++;
    console.log(`${ok ? '✓' : '✗'} example ${name} (${buildTime}walk ${seconds(t1)})`);
    for (const p of problems) console.log(`    ${p}`);
  }
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
