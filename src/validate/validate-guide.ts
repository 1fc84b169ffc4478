/**
 * The guide validator: checks a guide document and explains every problem in plain English.
 *
 * The structural rules (types, required fields, enums, bounds, patterns) are read from `schema.json`,
 * which is generated from the guide definition types, so the validator and the schema cannot drift.
 * Unions of object shapes (the condition language) are told apart by the keys present, also read
 * from the schema. On top of the schema it checks what a schema cannot: unique ids, references
 * (steps, tours, guides, segments), link safety, selector syntax, the formats of durations, times,
 * dates and time zones, and rules that can never hold.
 * @packageDocumentation
 */
import schemaJson from '../../schema.json' with { type: 'json' };
import { describeFormat, formatOf, formatProblem } from './format-problem.js';
import { findJsonError } from './json-error.js';
import { SAFE_SCHEMES, markdownLinks, unsafeScheme } from './link-scheme.js';
import { selectorProblem } from './selector-problem.js';
import { closestMatch } from './suggest.js';
import { translationProblems } from './translation-problems.js';

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
  maxItems?: number;
  pattern?: string;
  description?: string;
  examples?: unknown[];
}

type Obj = Record<string, unknown>;

/** What one validation run collects: the issues, and every object it matched to a definition. */
interface Run {
  out: ValidationIssue[];
  seen: [def: string, value: Obj, path: string][];
}

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

/** What each action needs, and how to explain it. */
const ACTION_NEEDS: Record<string, [key: string, what: string]> = {
  goto: ['step', 'the id of the step in this tour to jump to'],
  'start-tour': ['tour', 'the id of the tour to start'],
  link: ['href', 'the address to open'],
  app: ['name', 'the name of an action the app registered'],
  escalate: ['reason', ''],
};

/** How each kind of user comparison reads the trait. */
const KIND_OF_OP: Record<string, string> = {
  eq: 'as text',
  in: 'as text',
  gt: 'as a number',
  lt: 'as a number',
  gte: 'as a number',
  lte: 'as a number',
  olderThan: 'as a date',
  newerThan: 'as a date',
};

/** Settings that need another one: [definition, choosing key, { choice: needed key }]. */
const CHOICE_NEEDS: [string, string, Record<string, string>][] = [
  ['ChatDefinition', 'provider', { mailto: 'email', url: 'url' }],
  ['OfflineOptions', 'mode', { email: 'email', url: 'url' }],
];

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
  const run: Run = { out: [], seen: [] };
  let doc = input;
  try {
    if (typeof input === 'string') {
      const text = input.replace(/^\uFEFF/, '');
      try {
        doc = JSON.parse(text);
      } catch (error) {
        run.out.push(jsonIssue(text, error));
        return result(run.out, undefined);
      }
    }
    walk(doc, { $ref: '#/$defs/GuideDocument' }, '', 'document', 'The document', run);
    if (isObj(doc)) {
      checkTours(doc, run.out);
      checkMeaning(doc, run);
      run.out.push(...translationProblems(doc));
    }
  } catch (error) {
    run.out.push({
      path: '',
      severity: 'error',
      message: `The validator could not finish checking this guide (${error instanceof Error ? error.message : String(error)}). Please report this as a Waymark bug.`,
    });
  }
  return result(run.out, doc);
}

