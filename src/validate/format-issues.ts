/**
 * Plain-text rendering of validation issues, for terminals, CI logs and editor panels.
 * @packageDocumentation
 */
import type { ValidationIssue } from './validation-issue.js';

/**
 * Formats issues one per line as `path: message`, with warnings marked, e.g.
 * `tours[0].steps[2].placement: "botom" is not a placement. Expected one of top, bottom, left, right (optionally -start/-end). Did you mean "bottom"?`
 * @param issues - the issues from `validateGuide`
 * @returns the lines joined with `\n`; an empty string when there are no issues
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => `${issue.path || '(document)'}: ${issue.severity === 'warning' ? 'Warning: ' : ''}${issue.message}`)
    .join('\n');
}
