/**
 * References by name or id to something that must exist, and chains of references that loop back.
 * @packageDocumentation
 */
import { didYouMean } from './phrasing.js';
import { closestMatch } from './suggest.js';
import type { ValidationIssue } from './validation-issue.js';

/** Reports a reference to something that does not exist, suggesting the closest existing name. */
export function missing(
  out: ValidationIssue[],
  path: string,
  value: string,
  known: string[],
  message: string,
  what: string,
): void {
  const suggestion = closestMatch(value, known);
  out.push({
    path,
    severity: 'error',
    message: `${message}${didYouMean(suggestion)}`,
    expected: known.length ? `one of ${known.join(', ')}` : what,
    received: JSON.stringify(value),
    ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * Finds a chain of references from `start` back to itself (segments naming segments, items depending on items).
 * @param start - where the chain starts
 * @param at - where the search is now
 * @param links - each name's references
 * @param trail - the chain so far
 * @returns the chain, ending with `start` again, or `undefined` when there is none
 */
export function cycle(start: string, at: string, links: Map<string, string[]>, trail: string[]): string[] | undefined {
  for (const next of links.get(at) ?? []) {
    if (next === start) return [...trail, next];
    if (!trail.includes(next)) {
      const found = cycle(start, next, links, [...trail, next]);
      if (found) return found;
    }
  }
  return undefined;
}
