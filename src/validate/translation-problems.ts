/**
 * Checks of a guide document's `translations` against its own text: texts a declared language lacks, keys that
 * name no text (a renamed id), and translations whose links or placeholders differ from the text they translate.
 * @packageDocumentation
 */
import { guideStrings } from '../core/guide-strings.js';
import { isRecord } from '../core/is-record.js';
import { markdownLinks } from './link-scheme.js';
import { closestMatch } from './suggest.js';
import type { ValidationIssue } from './validate-guide.js';

/** How many missing keys a message lists before "and N more". */
const LISTED = 5;
const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const keyPath = (tag: string, key?: string) => {
  const at = /^[A-Za-z_$][\w$]*$/.test(tag) ? `translations.${tag}` : `translations[${JSON.stringify(tag)}]`;
  return key == null ? at : `${at}[${JSON.stringify(key)}]`;
};

/** What must survive translation: link targets, `{placeholders}` and `` `code` ``, each sorted. */
const structure = (text: string) => ({
  links: markdownLinks(text).sort(),
  placeholders: (text.match(/\{\{?\s*[\w.]+\s*\}?\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort(),
  code: (text.match(/`[^`]+`/g) ?? []).sort(),
});

const list = (items: string[]) => (items.length ? items.map((i) => JSON.stringify(i)).join(', ') : 'none');

/**
 * The problems of a document's `translations` (all warnings: a missing translation shows the document's own text).
 * @param doc - the parsed guide document.
 * @returns the issues, in the order of the document's languages.
 */
export function translationProblems(doc: Record<string, unknown>): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const { translations } = doc;
  if (!isRecord(translations)) return out;
  const source = guideStrings(doc);
  const keys = Object.keys(source);
  const own = typeof doc.locale == 'string' ? doc.locale : undefined;
  const tags = Object.keys(translations);
  if (!own && tags.length)
    out.push({
      path: 'locale',
      severity: 'warning',
      message:
        'The document has translations but does not say which language its own text is in, so a user of that language may get a translation instead and Waymark\'s buttons may not match the text. Add "locale" at the top, e.g. "locale": "en".',
      expected: 'a language tag such as "en"',
      suggestion: 'en',
    });
  for (const tag of tags) {
    const texts = translations[tag];
    if (!isRecord(texts)) continue; // the schema check reports it
    if (!TAG.test(tag))
      out.push({
        path: keyPath(tag),
        severity: 'warning',
        message: `"${tag}" is not a language tag, so no user's language will ever match it. Use a BCP 47 tag such as "de", "pt-BR" or "zh-CN".`,
        expected: 'a language tag such as "de" or "pt-BR"',
        received: JSON.stringify(tag),
      });
    if (own && tag.toLowerCase() == own.toLowerCase())
      out.push({
        path: keyPath(tag),
        severity: 'warning',
        message: `This translates the document into its own language ("locale": "${own}"), so it is never used. Edit the text itself, or change "locale".`,
      });
    const missing = keys.filter((k) => !(typeof texts[k] == 'string' && texts[k]));
    if (missing.length)
      out.push({
        path: keyPath(tag),
        severity: 'warning',
        message: `The "${tag}" translation lacks ${missing.length} of ${keys.length} texts: ${list(missing.slice(0, LISTED))}${missing.length > LISTED ? ` and ${missing.length - LISTED} more` : ''}. Users of this language see those in the document's own language. List them for a translator with \`npx waymark strings export <file> --locale ${tag}\`.`,
        expected: `a "${tag}" text for every key of the document`,
        received: `${keys.length - missing.length} of ${keys.length}`,
      });
    for (const [key, text] of Object.entries(texts)) {
      const path = keyPath(tag, key);
      if (!(key in source)) {
        const near = closestMatch(key, keys);
        out.push({
          path,
          severity: 'warning',
          message: `No text of the document has the key "${key}" (an id renamed or removed?), so this translation is never shown.${near ? ` Did you mean "${near}"?` : ' Remove it, or rename it after the id.'}`,
          expected: 'a key of a text in this document (`npx waymark strings export` lists them)',
          received: JSON.stringify(key),
          suggestion: near,
        });
        continue;
      }
      if (typeof text != 'string') continue;
      const want = structure(source[key]);
      const got = structure(text);
      for (const part of ['links', 'placeholders', 'code'] as const) {
        if (want[part].join('\n') == got[part].join('\n')) continue;
        const what = {
          links: 'link targets ([text](target))',
          placeholders: 'placeholders ({name})',
          code: 'code (`…`)',
        }[part];
        out.push({
          path,
          severity: 'warning',
          message: `This translation's ${what} differ from the text's: it has ${list(got[part])}, the text has ${list(want[part])}. Keep them as they are and translate only the words around them.`,
          expected: list(want[part]),
          received: list(got[part]),
        });
      }
    }
  }
  return out;
}
