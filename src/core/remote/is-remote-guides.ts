/**
 * Whether the `guides` option names a remote document (kept apart from the option's parsing, which is in the
 * remote chunk, so the runtime carries only this test).
 * @packageDocumentation
 */

/**
 * Whether `guides` is a remote document: a text starting with `http://`, `https://`, `/`, `./` or `../` (JSON text
 * starts with `{`), a `URL`, or an object with a `url` and no `schemaVersion`.
 * @param guides - the `guides` option.
 */
export const isRemoteGuides = (guides: unknown): boolean =>
  typeof guides == 'string'
    ? !/\s/.test(guides.trim()) && /^(https?:\/\/|\.{0,2}\/)/i.test(guides.trim())
    : (typeof URL != 'undefined' && guides instanceof URL) ||
      (!!guides && typeof guides == 'object' && 'url' in guides && !('schemaVersion' in guides));
