/**
 * `waymark strings export|import`: a guide document's text as a flat file for a translator (key, source text,
 * existing translation), and the translated file back into the document's `translations`.
 * @packageDocumentation
 */
import { readFile, writeFile } from 'node:fs/promises';
import { guideStrings } from '../core/guide-strings.js';
import { isRecord } from '../core/is-record.js';
import { UsageError, formatOption, parse, type CommandResult } from './args.js';
import { fromCsv, toCsv } from './csv.js';

/** One text to translate. */
export interface StringEntry {
  key: string;
  source: string;
  /** The document's translation of it for the locale asked for, or `""`. */
  translation: string;
}

const readDoc = async (file: string) => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  try {
    const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    if (!isRecord(doc)) throw new Error('not an object');
    return { doc, text };
  } catch {
    throw new UsageError(`${file} is not a guide document in JSON (run: waymark validate ${file})`);
  }
};

const translationsOf = (doc: Record<string, unknown>, locale: string | undefined): Record<string, unknown> => {
  const all = isRecord(doc.translations) ? doc.translations : {};
  const tag = locale && Object.keys(all).find((t) => t.toLowerCase() == locale.toLowerCase());
  return tag && isRecord(all[tag]) ? all[tag] : {};
};

/**
 * The texts of a document with their translation for a locale.
 * @param doc - the parsed document.
 * @param locale - the language to translate to (none: only the source texts).
 */
export function exportStrings(doc: Record<string, unknown>, locale?: string): StringEntry[] {
  const existing = translationsOf(doc, locale);
  return Object.entries(guideStrings(doc)).map(([key, source]) => ({
    key,
    source,
    translation: typeof existing[key] == 'string' ? existing[key] : '',
  }));
}

/**
 * Read a strings file: CSV (`key,source,translation` with a header row), or JSON, either flat
 * (`{ "key": "translation" }`) or as exported (`{ "strings": { "key": { "source": …, "translation": … } } }`).
 * @param text - the file's text.
 * @param csv - read it as CSV.
 * @returns key → translation (empty translations left out).
 */
export function readStrings(text: string, csv: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  if (csv) {
    const [header, ...rows] = fromCsv(text);
    const k = header?.indexOf('key') ?? -1;
    const t = header?.indexOf('translation') ?? -1;
    if (k < 0 || t < 0) throw new UsageError('the CSV file needs a header row with "key" and "translation" columns');
    for (const row of rows) if (row[k] && row[t]) out[row[k]] = row[t];
    return out;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError('the strings file is neither CSV nor JSON');
  }
  const strings = isRecord(data) && isRecord(data.strings) ? data.strings : data;
  if (!isRecord(strings)) throw new UsageError('the strings file must hold an object of key → translation');
  for (const [key, value] of Object.entries(strings)) {
    const t = isRecord(value) ? value.translation : value;
    if (typeof t == 'string' && t) out[key] = t;
  }
  return out;
}

/**
 * Put translations into a document: known keys only, in the document's order, keeping what was there.
 * @param doc - the parsed document (not changed).
 * @param locale - the language of the translations.
 * @param strings - key → translation.
 * @returns the new document, and the keys that were imported, are still missing, and name no text.
 */
export function importStrings(doc: Record<string, unknown>, locale: string, strings: Record<string, string>) {
  const source = guideStrings(doc);
  const all = isRecord(doc.translations) ? doc.translations : {};
  const tag = Object.keys(all).find((t) => t.toLowerCase() == locale.toLowerCase()) ?? locale;
  const before = translationsOf(doc, tag);
  const merged: Record<string, string> = {};
  for (const key of Object.keys(source)) {
    const t = strings[key] ?? before[key];
    if (typeof t == 'string' && t) merged[key] = t;
  }
  // Keys the document no longer has are kept only if they were there (the validator flags them), never added.
  for (const [key, t] of Object.entries(before)) if (!(key in merged) && typeof t == 'string') merged[key] = t;
  const unknown = Object.keys(strings).filter((k) => !(k in source));
  const imported = Object.keys(strings).filter((k) => k in source);
  const missing = Object.keys(source).filter((k) => !merged[k]);
  return { doc: { ...doc, translations: { ...all, [tag]: merged } }, imported, missing, unknown };
}

/**
 * The `strings` command (`export` or `import`).
 * @param args - the arguments after `strings`.
 */
export async function stringsCommand(args: string[]): Promise<CommandResult> {
  const [action, ...rest] = args;
  const { values, positionals } = parse(rest, {
    locale: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (action == 'export') {
    const [file] = positionals;
    if (!file || positionals.length > 1)
      throw new UsageError('usage: waymark strings export <file> [--locale de] [--format json|csv] [--out file]');
    const { doc } = await readDoc(file);
    const format = formatOption(values.format ?? (values.out?.endsWith('.csv') ? 'csv' : undefined), [
      'json',
      'csv',
    ] as const);
    const entries = exportStrings(doc, values.locale);
    const sourceLocale = typeof doc.locale == 'string' ? doc.locale : undefined;
    const text =
      format == 'csv'
        ? toCsv([['key', 'source', 'translation'], ...entries.map((e) => [e.key, e.source, e.translation])])
        : JSON.stringify(
            {
              sourceLocale,
              locale: values.locale,
              strings: Object.fromEntries(
                entries.map((e) => [e.key, { source: e.source, translation: e.translation }]),
              ),
            },
            null,
            2,
          ) + '\n';
    if (values.out) {
      await writeFile(values.out, text);
      const todo = entries.filter((e) => !e.translation).length;
      return {
        out: '',
        err: `wrote ${entries.length} texts to ${values.out}${values.locale ? ` (${todo} not yet in ${values.locale})` : ''}`,
        code: 0,
      };
    }
    return { out: text.replace(/\r?\n$/, ''), code: 0 };
  }
  if (action == 'import') {
    const [file, stringsFile] = positionals;
    if (!file || !stringsFile || !values.locale)
      throw new UsageError('usage: waymark strings import <file> <strings-file> --locale de');
    const { doc, text } = await readDoc(file);
    let stringsText: string;
    try {
      stringsText = await readFile(stringsFile, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${stringsFile}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    const csv = values.format
      ? formatOption(values.format, ['json', 'csv'] as const) == 'csv'
      : !/^\s*[{[]/.test(stringsText.replace(/^\uFEFF/, ''));
    const result = importStrings(doc, values.locale, readStrings(stringsText, csv));
    // Keep the file's indentation so the change reviews as a small diff.
    const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
    await writeFile(values.out ?? file, JSON.stringify(result.doc, null, indent) + '\n');
    const notes = [
      `${result.imported.length} ${values.locale} texts imported into ${values.out ?? file}`,
      result.missing.length && `${result.missing.length} texts still without a ${values.locale} translation`,
      ...result.unknown.map((k) => `skipped "${k}": no text of the document has this key`),
      typeof doc.locale != 'string' &&
        'note: the document does not say which language its own text is in; add it at the top, e.g. "locale": "en"',
    ].filter(Boolean);
    return { out: '', err: notes.join('\n'), code: 0 };
  }
  throw new UsageError('usage: waymark strings export|import …');
}
