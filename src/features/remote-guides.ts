/**
 * Remote guide documents (`createWaymark({ guides: 'https://…/guides.json' })`), a lazy chunk: the last good copy is
 * kept in the instance's storage and runs at once on the next visit (also offline), then is revalidated with its
 * ETag; a new copy is applied only when it is a valid document, as a whole, and never under a tour step or an
 * announcement on screen (it waits for it to close); optional polling while the page is visible.
 * @packageDocumentation
 */
import type { ReadableAtom } from 'nanostores';
import type { Emitter } from '../core/emitter.js';
import type { BaseEvent, WaymarkEventMap } from '../core/events.js';
import { normalizeGuide } from '../core/normalize-guide.js';
import { cachedCopyKey, readCachedCopy, type CachedCopy } from '../core/remote/cached-copy.js';
import { remoteGuidesOption, type RefreshResult } from '../core/remote/remote-guides-option.js';
import type { StorageAdapter } from '../core/storage.js';
import { whenIdle } from '../core/when-idle.js';
import { fetchGuides } from '../dom/fetch-guides.js';

/** A problem with a copy, as `guide:invalid` carries it. */
type Issue = { path: string; message: string };

/** The parts of `waymark/validate` the chunk uses (passed in: features do not import the validator's layer). */
export interface GuideValidator {
  validateGuide(input: unknown): { issues: (Issue & { severity: 'error' | 'warning' })[] };
  formatIssues(issues: (Issue & { severity: 'error' | 'warning' })[]): string;
}

