/**
 * Reading an untrusted document: values narrowed to objects and lists, ids collected, and readable paths
 * (`tours[0].steps[2].placement`) built.
 * @packageDocumentation
 */

/** A JSON object of the document, before it is known to be valid. */
export type Obj = Record<string, unknown>;

/** Whether a value is a JSON object (not `null`, not a list). */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as a list; anything else reads as an empty list. */
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The string `id`s of the objects in a list. */
export function ids(items: unknown[]): string[] {
  return items.map((i) => (isObj(i) ? i.id : undefined)).filter((id): id is string => typeof id === 'string');
}

/** Appends a key to a readable path: `a.b`, or `a["odd key"]` when the key is not an identifier. */
export function join(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}
