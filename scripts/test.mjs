// The whole test suite, as README documents it (`npm test`) and CI runs it (.ci/run).
// Steps: Chromium present → typecheck → lint → unit/dom/browser tests (vitest) → build → package lint → SSR import →
// size budgets → every Storybook story rendered in Chromium → the demo app used in Chromium → each framework example built and walked in Chromium. Prints `N passed, N failed` (vitest tests plus one per check) as its last line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (cmd, args, opts = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status === 0;
};

if (!existsSync(chromium)) {
  const root = process.getuid?.() === 0;
  console.log(
    `Chromium not found at ${chromium}; ${root ? 'installing Debian chromium' : 'run: sudo apt-get install -y chromium'}`,
  );
  if (root) run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
}

let passed = 0;
let failed = 0;
const failures = [];
const check = (name, ok) => {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  console.log(`${ok ? '✓' : '✗'} ${name}`);
};

check(
  'typecheck (tsc; src/core and src/validate again without the DOM library)',
  run('npm', ['run', '--silent', 'typecheck']),
);
check(
  'lint: ESLint (layer rules, no cycles, no any) and Prettier',
  run('npx', ['eslint', '.']) && run('npx', ['prettier', '--check', '.']),
);

rmSync('vitest.json', { force: true });
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=vitest.json']);
if (existsSync('vitest.json')) {
  const report = JSON.parse(readFileSync('vitest.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load counts as a failure even though it ran no test.
  const broken = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  failed += broken.length;
  if (report.numFailedTests || broken.length) failures.push('vitest');
} else {
  check('vitest produced a report', false);
}

const built = run('npm', ['run', '--silent', 'build']);
check('build (tsup + custom elements manifest)', built);
if (built) {
  check('package lint (publint + attw)', run('npm', ['run', '--silent', 'lint:pkg']));
  check(
    'SSR: every entry imports without a DOM under every export condition (node, browser, worker, edge bundles)',
    run('node', ['scripts/ssr-check.mjs']),
  );
  check(
    'custom-elements.json: tag names, dist paths, attributes as the classes observe them; VS Code data',
    run('node', ['scripts/check-manifest.mjs']),
  );
  check(
    'bundles: no Lit dev mode in an app production build; single-file builds stand alone',
    run('node', ['scripts/bundle-check.mjs']),
  );
  check(
    'plain HTML: one <script> tag runs the tour, checklist and chat in Chromium',
    run('node', ['scripts/plain-html-check.mjs']),
  );
  check('size budgets (size-limit, and the code-split first download)', run('npm', ['run', '--silent', 'size']));
  check(
    'CLI: `waymark validate --merge` passes the demo document (the command a PM runs in CI)',
    run('node', [
      'dist/cli.js',
      'validate',
      '--merge',
      ...readdirSync('examples/vanilla/guides')
        .filter((f) => f.endsWith('.json'))
        .map((f) => `examples/vanilla/guides/${f}`),
    ]),
  );
}
check('storybook: every story builds and renders without errors', run('node', ['scripts/storybook-check.mjs']));
check(
  'demo: the example app works in Chromium (tour by keyboard, checklist, hints, chat, announcement)',
  run('node', ['scripts/demo-check.mjs']),
);
check(
  'demo help centre: billing articles first, typo search, "No" → walkthrough, 3 reads → proactive walkthrough, NPS detractor → chat with answers, metrics; keyboard only, axe-clean',
  run('node', ['scripts/demo-help-check.mjs']),
);
// The framework examples (examples/*): each built with its own production build (type-checked) and walked in Chromium.
// (examples/plain-html has its own check above; `node scripts/examples-check.mjs plain-html` walks it the same way.)
for (const name of ['react', 'vue', 'svelte', 'next', 'angular'])
  if (existsSync(`examples/${name}`))
    check(
      `example ${name}: builds, tour + checklist + hint + chat work in Chromium`,
      built && run('node', ['scripts/examples-check.mjs', name]),
    );

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
