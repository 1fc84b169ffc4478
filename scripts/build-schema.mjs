// Generates schema.json (JSON Schema 2020-12) from src/core/guide-definition.ts and the feature definition
// files it builds on (src/core/**/*-definition.ts: conditions, frequency, chat, checklists, hints, …).
// Run with `npm run schema`. A test fails when the committed schema.json drifts from this output.
//
// It handles exactly the TypeScript that file uses and fails loudly on anything else, so a new
// construct in the guide definition is noticed instead of silently dropped.
import ts from 'typescript';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = 'src/core/guide-definition.ts';
const ROOT_TYPE = 'GuideDocument';

/** Path of the generated file. */
export const SCHEMA_PATH = resolve(ROOT, 'schema.json');

const NUMBER_TAGS = ['minimum', 'maximum', 'minLength', 'minItems', 'maxItems'];

/** The guide definition first, then every `*-definition.ts` under src/core, as one source text. */
function readSources() {
  const dir = resolve(ROOT, 'src/core');
  const features = readdirSync(dir, { recursive: true })
    .map((f) => String(f).replaceAll('\\', '/'))
    .filter((f) => f.endsWith('-definition.ts') && f !== 'guide-definition.ts')
    .sort();
  return ['guide-definition.ts', ...features]
    .map(
      (f) =>
        `// @source src/core/${f}\n` +
        readFileSync(resolve(dir, f), 'utf8').replace(/^import[^;]*;$/gm, (m) => m.replace(/[^\n]/g, ' ')),
    )
    .join('\n');
}
const JSON_TAGS = ['default', 'examples'];
const IGNORED_TAGS = ['packageDocumentation'];

/**
 * Builds the JSON Schema object for the guide document.
 * @param {string} [source] TypeScript source of the guide definition; read from disk by default.
 * @returns {Record<string, unknown>} the schema, with one `$defs` entry per exported type, in file order.
 */
