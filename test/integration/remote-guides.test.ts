import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkEvent } from '../../src/core/events.js';
import { memoryStorage } from '../../src/core/memory-storage.js';
import type { StorageAdapter } from '../../src/core/storage.js';
import { createWaymark, type Waymark, type WaymarkOptions } from '../../src/index.js';

// Remote guide documents against a fake server: what runs on the first visit, on the next one (from the copy kept),
// after a new copy is published, and when the server or the network misbehaves.

const URL_ = 'https://cdn.example.com/guides.json';
const tour = (id: string, title = 'Hello') => ({
  id,
  title: id,
  steps: [
    { id: 'one', title },
    { id: 'two', title: 'Two' },
  ],
});
const docOf = (...ids: string[]) => JSON.stringify({ schemaVersion: 1, tours: ids.map((id) => tour(id)) });

/** A server holding one document with an ETag; `mode` makes it misbehave. */
const server = {
  text: docOf('welcome'),
  version: 1,
  status: 200,
  mode: 'ok' as 'ok' | 'offline' | 'hang',
  requests: [] as { ifNoneMatch: string | null }[],
  publish(text: string) {
    this.text = text;
    this.version++;
  },
};
const fakeFetch = vi.fn(async (_url: RequestInfo | URL, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  server.requests.push({ ifNoneMatch: headers.get('if-none-match') });
  if (server.mode == 'offline') throw new TypeError('Failed to fetch');
  if (server.mode == 'hang')
    return new Promise<Response>((_, reject) =>
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    );
  const etag = `"v${server.version}"`;
  if (server.status != 200) return new Response('<h1>Not found</h1>', { status: server.status });
  if (headers.get('if-none-match') == etag) return new Response(null, { status: 304 });
  return new Response(server.text, { status: 200, headers: { etag, 'content-type': 'application/json' } });
});

let storage: StorageAdapter;
let instances: Waymark[] = [];
let log: WaymarkEvent[] = [];
const make = (options: Partial<WaymarkOptions> = {}) => {
  const w = createWaymark({ guides: URL_, storage, validate: false, onEvent: (e) => log.push(e), ...options });
  instances.push(w);
  return w;
};
const tourIds = (w: Waymark) => w.context.tours && (w.context.doc.tours ?? []).map((t) => t.id);

