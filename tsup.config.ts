import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/** Collapse whitespace in a static piece of an `html`/`svg` template: between tags it goes, elsewhere one space stays. */
const squeezeHtml = (raw: string, first: boolean, last: boolean) => {
  let s = raw.replace(/>\s*\n\s*</g, '><');
  if (first) s = s.replace(/^\s*\n\s*/, '');
  if (last) s = s.replace(/\s*\n\s*$/, '');
  s = s.replace(/\s*\n\s*(\/?>)/g, '$1');
  return s.replace(/\s*\n\s*/g, ' ');
};

/** Collapse whitespace in a static piece of a `css` template (quoted strings are left alone). */
const squeezeCss = (raw: string, first: boolean, last: boolean) =>
  (first ? raw.trimStart() : raw)
    .split(/("[^"\n]*"|'[^'\n]*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[^]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/([{;][\w-]+): /g, '$1:')
            .replace(/;}/g, '}'),
    )
    .join('')
    .replace(last ? /\s+$/ : /$^/, '');

/**
 * Minify the static text of Lit's `html`, `svg` and `css` tagged templates in our sources (bundlers leave template
 * literals as they are). Only whitespace (and CSS comments) is removed, so the rendered DOM and styles do not change.
 */
const minifyTemplates = (): Plugin => ({
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!/\b(html|svg|css)`/.test(source)) return undefined;
      const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
      const edits: [start: number, end: number, text: string][] = [];
      const visit = (node: ts.Node) => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          /^(html|svg|css)$/.test(node.tag.text)
        ) {
          const { template } = node;
          const pieces: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          pieces.forEach((piece, i) => {
            // Each piece's text sits between "`" or "}" and "${" or "`".
            const start = piece.getStart(file) + 1;
            const end = piece.end - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
            const raw = source.slice(start, end);
            const text =
              node.tag.getText(file) == 'css'
                ? squeezeCss(raw, i == 0, i == pieces.length - 1)
                : squeezeHtml(raw, i == 0, i == pieces.length - 1);
            if (text != raw) edits.push([start, end, text]);
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let contents = source;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        contents = contents.slice(0, start) + text + contents.slice(end);
      return { contents, loader: 'ts' };
    });
  },
});

/**
 * The framework bindings (`waymark/react`, …) use the runtime through the main entry: their `../index.js` import is
 * kept as `./index.js` in `dist`, so an app that imports both gets one copy of the runtime and the main entry's
 * chunks stay as they are.
 */
const bindingsUseMainEntry = (): Plugin => ({
  name: 'bindings-use-main-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, ({ importer }) =>
      /[\\/]src[\\/]bindings[\\/]/.test(importer) ? { path: './index.js', external: true } : undefined,
    );
  },
});

const bindings = {
  react: 'src/bindings/react.ts',
  vue: 'src/bindings/vue.ts',
  svelte: 'src/bindings/svelte.ts',
  angular: 'src/bindings/angular.ts',
};

const entries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  validate: 'src/validate/index.ts',
  analytics: 'src/entries/analytics.ts',
  chat: 'src/entries/chat.ts',
  proactive: 'src/entries/proactive.ts',
  elements: 'src/entries/elements.ts',
  studio: 'src/entries/studio.ts',
  ...bindings,
};
// Each lazily loaded feature is an entry of its own, so its chunk has a stable name (`dist/features/<name>.js`) that
// size-limit can leave out of the tour runtime's budget and measure separately.
// Each language's built-in words likewise (`dist/locales/<lang>.js`), fetched only for a user of that language.
const locales = Object.fromEntries(
  readdirSync('src/core/locales')
    .filter((file) => /^[a-z]{2}\.ts$/.test(file))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/core/locales/${file}`]),
);
const features = Object.fromEntries(
  readdirSync('src/features')
    .filter((file) => /^[a-z][\w-]*\.ts$/.test(file) && file != 'index.ts')
    .map((file) => [`features/${file.slice(0, -3)}`, `src/features/${file}`]),
);

// The tour's lazily loaded code for rare steps (routes, highlights, frames, invisible or late targets): an entry of
// its own too, for the same reason (`dist/lazy/tour-extras.js`).
const lazy = { 'lazy/tour-extras': 'src/elements/tour-extras.ts' };

// Lit and its parts, bundled into the server build (their Node builds) and the single-file builds.
const lit = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\//, /^@lit-labs\//];

