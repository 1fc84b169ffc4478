import { afterEach, beforeEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import type { WaymarkEvent } from '../../src/core/events.js';

let w: Waymark | undefined;
let events: WaymarkEvent[] = [];
const start = location.pathname + location.search;
beforeEach(() => {
  events = [];
  document.body.innerHTML = '<main><button id="save">Save</button></main>';
});
afterEach(() => {
  w?.destroy();
  history.replaceState(null, '', start);
});
const make = (steps: unknown[]) => {
  w = createWaymark({
    guides: { schemaVersion: 1, tours: [{ id: 't', steps }] },
    storage: memoryStorage(),
    onEvent: (e) => events.push(e),
  });
  return w;
};

it('waits out of sight on another page, and shows the step once the app navigates to its route', async () => {
  const tour = make([
    { id: 'here', title: 'On this page' },
    { id: 'settings', title: 'Your settings', route: '/settings/**', target: '#save' },
  ]);
  await tour.ready;
  tour.start('t', { stepId: 'settings' });
  await new Promise((r) => setTimeout(r, 100));
  await expect.element(page.getByRole('dialog', { name: 'Your settings' })).not.toBeInTheDocument();
  expect(tour.$active.get()?.step.id).toBe('settings'); // still running (and persisted), just not here
  history.pushState(null, '', '/settings/profile'); // what an SPA router does
  await expect.element(page.getByRole('dialog', { name: 'Your settings' })).toBeVisible();
  history.pushState(null, '', start); // the user leaves: the step goes out of sight again
  await expect.element(page.getByRole('dialog', { name: 'Your settings' })).not.toBeInTheDocument();
});

it('waits again when its target leaves the page, and follows the new one when it comes back', async () => {
  const tour = make([
    { id: 'save', title: 'Save often', target: '#save', waitTimeout: 2000 },
    { id: 'next', title: 'Next one' },
  ]);
  await tour.ready;
  tour.start('t');
  await expect.element(page.getByRole('dialog', { name: 'Save often' })).toBeVisible();
  document.querySelector('#save')!.remove(); // a re-render drops the node…
  await expect.element(page.getByRole('dialog', { name: 'Save often' })).not.toBeInTheDocument();
  document.querySelector('main')!.insertAdjacentHTML('beforeend', '<button id="save">Save</button>'); // …and adds a new one
  await expect.element(page.getByRole('dialog', { name: 'Save often' })).toBeVisible();
  expect(events.filter((e) => e.type == 'target:missing')).toEqual([]);
});

it('applies onMissing when a removed target does not come back', async () => {
  const tour = make([
    { id: 'save', title: 'Save often', target: '#save', waitTimeout: 200 },
    { id: 'next', title: 'Next one' },
  ]);
  await tour.ready;
  tour.start('t');
  await expect.element(page.getByRole('dialog', { name: 'Save often' })).toBeVisible();
  document.querySelector('#save')!.remove();
  await expect.element(page.getByRole('dialog', { name: 'Next one' })).toBeVisible();
  expect(events.find((e) => e.type == 'target:missing')).toMatchObject({ stepId: 'save', policy: 'skip' });
});
