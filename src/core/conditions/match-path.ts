/**
 * URL path globs without regular expressions.
 * @packageDocumentation
 */

const end = (s: string, from: number) => {
  const k = s.indexOf('/', from);
  return k < 0 ? s.length : k;
};

const isGlobstar = (p: string, i: number, e: number) => e - i === 2 && p[i] === '*' && p[i + 1] === '*';

// Match p[i..pe) against s[j..se) where `*` matches any run of characters (a segment has no `/`).
const matchSegment = (p: string, i: number, pe: number, s: string, j: number, se: number) => {
  let star = -1;
  let mark = 0;
  while (j < se) {
    if (i < pe && p[i] === '*') {
      star = ++i;
      mark = j;
    } else if (i < pe && p[i] === s[j]) {
      i++;
      j++;
    } else if (star >= 0) {
      i = star;
      j = ++mark;
    } else return false;
  }
  while (i < pe && p[i] === '*') i++;
  return i === pe;
};

const trim = (s: string) => (s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s);

/**
 * Test a URL path against a glob: `*` matches within one path segment, `**` (a whole segment) matches
 * any number of segments, including none. A trailing slash is ignored on both sides. Case-sensitive.
 *
 * It compiles nothing and allocates nothing (unless a trailing slash is trimmed): a greedy matcher
 * that backtracks to the last wildcard only, so time stays proportional to pattern × path length at
 * worst and linear in the usual case.
 * @param pattern - e.g. `"/billing/**"`, `"/projects/*\/settings"`, `"/"`.
 * @param path - the current path, usually `location.pathname`.
 * @returns whether the path matches.
 * @example
 * ```ts
 * matchPath('/billing/**', '/billing'); // true
 * matchPath('/billing/**', '/billing/invoices/42'); // true
 * matchPath('/projects/*', '/projects/7/settings'); // false
 * ```
 */
export function matchPath(pattern: string, path: string): boolean {
  const p = trim(pattern);
  const s = trim(path);
  let i = 0;
  let j = 0;
  let si = -1; // pattern position after the last `**`
  let sj = 0; // path position that `**` has consumed up to
  while (j <= s.length) {
    const ie = i <= p.length ? end(p, i) : -1;
    const je = end(s, j);
    if (ie >= 0 && isGlobstar(p, i, ie)) {
      si = i = ie + 1;
      sj = j;
    } else if (ie >= 0 && matchSegment(p, i, ie, s, j, je)) {
      i = ie + 1;
      j = je + 1;
    } else if (si >= 0) {
      i = si;
      j = sj = end(s, sj) + 1;
    } else return false;
  }
  while (i <= p.length) {
    const ie = end(p, i);
    if (!isGlobstar(p, i, ie)) return false;
    i = ie + 1;
  }
  return true;
}
