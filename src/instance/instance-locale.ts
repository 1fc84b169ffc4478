/**
 * An instance's language: the user's locales (`createWaymark({ locale })` or the browser's), the language the guide
 * document's text ends up in after its `translations` are applied, and Waymark's own words for that language (a
 * small catalog chunk, fetched only when it is not English).
 * @packageDocumentation
 */
import { localizeGuide, textDirection } from '../core/localize-guide.js';
import { hasLabels, loadLabels, type LabelCatalog } from '../core/locales/index.js';

/** See {@link createInstanceLocale}. */
export interface InstanceLocale {
  /** Translate a guide document for the user's locales; starts fetching the words of its language. */
  localize(guides: unknown): unknown;
  /** Switch the user's locales (the caller applies the document again). */
  set(locale: string | readonly string[] | undefined): void;
  /** Waymark's word for a key in the text's language, if its catalog has one. */
  word(key: string): string | undefined;
  /** The whole catalog loaded for the text's language (empty for English or while loading). */
  words(): Partial<LabelCatalog>;
  /** The writing direction of the text's language, or `''` when unknown. */
  dir(): '' | 'ltr' | 'rtl';
  /** Resolves once the catalog of the current language is there (at once for English). */
  ready(): Promise<unknown>;
  /** Whether a catalog is on its way (a first step waits for it rather than flash English). */
  pending(): boolean;
  /** Be told when the words or direction change. */
  onChange(listener: () => void): void;
}

/**
 * Create an instance's locale state.
 * @param locale - `createWaymark({ locale })`.
 * @param browser - whether `navigator.languages` can be read.
 * @param destroyed - whether the instance is destroyed (a late catalog is dropped then).
 */
export function createInstanceLocale(
  locale: string | readonly string[] | undefined,
  browser: boolean,
  destroyed: () => boolean,
): InstanceLocale {
  const wanted = (l: string | readonly string[] | undefined) =>
    l == null ? (browser ? (navigator.languages ?? [navigator.language]) : []) : typeof l == 'string' ? [l] : l;
  let locales = wanted(locale);
  let textLocale: string | undefined;
  let catalog: Partial<LabelCatalog> = {};
  let catalogFor: string | undefined;
  let loading: Promise<unknown> = Promise.resolve();
  let pending = false;
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((listener) => listener());
  return {
    localize(guides) {
      const localized = localizeGuide(guides, locales);
      const lang = (textLocale = localized.locale);
      if (lang?.toLowerCase() != catalogFor?.toLowerCase()) {
        catalogFor = lang;
        pending = hasLabels(lang);
        loading = loadLabels(lang).then((words) => {
          if (lang != catalogFor || destroyed()) return;
          pending = false;
          catalog = words;
          changed();
        });
      }
      changed();
      return localized.doc;
    },
    set(next) {
      locales = wanted(next);
    },
    word: (key) => (catalog as Record<string, string | undefined>)[key],
    words: () => catalog,
    dir: () => (textLocale ? textDirection(textLocale) : ''),
    ready: () => loading,
    pending: () => pending,
    onChange: (listener) => void listeners.push(listener),
  };
}
