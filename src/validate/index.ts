/**
 * `waymark/validate`: check a guide document and explain its problems in plain English.
 * A separate entry point, so the validator never weighs on the runtime bundle.
 * @packageDocumentation
 */
export { validateGuide, type ValidationIssue, type ValidationResult } from './validate-guide.js';
export { formatIssues } from './format-issues.js';
export { formatInvisibleTarget } from './invisible-target-warning.js';
