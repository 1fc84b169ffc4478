/**
 * Fill `{{a.b}}` placeholders from `context`. Only own properties are looked up (no prototype
 * access, no code execution); unknown or non-text values become empty strings, arrays are joined
 * with `, `. The result is plain text: set it as text, never as HTML.
 * @param template - text with `{{ path }}` placeholders (whitespace inside the braces is ignored)
 * @param context - the values
 * @returns the filled text; `''` when `template` is not a string
 * @example
 * ```ts
 * renderTemplate('Stuck on {{ step.title }}', { step: { title: 'Invite' } }); // 'Stuck on Invite'
 * ```
 */
export function renderTemplate(template: string, context: object): string {
  return typeof template == 'string'
    ? template.replace(/\{\{([^{}]*)\}\}/g, (_, path: string) => {
        let value: any = context;
        for (const key of path.trim().split('.')) value = typeof value == 'object' && value && Object.hasOwn(value, key) ? value[key] : undefined;
        return toText(Array.isArray(value) ? value.filter(toText).join(', ') : value);
      })
    : '';
}

/**
 * A plain value as text: strings, numbers and booleans; `''` for anything else.
 * @param value - any value
 */
export const toText = (value: unknown): string =>
  typeof value == 'string' || typeof value == 'number' || typeof value == 'boolean' ? String(value) : '';
