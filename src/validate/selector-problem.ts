/**
 * Checks a target selector's syntax without needing a page.
 * @packageDocumentation
 */

const CLOSERS: Record<string, string> = { ']': '[', ')': '(' };

/**
 * Explains what is wrong with a Waymark target selector: a CSS selector, or several joined by `>>>`
 * to reach into shadow roots and same-origin iframes (`"iframe#editor >>> .toolbar button"`). Checks balanced brackets, parentheses and quotes, empty parts and
 * dangling combinators; when a `document` exists it also asks the browser's own selector parser.
 * @param selector - the selector as written in the guide
 * @returns a plain-English reason, or `undefined` when the selector looks valid
 */
export function selectorProblem(selector: string): string | undefined {
  if (!selector.trim()) return 'it is empty';
  const parts = selector.split('>>>');
  for (const part of parts) {
    const s = part.trim();
    if (!s) return parts.length > 1 ? 'there is nothing on one side of ">>>"' : 'it is empty';
    const problem = syntaxProblem(s) ?? browserProblem(s);
    if (problem) return parts.length > 1 ? `${problem} (in the part ${JSON.stringify(s)})` : problem;
  }
  return undefined;
}

function syntaxProblem(s: string): string | undefined {
  const open: string[] = [];
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') open.push(c);
    else if (CLOSERS[c] && open.pop() !== CLOSERS[c]) return `there is a "${c}" without a matching "${CLOSERS[c]}"`;
  }
  if (quote) return `a ${quote === '"' ? 'double' : 'single'} quote is never closed`;
  if (open.length)
    return `a "${open[open.length - 1]}" is never closed with "${open[open.length - 1] === '[' ? ']' : ')'}"`;
  if (/^[>+~,]/.test(s)) return `it starts with "${s[0]}", which needs something before it`;
  if (/[>+~,]$/.test(s)) return `it ends with "${s[s.length - 1]}", which needs something after it`;
  if (/,\s*,/.test(s)) return 'it has an empty part between two commas';
  return undefined;
}

/** The part of a browser `document` used to ask the browser's selector parser (the validator has no DOM types). */
interface SelectorParser {
  createDocumentFragment(): { querySelector(selector: string): unknown };
}

function browserProblem(s: string): string | undefined {
  const doc = (globalThis as { document?: SelectorParser }).document;
  if (!doc?.createDocumentFragment) return undefined;
  try {
    doc.createDocumentFragment().querySelector(s);
    return undefined;
  } catch {
    return 'the browser cannot read it as a CSS selector';
  }
}
