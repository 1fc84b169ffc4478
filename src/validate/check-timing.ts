/**
 * Timing rules that never hold or do nothing: a date range that ends before it starts, a frequency cap without a
 * count or with a count of zero.
 * @packageDocumentation
 */
import { formatProblem } from './format-problem.js';
import { join, type Obj } from './read-document.js';
import { warn, type ValidationIssue } from './validation-issue.js';

/**
 * Reports a date range (`{ "from", "to" }`) whose end comes before its start. Ends that are not dates are left to
 * the schema walk, which explains them.
 * @param v - the range
 * @param path - its path
 * @param out - collects the issues
 */
export function checkDateRange(v: Obj, path: string, out: ValidationIssue[]): void {
  // An end that is not a date was reported by the schema walk; there is no order to compare.
  const date = (d: unknown): d is string => typeof d === 'string' && !formatProblem('date', d);
  if (!date(v.from) || !date(v.to)) return;
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

/**
 * Warns about a frequency cap that does nothing (`per` without `max`) or stops every showing (`max: 0`).
 * @param v - the frequency
 * @param path - its path
 * @param out - collects the issues
 */
export function checkFrequency(v: Obj, path: string, out: ValidationIssue[]): void {
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