/**
 * The single-file builds leave the full validator out (with its copy of the schema it would be a third of their
 * weight): the runtime still drops what cannot run, but the messages saying why need `waymark/validate` or the JSON
 * schema in an editor.
 */
const withoutValidator = (): Plugin => ({
  name: 'without-validator',
  setup(build) {
    build.onResolve({ filter: /[\\/]validate[\\/]index\.js$/ }, ({ importer }) =>
      /create-waymark\.ts$/.test(importer) ? { path: 'validate', namespace: 'no-validator' } : undefined,
    );
    // The studio (an authoring tool) stays out of the single-file builds too.
    build.onResolve({ filter: /[\\/]entries[\\/]studio\.js$/ }, ({ importer }) =>
      /create-waymark\.ts$/.test(importer) ? { path: 'studio', namespace: 'no-studio' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-studio' }, () => ({
      contents:
        'export const openStudio = () => console.warn("waymark: the studio needs the ES module build (waymark/studio)");',
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'no-validator' }, () => ({
      contents:
        'export const validateGuide = () => ({ valid: true, issues: [] }); export const formatIssues = () => "";' +
        ' export const formatInvisibleTarget = (e) => `waymark: a target a user cannot see (${e.element}) in ${e.tourId ? "tour " + e.tourId + ", step " + e.stepId : "hint " + e.hintId}`;',
      loader: 'js',
    }));
  },
});

/**
 * Self-contained builds for pages without a bundler: every dependency and every lazy feature inside (an IIFE cannot
 * split into chunks, so the ES module file does not either: one request each), Lit in production mode, and
 * nanostores' `process.env.NODE_ENV` replaced at build time so no `process` shim is needed.
 */
const single = (format: 'iife' | 'esm', entry: string, name: string): Options => ({
  entry: { [name]: entry },
  format: [format],
  platform: 'browser',
  globalName: format == 'iife' ? 'Waymark' : undefined,
  outExtension: () => ({ js: '.js' }),
  noExternal: [/.*/],
  splitting: false,
  dts: false,
  sourcemap: true,
  clean: false,
  minify: true,
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildPlugins: [withoutValidator(), minifyTemplates()],
  esbuildOptions(options) {
    options.conditions = ['browser', 'production', 'module', 'import', 'default'];
  },
});

export default defineConfig([
  {
    entry: { ...entries, ...features, ...lazy, ...locales },
    format: ['esm'],
    // tsup 8.5 injects `baseUrl` into the dts compilerOptions; TS 6 rejects it unless silenced.
    dts: { entry: entries, compilerOptions: { ignoreDeprecations: '6.0' } },
    splitting: true,
    sourcemap: true,
    // `npm run build` empties dist first: the configs below build into it at the same time.
    clean: false,
    minify: false,
    target: 'es2022',
    esbuildPlugins: [minifyTemplates(), bindingsUseMainEntry()],
  },
  // The server build (`dist/server/`), chosen by the `node`, `worker`, `workerd`, `edge-light` and `deno` export
  // conditions: the same entries with Lit's Node build inside (it brings its own minimal DOM shim), so importing
  // never throws where there is no DOM, whatever other conditions a runtime or bundler adds (`browser` in Node, the
  // worker conditions of edge runtimes). createWaymark() there is a quiet, headless instance.
  {
    entry: entries,
    format: ['esm'],
    outDir: 'dist/server',
    platform: 'neutral',
    noExternal: lit,
    splitting: true,
    dts: false,
    esbuildPlugins: [bindingsUseMainEntry()],
    sourcemap: false,
    clean: false,
    minify: false,
    target: 'es2022',
    esbuildOptions(options) {
      options.conditions = ['node', 'import', 'module', 'default'];
      options.mainFields = ['module', 'main'];
    },
  },
  // The `waymark` command line (package.json `bin`): one Node file with the validator inside; playwright-core (for
  // `waymark check`) is loaded only when there, from the app's own dependencies.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    splitting: false,
    dts: false,
    sourcemap: false,
    clean: false,
    minify: false,
    external: ['playwright-core'],
    banner: { js: '#!/usr/bin/env node' },
  },
  single('iife', 'src/entries/global.ts', 'waymark.global'),
  single('esm', 'src/entries/bundle.ts', 'waymark.bundle'),
]);
