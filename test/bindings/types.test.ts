// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/**
 * The element types fail an app's type-check on a misspelt or mistyped `wm-*` attribute, in each framework's own
 * checker: tsc for React JSX, vue-tsc for Vue templates (with `strictTemplates`), svelte-check for Svelte markup.
 * Each fixture marks the lines that must fail with a `✗ <name>` comment; every other line must pass.
 */
const root = process.cwd();
const fixtures = join(root, 'test/bindings/types');

const run = (bin: string, args: string[]) =>
  new Promise<string>((resolve) =>
    execFile(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd: root }, (_, stdout, stderr) =>
      resolve(stdout + stderr),
    ),
  );

/** 1-based numbers of the lines marked with a cross in a JSX or HTML comment. */
const marked = (file: string) =>
  readFileSync(join(fixtures, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (/(\{\/\*|<!--) ✗ /.test(line) ? [i + 1] : []));

/** `file:line` of each error in tsc-style (`file(line,col): error TS…`) or svelte-check machine output. */
const errors = (output: string) =>
  [...output.matchAll(/^(?:(\S+)\((\d+),\d+\): error TS\d+|\d+ ERROR "([^"]+)" (\d+):\d+)/gm)].map(
    (m) => `${(m[1] ?? m[3]).split('/').at(-1)}:${m[2] ?? m[4]}`,
  );

it('misspelt or mistyped wm-* attributes fail tsc (React), vue-tsc (Vue) and svelte-check (Svelte); correct ones pass', async () => {
  const [react, vue, svelte] = await Promise.all([
    run('typescript/bin/tsc', ['-p', join(fixtures, 'react'), '--pretty', 'false']),
    run('vue-tsc/bin/vue-tsc.js', ['-p', join(fixtures, 'vue/tsconfig.json'), '--pretty', 'false']),
    run('svelte-check/bin/svelte-check', [
      '--workspace',
      join(fixtures, 'svelte'),
      '--tsconfig',
      './tsconfig.json',
      '--output',
      'machine',
    ]),
  ]);
  expect(errors(react), react).toEqual(marked('react/app.tsx').map((line) => `app.tsx:${line}`));
  expect(errors(vue), vue).toEqual(marked('vue/App.vue').map((line) => `App.vue:${line}`));
  expect(errors(svelte), svelte).toEqual(marked('svelte/App.svelte').map((line) => `App.svelte:${line}`));
  expect(react).toContain("Property 'checklst' does not exist");
  expect(vue).toContain("'checklst' does not exist");
  expect(svelte).toMatch(/checklst.{0,4} does not exist/);
}, 240_000);