/** What the chunk needs from its instance. */
export interface RemoteGuidesDeps {
  /** The page's URL, to resolve a relative document URL. */
  base?: string;
  /** The instance's storage adapter (the copy is kept under a per-URL key, for every user). */
  storage: StorageAdapter;
  /** The instance's namespace. */
  namespace?: string;
  events: Emitter<WaymarkEventMap>;
  stamp: () => BaseEvent;
  /** The one-modal slot: a new copy waits while anything holds it (a tour step, an announcement). */
  busy: ReadableAtom<unknown>;
  /** Resolves once the document the instance started with is running (its features loaded); updates wait for it. */
  ready: () => Promise<unknown>;
  /** Apply a new document (the instance's `setGuides`). */
  apply: (doc: unknown) => void;
  /** Load the full validator (without it, only the runtime's structural gate decides). */
  validator?: () => Promise<GuideValidator>;
  /** Aborted when the instance is destroyed: requests, timers and listeners stop. */
  signal: AbortSignal;
  /** The clock. */
  now: () => number;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** A remote document attached to an instance. */
export interface RemoteGuides {
  /** The document to start with: the last good copy when there is one, else the first fetched (or an empty one). */
  initial: Promise<unknown>;
  /** Settles once the first revalidation is done (a new copy applied or waiting, or none). */
  fresh: Promise<RefreshResult>;
  /** Check for a new copy now (calls during one share it). */
  refresh(): Promise<RefreshResult>;
}

/** The document run when there is neither a copy nor an answer. */
const EMPTY = { schemaVersion: 1 };

/**
 * Attach a remote guide document to an instance.
 * @param guides - the `guides` option: a URL or `{ url, pollInterval, timeout }` (see `remoteGuidesOption`).
 * @param deps - the instance's parts.
 */
export function remoteGuides(guides: unknown, deps: RemoteGuidesDeps): RemoteGuides {
  const { url, timeout, pollInterval } = remoteGuidesOption(guides, deps.base) ?? { url: '', timeout: 0 };
  const { storage, events, signal } = deps;
  const key = cachedCopyKey(url, deps.namespace);
  let held: CachedCopy | undefined;
  let started: (doc: unknown) => void = () => {};
  let first = true;
  let inflight: Promise<RefreshResult> | undefined;
  let cancelIdle = () => {};
  let lastCheck = 0;
  const initial = new Promise<unknown>((resolve) => (started = resolve));

  const save = (copy: CachedCopy) => {
    held = copy;
    try {
      void Promise.resolve(storage.set(key, JSON.stringify(copy))).catch(() => {});
    } catch {
      /* the copy runs from memory; the adapter reports storage errors */
    }
  };
  const invalid = (issues: Issue[], text: string): RefreshResult => {
    events.emit('guide:invalid', { issues, url, ...deps.stamp() });
    console.warn(`waymark: ignored a new copy of ${url} (the last good copy keeps running):\n${text}`);
    return { status: 'invalid', issues };
  };
  // Nothing half-applied: any error the validator finds, or anything the runtime would drop, rejects the copy.
  const problems = async (text: string): Promise<[Issue[], string]> => {
    let found: (Issue & { severity: string })[] = [];
    let formatted = '';
    try {
      const v = await deps.validator?.();
      if (v) {
        found = v.validateGuide(text).issues.filter((i) => i.severity == 'error');
        formatted = found.length ? v.formatIssues(found as never) : '';
      }
    } catch {
      /* no validator chunk: the structural gate below still decides */
    }
    if (!found.length) {
      const { dropped } = normalizeGuide(text);
      found = dropped.map((path) => ({ path, message: 'This part cannot run.', severity: 'error' }));
      formatted = found.map((i) => `  ${i.path || '(document)'}: ${i.message}`).join('\n');
    }
    return [found.map(({ path, message }) => ({ path, message })), formatted];
  };
  const deliver = async (copy: CachedCopy): Promise<RefreshResult> => {
    save(copy);
    const doc = JSON.parse(copy.text) as unknown;
    if (first) return (started(doc), { status: 'updated', deferred: false });
    cancelIdle();
    await deps.ready();
    let applied = false;
    if (!signal.aborted)
      cancelIdle = whenIdle(deps.busy, () => {
        if (signal.aborted) return;
        applied = true;
        deps.apply(doc);
        events.emit('guide:updated', { url, ...deps.stamp() });
      });
    return { status: 'updated', deferred: !applied };
  };

  const check = async (): Promise<RefreshResult> => {
    lastCheck = deps.now();
    const answer = await fetchGuides(url, { ...held, timeout, signal, fetch: deps.fetch });
    if (signal.aborted) return { status: 'failed', message: 'The instance was destroyed.' };
    if (answer.status == 'failed') return { status: 'failed', message: answer.message };
    if (answer.status == 'http-error') return invalid([{ path: '', message: answer.message }], `  ${answer.message}`);
    if (answer.status == 'not-modified')
      return held ? { status: 'unchanged' } : { status: 'failed', message: `${url} answered 304 to a first request.` };
    const copy: CachedCopy = {
      text: answer.text,
      savedAt: deps.now(),
      ...(answer.etag && { etag: answer.etag }),
      ...(answer.lastModified && { lastModified: answer.lastModified }),
    };
    // The same document under new validators: keep them, so the next request can be answered with 304.
    if (held && held.text == copy.text) return (save(copy), { status: 'unchanged' });
    const [issues, text] = await problems(copy.text);
    if (signal.aborted) return { status: 'failed', message: 'The instance was destroyed.' };
    return issues.length ? invalid(issues, text) : deliver(copy);
  };
  // The copy held runs at once; requests (the first revalidation, refreshGuides()) wait until it is read.
  const loaded = (async () => {
    try {
      held = readCachedCopy(await storage.get(key));
    } catch {
      /* no copy */
    }
    if (held) {
      first = false;
      started(JSON.parse(held.text));
    }
  })();
  const refresh = () =>
    loaded.then(
      () =>
        (inflight ??= check()
          .catch((error: unknown): RefreshResult => ({ status: 'failed', message: String(error) }))
          .finally(() => (inflight = undefined))),
    );
  const fresh = refresh().then((result) => {
    if (first) {
      first = false;
      started(EMPTY);
    }
    return result;
  });

  // Polling: only while the page is visible; a page shown again after the interval checks at once.
  if (pollInterval && typeof document != 'undefined') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (delay = pollInterval) => {
      clearTimeout(timer);
      if (!signal.aborted && document.visibilityState != 'hidden') timer = setTimeout(tick, Math.max(0, delay));
    };
    const tick = () => void refresh().finally(() => schedule());
    const visibility = () => schedule(pollInterval - (deps.now() - lastCheck));
    const online = () => void refresh();
    void fresh.finally(() => schedule());
    document.addEventListener('visibilitychange', visibility);
    globalThis.addEventListener?.('online', online);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', visibility);
      globalThis.removeEventListener?.('online', online);
    });
  }
  signal.addEventListener('abort', () => cancelIdle());
  return { initial, fresh, refresh };
}
