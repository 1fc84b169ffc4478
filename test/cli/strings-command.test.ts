import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { fromCsv, toCsv } from '../../src/cli/csv.js';
import { validateGuide } from '../../src/validate/index.js';

const dir = mkdtempSync(join(tmpdir(), 'waymark-strings-'));
const doc = {
  schemaVersion: 1,
  locale: 'en',
  tours: [
    {
      id: 'welcome',
      title: 'Welcome',
      steps: [
        { id: 'hello', title: 'Hello, "friend"', body: 'Line one\nLine two, see [docs](/docs).' },
        { id: 'bye', title: 'Bye', buttons: [{ action: 'complete', label: 'Done' }] },
      ],
    },
  ],
  translations: { de: { 'tours.welcome.title': 'Willkommen' } },
};
const file = join(dir, 'guides.json');
writeFileSync(file, JSON.stringify(doc, null, 4) + '\n');

describe('waymark strings', () => {
  it('exports each text with its key, source and existing translation (JSON)', async () => {
    const { code, out } = await run(['strings', 'export', file, '--locale', 'de']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      sourceLocale: 'en',
      locale: 'de',
      strings: {
        'tours.welcome.title': { source: 'Welcome', translation: 'Willkommen' },
        'tours.welcome.steps.hello.title': { source: 'Hello, "friend"', translation: '' },
        'tours.welcome.steps.hello.body': { source: 'Line one\nLine two, see [docs](/docs).', translation: '' },
        'tours.welcome.steps.bye.title': { source: 'Bye', translation: '' },
        'tours.welcome.steps.bye.buttons.complete.label': { source: 'Done', translation: '' },
      },
    });
  });

  it('round-trips through CSV a translator edits in a spreadsheet, keeping the file indentation', async () => {
    const csvFile = join(dir, 'de.csv');
    const exported = await run(['strings', 'export', file, '--locale', 'de', '--out', csvFile]);
    expect(exported).toMatchObject({ code: 0, err: expect.stringContaining('5 texts') });
    const rows = fromCsv(readFileSync(csvFile, 'utf8'));
    expect(rows[0]).toEqual(['key', 'source', 'translation']);
    expect(rows[2]).toEqual(['tours.welcome.steps.hello.title', 'Hello, "friend"', '']);
    const translated: Record<string, string> = {
      'tours.welcome.steps.hello.title': 'Hallo, „Freund“',
      'tours.welcome.steps.hello.body': 'Zeile eins\nZeile zwei, siehe [Doku](/docs).',
      'tours.welcome.steps.bye.buttons.complete.label': 'Fertig',
    };
    writeFileSync(
      csvFile,
      toCsv([
        rows[0],
        ...rows.slice(1).map(([k, s, t]) => [k, s, translated[k] ?? t]),
        ['tours.gone.title', 'x', 'Weg'],
      ]),
    );
    const imported = await run(['strings', 'import', file, csvFile, '--locale', 'de']);
    expect(imported.code).toBe(0);
    expect(imported.err).toContain('4 de texts imported');
    expect(imported.err).toContain('1 texts still without a de translation');
    expect(imported.err).toContain('skipped "tours.gone.title"');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\{\n {4}"schemaVersion"/);
    const after = JSON.parse(text);
    expect(after.translations.de).toEqual({ 'tours.welcome.title': 'Willkommen', ...translated });
    expect(after.tours).toEqual(doc.tours);
    // What came back is what the validator expects: only the one text still missing is reported.
    expect(validateGuide(after).issues.map((i) => i.path)).toEqual(['translations.de']);
  });

  it('imports a flat JSON file { key: translation } for a new language', async () => {
    const flat = join(dir, 'ar.json');
    writeFileSync(flat, JSON.stringify({ 'tours.welcome.title': 'مرحبًا' }));
    expect((await run(['strings', 'import', file, flat, '--locale', 'ar'])).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).translations.ar).toEqual({ 'tours.welcome.title': 'مرحبًا' });
    // and an exported JSON file with translations filled in
    const exported = JSON.parse((await run(['strings', 'export', file, '--locale', 'ar'])).out);
    exported.strings['tours.welcome.steps.bye.title'].translation = 'وداعًا';
    writeFileSync(flat, JSON.stringify(exported));
    await run(['strings', 'import', file, flat, '--locale', 'ar']);
    expect(JSON.parse(readFileSync(file, 'utf8')).translations.ar).toEqual({
      'tours.welcome.title': 'مرحبًا',
      'tours.welcome.steps.bye.title': 'وداعًا',
    });
  });

  it('explains wrong calls', async () => {
    expect(await run(['strings', 'import', file, file])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--locale'),
    });
    expect(await run(['strings', 'translate'])).toMatchObject({ code: 2 });
    const notJson = join(dir, 'x.json');
    writeFileSync(notJson, '{ nope');
    expect(await run(['strings', 'export', notJson])).toMatchObject({
      code: 2,
      err: expect.stringContaining('waymark validate'),
    });
  });
});
