import { afterEach, expect, it, vi } from 'vitest';
import { commands, page } from 'vitest/browser';
import type { WaymarkEvent } from '../../src/core/events.js';
import { createWaymark, type Waymark } from '../../src/index.js';

// A remote guide document served over real HTTP (the test server serves this folder, with ETags), edited while the
// app runs: a new copy is picked up without a reload, a broken one is ignored and reported, and after a "reload" (a
// new instance on the same localStorage) with the network gone, the last good copy runs.

// Written through the test runner (paths from the project root) and served by its Vite server, which sends ETags.
const FILE = 'test/integration/remote-guides.tmp.json';
const URL_ = `/${FILE}`;
const NAMESPACE = `remote-test-${Date.now()}`;
const publish = (tours: { id: string; title: string }[]) =>
  commands.writeFile(
    FILE,
    JSON.stringify({
      schemaVersion: 1,
      tours: tours.map(({ id, title }) => ({ id, title: id, steps: [{ id: 'hello', title, body: 'Body' }] })),
    }),
  );
const dialog = (name: string) => page.getByRole('dialog', { name });

let instances: Waymark[] = [];
const make = (log: WaymarkEvent[]) => {
  const w = createWaymark({ guides: URL_, namespace: NAMESPACE, validate: false, onEvent: (e) => log.push(e) });
  instances.push(w);
  return w;
};
afterEach(async () => {
  instances.forEach((w) => w.destroy());
  instances = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Object.keys(localStorage)
    .filter((k) => k.startsWith(NAMESPACE))
    .forEach((k) => localStorage.removeItem(k));
  await commands.removeFile(FILE).catch(() => {});
});

it('picks up a published copy without a reload, ignores a broken one, and runs the last good copy offline after a reload', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await publish([{ id: 'welcome', title: 'Version one' }]);
  const log: WaymarkEvent[] = [];
  const w = make(log);
  w.start('welcome');
  await expect.element(dialog('Version one')).toBeVisible();
  w.dismiss();

  // The server's copy did not change: its ETag says so (HTTP 304).
  expect(await w.refreshGuides()).toEqual({ status: 'unchanged' });

  await publish([
    { id: 'welcome', title: 'Version two' },
    { id: 'billing', title: 'Plans and billing' },
  ]);
  expect(await w.refreshGuides()).toEqual({ status: 'updated', deferred: false });
  w.start('welcome');
  await expect.element(dialog('Version two')).toBeVisible();
  w.dismiss();

  await commands.writeFile(FILE, '{ "schemaVersion": 1, "tours": [ { "id": "welcome", ');
  const broken = await w.refreshGuides();
  expect(broken.status).toBe('invalid');
  expect(log.filter((e) => e.type == 'guide:invalid')).toEqual([
    expect.objectContaining({
      url: new URL(URL_, location.href).href,
      issues: [expect.objectContaining({ path: '' })],
    }),
  ]);
  w.start('welcome');
  await expect.element(dialog('Version two')).toBeVisible();
  w.destroy();

  // A reload with the network gone: the last good copy (version two) runs at once.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  const offline = make([]);
  await offline.ready;
  expect(offline.start('billing')).toBe(true);
  await expect.element(dialog('Plans and billing')).toBeVisible();
  expect(await offline.refreshGuides()).toMatchObject({ status: 'failed' });
});
