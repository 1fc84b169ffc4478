/**
 * What the validator reports: one issue per problem, and the result of a run.
 * @packageDocumentation
 */
import type { Obj } from './read-document.js';

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

/** What one validation run collects: the issues, and every object it matched to a definition (for the meaning checks). */
export interface Run {
  out: ValidationIssue[];
  seen: [def: string, value: Obj, path: string][];
}

/** Adds a warning: advice that does not make the document invalid. */
export function warn(out: ValidationIssue[], path: string, message: string): void {
  out.push({ path, severity: 'warning', message });
}
