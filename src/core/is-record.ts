/**
 * Whether a value is a plain JSON-style object (not null, not an array): the first check on any untrusted
 * input (guide documents, stored progress, snapshots from other tabs).
 * @param value - anything.
 */
export const isRecord = (value: unknown): value is Record<string, any> =>
  !!value && typeof value == 'object' && !Array.isArray(value);
