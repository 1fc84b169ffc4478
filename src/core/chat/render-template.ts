/** Words that only introduce the value after them ("in {{tour.title}}"): they go when the value is missing. */
const LINKS = 'in|on|with|for|at|from|of|about|to|during|via|regarding';
const PAIRS: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '(': ')', '[': ']', '«': '»' };
// An optional linking word, an optional opening quote or bracket, the placeholder, an optional closing one.
const PLACEHOLDER = new RegExp(
  `(?:(?<=^|\\s)(${LINKS})[ \\t]+)?(["'“‘(\\[«]?)\\{\\{([^{}]*)\\}\\}(["'”’)\\]»]?)`,
  'gi',
);

/**
 * Fill `{{a.b}}` placeholders from `context`. Only own properties are looked up (no prototype
 * access, no code execution); unknown or non-text values count as missing, arrays are joined
 * with `, `. The result is plain text: set it as text, never as HTML.
 *
 * A missing value never leaves a gap such as `""` or `in  (…)`: `{{ path | fallback }}` uses the text after
 * `|` instead, and without a fallback the placeholder takes its phrase with it: the quotes or brackets right
 * around it and one linking word right before it (`in`, `on`, `with`, `for`, `at`, `from`, `of`, `about`, `to`,
 * `during`, `via`, `regarding`). What remains is tidied (doubled spaces, a space before punctuation).
 * @param template - text with `{{ path }}` or `{{ path | fallback }}` placeholders (whitespace inside the braces
 *   is ignored)
 * @param context - the values
 * @returns the filled text; `''` when `template` is not a string
 * @example
 * ```ts
 * renderTemplate('Stuck on {{ step.title }}', { step: { title: 'Invite' } }); // 'Stuck on Invite'
 * renderTemplate('I\'m stuck on "{{step.title}}" in {{tour.title}} ({{page.url}})', { page: { url: '/x' } }); // "I'm stuck (/x)"
 * renderTemplate('Help with {{ tour.title | Acme }}', {}); // 'Help with Acme'
 * ```
 */
export function renderTemplate(template: string, context: object): string {
  if (typeof template != 'string') return '';
  let dropped = false;
  const text = template.replace(
    PLACEHOLDER,
    (all, link: string | undefined, open: string, inner: string, close: string) => {
      const [path, ...rest] = inner.split('|');
      let value: unknown = context;
      for (const key of path.trim().split('.'))
        value =
          typeof value == 'object' && value && Object.hasOwn(value, key)
            ? (value as Record<string, unknown>)[key]
            : undefined;
      const filled = toText(Array.isArray(value) ? value.filter(toText).join(', ') : value) || rest.join('|').trim();
      const paired = open ? PAIRS[open] == close : !close;
      if (filled) return (link ? all.slice(0, all.indexOf(open + '{{')) : '') + open + filled + close;
      dropped = true;
      // Quotes or brackets that do not pair with each other belong to the text around: they stay.
      return paired ? '' : (link ? all.slice(0, all.indexOf(open + '{{')) : '') + open + close;
    },
  );
  return dropped
    ? text
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/[ \t]+([.,;:!?)\]])/g, '$1')
        .replace(/([([])[ \t]+/g, '$1')
        .replace(/^[ \t]+|[ \t]+$/gm, '')
    : text;
}

/**
 * A plain value as text: strings, numbers and booleans; `''` for anything else.
 * @param value - any value
 */
export const toText = (value: unknown): string =>
  typeof value == 'string' || typeof value == 'number' || typeof value == 'boolean' ? String(value) : '';
