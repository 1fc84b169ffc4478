/**
 * Ids unique within their list.
 * @packageDocumentation
 */
import { article, singular } from './phrasing.js';
import type { ValidationIssue } from './validation-issue.js';

/** Reports a repeated id in one list; `list` is the list's path (ids are unique within it). */
export function unique(
  id: unknown,
  path: string,
  seen: Map<string, string>,
  kind: string,
  list: string,
  out: ValidationIssue[],
): void {
  if (typeof id !== 'string') return;
  const first = seen.get(id);
  if (first === undefined) return void seen.set(id, path);
  const parent = /([A-Za-z_$][\w$]*)\[\d+\]\.[\w$]+$/.exec(list)?.[1];
  const scope = parent ? `within ${article(singular(parent))} ${singular(parent)}` : 'in the document';
  out.push({
    path,
    severity: 'error',
    message: `The ${kind} id ${JSON.stringify(id)} is already used by ${first.replace(/\.id$/, '')}. ${kind[0].toUpperCase()}${kind.slice(1)} ids must be unique ${scope}.`,
    received: JSON.stringify(id),
  });
}
