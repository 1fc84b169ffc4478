/**
 * Fill `{name}` placeholders in a UI word (`"{done} of {total}"`), as the labels of checklists, the help centre and
 * surveys use them. An unknown placeholder stays as written.
 * @param text - the word with placeholders.
 * @param values - the values by placeholder name.
 * @returns the filled text.
 */
export const fillPlaceholders = (text: string, values: Readonly<Record<string, unknown>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
