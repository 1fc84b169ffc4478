/** Path of the generated `schema.json`. */
export declare const SCHEMA_PATH: string;
/** Builds the JSON Schema (2020-12) for the guide document from `src/core/guide-definition.ts` and the feature definition files (`*-definition.ts` under src/core). */
export declare function buildSchema(source?: string): Record<string, unknown>;
/** Serializes a schema as committed: 2-space indentation and a trailing newline. */
export declare function formatSchema(schema: unknown): string;
