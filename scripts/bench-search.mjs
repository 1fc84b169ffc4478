// The help centre's search, measured against the well-kept client-side libraries on the demo's help centre:
// bytes an app downloads for it (esbuild, minified, gzip), top-1 / top-3 accuracy on real-typo queries
// (test/core/help/search-queries.ts), false hits on queries that should find nothing, index build and query time.
// The libraries are devDependencies of bench/search only (installed here when missing).
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const libs = join(root, 'bench/search');
if (!existsSync(join(libs, 'node_modules'))) {
  console.error('bench-search: installing MiniSearch and Fuse.js into bench/search/node_modules');
  execSync('npm ci --no-audit --no-fund', { cwd: libs, stdio: 'inherit' });
}

const engines = {
  waymark: `import { createSearchIndex } from '${root}/src/core/help/search-index.ts';
    export const make = (docs) => { const i = createSearchIndex(docs.map((d) => ({ id: d.id, fields: { title: d.title, tags: d.tags, body: d.body } })), { weights: { title: 3, tags: 2, body: 1 } }); return (q) => i.search(q).map((r) => r.id); };`,
  minisearch: `import MiniSearch from 'minisearch';
    export const make = (docs) => { const m = new MiniSearch({ fields: ['title', 'tags', 'body'], searchOptions: { boost: { title: 3, tags: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' } });
      m.addAll(docs.map((d) => ({ ...d, tags: (d.tags ?? []).join(' ') }))); return (q) => m.search(q).map((r) => r.id); };`,
  'fuse.js': `import Fuse from 'fuse.js';
    export const make = (docs) => { const f = new Fuse(docs, { keys: [{ name: 'title', weight: 3 }, { name: 'tags', weight: 2 }, { name: 'body', weight: 1 }], ignoreLocation: true, threshold: 0.4 });
      return (q) => f.search(q).map((r) => r.item.id); };`,
};

const dir = mkdtempSync(join(tmpdir(), 'wm-search-'));
const { articles } = JSON.parse(readFileSync(join(root, 'examples/vanilla/guides/help.json'), 'utf8')).helpCenter;
const { queries, noResults } = await import(
  'data:text/javascript,' +
    encodeURIComponent(
      (await build({ entryPoints: [join(root, 'test/core/help/search-queries.ts')], write: false, format: 'esm' }))
        .outputFiles[0].text,
    )
);
const rows = [];
for (const [name, source] of Object.entries(engines)) {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, source);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    nodePaths: [join(libs, 'node_modules')],
  });
  const code = out.outputFiles[0].contents;
  const file = join(dir, `${name}.out.mjs`);
  writeFileSync(file, code);
  const { make } = await import(file);
  let t = performance.now();
  let search;
  for (let i = 0; i < 20; i++) search = make(articles);
  const buildMs = (performance.now() - t) / 20;
  let top1 = 0;
  let top3 = 0;
  const misses = [];
  t = performance.now();
  for (const [query, expected] of queries) {
    const ids = search(query);
    if (ids[0] === expected) top1++;
    else misses.push(`${query} → ${ids[0] ?? '(nothing)'}`);
    if (ids.slice(0, 3).includes(expected)) top3++;
  }
  const queryMs = (performance.now() - t) / queries.length;
  const falseHits = noResults.filter((q) => search(q).length).length;
  rows.push({
    engine: name,
    'gzip (B)': gzipSync(code, { level: 9 }).length,
    'top-1': `${top1}/${queries.length}`,
    'top-3': `${top3}/${queries.length}`,
    'hits for no-answer queries': `${falseHits}/${noResults.length}`,
    'build (ms)': buildMs.toFixed(2),
    'query (ms)': queryMs.toFixed(3),
    misses: misses.join('; '),
  });
}
rmSync(dir, { recursive: true, force: true });
console.table(rows);
