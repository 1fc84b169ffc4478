import { mapGuideStrings } from './guide-strings.js';
import { isRecord } from './is-record.js';

/** Languages written right to left (their primary subtag). */
const RTL = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;

/**
 * The writing direction of a language.
 * @param locale - a BCP 47 tag such as `ar-EG`.
 * @returns `rtl` for Arabic, Hebrew, Persian, Urdu and the like; `ltr` otherwise.
 */
export const textDirection = (locale: string): 'ltr' | 'rtl' => (RTL.test(locale) ? 'rtl' : 'ltr');

/**
 * A tag and the more general tags it falls back to, most specific first: `de-CH` → `de-CH`, `de`.
 * @param locale - a BCP 47 tag.
 */
export const localeChain = (locale: string): string[] => {
  const parts = locale.split(/[-_]/).filter(Boolean);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
};

/**
 * The first of `available` that serves one of the user's `wanted` locales, in the user's order of preference: an
 * exact tag, then a more general one (`de-CH` → `de`), then a regional variant of the same language (`de` → `de-AT`).
 * @param wanted - the user's locales, preferred first (`navigator.languages`).
 * @param available - what there is (compared without regard to case).
 * @returns the matching entry of `available`, or undefined.
 */
export const matchLocale = (wanted: readonly string[], available: readonly string[]): string | undefined => {
  const lower = available.map((a) => a.toLowerCase());
  for (const tag of wanted) {
    if (typeof tag != 'string' || !tag) continue;
    for (const c of localeChain(tag.toLowerCase())) {
      const i = lower.indexOf(c);
      if (i >= 0) return available[i];
    }
    const base = localeChain(tag.toLowerCase()).pop()!;
    const i = lower.findIndex((a) => a.startsWith(base + '-'));
    if (i >= 0) return available[i];
  }
  return undefined;
};

/** A guide document in the user's language, and which language that is. */
export interface LocalizedGuide {
  /** The document with its text translated (or the input as it was). */
  doc: unknown;
  /** The language the text is now in: a translation's tag, the document's `locale`, else the user's first locale. */
  locale: string | undefined;
}

/**
 * Translate a guide document for a user: the first of the user's locales that the document is written in
 * (`locale`) or translated to (`translations`) wins; each text missing from the chosen translation falls back to
 * the more general one (`de-CH` → `de`), then to the document's own text. Never throws.
 * @param input - a guide document (object or JSON text) or anything else.
 * @param wanted - the user's locales, preferred first.
 */
export const localizeGuide = (input: unknown, wanted: readonly string[]): LocalizedGuide => {
  let doc = input;
  if (typeof input == 'string') {
    try {
      doc = JSON.parse(input);
    } catch {
      return { doc: input, locale: wanted[0] };
    }
  }
  if (!isRecord(doc)) return { doc: input, locale: wanted[0] };
  const source = typeof doc.locale == 'string' && doc.locale ? doc.locale : undefined;
  const translations = isRecord(doc.translations) ? doc.translations : {};
  const tags = Object.keys(translations).filter((k) => isRecord(translations[k]));
  const hit = matchLocale(wanted, source ? [source, ...tags] : tags);
  if (!hit || hit == source) return { doc, locale: source ?? wanted[0] };
  // More general translations first, the specific one last (it wins).
  const texts: Record<string, unknown> = Object.assign(
    {},
    ...localeChain(hit)
      .reverse()
      .map((tag) => tags.find((t) => t.toLowerCase() == tag.toLowerCase()))
      .map((t) => (t ? translations[t] : undefined)),
  );
  const translated = mapGuideStrings(doc, (key, text) => {
    const t = texts[key];
    return typeof t == 'string' && t ? t : text;
  });
  return { doc: translated, locale: hit };
};
