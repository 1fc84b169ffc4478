/**
 * A small, safe Markdown subset for step bodies. The parser returns a tree, never HTML: the view renders
 * it through text bindings, so raw HTML in a guide stays literal text.
 * @packageDocumentation
 */

/** An inline node: text, `**strong**`, `*em*`, `` `code` `` or a `[link](url)`. */
export type MdInline =
  | string
  | { t: 'strong' | 'em'; c: MdInline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: MdInline[] };

/** A block: a paragraph, or a bulleted (`ul`) / numbered (`ol`) list whose items are inline runs. */
export type MdBlock = { t: 'p'; c: MdInline[] } | { t: 'ul' | 'ol'; items: MdInline[][] };

/** A backslash before ASCII punctuation makes that character literal. */
const ESC = /\\([!-/:-@[-`{-~])/g;
const LIST = /^ {0,3}(?:([-*+])|\d{1,9}[.)])[ \t]+(.*)$/;
const SPACE = /\s/;
const WORD = /\w/;

/**
 * True for `http:`, `https:`, `mailto:` and relative URLs (`#x`, `/x`, `x/y`, `?q`); false for any other
 * scheme (`javascript:`, `data:`, `vbscript:`...). Whitespace and control characters are ignored when reading
 * the scheme, as browsers do, so `" java\tscript:"` is rejected too.
 * @param url - the URL as written in the guide.
 */
export function isSafeUrl(url: string): boolean {
  // Control characters are exactly what this strips, as browsers do before reading a scheme.
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][\w+.-]*):/i.exec(String(url).replace(/[\s\0-\x1f\x7f-\x9f]/g, ''));
  return !scheme || /^(https?|mailto)$/i.test(scheme[1]);
}

/**
 * Parse the Markdown subset: `**strong**` / `__strong__`, `*em*` / `_em_`, `` `code` ``, `[text](url)`,
 * paragraphs (separated by a blank line), `- ` / `* ` bulleted and `1. ` numbered lists, and backslash escapes.
 * Raw HTML stays literal text. A link whose URL fails {@link isSafeUrl} becomes its label. Never throws and runs
 * in linear time, whatever the input.
 * @param source - Markdown text.
 * @returns the blocks, in order.
 */
export function parseMarkdown(source: string): MdBlock[] {
  const raw: { t: 'p' | 'ul' | 'ol'; l: string[][] }[] = [];
  let cur: (typeof raw)[number] | undefined;
  let gap = false;
  for (const line of String(source ?? '').split(/\r\n?|\n/)) {
    const item = LIST.exec(line);
    if (!line.trim()) gap = true;
    else if (item) {
      const t = item[1] ? 'ul' : 'ol';
      if (cur?.t != t) raw.push((cur = { t, l: [] }));
      cur.l.push([item[2]]);
      gap = false;
    } else if (cur && !gap) cur.l[cur.l.length - 1].push(line.trim());
    else {
      raw.push((cur = { t: 'p', l: [[line.trim()]] }));
      gap = false;
    }
  }
  return raw.map(({ t, l }) =>
    t == 'p' ? { t, c: parseInline(l[0].join('\n')) } : { t, items: l.map((lines) => parseInline(lines.join('\n'))) },
  );
}

/** Inline parsing. Closers are the next occurrence of the delimiter (memoised), so the work stays linear. */
function parseInline(src: string): MdInline[] {
  // Escaped characters are masked (same length) so that they never act as delimiters.
  const m = src.replace(ESC, '\0\0');
  const memo: Record<string, [from: number, at: number]> = {};
  const find = (d: string, from: number, end: number) => {
    let c = memo[d];
    if (!c || c[0] > from || (c[1] >= 0 && c[1] < from)) c = memo[d] = [from, m.indexOf(d, from)];
    return c[1] < end ? c[1] : -1;
  };
  const run = (start: number, end: number, links: boolean): MdInline[] => {
    const out: MdInline[] = [];
    const add = (n: MdInline) => {
      const last = out.length - 1;
      if (typeof n != 'string') out.push(n);
      else if (n && typeof out[last] == 'string') out[last] += n;
      else if (n) out.push(n);
    };
    let text = start;
    for (let i = start; i < end;) {
      const ch = m[i];
      let node: MdInline | MdInline[] | undefined;
      let j: number;
      let next = 0;
      if (ch == '`') {
        if ((j = find('`', i + 1, end)) > i + 1) {
          node = { t: 'code', v: src.slice(i + 1, j) };
          next = j + 1;
        }
      } else if (ch == '[') {
        let k: number;
        if (
          links &&
          (j = find('](', i + 1, end)) > 0 &&
          find(']', i + 1, end) == j &&
          (k = find(')', j + 2, end)) > 0
        ) {
          const href = src.slice(j + 2, k).trim();
          const c = run(i + 1, j, false);
          node = isSafeUrl(href) ? { t: 'link', href, c } : c;
          next = k + 1;
        }
      } else if (ch == '*' || ch == '_') {
        const d = m[i + 1] == ch ? ch + ch : ch;
        const n = d.length;
        if (
          !(ch == '_' && WORD.test(m[i - 1] ?? '')) &&
          (j = find(d, i + n, end)) > i + n &&
          !SPACE.test(m[i + n]) &&
          !SPACE.test(m[j - 1]) &&
          !(ch == '_' && WORD.test(m[j + n] ?? ''))
        ) {
          node = { t: n > 1 ? 'strong' : 'em', c: run(i + n, j, links) };
          next = j + n;
        }
      }
      if (!node) {
        i++;
        continue;
      }
      add(src.slice(text, i).replace(ESC, '$1'));
      Array.isArray(node) ? node.forEach(add) : add(node);
      i = text = next;
    }
    add(src.slice(text, end).replace(ESC, '$1'));
    return out;
  };
  return run(0, m.length, true);
}
