// Imports every public entry where there is no DOM, as servers, edge runtimes and SSR frameworks do, under every
// export condition that picks a different file, and checks createWaymark() there is a quiet, working instance:
// - Node as it is, and Node with `--conditions=browser` / `--conditions=worker` (the package resolved by its name,
//   through package.json "exports");
// - an edge-runtime bundle (esbuild with the worker/browser conditions and no `node`, as Cloudflare, Vercel Edge and
//   Next.js middleware build), run in Node without a DOM.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entries = Object.keys(pkg.exports)
  .filter((key) => !/\.json$|^\.\/(global|bundle)$/.test(key))
  .map((key) => pkg.name + key.slice(1));

// The program each run executes: import everything, then use an instance like a server-rendered page would.
const program = `
const errors = [];
for (const m of ['error', 'warn', 'log']) console[m] = (...args) => errors.push(m + ': ' + args.join(' '));
const entries = ${JSON.stringify(entries)};
const modules = await Promise.all(entries.map((e) => import(e)));
const { createWaymark } = modules[0];
const guides = { schemaVersion: 1, tours: [{ id: 't', steps: [{ id: 's', title: 'S' }] }],
  checklists: [{ id: 'c', title: 'C', items: [{ id: 'i', title: 'I', completeWhen: { event: 'x' } }] }],
  hints: [{ id: 'h', target: '#x', title: 'H' }], chat: { provider: 'custom', launcher: 'bottom-right' } };
const waymark = createWaymark({ guides, userId: 'u' });
waymark.track('x');
if (!waymark.start('t')) throw new Error('start() answered false on the server');
await waymark.ready;
waymark.destroy();
if (typeof document != 'undefined') throw new Error('a DOM global leaked');
if (errors.length) throw new Error('logged on the server:\\n' + errors.join('\\n'));
process.stdout.write(entries.length + ' entries');
`;

const dir = mkdtempSync(join(tmpdir(), 'waymark-ssr-'));
let failed = false;
const report = (name, result) => {
  const ok = result.status === 0;
  failed ||= !ok;
  console.log(
    `${ok ? '✓' : '✗'} ${name}: ${ok ? result.stdout.toString().trim() : result.stderr.toString().trim().split('\n').slice(0, 8).join('\n  ')}`,
  );
};
try {
  // The package by its name, as an app's server imports it.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', pkg.name), 'dir');
  writeFileSync(join(dir, 'check.mjs'), program);
  for (const conditions of [[], ['browser'], ['worker'], ['browser', 'worker']]) {
    const flags = conditions.map((c) => `--conditions=${c}`);
    report(
      `node ${flags.join(' ') || '(default conditions)'}`,
      spawnSync(process.execPath, [...flags, 'check.mjs'], { cwd: dir }),
    );
  }
  // Edge runtimes: bundled without the `node` condition, run where there is no DOM.
  for (const conditions of [
    ['worker', 'browser'],
    ['edge-light', 'worker', 'browser'],
    ['workerd', 'worker', 'browser'],
  ]) {
    const out = join(dir, `edge-${conditions[0]}.mjs`);
    await build({
      stdin: { contents: program, resolveDir: dir, sourcefile: 'check.mjs', loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions,
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: out,
      logLevel: 'error',
    });
    report(
      `bundle for an edge runtime (conditions: ${conditions.join(', ')})`,
      spawnSync(process.execPath, [out], { cwd: dir }),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log('SSR import ok under every condition');
