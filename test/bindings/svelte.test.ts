import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// svelte and svelte/compiler share one bundled .d.ts, which import-x takes for a duplicate import.
// eslint-disable-next-line import-x/no-duplicates
import { flushSync, mount, unmount } from 'svelte';
// eslint-disable-next-line import-x/no-duplicates
import { compile } from 'svelte/compiler';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createWaymark, type Waymark, type WaymarkEvent } from '../../src/index.js';

// An app's bundler resolves `svelte` with the `browser` condition for the client build; Node (which loads it here)
// would pick the server build, so the test points `svelte` at the client one.
vi.mock('svelte', () => import('../../node_modules/svelte/src/index-client.js' as string));

const here = dirname(fileURLToPath(import.meta.url));
const guides = { schemaVersion: 1, tours: [{ id: 'welcome', steps: [{ id: 'hello', title: 'Hello' }] }] };

/** Compile the fixture components with svelte/compiler into fixtures/.compiled (git-ignored), as an app's bundler would. */
let Root: Parameters<typeof mount>[0];
beforeAll(async () => {
  const out = join(here, 'fixtures/.compiled');
  mkdirSync(out, { recursive: true });
  for (const name of ['Root', 'Child']) {
    const source = readFileSync(join(here, `fixtures/${name}.svelte`), 'utf8');
    const { js } = compile(source, { filename: `${name}.svelte`, generate: 'client', dev: false });
    const code = js.code
      .replaceAll('../../../src/', `${join(here, '../../src')}/`)
      .replace(/from '\.\/(\w+)\.svelte'/g, "from './$1.js'");
    writeFileSync(join(out, `${name}.js`), code);
  }
  Root = (await import(/* @vite-ignore */ join(out, 'Root.js'))).default;
});

afterEach(() => document.body.replaceChildren());

const click = (name: string) =>
  [...document.querySelectorAll('button')]
    .find((b) => b.textContent == name)!
    .dispatchEvent(new MouseEvent('click', { bubbles: true }));

it('setWaymark creates the instance for the tree, children get it, track and waymarkEvent work, unmount destroys it', async () => {
  const events: WaymarkEvent[] = [];
  const logged: string[] = [];
  let waymark: Waymark | undefined;
  const app = mount(Root, {
    target: document.body,
    props: {
      options: { guides, storage: 'memory', onEvent: (e: WaymarkEvent) => events.push(e) },
      log: (n: string) => logged.push(n),
      onInstance: (w: Waymark) => (waymark = w),
    },
  });
  flushSync();
  await waymark!.ready;
  click('Invite teammate');
  click('Upgrade');
  expect(logged).toEqual(['invite.sent {}', 'plan.upgraded {"plan":"pro"}']);
  click('Start tour');
  expect(events.filter((e) => e.type == 'tour:started')).toHaveLength(1);
  expect(document.querySelector('wm-tour')).not.toBeNull();
  expect(document.querySelector('wm-checklist')?.getAttribute('checklist')).toBe('getting-started');

  await unmount(app);
  expect(document.querySelector('wm-tour')).toBeNull();
  const count = events.length;
  waymark!.track('after');
  expect(events.length).toBe(count);
});

it('an instance passed to setWaymark is provided but not destroyed; listeners and the action stop on unmount', async () => {
  const instance = createWaymark({ guides, storage: 'memory' });
  // Tracked events reach listeners once the instance is ready (earlier ones are queued).
  await instance.ready;
  const logged: string[] = [];
  let provided: Waymark | undefined;
  const app = mount(Root, {
    target: document.body,
    props: { options: instance, log: (n: string) => logged.push(n), onInstance: (w: Waymark) => (provided = w) },
  });
  flushSync();
  expect(provided).toBe(instance);
  const invite = [...document.querySelectorAll('button')][0]!;
  invite.click();
  await unmount(app);
  invite.click();
  instance.track('later');
  expect(logged).toEqual(['invite.sent {}']);
  expect(instance.start('welcome')).toBe(true);
  instance.destroy();
});
