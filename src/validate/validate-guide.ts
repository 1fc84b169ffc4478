/**
 * The guide validator: checks a guide document and explains every problem in plain English.
 *
 * The structural rules (types, required fields, enums, bounds, patterns) are read from `schema.json`,
 * which is generated from the guide definition types, so the validator and the schema cannot drift.
 * On top of the schema it checks what a schema cannot: unique ids, references between steps and tours,
 * link safety and selector syntax.
 * @packageDocumentation
 */
import schemaJson from '../../schema.json' with { type: 'json' };
import { findJsonError } from './json-error.js';
import { SAFE_SCHEMES, markdownLinks, unsafeScheme } from './link-scheme.js';
import { selectorProblem } from './selector-problem.js';
import { closestMatch } from './suggest.js';

/** One problem found in a guide document. */
export interface ValidationIssue {
  /**
   * Where the problem is, as a readable path like `tours[0].steps[2].placement`; `""` for the whole
   * document.
   */
  path: string;
  /** What is wrong, in plain English, as one or more full sentences (it includes the suggestion). */
  message: string;
  /** What was expected there, like `one of top, bottom, left, right (optionally -start/-end)`. */
  expected?: string;
  /** What was found there, like `the number 42`. */
  received?: string;
  /** The value the author probably meant, for "did you mean" (like `bottom`). */
  suggestion?: string;
  /** `error`s make the document invalid; `warning`s are advice and do not. */
  severity: 'error' | 'warning';
}

/** The outcome of {@link validateGuide}. */
export interface ValidationResult {
  /** `true` when there are no issues of severity `error` (warnings are allowed). */
  valid: boolean;
  /** Every issue found, errors and warnings. */
  issues: ValidationIssue[];
}

interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: string[];
  const?: unknown;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  pattern?: string;
}

type Obj = Record<string, unknown>;

const schema = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
const defs = schema.$defs;
const SCHEMA_VERSION = defs.GuideDocument.properties?.schemaVersion?.const;
/** Bodies longer than this get a "keep steps short" warning. */
const BODY_LIMIT = 600;

/** How messages name an object of each definition: [subject of a sentence, where a property goes]. */
const PLACES: Record<string, [string, string]> = {
  GuideDocument: ['The document', 'at the top level of the document'],
  TourDefinition: ['This tour', 'on a tour'],
  StepDefinition: ['This step', 'on a step'],
  StepDefaults: ["The tour's defaults", "in a tour's defaults"],
  ButtonDefinition: ['This button', 'on a button (in "buttons")'],
  SpotlightOptions: ['The spotlight', 'in "spotlight"'],
};

/** What each button action needs, and how to explain it. */
const ACTION_NEEDS: Record<string, [key: string, what: string]> = {
  goto: ['step', 'the id of the step in this tour to jump to'],
  'start-tour': ['tour', 'the id of the tour to start'],
  link: ['href', 'the address to open'],
};

/**
 * Checks a guide document and reports every problem at once. Never throws.
 *
 * @param input - the parsed document, or its JSON text (a syntax error is reported with line and column)
 * @returns `valid` and the list of issues (errors and warnings), in document order per tour and step
 * @example
 * ```ts
 * const { valid, issues } = validateGuide(json);
 * if (!valid) console.error(formatIssues(issues));
 * ```
 */
export function validateGuide(input: unknown): ValidationResult {
  const issues: ValidationIssue[] = [];
  try {
    let doc = input;
    if (typeof input === 'string') {
      const text = input.replace(/^\uFEFF/, '');
      try {
        doc = JSON.parse(text);
      } catch (error) {
        issues.push(jsonIssue(text, error));
        return result(issues);
      }
    }
    walk(doc, { $ref: '#/$defs/GuideDocument' }, '', 'document', 'The document', issues);
    if (isObj(doc)) checkTours(doc, issues);
  } catch (error) {
    issues.push({
      path: '',
      severity: 'error',
      message: `The validator could not finish checking this guide (${error instanceof Error ? error.message : String(error)}). Please report this as a Waymark bug.`,
    });
  }
  return result(issues);
}

function result(issues: ValidationIssue[]): ValidationResult {
  // Group by tour and step (a stable sort keeps document order within each group).
  const rank = (path: string) => [/^tours\[(\d+)\]/, /^tours\[\d+\]\.steps\[(\d+)\]/].map((re) => Number(re.exec(path)?.[1] ?? -1));
  const ranked = issues.map((issue, i) => ({ issue, key: [...rank(issue.path), i] }));
  ranked.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  const sorted = ranked.map((r) => r.issue);
  return { valid: !sorted.some((i) => i.severity === 'error'), issues: sorted };
}

