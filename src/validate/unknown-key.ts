/**
 * A key the schema does not allow where it was written: "Did you mean", or where the key belongs instead.
 * @packageDocumentation
 */
import { didYouMean, place } from './phrasing.js';
import { defs, refName, type SchemaNode } from './schema-defs.js';
import { closestMatch } from './suggest.js';
import type { ValidationIssue } from './validation-issue.js';

/** For each definition, the top-level sections of the document (tours, chat, …) it can appear under. */
const sectionsOf = (() => {
  const out = new Map<string, Set<string>>();
  const visit = (node: unknown, section: string) => {
    if (!node || typeof node != 'object') return;
    const ref = (node as SchemaNode).$ref;
    if (ref) {
      const name = refName(ref);
      const seen = out.get(name) ?? new Set<string>();
      if (seen.has(section)) return;
      out.set(name, seen.add(section));
      return visit(defs[name], section);
    }
    for (const child of Object.values(node)) visit(child, section);
  };
  for (const [section, node] of Object.entries(defs.GuideDocument.properties ?? {})) visit(node, section);
  return out;
})();

/** Whether two definitions live under a common section, so a key's "right place" is worth naming. */
const related = (a: string | undefined, b: string) =>
  !a || [...(sectionsOf.get(a) ?? [])].some((section) => sectionsOf.get(b)?.has(section));

/**
 * The issue for a key that is not allowed on an object.
 * @param key - the unknown key
 * @param def - the definition of the object, when known
 * @param where - where a property of this object goes, in words (`on a step`)
 * @param allowed - the keys allowed there
 * @param path - the path of the key
 * @returns the issue, with a suggestion for a typo or the place the key belongs
 */
export function unknownKey(
  key: string,
  def: string | undefined,
  where: string,
  allowed: string[],
  path: string,
): ValidationIssue {
  const elsewhere = Object.keys(defs)
    .filter((d) => d !== def && defs[d].properties?.[key] && related(def, d))
    .map((d) => place(d)[1]);
  const base = { path, severity: 'error' as const, expected: allowed.join(', ') };
  const suggestion = closestMatch(key, allowed);
  if (suggestion) return { ...base, suggestion, message: `"${key}" is not allowed ${where}.${didYouMean(suggestion)}` };
  if (elsewhere.length)
    return { ...base, message: `"${key}" is not allowed ${where}; it belongs ${elsewhere.join(' or ')}.` };
  return { ...base, message: `"${key}" is not allowed ${where}. Allowed: ${allowed.join(', ')}.` };
}
