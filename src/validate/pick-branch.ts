/**
 * Unions of object shapes (the kinds of condition): which branch a value is, from the keys present.
 * @packageDocumentation
 */
import { quote, words } from './phrasing.js';
import type { Obj } from './read-document.js';
import { refName, resolve, type SchemaNode } from './schema-defs.js';
import { closestMatch } from './suggest.js';
import type { ValidationIssue } from './validation-issue.js';

/**
 * Chooses the branch of a union of object shapes from the keys present: each branch is known by its
 * required keys that no other branch has (`page`, `event`, …). Reports a value with none or several.
 * @returns the branch and the value to check against it, or `undefined` when nothing more can be said
 */
export function pick(
  branches: SchemaNode[],
  value: Obj,
  path: string,
  subject: string,
  out: ValidationIssue[],
  def: string,
): [SchemaNode, unknown] | undefined {
  const shapes = branches.map(resolve);
  const marks = shapes.map((s, i) =>
    (s.required ?? []).filter((k) => shapes.every((o, j) => j === i || !o.properties?.[k])),
  );
  const kinds = marks.flat();
  const has = (k: string) => value[k] !== undefined;
  const hits = branches.filter((_, i) => marks[i].some(has));
  if (hits.length === 1) return [hits[0], value];
  const fitting = branches.find((_, i) => Object.keys(value).every((k) => shapes[i].properties?.[k])) ?? branches[0];
  if (!kinds.length) return [fitting, value];
  const plain = branches.filter((_, i) => !marks[i].length);
  if (!hits.length && plain.length === 1) return [plain[0], value];

  const noun = words(def);
  const list = kinds.join(', ');
  const at = { path, severity: 'error' as const, expected: `exactly one of ${list}` };
  if (hits.length) {
    const present = kinds.filter(has);
    // Combinators are kinds whose value is a list of the union itself ("all", "any").
    const combine = kinds.filter((k) => {
      const items = shapes[marks.findIndex((m) => m.includes(k))].properties?.[k]?.items;
      return items?.$ref && refName(items.$ref) === def;
    });
    const how = combine.length
      ? ` and combine them with ${combine.map(quote).join(' or ')}: {"${combine[0]}": [{"${present[0]}": …}, {"${present[1]}": …}]}`
      : '';
    out.push({
      ...at,
      received: present.map(quote).join(', '),
      message: `${subject} mixes ${present.map(quote).join(' and ')}, which are different kinds of ${noun}. Write one kind per ${noun}${how}.`,
    });
    return undefined;
  }
  const keys = Object.keys(value);
  const typo = keys.find((k) => !shapes.some((s) => s.properties?.[k]) && closestMatch(k, kinds));
  const suggestion = typo && closestMatch(typo, kinds);
  out.push({
    ...at,
    received: keys.length ? keys.map(quote).join(', ') : 'an empty object',
    message: `${subject} has none of the known kinds${subject.startsWith('This ') ? '' : ` of ${noun}`}: ${list}.${suggestion ? ` Did you mean ${quote(suggestion)} instead of ${quote(typo!)}?` : ''}`,
    ...(suggestion ? { suggestion } : {}),
  });
  if (!typo || !suggestion) return undefined;
  // Go on as if the key were spelt right, so the rest of the condition is checked too.
  const branch = branches[marks.findIndex((m) => m.includes(suggestion))];
  const { [typo]: _, ...rest } = value;
  return [{ ...branch, required: (resolve(branch).required ?? []).filter((k) => k !== suggestion) }, rest];
}