function jsonIssue(text: string, error: unknown): ValidationIssue {
  const at = findJsonError(text);
  if (!at) {
    return { path: '', severity: 'error', message: `This is not valid JSON (${error instanceof Error ? error.message : String(error)}).`, expected: 'valid JSON' };
  }
  const line = text.split('\n')[at.line - 1] ?? '';
  const start = Math.max(0, at.column - 30);
  return {
    path: '',
    severity: 'error',
    message: `This is not valid JSON. Line ${at.line}, column ${at.column}: ${at.problem}.`,
    expected: 'valid JSON',
    received: `${start ? '…' : ''}${line.slice(start, at.column + 30).trim()}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Structure, driven by schema.json

function walk(value: unknown, node: SchemaNode, path: string, name: string, subject: string, out: ValidationIssue[], def?: string): void {
  if (node.$ref) {
    const ref = node.$ref.replace('#/$defs/', '');
    const { $ref: _, ...local } = node;
    return walk(value, { ...defs[ref], ...local }, path, name, subject, out, ref);
  }
  const error = (message: string, extra: Partial<ValidationIssue> = {}) => out.push({ path, message, severity: 'error', ...extra });
  const received = describeValue(value);

  if (node.anyOf) {
    const fit = node.anyOf.find((branch) => accepts(branch, value));
    if (!fit) {
      const expected = node.anyOf.map(describeNode).join(' or ');
      return void error(`${subject} should be ${expected}, but it is ${received}.`, { expected, received });
    }
    const { anyOf: _, ...rest } = node;
    return walk(value, { ...rest, ...fit }, path, name, subject, out, def);
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
    const expected = path ? describeNode(node) : `a JSON object like { "schemaVersion": ${SCHEMA_VERSION}, "tours": [ … ] }`;
    return void error(`${subject} should be ${expected}, but it is ${received}.`, { expected, received });
  }

  if (typeof value === 'string') {
    if (node.enum && !node.enum.includes(value)) {
      const suggestion = closestMatch(value, node.enum);
      const noun = /^[a-z]+$/.test(name) ? `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}` : `a valid ${name} value`;
      const expected = describeNode(node);
      return void error(`${JSON.stringify(value)} is not ${noun}. Expected ${expected}.${didYouMean(suggestion)}`, {
        expected,
        received: JSON.stringify(value),
        ...(suggestion ? { suggestion } : {}),
      });
    }
    if (node.minLength !== undefined && [...value].length < node.minLength) {
      const n = node.minLength;
      return void error(value ? `${subject} is too short: write at least ${n} characters.` : `${subject} is empty. Write at least ${n} character${n === 1 ? '' : 's'}.`, {
        expected: `at least ${n} character${n === 1 ? '' : 's'}`,
        received,
      });
    }
    if (node.pattern && !new RegExp(node.pattern, 'u').test(value)) {
      const expected = describePattern(node.pattern);
      return void error(`${JSON.stringify(value)} is not a valid ${name}: use only ${expected}.`, { expected, received });
    }
  }

  if (typeof value === 'number') {
    const { minimum: min, maximum: max } = node;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      const expected =
        min !== undefined && max !== undefined ? `a number from ${min} to ${max}` : min !== undefined ? `a number of at least ${min}` : `a number of at most ${max}`;
      const rule = min !== undefined && max !== undefined ? `between ${min} and ${max}` : expected.replace('a number of ', '');
      return void error(`${subject} is ${value}, but it must be ${rule}.`, { expected, received: String(value) });
    }
  }

  if (Array.isArray(value)) {
    const item = singular(name);
    if (node.minItems !== undefined && value.length < node.minItems) {
      error(`${subject} is empty. Add at least ${node.minItems === 1 ? 'one' : node.minItems} ${item}${node.minItems === 1 ? '' : 's'}.`, {
        expected: `at least ${node.minItems} ${item}${node.minItems === 1 ? '' : 's'}`,
        received: 'an empty list',
      });
    }
    if (node.items) value.forEach((v, i) => walk(v, node.items as SchemaNode, `${path}[${i}]`, item, `This ${item}`, out));
  }

  if (isObj(value) && node.properties) {
    const props = node.properties;
    const [who, where] = place(def ?? name);
    const known = Object.keys(props);
    const typos = Object.keys(value).filter((k) => !props[k]).map((k) => closestMatch(k, known));
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
      if (props[key]) walk(v, props[key], join(path, key), key, `"${key}"`, out);
      else if (node.additionalProperties === false) out.push(unknownKey(key, def, where, known, join(path, key)));
    }
  }
}

/** For each definition, the top-level sections of the document (tours, chat, …) it can appear under. */
const sectionsOf = (() => {
  const out = new Map<string, Set<string>>();
  const visit = (node: unknown, section: string) => {
    if (!node || typeof node != 'object') return;
    const ref = (node as SchemaNode).$ref?.replace('#/$defs/', '');
    if (ref) {
      const seen = out.get(ref) ?? new Set<string>();
      if (seen.has(section)) return;
      out.set(ref, seen.add(section));
      return visit(defs[ref], section);
    }
    for (const child of Object.values(node)) visit(child, section);
  };
  for (const [section, node] of Object.entries(defs.GuideDocument.properties ?? {})) visit(node, section);
  return out;
})();

/** Whether two definitions live under a common section, so a key's "right place" is worth naming. */
const related = (a: string | undefined, b: string) =>
  !a || [...(sectionsOf.get(a) ?? [])].some((section) => sectionsOf.get(b)?.has(section));

function unknownKey(key: string, def: string | undefined, where: string, allowed: string[], path: string): ValidationIssue {
  const elsewhere = Object.keys(defs)
    .filter((d) => d !== def && defs[d].properties?.[key] && related(def, d))
    .map((d) => place(d)[1]);
  const base = { path, severity: 'error' as const, expected: allowed.join(', ') };
  if (elsewhere.length) return { ...base, message: `"${key}" is not allowed ${where}; it belongs ${elsewhere.join(' or ')}.` };
  const suggestion = closestMatch(key, allowed);
  if (suggestion) return { ...base, suggestion, message: `"${key}" is not allowed ${where}.${didYouMean(suggestion)}` };
  return { ...base, message: `"${key}" is not allowed ${where}. Allowed: ${allowed.join(', ')}.` };
}

function accepts(node: SchemaNode, value: unknown): boolean {
  if (node.$ref) return accepts(defs[node.$ref.replace('#/$defs/', '')], value);
  if ('const' in node) return value === node.const;
  if (node.anyOf) return node.anyOf.some((b) => accepts(b, value));
  return !node.type || kindOf(value) === node.type;
}

// ---------------------------------------------------------------------------------------------
// What a schema cannot say: ids, references, links, selectors, advice

function checkTours(doc: Obj, out: ValidationIssue[]): void {
  const tours = list(doc.tours);
  const tourIds = ids(tours);
  const seenTours = new Map<string, string>();
  tours.forEach((tour, t) => {
    if (!isObj(tour)) return;
    const tp = `tours[${t}]`;
    unique(tour.id, `${tp}.id`, seenTours, 'tour', 'Tour ids must be unique in the document.', out);
    if (tour.title === undefined) {
      warn(out, tp, 'This tour has no "title". Add one: screen-reader users hear it, and analytics and the preview show it.');
    }
    const steps = list(tour.steps);
    const stepIds = ids(steps);
    const seenSteps = new Map<string, string>();
    steps.forEach((step, s) => {
      if (!isObj(step)) return;
      const sp = `${tp}.steps[${s}]`;
      unique(step.id, `${sp}.id`, seenSteps, 'step', 'Step ids must be unique within a tour.', out);
      checkTarget(step.target, `${sp}.target`, out);
      if (step.advanceOn !== undefined && step.target === undefined) {
        warn(out, `${sp}.advanceOn`, '"advanceOn" has no effect because this step has no "target" to watch. Add a target or remove advanceOn.');
      }
      if (typeof step.body === 'string') {
        for (const href of markdownLinks(step.body)) checkHref(href, `${sp}.body`, 'The body links to', out);
        if (step.body.length > BODY_LIMIT) {
          warn(out, `${sp}.body`, `The body is ${step.body.length} characters long. Keep steps short: aim for under ${BODY_LIMIT} characters, or split it into several steps.`);
        }
      }
      list(step.buttons).forEach((button, b) => {
        if (isObj(button)) checkButton(button, `${sp}.buttons[${b}]`, stepIds, tourIds, out);
      });
    });
  });
}

function checkButton(button: Obj, bp: string, stepIds: string[], tourIds: string[], out: ValidationIssue[]): void {
  const action = button.action;
  if (typeof action !== 'string' || !defs.ButtonAction.enum?.includes(action)) return;
  for (const [owner, [key]] of Object.entries(ACTION_NEEDS)) {
    if (owner !== action && button[key] !== undefined) {
      warn(out, `${bp}.${key}`, `"${key}" is only used by "${owner}" buttons, so it is ignored on a "${action}" button.`);
    }
  }
  const need = ACTION_NEEDS[action];
  if (!need) return;
  const [key, what] = need;
  const value = button[key];
  const path = `${bp}.${key}`;
  if (value === undefined) {
    out.push({ path, severity: 'error', message: `A "${action}" button needs "${key}": ${what}.`, received: 'nothing' });
  } else if (typeof value === 'string' && key === 'href') {
    checkHref(value, path, 'The link goes to', out);
  } else if (typeof value === 'string') {
    const known = key === 'step' ? stepIds : tourIds;
    if (known.includes(value)) return;
    const suggestion = closestMatch(value, known);
    out.push({
      path,
      severity: 'error',
      message: `There is no ${key} with id ${JSON.stringify(value)}${key === 'step' ? ' in this tour' : ''}.${didYouMean(suggestion)}`,
      expected: known.length ? `one of ${known.join(', ')}` : `the id of a ${key}`,
      received: JSON.stringify(value),
      ...(suggestion ? { suggestion } : {}),
    });
  }
}

function checkHref(href: string, path: string, lead: string, out: ValidationIssue[]): void {
  const scheme = unsafeScheme(href);
  if (!scheme) return;
  const expected = `${SAFE_SCHEMES.map((s) => `${s}:`).join(', ').replace(/, ([^,]*)$/, ' or $1')} link, or a relative link like /help`;
  out.push({
    path,
    severity: 'error',
    message: `${lead} ${JSON.stringify(clip(href))}, which uses "${scheme}:". That is not allowed because it can run code or open other apps. Use an ${expected}.`,
    expected: `an ${expected}`,
    received: JSON.stringify(clip(href)),
  });
}

function checkTarget(target: unknown, path: string, out: ValidationIssue[]): void {
  const check = (selector: unknown, p: string) => {
    if (typeof selector !== 'string') return;
    const problem = selectorProblem(selector);
    if (problem) {
      out.push({
        path: p,
        severity: 'error',
        message: `${JSON.stringify(clip(selector))} is not a valid CSS selector: ${problem}.`,
        expected: 'a CSS selector, optionally with >>> to enter a shadow root',
        received: JSON.stringify(clip(selector)),
      });
    }
  };
  if (!Array.isArray(target)) return check(target, path);
  if (!target.length) {
    out.push({ path, severity: 'error', message: '"target" is an empty list, which never matches anything. Add a selector, or remove "target" to show a centred step.', expected: 'at least one selector', received: 'an empty list' });
  }
  target.forEach((s, i) => check(s, `${path}[${i}]`));
}

function unique(id: unknown, path: string, seen: Map<string, string>, kind: string, rule: string, out: ValidationIssue[]): void {
  if (typeof id !== 'string') return;
  const first = seen.get(id);
  if (first === undefined) return void seen.set(id, path);
  out.push({ path, severity: 'error', message: `The ${kind} id ${JSON.stringify(id)} is already used by ${first.replace(/\.id$/, '')}. ${rule}`, received: JSON.stringify(id) });
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function warn(out: ValidationIssue[], path: string, message: string): void {
  out.push({ path, severity: 'warning', message });
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function ids(items: unknown[]): string[] {
  return items.map((i) => (isObj(i) ? i.id : undefined)).filter((id): id is string => typeof id === 'string');
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : 'non-finite number';
  return typeof v;
}

function join(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

function place(def: string): [string, string] {
  if (PLACES[def]) return PLACES[def];
  const words = def.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return [`This ${words}`, `in a ${words}`];
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : 'item';
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function didYouMean(suggestion: string | undefined): string {
  return suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : '';
}

function describeValue(v: unknown): string {
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

function describeNode(node: SchemaNode): string {
  if (node.$ref) return describeNode(defs[node.$ref.replace('#/$defs/', '')]);
  if ('const' in node) return JSON.stringify(node.const);
  if (node.enum) return `one of ${describeEnum(node.enum)}`;
  if (node.anyOf) return node.anyOf.map(describeNode).join(' or ');
  switch (node.type) {
    case 'string':
      return 'text';
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
    bases.length * 3 === values.length && bases.every((b) => values.includes(`${b}-start`) && values.includes(`${b}-end`));
  return grouped ? `${bases.join(', ')} (optionally -start/-end)` : values.join(', ');
}

function describePattern(pattern: string): string {
  const set = /^\^\[([^\]]+)\]\+\$$/.exec(pattern)?.[1];
  if (!set) return `text matching the pattern ${pattern}`;
  const named: string[] = [];
  let rest = set;
  for (const [range, word] of [['A-Za-z', 'letters'], ['0-9', 'digits']]) {
    if (rest.includes(range)) {
      named.push(word);
      rest = rest.replace(range, '');
    }
  }
  const symbols = [...rest].join(' ');
  return `${named.join(', ')}${symbols ? `${named.length ? ' and ' : ''}${symbols}` : ''} (no spaces)`;
}
