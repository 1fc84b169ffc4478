// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const frameworks = { react: 'react', vue: 'vue', svelte: 'svelte', angular: '@angular/core' } as const;

it('no module outside src/bindings imports a binding or a framework, so apps that do not use them pay nothing', () => {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.startsWith('bindings'),
  );
  const offenders = files.filter((f) =>
    /from '(?:[./]+\/bindings\/|react|vue|svelte|@angular\/)/.test(readFileSync(join(root, 'src', f), 'utf8')),
  );
  expect(offenders).toEqual([]);
});

it.each(Object.entries(frameworks))(
  'waymark/%s is a subpath entry whose framework is an optional peer dependency',
  (entry, peer) => {
    // Browsers get the build with the main entry's chunks; servers and workers the server build, like every entry.
    const server = `./dist/server/${entry}.js`;
    expect(pkg.exports[`./${entry}`]).toEqual({
      types: `./dist/${entry}.d.ts`,
      ...Object.fromEntries(
        ['node', 'worker', 'workerd', 'edge-light', 'deno'].map((condition) => [condition, server]),
      ),
      default: `./dist/${entry}.js`,
    });
    expect(pkg.peerDependencies[peer]).toBeTruthy();
    expect(pkg.peerDependenciesMeta[peer]).toEqual({ optional: true });
    expect(pkg.dependencies?.[peer]).toBeUndefined();
    // Its size budget counts only its own code: the framework and the runtime (./index.js) are not counted.
    expect(pkg['size-limit']).toContainEqual(
      expect.objectContaining({ path: `dist/${entry}.js`, ignore: [peer, './index.js'], limit: '1 kB' }),
    );
  },
);
