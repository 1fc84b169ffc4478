import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { SCHEMA_PATH, buildSchema, formatSchema } from '../../scripts/build-schema.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/guides/', import.meta.url));
const fixtures = (prefix: string) =>
  readdirSync(FIXTURES)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(FIXTURES + f, 'utf8'))] as const);

const committed = readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;
const compile = () => new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe('schema.json', () => {
  it('is exactly what the generator produces from src/core/guide-definition.ts', () => {
    expect(committed, 'schema.json is out of date: run `npm run schema` and commit the result').toBe(
      formatSchema(buildSchema()),
    );
  });

  it('is a JSON Schema 2020-12 document rooted at GuideDocument', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://unpkg.com/waymark/schema.json');
    expect(schema.$ref).toBe('#/$defs/GuideDocument');
    const names = Object.keys(schema.$defs as object);
    // The guide definition's own types first, in file order; then those of the other definition files (the shared
    // building blocks of common-definition.ts among them).
    expect(names.slice(0, 7)).toEqual([
      'MissingTargetPolicy',
      'AdvanceOn',
      'SpotlightOptions',
      'StepDefaults',
      'StepDefinition',
      'TourDefinition',
      'GuideDocument',
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        'Placement',
        'TargetSelector',
        'ButtonAction',
        'ActionDefinition',
        'ButtonDefinition',
        'LauncherPosition',
      ]),
    );
    expect(names).toEqual(expect.arrayContaining(['Condition', 'FrequencyDefinition', 'ChatDefinition']));
  });

  it('compiles with ajv in strict mode', () => {
    expect(compile).not.toThrow();
  });

  it.each(fixtures('valid-'))('accepts %s', (_name, doc) => {
    const validate = compile();
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it.each(fixtures('invalid-'))('rejects %s', (_name, doc) => {
    expect(compile()(doc)).toBe(false);
  });
});

describe('buildSchema', () => {
  const defs = buildSchema().$defs as Record<string, Record<string, any>>;

  it('turns TSDoc summaries and tags into description, bounds, pattern, default and examples', () => {
    expect(defs.SpotlightOptions.properties.padding).toEqual({
      description: "Space between the target's edge and the cut-out, in CSS pixels.",
      type: 'number',
      minimum: 0,
      maximum: 200,
      default: 8,
    });
    expect(defs.StepDefinition.properties.id).toMatchObject({ minLength: 1, pattern: '^[A-Za-z0-9_.:-]+$' });
    expect(defs.TourDefinition.properties.steps).toMatchObject({ type: 'array', minItems: 1 });
    expect(defs.TargetSelector.examples[1]).toEqual(['#search', 'header input[type=search]']);
  });

  it('maps unions, literals, Record slots and extends', () => {
    expect(defs.Placement.enum).toContain('right-start');
    expect(defs.TargetSelector.anyOf).toEqual([{ type: 'string' }, { type: 'array', items: { type: 'string' } }]);
    expect(defs.StepDefaults.properties.spotlight.anyOf).toEqual([
      { $ref: '#/$defs/SpotlightOptions' },
      { const: false },
    ]);
    expect(defs.GuideDocument.properties.schemaVersion.const).toBe(1);
    expect(defs.TourDefinition.properties.trigger).not.toHaveProperty('additionalProperties');
    expect(defs.StepDefinition.additionalProperties).toBe(false);
    expect(Object.keys(defs.StepDefinition.properties)).toEqual(
      expect.arrayContaining(Object.keys(defs.StepDefaults.properties)),
    );
    expect(defs.StepDefinition.required).toEqual(['id', 'title']);
  });

  it('fails loudly on TypeScript it does not understand instead of dropping it', () => {
    expect(() => buildSchema('export interface GuideDocument { when: Date }')).toThrow(/does not support/);
    expect(() => buildSchema('export interface GuideDocument {\n  /** @maxLength 3 */\n  a: string }')).toThrow(
      /@maxLength/,
    );
  });
});
