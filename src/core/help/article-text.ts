/**
 * The text of an article as search and result lists use it: the plain text of its Markdown body, and the excerpt
 * around the first matched word. Headless.
 * @packageDocumentation
 */
import { parseMarkdown, type MdInline } from '../markdown.js';

/**
 * The plain text of a Markdown body (what the search indexes and snippets quote).
 * @param markdown - the article body.
 */
export function plainText(markdown: string): string {
  const text = (node: MdInline): string =>
    typeof node === 'string' ? node : node.t === 'code' ? node.v : node.c.map(text).join('');
  return parseMarkdown(markdown)
    .map((block) =>
      block.t === 'p' ? block.c.map(text).join('') : block.items.map((i) => i.map(text).join('')).join(' '),
    )
    .join(' ');
}

/**
 * The part of `body` around the first matched word, at most about 140 characters, with ellipses where it is cut.
 * @param body - plain text.
 * @param terms - the matched words (folded), as a search result reports them.
 */
export function snippetOf(body: string, terms: readonly string[]): string | undefined {
  if (!body) return undefined;
  const lower = body.toLowerCase();
  const at = Math.max(
    0,
    ...terms
      .map((t) => lower.indexOf(t))
      .filter((i) => i >= 0)
      .slice(0, 1),
  );
  const start = Math.max(0, body.lastIndexOf('. ', at) + 1 || 0, at - 60);
  const cut = body.slice(start, start + 140).trim();
  return (start > 0 ? '…' : '') + cut + (start + 140 < body.length ? '…' : '');
}