export function buildSchema(source = readSources()) {
  const file = ts.createSourceFile(SOURCE, source, ts.ScriptTarget.Latest, true);
  /** @type {Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>} */
  const decls = new Map();
  for (const st of file.statements) {
    if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) decls.set(st.name.text, st);
  }

  const fail = (node, what) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart());
    // Name the original file and line: find the nearest `// @source` marker above the node.
    const lines = source.split('\n');
    let at = line;
    while (at > 0 && !lines[at].startsWith('// @source ')) at--;
    const origin = lines[at]?.startsWith('// @source ') ? lines[at].slice(11) : SOURCE;
    const local = lines[at]?.startsWith('// @source ') ? line - at : line + 1;
    throw new Error(`${origin}:${local}:${character + 1}: build-schema does not support ${what}: ${node.getText()}`);
  };

  /** Summary text and tags of the node's TSDoc, as schema keywords. */
  const docOf = (node) => {
    const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
    const doc = docs[docs.length - 1];
    /** @type {Record<string, unknown>} */
    const out = {};
    if (!doc) return out;
    const summary = normalize(ts.getTextOfJSDocComment(doc.comment) ?? '');
    if (summary) out.description = summary;
    for (const tag of doc.tags ?? []) {
      const name = tag.tagName.text;
      const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
      if (NUMBER_TAGS.includes(name)) {
        const n = Number(text);
        if (text === '' || !Number.isFinite(n)) fail(tag, `a non-numeric @${name}`);
        out[name] = n;
      } else if (name === 'pattern') {
        new RegExp(text, 'u'); // throws on a broken pattern
        out.pattern = text;
      } else if (JSON_TAGS.includes(name)) {
        let value;
        try {
          value = JSON.parse(text);
        } catch {
          fail(tag, `@${name} that is not JSON`);
        }
        out[name] = name === 'examples' && !Array.isArray(value) ? [value] : value;
      } else if (!IGNORED_TAGS.includes(name)) fail(tag, `the @${name} tag`);
    }
    return out;
  };

  /** @returns {Record<string, unknown>} */
  const typeOf = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.UnknownKeyword:
        return {};
      case ts.SyntaxKind.ParenthesizedType:
        return typeOf(node.type);
      case ts.SyntaxKind.ArrayType:
        return { type: 'array', items: typeOf(node.elementType) };
      case ts.SyntaxKind.LiteralType: {
        const lit = node.literal;
        if (ts.isStringLiteral(lit)) return { const: lit.text };
        if (ts.isNumericLiteral(lit)) return { const: Number(lit.text) };
        if (lit.kind === ts.SyntaxKind.TrueKeyword) return { const: true };
        if (lit.kind === ts.SyntaxKind.FalseKeyword) return { const: false };
        return fail(node, 'this literal type');
      }
      case ts.SyntaxKind.UnionType: {
        const members = node.types.map(typeOf);
        if (members.every((m) => typeof m.const === 'string')) {
          return { type: 'string', enum: members.map((m) => m.const) };
        }
        return { anyOf: members };
      }
      case ts.SyntaxKind.TypeReference: {
        const name = node.typeName.getText();
        const args = node.typeArguments ?? [];
        if (name === 'Record' && args.length === 2 && args[0].kind === ts.SyntaxKind.StringKeyword) {
          return args[1].kind === ts.SyntaxKind.UnknownKeyword
            ? { type: 'object' }
            : { type: 'object', additionalProperties: typeOf(args[1]) };
        }
        if (name === 'Array' && args.length === 1) return { type: 'array', items: typeOf(args[0]) };
        if (decls.has(name) && !args.length) return { $ref: `#/$defs/${name}` };
        return fail(node, 'this type reference');
      }
      case ts.SyntaxKind.TypeLiteral:
        return objectOf(node.members, []);
      default:
        return fail(node, 'this type');
    }
  };

  /** Members of an interface, own first, then inherited (depth first, in `extends` order). */
  const membersOf = (decl, seen = new Set()) => {
    if (seen.has(decl)) fail(decl, 'circular extends');
    seen.add(decl);
    const own = [...decl.members];
    for (const clause of decl.heritageClauses ?? []) {
      for (const base of clause.types) {
        const parent = decls.get(base.expression.getText());
        if (!parent || !ts.isInterfaceDeclaration(parent) || base.typeArguments) fail(base, 'this base type');
        own.push(...membersOf(parent, seen));
      }
    }
    return own;
  };

  const objectOf = (members, head) => {
    /** @type {Record<string, unknown>} */
    const properties = {};
    const required = [];
    for (const m of members) {
      if (!ts.isPropertySignature(m) || !m.type) fail(m, 'this member (only plain properties)');
      const key = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : fail(m.name, 'computed keys');
      if (key in properties) continue; // an own property overrides an inherited one
      const { description, ...tags } = docOf(m);
      properties[key] = { ...(description ? { description } : {}), ...typeOf(m.type), ...tags };
      if (!m.questionToken) required.push(key);
    }
    return {
      ...Object.fromEntries(head),
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    };
  };

  /** @type {Record<string, unknown>} */
  const $defs = {};
  for (const [name, decl] of decls) {
    if (!decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const { description, ...tags } = docOf(decl);
    const head = description ? [['description', description]] : [];
    $defs[name] = ts.isInterfaceDeclaration(decl)
      ? { ...objectOf(membersOf(decl), head), ...tags }
      : { ...Object.fromEntries(head), ...typeOf(decl.type), ...tags };
  }
  if (!$defs[ROOT_TYPE]) throw new Error(`${SOURCE} exports no ${ROOT_TYPE}`);

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/waymark/schema.json',
    title: 'Waymark guide document',
    description: $defs[ROOT_TYPE].description,
    $ref: `#/$defs/${ROOT_TYPE}`,
    $defs,
  };
}

/**
 * Serializes a schema the way it is committed: 2-space indentation and a trailing newline.
 * @param {unknown} schema
 * @returns {string}
 */
export function formatSchema(schema) {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Joins the lines of each paragraph; keeps blank-line paragraph breaks. */
function normalize(text) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, formatSchema(buildSchema()));
  console.log(`wrote ${SCHEMA_PATH}`);
}
