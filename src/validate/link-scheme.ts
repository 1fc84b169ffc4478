/**
 * Link safety, as the runtime sees it: the decision is `isSafeUrl` from the core Markdown module, so the
 * validator flags exactly the links the runtime refuses to open.
 * @packageDocumentation
 */
import { isSafeUrl } from '../core/markdown.js';

/** Schemes a guide link may use (for messages); links without a scheme (relative links) are always allowed. */
export const SAFE_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/**
 * The scheme of a link the runtime will not open, read the way a browser does (spaces and control
 * characters ignored), so `" java\tscript:alert(1)"` gives `"javascript"`.
 * @param href - the link as written
 * @returns the unsafe scheme in lower case, or `undefined` when the link is safe
 */
export function unsafeScheme(href: string): string | undefined {
  if (isSafeUrl(href)) return undefined;
  // eslint-disable-next-line no-control-regex
  return /^([^:]*):/.exec(href.replace(/[\s\0-\x1f\x7f-\x9f]/g, ''))?.[1].toLowerCase() ?? 'unknown';
}

/**
 * The targets of Markdown links (`[text](target)`) in a text.
 * @param markdown - the Markdown text
 * @returns each link target, in order
 */
export function markdownLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(\s*<?([^)>]*)/g)].map((m) => m[1].trim());
}
