// What an app's production build of the package contains: no Lit dev-mode warning, no `process` reference left for
// the browser (nanostores reads process.env.NODE_ENV: bundlers replace it), and the single-file builds stand alone
// (no import, no `process`, Lit in production mode). Prints the sizes. Run after the build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'waymark-bundle-'));
const problems = [];
const kb = (text) =>
  `${(text.length / 1024).toFixed(1)} kB, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} kB gzip`;
try {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'waymark'), 'dir');
  const result = await build({
    stdin: {
      contents: "import { createWaymark } from 'waymark'; import 'waymark/elements'; window.w = createWaymark;",
      resolveDir: dir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    outdir: join(dir, 'out'),
    splitting: true,
    logLevel: 'error',
  });
  const app = result.outputFiles.map((f) => f.text).join('\n');
  if (app.includes('Lit is in dev mode')) problems.push('an app production bundle contains the Lit dev-mode warning');
  console.log(`app production bundle (esbuild, waymark + waymark/elements, all chunks): ${kb(app)}`);
  for (const file of ['waymark.global.js', 'waymark.bundle.js']) {
    const text = readFileSync(join(root, 'dist', file), 'utf8');
    if (text.includes('Lit is in dev mode')) problems.push(`${file}: Lit in dev mode`);
    if (/\bprocess\.env\b/.test(text)) problems.push(`${file}: refers to process.env`);
    if (/\bimport\s*\(|^import\s|\bimport\s*[{*]/m.test(text.replace(/import\.meta\.url/g, '')))
      problems.push(`${file}: imports another file`);
    console.log(`${file}: ${kb(text)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
