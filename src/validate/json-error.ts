/**
 * Locates the first syntax error in JSON text, with a plain-English explanation. `JSON.parse` in
 * Node 20 does not report positions, and its wording is for programmers.
 * @packageDocumentation
 */

/** Where JSON text stops being valid, and why. */
export interface JsonSyntaxError {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong, in plain English, without a trailing full stop. */
  problem: string;
}

type State = 'value' | 'firstValue' | 'propValue' | 'key' | 'firstKey' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$-]*/y;

/**
 * Scans JSON text without building values (iteratively, so deep nesting cannot overflow the stack).
 * @param text - the JSON text
 * @returns the first error, or `undefined` when the text is valid JSON
 */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (problem: string, at = i): JsonSyntaxError => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { line, column: at - before.lastIndexOf('\n'), problem };
  };
  const wordAt = () => {
    WORD.lastIndex = i;
    return WORD.exec(text)?.[0];
  };
  const unexpected = () => {
    const word = wordAt();
    if (word) return fail(`found ${JSON.stringify(word)} without quotes; text must be in double quotes`);
    if (text[i] === "'") return fail('found a single quote; JSON needs double quotes (") around text');
    return fail(`found ${JSON.stringify(text[i])} where a value was expected`);
  };

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    if (i >= text.length) {
      if (state === 'after' && !stack.length) return undefined;
      const open = stack[stack.length - 1];
      return fail(
        open
          ? `the text ends before this ${open === '{' ? 'object' : 'list'} is closed with "${open === '{' ? '}' : ']'}"`
          : 'the text is empty or ends too early',
      );
    }
    const c = text[i];
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail('comments are not allowed in JSON');

    if (state === 'value' || state === 'firstValue' || state === 'propValue') {
      if (c === ']' && state === 'firstValue') {
        stack.pop();
        i++;
        state = 'after';
      } else if ((c === ']' || c === '}' || c === ',') && state === 'propValue') {
        return fail('a value is missing after this property name and ":"');
      } else if ((c === ']' || c === '}') && stack.length) {
        return fail(`there is a comma before this "${c}"; remove the trailing comma`);
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'firstKey' : 'firstValue';
      } else if (c === '"') {
        const error = readString();
        if (error) return error;
        state = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) return fail('this number is not written the JSON way (like 12, -3 or 0.5)');
        i += m[0].length;
        state = 'after';
      } else {
        const word = wordAt();
        if (word !== 'true' && word !== 'false' && word !== 'null') return unexpected();
        i += word.length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'firstKey') {
      if (c === '}' && state === 'firstKey') {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === '}') {
        return fail('there is a comma before this "}"; remove the trailing comma');
      } else if (c === '"') {
        const error = readString();
        if (error) return error;
        state = 'colon';
      } else {
        const word = wordAt();
        if (word) return fail(`the property name ${JSON.stringify(word)} must be in double quotes`);
        return unexpected();
      }
    } else if (state === 'colon') {
      if (c !== ':') return fail(`expected ":" after the property name, found ${JSON.stringify(c)}`);
      i++;
      state = 'propValue';
    } else {
      const open = stack[stack.length - 1];
      if (!open) return fail('there is more text after the end of the document');
      const close = open === '{' ? '}' : ']';
      if (c === ',') {
        i++;
        state = open === '{' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        i++;
      } else {
        return fail(`expected "," or "${close}" but found ${JSON.stringify(c)} (a comma may be missing)`);
      }
    }
  }

  function readString(): JsonSyntaxError | undefined {
    const start = i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) return fail('this text value is never closed with a double quote (")', start);
      if (ch === '"') {
        i++;
        return undefined;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return fail('this backslash (\\) starts an unknown escape; write \\\\ for a backslash');
      } else if (ch < ' ') {
        return fail(
          ch === '\n'
            ? 'a line break inside text is not allowed; write \\n instead'
            : 'a control character inside text is not allowed',
        );
      } else i++;
    }
  }
}
