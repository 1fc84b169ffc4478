/**
 * Waymark's own words (the UI around a guide's text) in the most used product languages. Each language is a small
 * chunk of its own, loaded only for a user who needs it; English is built in.
 * @packageDocumentation
 */

import type { LabelCatalog } from './label-catalog.js';

export type { LabelCatalog };

type Catalog = () => Promise<{ default: LabelCatalog }>;

// One chunk per language (an explicit list, so each has a stable file name and only the user's is fetched).
const catalogs: Record<string, Catalog> = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  pt: () => import('./pt.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
};

/** The languages with built-in words besides English (Portuguese is Brazil's, Chinese is Simplified). */
export const labelLocales: readonly string[] = ['en', ...Object.keys(catalogs)];

const catalogOf = (locale: string | undefined): Catalog | undefined =>
  /^zh[-_](hant|tw|hk|mo)/i.test(locale ?? '') ? undefined : catalogs[(locale ?? '').toLowerCase().split(/[-_]/)[0]];

/**
 * Whether a locale has built-in words to load (English and languages without a catalog have none).
 * @param locale - a BCP 47 tag.
 */
export const hasLabels = (locale: string | undefined): boolean => !!catalogOf(locale);

/**
 * The built-in words for a locale (`de-CH` uses German), or nothing for English and languages without a catalog
 * (the English defaults stay). Traditional Chinese (`zh-TW`, `zh-Hant`…) keeps English rather than Simplified.
 * @param locale - a BCP 47 tag.
 * @returns the words by label key; `{}` when there are none or the chunk cannot load.
 */
export const loadLabels = async (locale: string | undefined): Promise<Partial<LabelCatalog>> => {
  const catalog = catalogOf(locale);
  if (!catalog) return {};
  try {
    return (await catalog()).default;
  } catch {
    return {};
  }
};
