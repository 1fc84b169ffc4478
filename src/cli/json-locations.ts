/**
 * Line and column of each place in JSON text, by the validator's path syntax (`tours[0].steps[2].placement`,
 * `translations.de["tours.welcome.title"]`), so problems can point at a line in an editor or a CI annotation.
 * @packageDocumentation
 */

/** A 1-based position in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

const member = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;

/**
 * Where each value (for an object's member: its key) starts in valid JSON text.
 * @param text - JSON text.
 * @returns path → offset; empty when the text is not valid JSON.
 */
export function jsonOffsets(text: string): Map<string, number> {
  const at = new Map<string, number>();
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i])) i++;
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, start: number) => {
    space();
    if (!at.has(path)) at.set(path, start < 0 ? i : start);
    const c = text[i];
    if (c == '{') {
      i++;
      space();
      if (text[i] == '}') return void i++;
      for (;;) {
        space();
        const keyAt = i;
        const key = string();
        space();
        i++; // :
        value(member(path, key), keyAt);
        space();
        if (text[i++] == '}') return;
      }
    }
    if (c == '[') {
      i++;
      space();
      if (text[i] == ']') return void i++;
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`, -1);
        space();
        if (text[i++] == ']') return;
      }
    }
    if (c == '"') return void string();
    while (i < text.length && !',]} \t\n\r'.includes(text[i])) i++;
  };
  try {
    JSON.parse(text);
    value('', -1);
  } catch {
    at.clear();
  }
  return at;
}

/**
 * The position of a path, or of its nearest ancestor that is in the text (a missing property points at the object
 * that lacks it).
 * @param text - the JSON text.
 * @param offsets - from {@link jsonOffsets}.
 * @param path - a validator path; `""` is the document.
 */
export function positionOf(text: string, offsets: Map<string, number>, path: string): TextPosition {
  let p = path;
  while (p && !offsets.has(p)) p = p.replace(/(\.[A-Za-z_$][\w$]*|\[[^\]]*\]|^[^.[]+)$/, '');
  const offset = offsets.get(p) ?? 0;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
