/**
 * The English of the messages: how an object, a value and an expected value are named, with articles,
 * plurals, clipping of long values and "Did you mean".
 * @packageDocumentation
 */
import { describeFormat, formatOf } from './format-problem.js';
import { defs, kindOf, refName, type SchemaNode } from './schema-defs.js';

/** How messages name an object of each definition: [subject of a sentence, where a property goes]. */
export const PLACES: Record<string, [string, string]> = {
  GuideDocument: ['The document', 'at the top level of the document'],
  TourDefinition: ['This tour', 'on a tour'],
  StepDefinition: ['This step', 'on a step'],
  StepDefaults: ["The tour's defaults", "in a tour's defaults"],
  ButtonDefinition: ['This button', 'on a button (in "buttons")'],
  SpotlightOptions: ['The spotlight', 'in "spotlight"'],
};

/** `RageClicksCondition` → `rage clicks condition`. */
export function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** `a` or `an` before a word. */
export function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** How messages name an object of a definition: [subject of a sentence, where a property goes]. */
export function place(def: string): [string, string] {
  if (PLACES[def]) return PLACES[def];
  const noun = words(def.replace(/(.)Definition$/, '$1'));
  return [`This ${noun}`, `in ${article(noun)} ${noun}`];
}

/** The singular of a list name (`steps` → `step`); `item` when the name is not a plural. */
export function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : 'item';
}

/** A value in double quotes, as JSON writes it. */
export function quote(s: string): string {
  return JSON.stringify(s);
}

/** The text with its first letter in lower case. */
export function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Long values cut to 60 characters for messages. */
export function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** ` Did you mean "…"?`, or nothing without a suggestion. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : '';
}

/** What a value is, for "but it is …": `the text "…"`, `the number 42`, `an empty list`. */
export function describeValue(v: unknown): string {
  switch (kindOf(v)) {
    case 'string':
      return `the text ${JSON.stringify(clip(v as string))}`;
    case 'number':
    case 'non-finite number':
      return `the number ${v}`;
    case 'boolean':
    case 'null':
      return String(v);
    case 'array':
      return (v as unknown[]).length ? 'a list' : 'an empty list';
    case 'object':
      return 'an object';
    default:
      return v === undefined ? 'nothing' : `a ${typeof v}`;
  }
}

/** What a schema node expects, for "should be …": `one of …`, `a number`, `a list of objects ([ … ])`. */
export function describeNode(node: SchemaNode): string {
  if (node.$ref) return describeNode({ ...defs[refName(node.$ref)], ...node, $ref: undefined });
  if ('const' in node) return JSON.stringify(node.const);
  if (node.enum) return `one of ${describeEnum(node.enum)}`;
  if (node.anyOf) return [...new Set(node.anyOf.map(describeNode))].join(' or ');
  const format = formatOf(node.examples);
  switch (node.type) {
    case 'string':
      return format ? describeFormat(format) : 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array': {
      const of = node.items ? describeNode(node.items) : '';
      return `a list${of === 'text' ? ' of text' : of.startsWith('an object') ? ' of objects' : ''} ([ … ])`;
    }
    case 'object':
      return 'an object ({ … })';
    default:
      return 'a value';
  }
}

/** `top, bottom, left, right (optionally -start/-end)` instead of twelve values, when that is exact. */
function describeEnum(values: string[]): string {
  const bases = values.filter((v) => !/-(start|end)$/.test(v));
  const grouped =
    bases.length * 3 === values.length &&
    bases.every((b) => values.includes(`${b}-start`) && values.includes(`${b}-end`));
  return grouped ? `${bases.join(', ')} (optionally -start/-end)` : values.join(', ');
}

/** A character-class pattern (`^[A-Za-z0-9_-]+$`) in words (`letters, digits and _ - (no spaces)`); `undefined` for other patterns. */
export function describePattern(pattern: string): string | undefined {
  const set = /^\^\[([^\]]+)\]\+\$$/.exec(pattern)?.[1];
  if (!set) return undefined;
  const named: string[] = [];
  let rest = set;
  for (const [range, word] of [
    ['A-Za-z', 'letters'],
    ['0-9', 'digits'],
  ]) {
    if (rest.includes(range)) {
      named.push(word);
      rest = rest.replace(range, '');
    }
  }
  const symbols = [...rest].join(' ');
  return `${named.join(', ')}${symbols ? `${named.length ? ' and ' : ''}${symbols}` : ''} (no spaces)`;
}
