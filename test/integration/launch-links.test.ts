import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkEvent } from '../../src/core/events.js';
import { readLaunchLink } from '../../src/dom/launch-link.js';
import { createWaymark, type Waymark, type WaymarkOptions } from '../../src/index.js';

const steps = [
  { id: 'one', title: 'One' },
  { id: 'two', title: 'Two' },
];
const guides = {
  schemaVersion: 1,
  tours: [
    { id: 'welcome', steps },
    { id: 'next-year', startsAt: '2099-01-01T00:00:00Z', steps },
    { id: 'staging-only', environments: ['staging'], steps },
  ],
};

let w: Waymark | undefined;
let log: WaymarkEvent[] = [];
const visit = (url: string) => history.replaceState(null, '', url);
const make = (options: Partial<WaymarkOptions> = {}) =>
  (w = createWaymark({ guides, storage: 'memory', validate: false, onEvent: (e) => log.push(e), ...options }));

beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  w?.destroy();
  w = undefined;
  log = [];
  visit('/');
  vi.restoreAllMocks();
});

describe('readLaunchLink', () => {
  it('reads the tour, step and preview flag from the query or a hash route, and removes them', () => {
    visit('/app?tab=2&waymark-start=welcome&flag&waymark-step=two#top');
    const link = readLaunchLink()!;
    expect(link).toMatchObject({ tourId: 'welcome', stepId: 'two', preview: false });
    link.clear();
    expect(location.pathname + location.search + location.hash).toBe('/app?tab=2&flag#top');

    visit('/#/settings?waymark-start=welcome&waymark-preview');
    const hashed = readLaunchLink()!;
    expect(hashed).toMatchObject({ tourId: 'welcome', preview: true });
    hashed.clear();
    expect(location.hash).toBe('#/settings');
  });
  it('can be turned off, keep its parameters, or refuse previews', () => {
    visit('/?waymark-start=welcome&waymark-preview=1');
    expect(readLaunchLink(false)).toBeUndefined();
    expect(readLaunchLink({ preview: false })?.preview).toBe(false);
    readLaunchLink({ removeParams: false })!.clear();
    expect(location.search).toBe('?waymark-start=welcome&waymark-preview=1');
    visit('/?waymark-start=welcome&waymark-preview=false');
    expect(readLaunchLink()?.preview).toBe(false);
    visit('/?waymark-start=');
    expect(readLaunchLink()).toBeUndefined();
  });
});

describe('launch links', () => {
  it('start their tour at the step once ready (source "link") and leave the address bar clean', async () => {
    visit('/home?waymark-start=welcome&waymark-step=two');
    const waymark = make();
    await waymark.ready;
    expect(waymark.$active.get()).toMatchObject({ tour: { id: 'welcome' }, stepIndex: 1 });
    expect(log.find((e) => e.type == 'tour:started')).toMatchObject({ source: 'link', stepId: 'two' });
    expect(location.search).toBe('');
  });

  it('win over resuming an unfinished tour', async () => {
    const storage = new Map<string, string>();
    const adapter = {
      get: (k: string) => storage.get(k) ?? null,
      set: (k: string, v: string) => void storage.set(k, v),
    };
    const first = make({ storage: adapter });
    await first.ready;
    first.start('welcome', { stepId: 'two' });
    first.destroy();
    // Without a link, the unfinished tour resumes…
    const again = make({ storage: adapter, guides: { ...guides, tours: [...guides.tours, { id: 'other', steps }] } });
    await again.ready;
    expect(again.$active.get()).toMatchObject({ tour: { id: 'welcome' }, resumed: true });
    again.destroy();
    // …with one, the link's tour starts instead.
    log = [];
    visit('/?waymark-start=other');
    const linked = make({ storage: adapter, guides: { ...guides, tours: [...guides.tours, { id: 'other', steps }] } });
    await linked.ready;
    expect(linked.$active.get()?.tour.id).toBe('other');
    expect(log.filter((e) => e.type == 'tour:started').map((e) => e.type == 'tour:started' && e.resumed)).toEqual([
      false,
    ]);
  });

  it('report a tour they cannot start, without throwing', async () => {
    visit('/?waymark-start=nope');
    await make().ready;
    visit('/?waymark-start=welcome&waymark-step=nope');
    await make().ready;
    visit('/?waymark-start=next-year');
    await make().ready;
    visit('/?waymark-start=staging-only');
    await make().ready;
    expect(log.filter((e) => e.type == 'launch:failed').map((e) => e.type == 'launch:failed' && e.reason)).toEqual([
      'unknown-tour',
      'unknown-step',
      'not-started',
      'environment',
    ]);
    expect(location.search).toBe('');
  });

  it('with waymark-preview start a tour outside its window or environments; launchLinks: false ignores them', async () => {
    visit('/?waymark-start=next-year&waymark-preview');
    const preview = make();
    await preview.ready;
    expect(preview.$active.get()?.tour.id).toBe('next-year');
    // Only that tour: the other guides keep their rules.
    expect(preview.start('staging-only')).toBe(false);
    preview.destroy();

    visit('/?waymark-start=welcome');
    const off = make({ launchLinks: false });
    await off.ready;
    expect(off.$active.get()).toBeNull();
    expect(location.search).toBe('?waymark-start=welcome');
  });

  it('manual start() of a tour outside its window or environments returns false; inside, it runs', async () => {
    const waymark = make({ environment: 'staging' });
    await waymark.ready;
    expect(waymark.start('next-year')).toBe(false);
    expect(waymark.start('staging-only')).toBe(true);
  });
});