function result(issues: ValidationIssue[], doc: unknown): ValidationResult {
  // Group by top-level section (in document order), then by item and sub-item (a stable sort keeps
  // document order within each group).
  let order: string[] = [];
  try {
    order = isObj(doc) ? Object.keys(doc) : [];
  } catch {
    // a hostile object; keep the order found
  }
  const rank = (path: string) => [
    path ? order.indexOf(/^[^.[]*/.exec(path)![0]) : -1,
    ...[/^[^.[]*\[(\d+)\]/, /^[^.[]*\[\d+\]\.\w+\[(\d+)\]/].map((re) => Number(re.exec(path)?.[1] ?? -1)),
  ];
  const ranked = issues.map((issue, i) => ({ issue, key: [...rank(issue.path), i] }));
  ranked.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.key[3] - b.key[3]);
  const sorted = ranked.map((r) => r.issue);
  return { valid: !sorted.some((i) => i.severity === 'error'), issues: sorted };
}

function jsonIssue(text: string, error: unknown): ValidationIssue {
  const at = findJsonError(text);
  if (!at) {
    return {
      path: '',
      severity: 'error',
      message: `This is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
      expected: 'valid JSON',
    };
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

function walk(
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

/**
 * Chooses the branch of a union of object shapes from the keys present: each branch is known by its
 * required keys that no other branch has (`page`, `event`, …). Reports a value with none or several.
 * @returns the branch and the value to check against it, or `undefined` when nothing more can be said
 */
function pick(
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

/** Definitions that are one shape of a union of shapes (the kinds of condition): named by their kind. */
const BRANCHES = new Set(
  Object.values(defs).flatMap((d) =>
    d.anyOf && d.anyOf.filter((b) => resolve(b).properties).length > 1 ? d.anyOf.map((b) => refName(b.$ref ?? '')) : [],
  ),
);

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

function unknownKey(
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

function accepts(node: SchemaNode, value: unknown): boolean {
  if (node.$ref) return accepts(resolve(node), value);
  if ('const' in node) return value === node.const;
  if (node.anyOf) return node.anyOf.some((b) => accepts(b, value));
  return !node.type || kindOf(value) === node.type;
}

// ---------------------------------------------------------------------------------------------
// What a schema cannot say: ids, references, links, selectors, formats, advice

/** Links and addresses in any text field: `href`/`url` values, e-mail addresses and Markdown text. */
function checkText(key: string, text: string, node: SchemaNode, path: string, out: ValidationIssue[]): void {
  if (key === 'href' || key === 'url') checkHref(text, path, 'The link goes to', out);
  if (node.description?.includes('Markdown'))
    for (const href of markdownLinks(text)) checkHref(href, path, `The ${key} links to`, out);
  if (key === 'email' && !/^[^\s@]+@[^\s@]+$/.test(text)) {
    out.push({
      path,
      severity: 'error',
      message: `${JSON.stringify(clip(text))} is not an e-mail address. Write it like "help@example.com".`,
      expected: 'an e-mail address',
      received: JSON.stringify(clip(text)),
    });
  }
}

function checkTours(doc: Obj, out: ValidationIssue[]): void {
  list(doc.tours).forEach((tour, t) => {
    if (!isObj(tour)) return;
    const tp = `tours[${t}]`;
    if (tour.title === undefined) {
      warn(
        out,
        tp,
        'This tour has no "title". Add one: screen-reader users hear it, and analytics and the preview show it.',
      );
    }
    list(tour.steps).forEach((step, s) => {
      if (!isObj(step)) return;
      const sp = `${tp}.steps[${s}]`;
      if (step.advanceOn !== undefined && step.target === undefined) {
        warn(
          out,
          `${sp}.advanceOn`,
          '"advanceOn" has no effect because this step has no "target" to watch. Add a target or remove advanceOn.',
        );
      }
      const spotlightOff =
        step.spotlight === false ||
        (step.spotlight === undefined && isObj(tour.defaults) && tour.defaults.spotlight === false);
      if (Array.isArray(step.highlight) && step.highlight.length && spotlightOff) {
        warn(
          out,
          `${sp}.highlight`,
          '"highlight" has no effect because this step has no spotlight ("spotlight": false). Remove one of them.',
        );
      }
      if (typeof step.body === 'string' && step.body.length > BODY_LIMIT) {
        warn(
          out,
          `${sp}.body`,
          `The body is ${step.body.length} characters long. Keep steps short: aim for under ${BODY_LIMIT} characters, or split it into several steps.`,
        );
      }
    });
  });
}

/** Checks that need the whole document: references, actions, segments, ranges, contradictions. */
function checkMeaning(doc: Obj, run: Run): void {
  const out = run.out;
  const segments = isObj(doc.segments) ? doc.segments : {};
  const segmentNames = Object.keys(segments);
  // Every list section of the document (tours, checklists, hints, …) holds guides a condition can name.
  const sections = Object.entries(defs.GuideDocument.properties ?? {})
    .filter(([, n]) => n.type === 'array')
    .map(([k]) => k);
  const guideIds = sections.flatMap((s) => ids(list(doc[s])));
  const tourIds = ids(list(doc.tours));
  const links = new Map<string, string[]>();

  for (const [def, v, path] of run.seen) {
    const props = defs[def]?.properties ?? {};
    if (props.action?.$ref === '#/$defs/ButtonAction') checkAction(v, path, def, doc, tourIds, out);
    for (const [d, key, needs] of CHOICE_NEEDS) {
      const need = d === def && typeof v[key] === 'string' ? needs[v[key] as string] : undefined;
      if (need && v[need] === undefined) {
        const what = props[need]?.description?.replace(/^For `[^`]+`: /, '') ?? '';
        out.push({
          path: join(path, need),
          severity: 'error',
          received: 'nothing',
          message: `With "${key}": ${JSON.stringify(v[key])}, add "${need}": ${lower(what)}`,
        });
      }
    }
    if (def === 'SegmentCondition' && typeof v.segment === 'string') {
      const owner = segmentNames.find(
        (n) =>
          path === join('segments', n) ||
          path.startsWith(`${join('segments', n)}.`) ||
          path.startsWith(`${join('segments', n)}[`),
      );
      if (owner !== undefined) links.set(owner, [...(links.get(owner) ?? []), v.segment]);
      if (!Object.hasOwn(segments, v.segment)) {
        missing(
          out,
          join(path, 'segment'),
          v.segment,
          segmentNames,
          `There is no segment named ${JSON.stringify(v.segment)} in "segments".`,
          'the name of a segment defined in "segments"',
        );
      }
    }
    if (def === 'GuideCondition' && typeof v.guide === 'string' && !guideIds.includes(v.guide)) {
      const kinds = sections
        .map(singular)
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1');
      missing(
        out,
        join(path, 'guide'),
        v.guide,
        guideIds,
        `There is no ${kinds} with id ${JSON.stringify(v.guide)}.`,
        `the id of a ${kinds}`,
      );
    }
    if (def === 'UserCondition') checkUser(v, path, props, out);
    if (def === 'DateRange' && typeof v.from === 'string' && typeof v.to === 'string') {
      const [from, to] = [v.from, v.to].map((d) =>
        /^\d{4}-\d\d-\d\d$/.test(d) ? d : new Date(Date.parse(d)).toISOString(),
      );
      if (
        from.slice(0, 10) > to.slice(0, 10) ||
        (from.length > 10 && to.length > 10 && Date.parse(v.from) > Date.parse(v.to))
      ) {
        out.push({
          path: join(path, 'to'),
          severity: 'error',
          received: JSON.stringify(v.to),
          message: `This range ends (${JSON.stringify(v.to)}) before it starts (${JSON.stringify(v.from)}), so it never holds. Swap "from" and "to".`,
        });
      }
    }
    if (def === 'FrequencyDefinition') {
      if (v.per !== undefined && v.max === undefined)
        warn(
          out,
          join(path, 'per'),
          '"per" has no effect without "max". Add "max", like "max": 1, "per": "P7D" (at most once a week).',
        );
      if (v.max === 0)
        warn(
          out,
          join(path, 'max'),
          'With "max": 0 this guide is never shown automatically. Remove its "trigger" instead, or allow at least 1 showing.',
        );
    }
  }

  checkDependencies(doc, out);

  // A segment that refers to itself, directly or through others, never matches.
  for (const name of segmentNames) {
    const trail = cycle(name, name, links, [name]);
    if (trail)
      out.push({
        path: join('segments', name),
        severity: 'error',
        message: `The segment ${JSON.stringify(name)} refers to itself (${trail.join(' → ')}), so it never matches. Remove one of these references.`,
      });
  }
}

/** Checklist items wait only for items of their own checklist, and never (indirectly) for themselves. */
function checkDependencies(doc: Obj, out: ValidationIssue[]): void {
  list(doc.checklists).forEach((checklist, c) => {
    const items = list(isObj(checklist) ? checklist.items : undefined);
    const itemIds = ids(items);
    const links = new Map<string, string[]>();
    items.forEach((item, i) => {
      if (!isObj(item) || !Array.isArray(item.dependsOn)) return;
      if (typeof item.id === 'string')
        links.set(
          item.id,
          item.dependsOn.filter((d): d is string => typeof d === 'string'),
        );
      item.dependsOn.forEach((d, j) => {
        if (typeof d === 'string' && !itemIds.includes(d)) {
          missing(
            out,
            `checklists[${c}].items[${i}].dependsOn[${j}]`,
            d,
            itemIds,
            `There is no item with id ${quote(d)} in this checklist.`,
            'the id of an item of this checklist',
          );
        }
      });
    });
    items.forEach((item, i) => {
      const id = isObj(item) ? item.id : undefined;
      const trail = typeof id === 'string' && cycle(id, id, links, [id]);
      if (trail) {
        out.push({
          path: `checklists[${c}].items[${i}].dependsOn`,
          severity: 'error',
          message: `The item ${quote(id as string)} depends on itself (${trail.join(' → ')}), so it stays locked for ever. Remove one of these dependencies.`,
        });
      }
    });
  });
}

function cycle(start: string, at: string, links: Map<string, string[]>, trail: string[]): string[] | undefined {
  for (const next of links.get(at) ?? []) {
    if (next === start) return [...trail, next];
    if (!trail.includes(next)) {
      const found = cycle(start, next, links, [...trail, next]);
      if (found) return found;
    }
  }
  return undefined;
}

function checkUser(v: Obj, path: string, props: Record<string, SchemaNode>, out: ValidationIssue[]): void {
  const ops = Object.keys(props).filter((k) => k !== 'user');
  const used = ops.filter((k) => v[k] !== undefined);
  const trait = JSON.stringify(v.user);
  const error = (message: string) => out.push({ path, severity: 'error', message });
  if (!used.length) {
    return void out.push({
      path,
      severity: 'error',
      expected: `one of ${ops.join(', ')}`,
      received: 'no comparison',
      message: `This user condition compares ${trait} with nothing. Add a comparison: ${ops.join(', ')} (for example "exists": true).`,
    });
  }
  if (v.exists === false && used.length > 1) {
    return void error(
      `This user condition can never hold: "exists": false means ${trait} is not set, and a trait that is not set fails every other comparison. Use "exists": false alone.`,
    );
  }
  const groups = [
    ['eq', 'in'],
    ['gt', 'lt', 'gte', 'lte'],
    ['olderThan', 'newerThan'],
  ].filter((g) => g.some((k) => used.includes(k)));
  if (groups.length > 1) {
    const [a, b] = groups.map((g) => g.find((k) => used.includes(k)));
    return void error(
      `This user condition mixes "${a}" and "${b}", which compare ${trait} in different ways (${KIND_OF_OP[a!]} and ${KIND_OF_OP[b!]}). Use one kind of comparison per user condition; to require both, put two user conditions in "all".`,
    );
  }
  if (v.eq !== undefined && v.in !== undefined) {
    warn(out, path, `This user condition uses both "eq" and "in". Use one: "in" lists every value allowed.`);
  }
  const num = (k: string) => (typeof v[k] === 'number' ? (v[k] as number) : undefined);
  const [gt, gte, lt, lte] = ['gt', 'gte', 'lt', 'lte'].map(num);
  const low = Math.max(gt ?? -Infinity, gte ?? -Infinity);
  const high = Math.min(lt ?? Infinity, lte ?? Infinity);
  if (low > high || (low === high && (low === gt || high === lt))) {
    error(
      `This user condition can never hold: no number is ${[gt !== undefined && `greater than ${gt}`, gte !== undefined && `at least ${gte}`, lt !== undefined && `less than ${lt}`, lte !== undefined && `at most ${lte}`].filter(Boolean).join(' and ')}.`,
    );
  }
}

function checkAction(
  action: Obj,
  path: string,
  def: string,
  doc: Obj,
  tourIds: string[],
  out: ValidationIssue[],
): void {
  const name = action.action;
  const noun = def.includes('Button') ? 'button' : 'action';
  if (typeof name !== 'string' || !defs.ButtonAction.enum?.includes(name)) return;
  for (const [owner, [key]] of Object.entries(ACTION_NEEDS)) {
    if (owner !== name && action[key] !== undefined) {
      warn(
        out,
        join(path, key),
        `"${key}" is only used by "${owner}" ${noun}s, so it is ignored on ${article(name)} "${name}" ${noun}.`,
      );
    }
  }
  const [key, what] = ACTION_NEEDS[name] ?? [];
  if (!key || !what) return;
  const value = action[key];
  const p = join(path, key);
  if (value === undefined)
    return void out.push({
      path: p,
      severity: 'error',
      message: `${article(name).replace('a', 'A')} "${name}" ${noun} needs "${key}": ${what}.`,
      received: 'nothing',
    });
  if (typeof value !== 'string' || (key !== 'step' && key !== 'tour')) return;
  if (key === 'tour') {
    if (!tourIds.includes(value))
      missing(out, p, value, tourIds, `There is no tour with id ${JSON.stringify(value)}.`, 'the id of a tour');
    return;
  }
  const step = /^tours\[(\d+)\]\.steps\[\d+\]\./.exec(path);
  if (!step) {
    return void out.push({
      path: join(path, 'action'),
      severity: 'error',
      message: `A "goto" ${noun} only works in a tour step, where there are steps to jump to. Use "start-tour" to start a tour.`,
      received: '"goto"',
    });
  }
  const tour = list(doc.tours)[Number(step[1])];
  const stepIds = ids(list(isObj(tour) ? tour.steps : undefined));
  if (!stepIds.includes(value))
    missing(
      out,
      p,
      value,
      stepIds,
      `There is no step with id ${JSON.stringify(value)} in this tour.`,
      'the id of a step',
    );
}

/** Reports a reference to something that does not exist, suggesting the closest existing name. */
function missing(
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

function checkHref(href: string, path: string, lead: string, out: ValidationIssue[]): void {
  const scheme = unsafeScheme(href);
  if (!scheme) return;
  const expected = `${SAFE_SCHEMES.map((s) => `${s}:`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1')} link, or a relative link like /help`;
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
        expected: 'a CSS selector, optionally with >>> to enter a shadow root or a same-origin iframe',
        received: JSON.stringify(clip(selector)),
      });
    }
  };
  if (!Array.isArray(target)) return check(target, path);
  if (!target.length) {
    const step = /\.steps\[\d+\]\.target$/.test(path) ? ', or remove "target" to show a centred step' : '';
    out.push({
      path,
      severity: 'error',
      message: `"target" is an empty list, which never matches anything. Add a selector${step}.`,
      expected: 'at least one selector',
      received: 'an empty list',
    });
  }
  target.forEach((s, i) => check(s, `${path}[${i}]`));
}

/** Reports a repeated id in one list; `list` is the list's path (ids are unique within it). */
function unique(
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

function refName(ref: string): string {
  return ref.replace('#/$defs/', '');
}

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? resolve(defs[refName(node.$ref)]) : node;
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

/** `RageClicksCondition` → `rage clicks condition`. */
function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function place(def: string): [string, string] {
  if (PLACES[def]) return PLACES[def];
  const noun = words(def.replace(/(.)Definition$/, '$1'));
  return [`This ${noun}`, `in ${article(noun)} ${noun}`];
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : 'item';
}

function quote(s: string): string {
  return JSON.stringify(s);
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
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

function describePattern(pattern: string): string | undefined {
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
