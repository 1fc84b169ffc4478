/**
 * The structural walk, driven by `schema.json`: types, required fields, enums, bounds, lengths, patterns and text
 * formats, unknown keys, and unions of object shapes told apart by their keys. Checks that belong to one value
 * (links, selectors, unique ids) run as the walk reaches it.
 * @packageDocumentation
 */
import { checkTarget } from './check-target.js';
import { checkText } from './check-links.js';
import { unique } from './check-unique-ids.js';
import { formatOf, formatProblem } from './format-problem.js';
import {
  PLACES,
  article,
  clip,
  describeNode,
  describePattern,
  describeValue,
  didYouMean,
  place,
  singular,
  words,
} from './phrasing.js';
import { pick } from './pick-branch.js';
import { isObj, join } from './read-document.js';
import { BRANCHES, SCHEMA_VERSION, accepts, defs, kindOf, refName, type SchemaNode } from './schema-defs.js';
import { closestMatch } from './suggest.js';
import { unknownKey } from './unknown-key.js';
import type { Run, ValidationIssue } from './validation-issue.js';

/**
 * Checks a value against a schema node and reports what does not fit, then walks into its items and properties.
 * Every object matched to a definition is recorded in `run.seen` for the meaning checks.
 * @param value - the value at `path`
 * @param node - the schema node it should match
 * @param path - where the value is, like `tours[0].steps[2]`
 * @param name - the key or list item name (`placement`, `step`), for messages like "is not a placement"
 * @param subject - how a sentence names the value (`"placement"`, `This step`)
 * @param run - collects the issues and the objects seen
 * @param def - the definition the node came from, when it came through a `$ref`
 */
