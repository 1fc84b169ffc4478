// The size budget size-limit cannot measure: what a tours-only app downloads before the first step when the app is
// code-split (as every app with lazy features is). size-limit bundles one file, where unused modules are dropped;
// a code-split bundler instead assigns every module an entry reaches to that entry's chunks, used or not, so a
// module re-exported from `waymark` but only used by lazy features lands in the first download. This bundles the
// benchmark's app (bench/compare/apps/waymark.ts: `import { createWaymark } from 'waymark'`) with esbuild
// (minified, code-split ESM), follows the static imports from the entry, and checks the sum of each file's gzip
// size against the limit of the size-limit entry whose name starts with "tours-only app" in package.json.
// Usage: npm run size (after npm run build).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))['size-limit'].find((e) =>
  e.name.startsWith('tours-only app'),
);
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
  alias: { waymark: `${root}dist/index.js` },
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
const size = [...seen].reduce((sum, f) => sum + gzipSync(files[f], { level: 9 }).length, 0);
const ok = size <= limit;
console.log(
  `\n  ${entry.name}, code-split as an app bundles it (${seen.size} files before the first step)\n  ${ok ? '' : 'Package size limit has exceeded\n  '}Size limit: ${entry.limit}\n  Size:       ${(size / 1000).toFixed(2)} kB gzipped, sum of the files\n`,
);
process.exit(ok ? 0 : 1);
