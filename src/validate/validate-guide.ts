/**
 * The guide validator: checks a guide document and explains every problem in plain English.
 *
 * The structural rules (types, required fields, enums, bounds, patterns) are read from `schema.json`,
 * which is generated from the guide definition types, so the validator and the schema cannot drift
 * (`walk-schema.ts`). Unions of object shapes (the condition language) are told apart by the keys
 * present, also read from the schema (`pick-branch.ts`). On top of the schema it checks what a schema cannot
 * (`check-*.ts`): unique ids, references (steps, tours, guides, segments), link safety, selector syntax, the
 * formats of durations, times, dates and time zones (`format-problem.ts`), and rules that can never hold. The
 * English of the messages is in `phrasing.ts`.
 * @packageDocumentation
 */
import { checkMeaning } from './check-meaning.js';
import { checkTours } from './check-tours.js';
import { findJsonError } from './json-error.js';
import { isObj } from './read-document.js';
import type { Run, ValidationIssue, ValidationResult } from './validation-issue.js';
import { walk } from './walk-schema.js';

export type { ValidationIssue, ValidationResult } from './validation-issue.js';

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
