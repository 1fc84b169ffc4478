/**
 * Whether a value is a plain JSON-style object (not null, not an array): the first check on any untrusted
 * input (guide documents, stored progress, snapshots from other tabs).
 * @param value - anything.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers read untrusted fields loosely (issue 13: narrow to unknown once conditions, proactive and the progress store are reworked)
export const isRecord = (value: unknown): value is Record<string, any> =>
  !!value && typeof value == 'object' && !Array.isArray(value);
