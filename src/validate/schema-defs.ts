/**
 * The schema the validator walks: `schema.json`, generated from the guide definition types, read as data so the
 * validator and the schema cannot drift. Also the questions the walk asks of it (resolve a `$ref`, does a
 * node accept a value's kind, which definitions are branches of a union).
 * @packageDocumentation
 */
import schemaJson from '../../schema.json' with { type: 'json' };

/** A node of `schema.json`: the subset of JSON Schema that the schema generator writes. */
export interface SchemaNode {
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

const schema = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
/** The definitions of `schema.json` (`GuideDocument`, `TourDefinition`, …), by name. */
export const defs = schema.$defs;
/** The guide format version this validator reads (`schemaVersion`). */
export const SCHEMA_VERSION = defs.GuideDocument.properties?.schemaVersion?.const;

/** `#/$defs/StepDefinition` → `StepDefinition`. */
export function refName(ref: string): string {
  return ref.replace('#/$defs/', '');
}

/** Follows `$ref`s to the definition a node stands for. */
export function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? resolve(defs[refName(node.$ref)]) : node;
}

/** The JSON kind of a value, as schema `type`s name them (`array`, `null`; `non-finite number` for NaN and ±Infinity). */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : 'non-finite number';
  return typeof v;
}

/** Whether a value can be of this node: its `const`, one of its branches, or its JSON kind (a quick test to pick union branches). */
export function accepts(node: SchemaNode, value: unknown): boolean {
  if (node.$ref) return accepts(resolve(node), value);
  if ('const' in node) return value === node.const;
  if (node.anyOf) return node.anyOf.some((b) => accepts(b, value));
  return !node.type || kindOf(value) === node.type;
}

/** Definitions that are one shape of a union of shapes (the kinds of condition): named by their kind. */
export const BRANCHES = new Set(
  Object.values(defs).flatMap((d) =>
    d.anyOf && d.anyOf.filter((b) => resolve(b).properties).length > 1 ? d.anyOf.map((b) => refName(b.$ref ?? '')) : [],
  ),
);
