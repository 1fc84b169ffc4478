/**
 * What a tour step's live region announces besides its title: its body as plain text.
 * @packageDocumentation
 */
import { parseMarkdown, type MdInline } from '../core/markdown.js';

/** The plain text of a Markdown body, for the live region. */
const plain = (n: MdInline | MdInline[]): string =>
  Array.isArray(n) ? n.map(plain).join('') : typeof n == 'string' ? n : 'v' in n ? n.v : plain(n.c);

/**
 * The plain text of a step's body, one entry per paragraph or list, for the live region.
 * @param body - the step's Markdown body.
 * @returns the paragraphs' text, a list's items joined by commas.
 */
export const spokenBody = (body = ''): string[] =>
  parseMarkdown(body).map((b) => (b.t == 'p' ? plain(b.c) : b.items.map(plain).join(', ')));
