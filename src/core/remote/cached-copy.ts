/**
 * The last good copy of a remote guide document, as kept in storage: its text and the validators (ETag,
 * Last-Modified) to revalidate it with.
 * @packageDocumentation
 */

/** A copy kept in storage. */
export interface CachedCopy {
  /** The document's JSON text, as fetched. */
  text: string;
  /** The `ETag` the server sent with it. */
  etag?: string;
  /** The `Last-Modified` the server sent with it. */
  lastModified?: string;
  /** When it was fetched (ms since the epoch). */
  savedAt: number;
}

/**
 * The storage key of a remote document's copy: per URL, and the same for every user (it is not progress).
 * @param url - the absolute URL.
 * @param namespace - the instance's namespace. @default "waymark"
 */
export const cachedCopyKey = (url: string, namespace = 'waymark') => `${namespace}:guides:v1:${url}`;

/**
 * Read a stored copy; anything unreadable is no copy.
 * @param raw - the stored value.
 */
export function readCachedCopy(raw: string | null | undefined): CachedCopy | undefined {
  try {
    const copy = raw ? (JSON.parse(raw) as Partial<CachedCopy>) : undefined;
    if (!copy || typeof copy.text != 'string') return undefined;
    JSON.parse(copy.text);
    return {
      text: copy.text,
      savedAt: typeof copy.savedAt == 'number' ? copy.savedAt : 0,
      ...(typeof copy.etag == 'string' && { etag: copy.etag }),
      ...(typeof copy.lastModified == 'string' && { lastModified: copy.lastModified }),
    };
  } catch {
    return undefined;
  }
}
