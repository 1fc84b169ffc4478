/**
 * User conditions (`{ "user": "plan", "in": [...] }`): a comparison present, one kind of comparison per condition,
 * and bounds that some value can meet.
 * @packageDocumentation
 */
import type { Obj } from './read-document.js';
import type { SchemaNode } from './schema-defs.js';
import { warn, type ValidationIssue } from './validation-issue.js';

/** How each kind of user comparison reads the trait. */
const KIND_OF_OP: Record<string, string> = {
  eq: 'as text',
  in: 'as text',
  gt: 'as a number',
  lt: 'as a number',
  gte: 'as a number',
  lte: 'as a number',
  olderThan: 'as a date',
  newerThan: 'as a date',
};

/**
 * Checks one user condition for comparisons that are missing, mixed or impossible.
 * @param v - the condition
 * @param path - its path
 * @param props - the schema properties of a user condition (every key but `user` is a comparison)
 * @param out - collects the issues
 */
export function checkUser(v: Obj, path: string, props: Record<string, SchemaNode>, out: ValidationIssue[]): void {
  const ops = Object.keys(props).filter((k) => k !== 'user');
  const used = ops.filter((k) => v[k] !== undefined);
  const trait = JSON.stringify(v.user);
  const error = (message: string) => out.push({ path, severity: 'error', message });
  if (!used.length) {
    return void out.push({
      path,
      severity: 'error',
      expected: `one of ${ops.join(', ')}`,
      received: 'no comparison',
      message: `This user condition compares ${trait} with nothing. Add a comparison: ${ops.join(', ')} (for example "exists": true).`,
    });
  }
  if (v.exists === false && used.length > 1) {
    return void error(
      `This user condition can never hold: "exists": false means ${trait} is not set, and a trait that is not set fails every other comparison. Use "exists": false alone.`,
    );
  }
  const groups = [
    ['eq', 'in'],
    ['gt', 'lt', 'gte', 'lte'],
    ['olderThan', 'newerThan'],
  ].filter((g) => g.some((k) => used.includes(k)));
  if (groups.length > 1) {
    const [a, b] = groups.map((g) => g.find((k) => used.includes(k)));
    return void error(
      `This user condition mixes "${a}" and "${b}", which compare ${trait} in different ways (${KIND_OF_OP[a!]} and ${KIND_OF_OP[b!]}). Use one kind of comparison per user condition; to require both, put two user conditions in "all".`,
    );
  }
  if (v.eq !== undefined && v.in !== undefined) {
    warn(out, path, `This user condition uses both "eq" and "in". Use one: "in" lists every value allowed.`);
  }
  const num = (k: string) => (typeof v[k] === 'number' ? (v[k] as number) : undefined);
  const [gt, gte, lt, lte] = ['gt', 'gte', 'lt', 'lte'].map(num);
  const low = Math.max(gt ?? -Infinity, gte ?? -Infinity);
  const high = Math.min(lt ?? Infinity, lte ?? Infinity);
  if (low > high || (low === high && (low === gt || high === lt))) {
    error(
      `This user condition can never hold: no number is ${[gt !== undefined && `greater than ${gt}`, gte !== undefined && `at least ${gte}`, lt !== undefined && `less than ${lt}`, lte !== undefined && `at most ${lte}`].filter(Boolean).join(' and ')}.`,
    );
  }
}
