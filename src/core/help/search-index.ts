/**
 * The help centre's offline search: an inverted index over a few hundred articles, built in the browser, with
 * prefix matching for as-you-type queries, typo tolerance (Damerau–Levenshtein distance 1 for words of 4+
 * letters, 2 for 8+), accent folding, light English stemming, field weights (title > tags > body) and BM25
 * ranking. Headless: no DOM. Measured against MiniSearch 7.2 and Fuse.js 7.5 on the help corpus of the demo
 * (see test/core/help/search-quality.test.ts): same or better top-1 on typo queries at a fraction of the bytes.
 * @packageDocumentation
 */

/** A document to index. `fields` maps a field name to its text; `weights` says how much each field counts. */
export interface SearchDocument {
  /** Unique id, returned in results. */
  id: string;
  /** Field name → text (Markdown is fine: punctuation is ignored). */
  fields: Record<string, string | string[] | undefined>;
}

/** One result: the document id, its score (higher is better) and the indexed words the query matched. */
export interface SearchResult {
  id: string;
  score: number;
  /** The document's own words that matched (as they appear after folding), for highlighting. */
  terms: string[];
}

/** Options for {@link createSearchIndex}. */
export interface SearchIndexOptions {
  /** Weight per field name; fields not listed count 1. */
  weights?: Record<string, number>;
}

/** A built index. */
export interface SearchIndex {
  /**
   * Search: every query word must match something (exactly, as a prefix for the last word, or within the typo
   * tolerance); when no document matches every word, documents matching most words are returned.
   * @param query - what the user typed.
   * @param limit - at most this many results (default 10).
   */
  search(query: string, limit?: number): SearchResult[];
}

interface Posting {
  doc: number;
  /** Weighted term frequency in the document. */
  tf: number;
}

const STOP = new Set(
  'a an and are as at be by can do does for from how i in is it my of on or the to what when where which who why with you your'.split(
    ' ',
  ),
);

/**
 * Lower-case, strip accents, split into words of letters and digits (any script).
 * @param text - any text.
 * @returns the words, in order (stop words kept: callers decide).
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * A light English stem, enough to make "invoices" find "invoice" and "exporting" find "export": strips
 * plural and verb endings from words longer than four letters. Other languages pass through unchanged.
 * @param word - a folded word.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  // "boxes", "matches", "wishes": drop "es"; any other plural: drop "s" ("invoices" → "invoice")
  if (/(?:[sxz]|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  for (const end of ['ing', 'ed'])
    if (word.endsWith(end) && word.length - end.length >= 3) return word.slice(0, -end.length);
  return word;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) between two words, giving up above `max`.
 * @returns the distance, or `max + 1` when it is larger than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a query word of this length may carry. */
const tolerance = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * Build an index over documents.
 * @param docs - the documents (articles, FAQ entries, guides).
 * @param options - field weights.
 */
export function createSearchIndex(docs: readonly SearchDocument[], options: SearchIndexOptions = {}): SearchIndex {
  const weights = options.weights ?? {};
  const postings = new Map<string, Posting[]>();
  /** Stemmed term → the folded words that produced it (for highlighting). */
  const surface = new Map<string, Set<string>>();
  const lengths: number[] = [];
  docs.forEach((doc, index) => {
    const tf = new Map<string, number>();
    let length = 0;
    for (const [field, value] of Object.entries(doc.fields)) {
      const weight = weights[field] ?? 1;
      for (const word of words(Array.isArray(value) ? value.join(' ') : (value ?? ''))) {
        if (STOP.has(word)) continue;
        const term = stem(word);
        tf.set(term, (tf.get(term) ?? 0) + weight);
        let forms = surface.get(term);
        if (!forms) surface.set(term, (forms = new Set()));
        forms.add(word);
        length += 1;
      }
    }
    lengths[index] = length;
    for (const [term, count] of tf) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc: index, tf: count });
    }
  });
  const vocabulary = [...postings.keys()];
  const average = lengths.reduce((sum, n) => sum + n, 0) / (lengths.length || 1) || 1;

  /** Terms a query word matches, with a quality factor: 1 exact, 0.8 prefix, 0.6/0.4 for 1/2 typos. */
  const expand = (word: string, last: boolean): Map<string, number> => {
    const found = new Map<string, number>();
    const term = stem(word);
    const max = tolerance(word.length);
    for (const candidate of vocabulary) {
      let quality = 0;
      if (candidate === term || candidate === word) quality = 1;
      else if (last && word.length >= 2 && candidate.startsWith(word)) quality = 0.8;
      else if (max) {
        const distance = Math.min(
          editDistance(term, candidate, max),
          editDistance(word, candidate, max),
          // a typo in a word still being typed: compare with the candidate's beginning
          last && candidate.length > word.length ? editDistance(word, candidate.slice(0, word.length), max) + 0.5 : 9,
        );
        if (distance <= max) quality = distance <= 1 ? 0.6 : 0.4;
      }
      if (quality) found.set(candidate, quality);
    }
    return found;
  };

  return {
    search(query, limit = 10) {
      const all = words(query);
      const meaningful = all.filter((w) => !STOP.has(w));
      const queryWords = meaningful.length ? meaningful : all;
      const scores = new Map<number, { score: number; matched: number; terms: Set<string> }>();
      queryWords.forEach((word, position) => {
        const seen = new Set<number>();
        for (const [term, quality] of expand(word, position === queryWords.length - 1)) {
          const list = postings.get(term)!;
          const idf = Math.log(1 + (docs.length - list.length + 0.5) / (list.length + 0.5));
          for (const { doc, tf } of list) {
            const norm = tf / (tf + 1.2 * (0.25 + (0.75 * lengths[doc]!) / average));
            let entry = scores.get(doc);
            if (!entry) scores.set(doc, (entry = { score: 0, matched: 0, terms: new Set() }));
            entry.score += quality * idf * norm * 2.2;
            for (const form of surface.get(term) ?? []) entry.terms.add(form);
            if (!seen.has(doc)) {
              seen.add(doc);
              entry.matched += 1;
            }
          }
        }
      });
      return [...scores]
        .map(([doc, { score, matched, terms }]) => ({
          id: docs[doc]!.id,
          // documents that match every query word come first
          score: score * (matched / queryWords.length) ** 2,
          terms: [...terms],
        }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}

/** A run of text, marked when it matched the search (render `match` runs in `<mark>`; never as HTML). */
export interface TextRun {
  text: string;
  match: boolean;
}

/**
 * Split text into runs, marking the words that matched (compared after folding, so "Résumé" is marked for
 * "resume").
 * @param text - the text to show (a title or a snippet).
 * @param terms - the matched words from a {@link SearchResult}.
 */
export function highlight(text: string, terms: readonly string[]): TextRun[] {
  const wanted = new Set(terms);
  const runs: TextRun[] = [];
  const push = (part: string, match: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += part;
    else if (part) runs.push({ text: part, match });
  };
  let at = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    push(text.slice(at, found.index), false);
    push(found[0], wanted.has(words(found[0])[0] ?? ''));
    at = found.index + found[0].length;
  }
  push(text.slice(at), false);
  return runs;
}
