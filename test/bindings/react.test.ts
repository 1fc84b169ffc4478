import { act, createElement, StrictMode, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { WaymarkProvider, useWaymark, useWaymarkEvent } from '../../src/bindings/react.js';
import { createWaymark, memoryStorage, type Waymark, type WaymarkEvent, type WaymarkOptions } from '../../src/index.js';

// React checks this flag before warning that updates are not wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'welcome',
      steps: [
        { id: 'hello', title: 'Hello' },
        { id: 'bye', title: 'Bye' },
      ],
    },
  ],
};

let root: Root | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

const render = async (node: ReactNode) => {
  const host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  await act(async () => root!.render(node));
};

/** Renders what the hooks return, so the test reads them as a child of the provider would. */
function Probe({ seen }: { seen: (Waymark | null)[] }) {
  seen.push(useWaymark());
  return null;
}

it('provides one live instance under StrictMode (the double mount leaks none) and destroys it on unmount', async () => {
  const events: WaymarkEvent[] = [];
  const options: WaymarkOptions = { guides, storage: 'memory', onEvent: (e) => events.push(e) };
  const seen: (Waymark | null)[] = [];
  await render(
    createElement(StrictMode, null, createElement(WaymarkProvider, { options }, createElement(Probe, { seen }))),
  );
  const waymark = seen.at(-1)!;
  expect(waymark).not.toBeNull();
  // Every instance StrictMode made besides the one provided was destroyed: only one answers.
  const instances = new Set(seen.filter(Boolean));
  expect(instances.size).toBe(1);
  await waymark.ready;
  expect(waymark.start('welcome')).toBe(true);
  expect(events.filter((e) => e.type == 'tour:started')).toHaveLength(1);
  expect(document.querySelectorAll('wm-tour')).toHaveLength(1);

  await act(async () => root!.unmount());
  root = undefined;
  // Destroyed: the tour element is gone and the instance no longer emits.
  expect(document.querySelector('wm-tour')).toBeNull();
  const before = events.length;
  waymark.track('after.unmount');
  expect(events.length).toBe(before);
});

it('resumes an unfinished tour once under StrictMode (no second tour:started from the discarded mount)', async () => {
  const storage = memoryStorage();
  const first = createWaymark({ guides, storage });
  await first.ready;
  first.start('welcome');
  first.next();
  await new Promise((r) => setTimeout(r, 20));
  first.destroy();

  const events: WaymarkEvent[] = [];
  const options: WaymarkOptions = { guides, storage, onEvent: (e) => events.push(e) };
  const seen: (Waymark | null)[] = [];
  await render(
    createElement(StrictMode, null, createElement(WaymarkProvider, { options }, createElement(Probe, { seen }))),
  );
  await act(async () => {
    await seen.at(-1)!.ready;
    await new Promise((r) => setTimeout(r, 20));
  });
  const started = events.filter((e) => e.type == 'tour:started');
  expect(started).toMatchObject([{ tourId: 'welcome', resumed: true, stepId: 'bye' }]);
});

it('useWaymark is null outside a provider and before the provider mounted', async () => {
  const seen: (Waymark | null)[] = [];
  await render(createElement(Probe, { seen }));
  expect(seen).toEqual([null]);

  const inside: (Waymark | null)[] = [];
  await render(
    createElement(WaymarkProvider, { options: { guides, storage: 'memory' } }, createElement(Probe, { seen: inside })),
  );
  // The first render happens before the effect that creates the instance.
  expect(inside[0]).toBeNull();
  expect(inside.at(-1)).not.toBeNull();
});

it('useWaymarkEvent receives events while mounted, always through the latest listener, and stops after unmount', async () => {
  const received: string[] = [];
  let setLabel!: (label: string) => void;
  function Listener() {
    const [label, set] = useState('first');
    setLabel = set;
    useWaymarkEvent('app:tracked', (e) => received.push(`${label}:${e.name}`));
    return null;
  }
  const instance = createWaymark({ guides, storage: 'memory' });
  function App({ show }: { show: boolean }) {
    return createElement(WaymarkProvider, { instance }, show ? createElement(Listener) : null);
  }
  await render(createElement(StrictMode, null, createElement(App, { show: true })));
  await act(async () => instance.track('one'));
  await act(async () => setLabel('second'));
  await act(async () => instance.track('two'));
  // StrictMode subscribed twice and unsubscribed once: each event arrives once.
  expect(received).toEqual(['first:one', 'second:two']);

  await act(async () => root!.render(createElement(StrictMode, null, createElement(App, { show: false }))));
  instance.track('three');
  expect(received).toEqual(['first:one', 'second:two']);
  // An instance passed in is the app's: the provider does not destroy it.
  await act(async () => root!.unmount());
  root = undefined;
  instance.track('four');
  expect(instance.start('welcome')).toBe(true);
  instance.destroy();
});

it('applies new guides and a new user id to the live instance', async () => {
  const seen: (Waymark | null)[] = [];
  const events: WaymarkEvent[] = [];
  const onEvent = (e: WaymarkEvent) => events.push(e);
  const tree = (options: WaymarkOptions) => createElement(WaymarkProvider, { options }, createElement(Probe, { seen }));
  await render(tree({ guides, userId: 'a', storage: 'memory', onEvent }));
  const waymark = seen.at(-1)!;
  await waymark.ready;
  expect(waymark.start('other')).toBe(false);

  const next = { schemaVersion: 1, tours: [{ id: 'other', steps: [{ id: 's', title: 'S' }] }] };
  await act(async () => root!.render(tree({ guides: next, userId: 'b', storage: 'memory', onEvent })));
  expect(seen.at(-1)).toBe(waymark);
  await act(async () => {});
  expect(events.filter((e) => e.type == 'user:identified')).toMatchObject([{ userId: 'b' }]);
  expect(waymark.start('other')).toBe(true);
});
