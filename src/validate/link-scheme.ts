/**
 * Link safety: which URL schemes a guide may link to.
 * @packageDocumentation
 */

/** Schemes a guide link may use; links without a scheme (relative links) are always allowed. */
export const SAFE_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/**
 * The scheme of a link if it is not one of {@link SAFE_SCHEMES}. Reads the scheme the way a browser
 * does, ignoring surrounding spaces and control characters and tabs or line breaks inside it, so
 * `" java\tscript:alert(1)"` is caught.
 * @param href - the link as written
 * @returns the unsafe scheme in lower case (like `"javascript"`), or `undefined` when the link is safe
 */
export function unsafeScheme(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
  return scheme && !SAFE_SCHEMES.includes(scheme) ? scheme : undefined;
}

/**
 * The targets of Markdown links (`[text](target)`) in a text.
 * @param markdown - the Markdown text
 * @returns each link target, in order
 */
export function markdownLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(\s*<?([^)>]*)/g)].map((m) => m[1].trim());
}
