// What Waymark adds to each framework example's production build: every example is built twice, as it is and with
// its binding (`waymark/react`, `/vue`, `/svelte`, `/angular`) replaced by a do-nothing stub of the same API, and both
// are opened in Chromium. Reported per build: the gzip bytes of the JavaScript the page loaded (initial and lazy
// chunks the guide document needs) and of all JavaScript emitted. The difference is Waymark's cost in that app.
// Usage: node scripts/examples-size.mjs [react|vue|svelte|next|angular ...]   (after examples-check has installed)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const examples = fileURLToPath(new URL('../examples', import.meta.url));
const stubs = {
  react: `export const WaymarkProvider = ({ children }) => children;
export const useWaymark = () => null;
export const useWaymarkEvent = () => {};`,
  vue: `export const WaymarkPlugin = { install() {} };
export const useWaymark = () => ({ start() {}, track() {} });
export const useWaymarkEvent = () => {};
export const isCustomElement = (tag) => tag.startsWith('wm-');`,
  svelte: `export const setWaymark = () => ({ start() {} });
export const waymarkEvent = () => {};
export const track = () => ({});`,
  angular: `import { makeEnvironmentProviders } from '@angular/core';
import type { WaymarkOptions } from 'waymark';
export const provideWaymark = (_options: WaymarkOptions) => makeEnvironmentProviders([]);
export const injectWaymark = () => ({ start(_id: string) {}, track(_name: string) {}, on(_type: string, _fn: () => void) { return () => {}; } });`,
};
const apps = {
  react: { binding: 'react', out: 'dist', vite: true },
  vue: { binding: 'vue', out: 'dist', vite: true },
  svelte: { binding: 'svelte', out: 'dist', vite: true },
  next: { binding: 'react', out: 'out' },
  angular: { binding: 'angular', out: 'dist/browser' },
};
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(apps);
const env = { ...process.env, NG_CLI_ANALYTICS: 'false', NEXT_TELEMETRY_DISABLED: '1' };
const sh = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} in ${cwd} failed:\n${r.stdout}${r.stderr}`);
};

/** A copy of the example (beside it, so it resolves examples/node_modules) whose binding import is the stub. */
function withoutWaymark(name) {
  const app = apps[name];
  const dir = join(examples, `.size-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(examples, name), dir, {
    recursive: true,
    filter: (f) => !/[\\/](node_modules|dist|out|\.next|\.angular)$/.test(f),
  });
  const ext = name == 'angular' ? 'ts' : 'js';
  writeFileSync(join(dir, `waymark-stub.${ext}`), stubs[app.binding]);
  if (app.vite) {
    const config = join(dir, 'vite.config.ts');
    const text = readFileSync(config, 'utf8').replace(
      'resolve: {',
      `resolve: { alias: { 'waymark/${app.binding}': '${join(dir, 'waymark-stub.js')}' },`,
    );
    writeFileSync(config, text);
    sh('npx', ['vite', 'build', '--logLevel', 'error'], dir);
  } else if (name == 'next') {
    const config = join(dir, 'next.config.mjs');
    const text = readFileSync(config, 'utf8').replace(
      'turbopack: { root },',
      `turbopack: { root, resolveAlias: { 'waymark/react': './waymark-stub.js' } }, typescript: { ignoreBuildErrors: true },`,
    );
    writeFileSync(config, text);
    sh('npx', ['next', 'build'], dir);
  } else {
    const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
    tsconfig.compilerOptions.paths = { 'waymark/angular': ['./waymark-stub.ts'] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    sh('npx', ['ng', 'build'], dir);
  }
  return dir;
}

const gz = (file) => gzipSync(readFileSync(file)).length;
const allJs = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith('.js') && statSync(f).isFile());

/** Open the built site; return the gzip bytes of the JS the page loaded. */
async function loaded(browser, dir) {
  const server = createServer((req, res) => {
    let file = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type':
        { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' }[extname(file)] ??
        'application/octet-stream',
    });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const page = await browser.newPage();
  const files = new Set();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) files.add(join(dir, decodeURIComponent(path)));
  });
  // A production hostname: on localhost / 127.* Waymark also loads its validator (development checks).
  await page.goto(`http://app.example:${server.address().port}/`, { waitUntil: 'networkidle' });
  // With Waymark: wait until the placed checklist is drawn (its feature chunk loaded); without, it never is.
  await page
    .locator('wm-checklist')
    .getByRole('button')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => {});
  await page.waitForTimeout(500);
  await page.close();
  await new Promise((r) => server.close(r));
  return [...files].reduce((n, f) => n + gz(f), 0);
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP app.example 127.0.0.1'],
});
try {
  console.log('example  | JS loaded, with → without (added) | all JS emitted, with → without (added)   [gzip]');
  for (const name of names) {
    const withDir = join(examples, name, apps[name].out);
    if (!existsSync(withDir)) sh('npm', ['run', 'build', '--workspace', name], examples);
    const bare = join(withoutWaymark(name), apps[name].out);
    const [a, b] = [await loaded(browser, withDir), await loaded(browser, bare)];
    const [c, d] = [allJs(withDir), allJs(bare)].map((fs) => fs.reduce((n, f) => n + gz(f), 0));
    console.log(`${name.padEnd(8)} | ${kB(a)} → ${kB(b)} (+${kB(a - b)}) | ${kB(c)} → ${kB(d)} (+${kB(c - d)})`);
    rmSync(join(examples, `.size-${name}`), { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