beforeEach(() => {
  storage = memoryStorage();
  Object.assign(server, { text: docOf('welcome'), version: 1, status: 200, mode: 'ok', requests: [] });
  vi.stubGlobal('fetch', fakeFetch);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  instances.forEach((w) => w.destroy());
  instances = [];
  log = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('remote guide documents', () => {
  it('runs the fetched document on a first visit and keeps it (per URL, for every user)', async () => {
    const w = make({ userId: 'ana' });
    expect(w.start('welcome')).toBe(true); // waits for the document
    await w.ready;
    expect(w.$active.get()?.tour.id).toBe('welcome');
    expect(server.requests).toEqual([{ ifNoneMatch: null }]);
    const kept = JSON.parse((await storage.get(`waymark:guides:v1:${URL_}`))!);
    expect(kept).toMatchObject({ text: server.text, etag: '"v1"' });
  });

  it('starts from the copy kept on the next visit, before any answer, then revalidates it with its ETag (304: kept)', async () => {
    await make().ready;
    server.mode = 'hang';
    const next = make({ userId: 'bo', guides: { url: URL_, timeout: 50 } });
    await next.ready;
    expect(tourIds(next)).toEqual(['welcome']);
    expect(next.start('welcome')).toBe(true);
    expect(server.requests.at(-1)).toEqual({ ifNoneMatch: '"v1"' });
    await new Promise((resolve) => setTimeout(resolve, 80)); // the hanging request times out
    server.mode = 'ok';
    expect(await next.refreshGuides()).toEqual({ status: 'unchanged' });
    expect(server.requests.at(-1)).toEqual({ ifNoneMatch: '"v1"' });
    expect(next.$active.get()?.tour.id).toBe('welcome');
  });

  it('applies a new copy on refreshGuides() without a reload', async () => {
    const w = make();
    await w.ready;
    server.publish(docOf('welcome', 'billing'));
    expect(await w.refreshGuides()).toEqual({ status: 'updated', deferred: false });
    expect(tourIds(w)).toEqual(['welcome', 'billing']);
    expect(log.filter((e) => e.type == 'guide:updated')).toEqual([expect.objectContaining({ url: URL_ })]);
    expect(w.start('billing')).toBe(true);
  });

  it('setGuides() with the remote option again (a binding re-rendering) checks for a new copy, never wipes the document', async () => {
    const w = make();
    await w.ready;
    server.publish(docOf('welcome', 'billing'));
    w.setGuides({ url: URL_ });
    await vi.waitFor(() => expect(tourIds(w)).toEqual(['welcome', 'billing']));
  });

  it('ignores a broken copy as a whole (not JSON, or validator errors) and reports it; the last good copy runs', async () => {
    const w = make();
    await w.ready;
    server.publish('{ "schemaVersion": 1, "tours": [ ');
    const notJson = await w.refreshGuides();
    expect(notJson.status).toBe('invalid');
    // A copy with one good new tour and one broken step: nothing of it is applied.
    server.publish(
      JSON.stringify({
        schemaVersion: 1,
        tours: [tour('welcome', 'Changed'), { id: 'billing', steps: [{ id: 'x', title: 'X', placement: 'bottm' }] }],
      }),
    );
    const invalid = await w.refreshGuides();
    expect(invalid).toMatchObject({
      status: 'invalid',
      issues: [expect.objectContaining({ path: 'tours[1].steps[0].placement' })],
    });
    const reports = log.filter((e) => e.type == 'guide:invalid');
    expect(reports).toHaveLength(2);
    expect(reports.every((e) => e.type == 'guide:invalid' && e.url == URL_ && e.issues.length > 0)).toBe(true);
    expect(tourIds(w)).toEqual(['welcome']);
    expect(w.context.doc.tours?.[0].steps[0].title).toBe('Hello');
    expect(JSON.parse((await storage.get(`waymark:guides:v1:${URL_}`))!).etag).toBe('"v1"');
  });

  it('reports an HTTP error as an invalid copy and keeps running the last good one', async () => {
    const w = make();
    await w.ready;
    server.status = 404;
    expect(await w.refreshGuides()).toMatchObject({
      status: 'invalid',
      issues: [{ path: '', message: expect.stringMatching(/404/) }],
    });
    expect(tourIds(w)).toEqual(['welcome']);
  });

  it('offline or timed out: no report, the copy kept runs (also on the next visit)', async () => {
    await make().ready;
    server.mode = 'offline';
    const offline = make();
    await offline.ready;
    expect(tourIds(offline)).toEqual(['welcome']);
    expect(await offline.refreshGuides()).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/Failed to fetch/),
    });
    server.mode = 'hang';
    const slow = make({ guides: { url: URL_, timeout: 30 } });
    await slow.ready;
    expect(await slow.refreshGuides()).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/within 30 ms/),
    });
    expect(tourIds(slow)).toEqual(['welcome']);
    expect(log.some((e) => e.type == 'guide:invalid')).toBe(false);
  });

  it('runs an empty document on a first visit with no answer, and the first good copy once there is one', async () => {
    server.mode = 'offline';
    const w = make();
    expect(w.start('welcome')).toBe(true);
    await w.ready;
    expect(w.$active.get()).toBeNull();
    server.mode = 'ok';
    expect(await w.refreshGuides()).toEqual({ status: 'updated', deferred: false });
    expect(w.start('welcome')).toBe(true);
  });

  it('never swaps the document under a running tour: the new copy waits until the tour ends', async () => {
    const w = make();
    await w.ready;
    w.start('welcome');
    server.publish(JSON.stringify({ schemaVersion: 1, tours: [tour('billing')] }));
    expect(await w.refreshGuides()).toEqual({ status: 'updated', deferred: true });
    expect(w.$active.get()?.tour.id).toBe('welcome');
    w.next();
    expect(w.$active.get()?.step.id).toBe('two');
    expect(tourIds(w)).toEqual(['welcome']);
    w.complete();
    await Promise.resolve();
    await Promise.resolve();
    expect(tourIds(w)).toEqual(['billing']);
    expect(log.map((e) => e.type)).toContain('guide:updated');
    expect(log.filter((e) => e.type == 'tour:dismissed')).toEqual([]);
  });

  it('polls while the page is visible, and not while it is hidden', async () => {
    vi.useFakeTimers();
    const w = make({ guides: { url: URL_, pollInterval: 60_000 } });
    await vi.advanceTimersByTimeAsync(0);
    await w.ready;
    expect(server.requests).toHaveLength(1);
    server.publish(docOf('welcome', 'billing'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(2);
    expect(tourIds(w)).toEqual(['welcome', 'billing']);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(server.requests).toHaveLength(2);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests).toHaveLength(3);
    w.destroy();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(server.requests).toHaveLength(3);
  });
});