export function walk(
  value: unknown,
  node: SchemaNode,
  path: string,
  name: string,
  subject: string,
  run: Run,
  def?: string,
): void {
  if (node.$ref) {
    const ref = refName(node.$ref);
    const { $ref: _, ...local } = node;
    return walk(value, { ...defs[ref], ...local }, path, name, subject, run, ref);
  }
  const out = run.out;
  const error = (message: string, extra: Partial<ValidationIssue> = {}) =>
    out.push({ path, message, severity: 'error', ...extra });
  const received = describeValue(value);

  if (node.anyOf) {
    const { anyOf, ...rest } = node;
    const fits = anyOf.filter((branch) => accepts(branch, value));
    if (!fits.length) {
      const expected = describeNode(node);
      const consts = anyOf.map((b) => b.const).filter((c): c is string => typeof c === 'string');
      const suggestion = typeof value === 'string' ? closestMatch(value, consts) : undefined;
      return void error(`${subject} should be ${expected}, but it is ${received}.${didYouMean(suggestion)}`, {
        expected,
        received,
        ...(suggestion ? { suggestion } : {}),
      });
    }
    const fit: [SchemaNode, unknown] | undefined =
      fits.length > 1 && isObj(value) ? pick(fits, value, path, subject, out, def ?? name) : [fits[0], value];
    if (fit) walk(fit[1], { ...rest, ...fit[0] }, path, name, subject, run, def);
    return;
  }

  if ('const' in node) {
    if (value === node.const) return;
    const expected = JSON.stringify(node.const);
    if (path === 'schemaVersion') {
      const message =
        value === String(SCHEMA_VERSION)
          ? `"schemaVersion" must be the number ${expected}, not the text ${JSON.stringify(value)}.`
          : `"schemaVersion" is ${received}, but this version of Waymark reads guide format version ${expected}. Set "schemaVersion": ${expected}.`;
      return void error(message, { expected, received });
    }
    return void error(`${subject} must be ${expected}, but it is ${received}.`, { expected, received });
  }

  if (node.type && kindOf(value) !== node.type) {
    const expected = path
      ? describeNode(node)
      : `a JSON object like { "schemaVersion": ${SCHEMA_VERSION}, "tours": [ … ] }`;
    return void error(`${subject} should be ${expected}, but it is ${received}.`, { expected, received });
  }

  if (typeof value === 'string') {
    const format = formatOf(node.examples);
    if (node.enum && !node.enum.includes(value)) {
      const suggestion = closestMatch(value, node.enum);
      const noun = /^[a-z]+$/.test(name) ? `${article(name)} ${name}` : `a valid ${name} value`;
      const expected = describeNode(node);
      return void error(`${JSON.stringify(value)} is not ${noun}. Expected ${expected}.${didYouMean(suggestion)}`, {
        expected,
        received: JSON.stringify(value),
        ...(suggestion ? { suggestion } : {}),
      });
    }
    if (node.minLength !== undefined && [...value].length < node.minLength) {
      const n = node.minLength;
      return void error(
        value
          ? `${subject} is too short: write at least ${n} characters.`
          : `${subject} is empty. Write at least ${n} character${n === 1 ? '' : 's'}.`,
        {
          expected: `at least ${n} character${n === 1 ? '' : 's'}`,
          received,
        },
      );
    }
    if (format) {
      const problem = formatProblem(format, value, node.pattern);
      return void (problem && error(problem.message, { ...problem, received: JSON.stringify(clip(value)) }));
    }
    if (node.pattern && !new RegExp(node.pattern, 'u').test(value)) {
      const expected = describePattern(node.pattern);
      if (expected || !node.description)
        return void error(
          `${JSON.stringify(value)} is not a valid ${name}: use only ${expected ?? `text matching the pattern ${node.pattern}`}.`,
          { expected, received },
        );
      const rule = node.description.replace(/`/g, '');
      return void error(`${JSON.stringify(clip(value))} is not a valid ${name}. ${rule}`, { expected: rule, received });
    }
  }

  if (typeof value === 'number') {
    const { minimum: min, maximum: max } = node;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      const expected =
        min !== undefined && max !== undefined
          ? `a number from ${min} to ${max}`
          : min !== undefined
            ? `a number of at least ${min}`
            : `a number of at most ${max}`;
      const rule =
        min !== undefined && max !== undefined ? `between ${min} and ${max}` : expected.replace('a number of ', '');
      return void error(`${subject} is ${value}, but it must be ${rule}.`, { expected, received: String(value) });
    }
  }

  if (Array.isArray(value)) {
    const items = node.items;
    const ref = items?.$ref && refName(items.$ref);
    const item = name.endsWith('s') || !ref ? singular(name) : words(ref.replace(/(.)Definition$/, '$1'));
    const { minItems: min = 0, maxItems: max = Infinity } = node;
    const count = (n: number) => `${n === 1 ? 'one' : n} ${item}${n === 1 ? '' : 's'}`;
    if (value.length < min || value.length > max) {
      const expected =
        min === max ? `exactly ${count(min)}` : value.length < min ? `at least ${count(min)}` : `at most ${count(max)}`;
      error(
        value.length
          ? `${subject} has ${count(value.length)}, but it must have ${expected}.`
          : `${subject} is empty. Add ${expected}.`,
        { expected, received: value.length ? `${count(value.length)}` : 'an empty list' },
      );
    }
    const ids = new Map<string, string>();
    value.forEach((v, i) => {
      if (isObj(v)) unique(v.id, `${path}[${i}].id`, ids, item, path, out);
      if (items) walk(v, items, `${path}[${i}]`, item, `This ${item}`, run);
    });
  }

  if (isObj(value) && node.properties) {
    const props = node.properties;
    if (def) run.seen.push([def, value, path]);
    const [who, where] =
      def && !PLACES[def] && !BRANCHES.has(def) && subject.startsWith('"')
        ? [subject, `in ${subject}`]
        : place(def ?? name);
    const known = Object.keys(props);
    const typos = Object.keys(value)
      .filter((k) => !props[k])
      .map((k) => closestMatch(k, known));
    for (const key of node.required ?? []) {
      // A typo of a required key ("titel") is reported once, as the unknown key with its suggestion.
      if (value[key] !== undefined || typos.includes(key)) continue;
      const expected = describeNode(props[key]);
      const message =
        key === 'schemaVersion'
          ? `The document has no "schemaVersion". Add "schemaVersion": ${SCHEMA_VERSION} (this version of Waymark reads guide format version ${SCHEMA_VERSION}).`
          : `${who} has no "${key}", which is required${expected.startsWith('one of') ? `: ${expected}` : ''}.`;
      out.push({ path: join(path, key), severity: 'error', message, expected, received: 'nothing' });
    }
    for (const [key, v] of Object.entries(value)) {
      const p = join(path, key);
      if (props[key]) {
        walk(v, props[key], p, key, `"${key}"`, run);
        if (typeof v === 'string') checkText(key, v, props[key], p, out);
        if (props[key].$ref === '#/$defs/TargetSelector' || props[key].description?.includes('CSS selector'))
          checkTarget(v, p, out);
        else if (props[key].items?.$ref === '#/$defs/TargetSelector' && Array.isArray(v))
          v.forEach((t, i) => checkTarget(t, `${p}[${i}]`, out));
      } else if (node.additionalProperties === false) out.push(unknownKey(key, def, where, known, p));
    }
  } else if (isObj(value) && typeof node.additionalProperties === 'object') {
    // A map of names to values (`segments`, `where`): check each value.
    for (const [key, v] of Object.entries(value))
      walk(v, node.additionalProperties, join(path, key), key, `"${key}"`, run);
  }
}
