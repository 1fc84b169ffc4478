import { afterEach, expect, it, vi } from 'vitest';
import type { ChatPayload } from '../../src/core/chat/chat-adapter.js';
import type { WaymarkEvent } from '../../src/core/events.js';
import type { StorageAdapter } from '../../src/core/storage.js';
import { createWaymark, type Waymark, type WaymarkOptions } from '../../src/index.js';

// Calls an app makes right after createWaymark (a React effect, code after the constructor) are applied once the
// instance is ready, in order: nothing is lost to a feature chunk that has not loaded or progress not read yet.

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'welcome',
      title: 'Welcome',
      steps: [
        { id: 'a', title: 'Hi' },
        { id: 'b', title: 'Next' },
      ],
    },
  ],
  checklists: [
    {
      id: 'getting-started',
      title: 'Getting started',
      items: [{ id: 'invite', title: 'Invite 3 teammates', completeWhen: { event: 'invite.sent', count: 3 } }],
    },
  ],
};

/** A storage whose reads take a while, like a server-backed adapter (the first read is not there at once). */
const slowStorage = (data: Record<string, string>): StorageAdapter => ({
  get: (key) => new Promise((resolve) => setTimeout(() => resolve(data[key] ?? null), 5)),
  set: (key, value) => void (data[key] = value),
});

let w: Waymark | undefined;
const make = (options: Partial<WaymarkOptions> = {}) => (w = createWaymark({ guides, storage: 'memory', ...options }));
const invite = (waymark: Waymark) =>
  waymark.progress.getSection<Record<string, { done: Record<string, number> }>>('checklists')?.['getting-started']?.done
    .invite;

afterEach(() => {
  w?.destroy();
  w = undefined;
  document.body.innerHTML = '';
});

it('counts track() calls made before ready: a "3 invites" item made of three early calls is done', async () => {
  const events: WaymarkEvent[] = [];
  const waymark = make({ onEvent: (e) => events.push(e) });
  waymark.track('invite.sent');
  waymark.track('invite.sent', { to: 'a@example.com' });
  waymark.track('invite.sent');
  await waymark.ready;
  expect(invite(waymark)).toEqual(expect.any(Number));
  expect(events.filter((e) => e.type == 'app:tracked')).toHaveLength(3);
  expect(events.find((e) => e.type == 'checklist:item-completed')).toMatchObject({
    checklistId: 'getting-started',
    itemId: 'invite',
  });
});

it('start() before ready keeps what storage knew about the tour (its start count) and runs the tour', async () => {
  const stored = { tours: { welcome: { status: 'completed', stepId: 'b', updatedAt: 1, startedAt: 1, starts: 2 } } };
  const waymark = make({ storage: slowStorage({ 'waymark:v1:anonymous': JSON.stringify(stored) }) });
  expect(waymark.start('welcome')).toBe(true); // the tour is known: it will start
  expect(waymark.start('nope')).toBe(false); // unknown now: it never will
  await waymark.ready;
  expect(waymark.$active.get()?.tour.id).toBe('welcome');
  expect(waymark.progress.getTour('welcome')).toMatchObject({ status: 'active', starts: 3 });
});

it('start() before ready wins over resuming a tour left unfinished', async () => {
  const guides2 = {
    ...guides,
    tours: [
      ...guides.tours,
      {
        id: 'other',
        steps: [
          { id: 'x', title: 'X' },
          { id: 'y', title: 'Y' },
        ],
      },
    ],
  };
  const stored = { tours: { other: { status: 'active', stepId: 'y', updatedAt: 1 } } };
  const waymark = make({ guides: guides2, storage: slowStorage({ 'waymark:v1:anonymous': JSON.stringify(stored) }) });
  waymark.start('welcome');
  await waymark.ready;
  expect(waymark.$active.get()?.tour.id).toBe('welcome');
  // The unfinished tour was not resumed and replaced: it is still resumable later.
  expect(waymark.progress.getTour('other')?.status).toBe('active');
});

it('escalate() before ready opens the chat once the chat feature has loaded', async () => {
  const opened: ChatPayload[] = [];
  const waymark = make({
    guides: { ...guides, chat: { provider: 'custom' } },
    chat: { custom: (p) => void opened.push(p) },
  });
  expect(waymark.escalate({ reason: 'early' })).toBe(true);
  await waymark.ready;
  await vi.waitFor(() => expect(opened).toHaveLength(1));
});

it('identify() then track() before ready: the events count for the identified user, in order', async () => {
  const data: Record<string, string> = {};
  const events: WaymarkEvent[] = [];
  const waymark = make({ storage: slowStorage(data), onEvent: (e) => events.push(e) });
  waymark.track('invite.sent');
  const identified = waymark.identify('u2', { plan: 'pro' });
  waymark.track('invite.sent');
  waymark.track('invite.sent');
  waymark.track('invite.sent');
  await waymark.ready;
  await identified;
  expect(waymark.progress.key).toBe('waymark:v1:u2');
  expect(events.filter((e) => e.type == 'app:tracked').map((e) => e.userId)).toEqual([undefined, 'u2', 'u2', 'u2']);
  expect(invite(waymark)).toEqual(expect.any(Number));
});

it('calls after ready apply at once; destroy() before ready drops the queue quietly', async () => {
  const waymark = make();
  await waymark.ready;
  expect(waymark.start('welcome')).toBe(true);
  expect(waymark.$active.get()?.tour.id).toBe('welcome');
  w = undefined;
  waymark.destroy();
  const early = make();
  early.track('invite.sent');
  early.start('welcome');
  early.destroy();
  await early.ready;
  expect(early.$active.get()).toBeNull();
});

it('takes the guide document as a promise (a fetch): calls made meanwhile wait for it', async () => {
  let arrive!: (doc: unknown) => void;
  const waymark = make({ guides: new Promise((resolve) => (arrive = resolve)) });
  waymark.track('invite.sent');
  waymark.track('invite.sent');
  waymark.track('invite.sent');
  expect(waymark.start('welcome')).toBe(true);
  await new Promise((r) => setTimeout(r, 10));
  expect(waymark.$active.get()).toBeNull();
  arrive(guides);
  await waymark.ready;
  expect(waymark.$active.get()?.tour.id).toBe('welcome');
  expect(invite(waymark)).toEqual(expect.any(Number));
});

it('a guide document that fails to arrive leaves a working, empty instance and says why', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const waymark = make({ guides: Promise.reject(new Error('404')) });
  waymark.start('welcome');
  await waymark.ready;
  expect(waymark.$active.get()).toBeNull();
  expect(error).toHaveBeenCalledWith('waymark: could not load the guide document', expect.any(Error));
  error.mockRestore();
});
