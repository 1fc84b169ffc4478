/**
 * Host patterns of a guide's `hosts`: `example.com`, `*.example.dev` (any subdomain), `localhost:5173` (a port).
 * @packageDocumentation
 */

/** What a host pattern may look like: an optional `*.`, labels separated by dots, an optional port. */
export const HOST_PATTERN = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/**
 * Whether a page's host matches a pattern. Without a port the pattern matches any port; `*.example.dev` matches
 * `a.example.dev` and `a.b.example.dev`, not `example.dev` itself. Case does not matter.
 * @param pattern - the pattern, like `"*.example.dev"`.
 * @param host - the page's host (`location.host`: name and port when there is one).
 * @returns false for a pattern that is not one (see {@link HOST_PATTERN}).
 */
export function matchHost(pattern: string, host: string): boolean {
  if (typeof pattern != 'string' || !HOST_PATTERN.test(pattern)) return false;
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  const name = p.includes(':') ? h : h.replace(/:\d+$/, '');
  return p.startsWith('*.') ? name.endsWith(p.slice(1)) && name.length > p.length - 1 : name == p;
}
