/**
 * One request for a remote guide document: with a timeout, revalidating the copy held with `If-None-Match` /
 * `If-Modified-Since`, never throwing.
 * @packageDocumentation
 */

/** What the server answered. */
export type FetchedGuides =
  /** HTTP 304: the copy held is current. */
  | { status: 'not-modified' }
  /** A copy: its text and validators. */
  | { status: 'ok'; text: string; etag?: string; lastModified?: string }
  /** An HTTP error (404, 500…): the server answered with something that is not the document. */
  | { status: 'http-error'; httpStatus: number; message: string }
  /** No answer: offline, timed out, aborted, refused (CORS). */
  | { status: 'failed'; message: string; timedOut: boolean };

/** Options of {@link fetchGuides}. */
export interface FetchGuidesOptions {
  /** The ETag of the copy held, sent as `If-None-Match`. */
  etag?: string;
  /** The `Last-Modified` of the copy held, sent as `If-Modified-Since` (when there is no ETag). */
  lastModified?: string;
  /** Give up after this many milliseconds. */
  timeout: number;
  /** Aborts the request (the instance was destroyed). */
  signal?: AbortSignal;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/**
 * Fetch a guide document. The browser's HTTP cache is revalidated, never trusted blindly (`cache: "no-cache"`), so
 * a copy published a minute ago is seen. A cross-origin server must allow the conditional headers
 * (`Access-Control-Allow-Headers: If-None-Match`) and expose `ETag`; when a conditional request gets no answer, it
 * is retried once without them.
 * @param url - the absolute URL.
 * @param options - validators of the copy held, timeout, abort signal.
 */
export async function fetchGuides(url: string, options: FetchGuidesOptions): Promise<FetchedGuides> {
  const { etag, lastModified, timeout, signal } = options;
  const request = options.fetch ?? globalThis.fetch;
  const once = async (conditional: boolean): Promise<FetchedGuides> => {
    const abort = new AbortController();
    const stop = () => abort.abort();
    signal?.addEventListener('abort', stop);
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), abort.abort()), timeout);
    try {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (conditional && etag) headers['if-none-match'] = etag;
      else if (conditional && lastModified) headers['if-modified-since'] = lastModified;
      const response = await request(url, {
        headers,
        // With our own conditional headers the browser hands the 304 to us instead of answering from its cache.
        cache: conditional && (etag || lastModified) ? 'no-store' : 'no-cache',
        credentials: 'same-origin',
        signal: abort.signal,
      });
      if (response.status == 304) return { status: 'not-modified' };
      if (!response.ok)
        return {
          status: 'http-error',
          httpStatus: response.status,
          message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
        };
      const text = await response.text();
      return {
        status: 'ok',
        text,
        ...(response.headers.get('etag') && { etag: response.headers.get('etag')! }),
        ...(response.headers.get('last-modified') && { lastModified: response.headers.get('last-modified')! }),
      };
    } catch (error) {
      return {
        status: 'failed',
        timedOut,
        message: timedOut
          ? `No answer from ${url} within ${timeout} ms.`
          : `Could not reach ${url} (${error instanceof Error ? error.message : String(error)}).`,
      };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
  };
  const first = await once(true);
  // A server that refuses the conditional headers (a CORS preflight it does not answer) looks like no answer at all.
  return first.status == 'failed' && !first.timedOut && (etag || lastModified) && !signal?.aborted
    ? once(false)
    : first;
}
