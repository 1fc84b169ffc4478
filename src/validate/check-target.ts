/**
 * Target selectors: each one readable as a CSS selector (with `>>>` into shadow roots and iframes), and a list of
 * targets never empty.
 * @packageDocumentation
 */
import { clip } from './phrasing.js';
import { selectorProblem } from './selector-problem.js';
import type { ValidationIssue } from './validation-issue.js';

/** Reports a target (one selector or a list) that can never match: a selector with a syntax error, or an empty list. */
export function checkTarget(target: unknown, path: string, out: ValidationIssue[]): void {
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
