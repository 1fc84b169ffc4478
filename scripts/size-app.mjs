// The size budget size-limit cannot measure: what a tours-only app downloads before the first step when the app is
// code-split (as every app with lazy features is). size-limit bundles one file, where unused modules are dropped;
// a code-split bundler instead assigns every module an entry reaches to that entry's chunks, used or not, so a
// module re-exported from `waymark` but only used by lazy features lands in the first download. This bundles the
// benchmark's app (bench/compare/apps/waymark.ts: `import { createWaymark } from 'waymark'`) with esbuild
// (minified, code-split ESM), follows the static imports from the entry, and checks the sum of each file's gzip
// size against the limit of every size-limit entry in package.json whose name starts with "tours-only app" (bare
// package names in its `ignore`, e.g. `@floating-ui/dom` for the anchor-positioning model, are left out).
// Usage: npm run size (after npm run build). `node scripts/size-app.mjs --modules` also prints, per module, its
// share of the first download (its minified bytes times its file's gzip ratio) and the lazy chunks; with `--src`
// the app is bundled from src/ (per source module; Lit templates keep their whitespace, so ~1% heavier).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = process.argv.includes('--modules');
const src = process.argv.includes('--src');
const entries = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))['size-limit'].filter((e) =>
  e.name.startsWith('tours-only app'),
);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const short = (path) =>
  path
    .replace(/^.*node_modules\//, '')
    .replace(/^dist\//, 'waymark/dist/')
    .replace(/^src\//, '');

let failed = false;
for (const entry of entries) {
  const limit = parseFloat(entry.limit) * (/kB/.test(entry.limit) ? 1000 : 1);
  const result = await build({
    entryPoints: { app: `${root}bench/compare/apps/waymark.ts` },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: '/dev/null/out',
    write: false,
    metafile: true,
    conditions: ['production'],
    alias: { waymark: src ? `${root}src/index.ts` : `${root}dist/index.js` },
    external: (entry.ignore ?? []).filter((p) => !p.startsWith('.')),
    logOverride: { 'ignored-bare-import': 'silent' },
    logLevel: 'error',
  });
  const files = Object.fromEntries(
    result.outputFiles.map((f) => [f.path.slice(f.path.indexOf('/out/') + 5), f.contents]),
  );
  const outputs = Object.fromEntries(
    Object.entries(result.metafile.outputs).map(([k, v]) => [k.slice(k.indexOf('/out/') + 5), v]),
  );
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !outputs[file]) return;
    seen.add(file);
    for (const i of outputs[file].imports)
      if (i.kind != 'dynamic-import') visit(i.path.slice(i.path.indexOf('/out/') + 5));
  };
  visit('app.js');
  const size = [...seen].reduce((sum, f) => sum + gzip(files[f]), 0);
  const ok = size <= limit;
  failed ||= !ok && !src; // --src is for reading: the budgets are for the built package
  console.log(
    `\n  ${entry.name}, code-split as an app bundles it (${seen.size} files before the first step)\n  ${ok ? '' : 'Package size limit has exceeded\n  '}Size limit: ${entry.limit}\n  Size:       ${(size / 1000).toFixed(2)} kB gzipped, sum of the files\n`,
  );
  if (!modules) continue;
  const rows = [...seen].flatMap((f) => {
    const ratio = gzip(files[f]) / files[f].length;
    return Object.entries(outputs[f].inputs)
      .filter(([, v]) => v.bytesInOutput)
      .map(([m, v]) => [short(m), v.bytesInOutput, Math.round(v.bytesInOutput * ratio), f]);
  });
  rows.sort((a, b) => b[2] - a[2]);
  console.log('  gzip share  minified  module (file)');
  for (const [m, raw, gz, f] of rows)
    console.log(`  ${String(gz).padStart(10)}  ${String(raw).padStart(8)}  ${m} (${f})`);
  console.log(
    '\n  lazy files (gzip): ' +
      Object.keys(outputs)
        .filter((f) => !seen.has(f) && f.endsWith('.js'))
        .map((f) => `${f} ${gzip(files[f])}`)
        .join(', '),
  );
}
process.exit(failed ? 1 : 0);
