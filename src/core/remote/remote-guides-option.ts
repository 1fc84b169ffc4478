/**
 * The `guides` option as a remote document: a URL (text or `URL`) or `{ url, pollInterval, timeout }`.
 * @packageDocumentation
 */
import { isRemoteGuides } from './is-remote-guides.js';

/** A guide document fetched from a URL: the last good copy is kept and run offline (see `createWaymark`). */
export interface RemoteGuidesOptions {
  /** Where the document is: absolute, or relative to the page. */
  url: string | URL;
  /**
   * Check for a new copy this often, in milliseconds (at least 5000), while the page is visible. Without it, the
   * document is checked when the instance starts and on `refreshGuides()`.
   */
  pollInterval?: number;
  /** Give up on a request after this many milliseconds (the last good copy keeps running). @default 10000 */
  timeout?: number;
}

/** What `refreshGuides()` found. */
export type RefreshResult =
  /** A new copy was applied, or (`deferred`) is applied when the tour or announcement on screen closes. */
  | { status: 'updated'; deferred: boolean }
  /** The server said nothing changed (HTTP 304), or the copy is the one running; also for a non-remote document. */
  | { status: 'unchanged' }
  /** The copy was not a valid document (not JSON, validator errors, an HTTP error): ignored, `guide:invalid` emitted. */
  | { status: 'invalid'; issues: { path: string; message: string }[] }
  /** No answer (offline, timed out, refused by CORS): the last good copy keeps running. */
  | { status: 'failed'; message: string };

/** The shortest polling interval. */
export const MIN_POLL_INTERVAL = 5000;
/** The default request timeout. */
export const DEFAULT_TIMEOUT = 10_000;

/**
 * Whether the `guides` option names a remote document, and its settings. A text is a URL when it starts with
 * `http://`, `https://`, `/`, `./` or `../` (JSON text starts with `{`); a `URL` always is; an object is when it
 * has a `url` and no `schemaVersion`.
 * @param guides - the `guides` option.
 * @param base - the page's URL, to resolve relative URLs (without one, they stay as written).
 * @returns the settings with an absolute `url`, or undefined for a document given inline or as a promise.
 */
export function remoteGuidesOption(
  guides: unknown,
  base?: string,
): (Required<Pick<RemoteGuidesOptions, 'timeout'>> & { url: string; pollInterval?: number }) | undefined {
  if (!isRemoteGuides(guides)) return undefined;
  const options: RemoteGuidesOptions =
    typeof guides == 'string' ? { url: guides.trim() } : guides instanceof URL ? { url: guides } : (guides as never);
  if (typeof options.url != 'string' && !(options.url instanceof URL)) return undefined;
  let url = String(options.url);
  try {
    url = new URL(url, base).href;
  } catch {
    /* relative without a base: kept as written */
  }
  const { pollInterval: poll, timeout } = options;
  return {
    url,
    timeout: typeof timeout == 'number' && timeout > 0 ? timeout : DEFAULT_TIMEOUT,
    ...(typeof poll == 'number' && poll > 0 && { pollInterval: Math.max(MIN_POLL_INTERVAL, poll) }),
  };
}
