import { describe, expect, it } from 'vitest';
import { createSearchIndex, editDistance, highlight, stem, words } from '../../../src/core/help/search-index.js';
import help from '../../../examples/vanilla/guides/help.json' with { type: 'json' };
import { noResults, queries } from './search-queries.js';

const docs = help.helpCenter.articles.map((a) => ({
  id: a.id,
  fields: { title: a.title, tags: a.tags, body: a.body },
}));
const index = createSearchIndex(docs, { weights: { title: 3, tags: 2, body: 1 } });

describe('words, stem, editDistance', () => {
  it('folds case and accents and splits any script', () => {
    expect(words('Résumé: ÉTÉ, naïve — 東京 2026')).toEqual(['resume', 'ete', 'naive', '東京', '2026']);
  });
  it('stems plurals and verb endings, leaving short words alone', () => {
    expect(['invoices', 'exporting', 'exported', 'policies', 'class', 'plan', 'boxes'].map(stem)).toEqual([
      'invoice',
      'export',
      'export',
      'policy',
      'class',
      'plan',
      'box',
    ]);
  });
  it('counts a transposition as one edit and gives up above the limit', () => {
    expect(editDistance('paymnet', 'payment', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });
});

describe('createSearchIndex on the demo help centre', () => {
  it.each(queries)('"%s" finds %s first', (query, expected) => {
    expect(index.search(query)[0]?.id).toBe(expected);
  });

  it.each(noResults)('"%s" finds nothing', (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it('reports the words it matched so the view can mark them, typos included', () => {
    const [top] = index.search('invoces pdf');
    expect(top?.terms).toEqual(expect.arrayContaining(['invoices', 'pdf']));
    expect(highlight('Download invoices and receipts', top!.terms)).toEqual([
      { text: 'Download ', match: false },
      { text: 'invoices', match: true },
      { text: ' and receipts', match: false },
    ]);
  });

  it('ranks documents matching every word above those matching one', () => {
    const ids = index.search('export report').map((r) => r.id);
    expect(ids[0]).toBe('export-report-csv');
  });

  it('limits results and copes with an empty or punctuation-only query', () => {
    expect(index.search('billing', 2)).toHaveLength(2);
    expect(index.search('')).toEqual([]);
    expect(index.search('?!')).toEqual([]);
  });
});
