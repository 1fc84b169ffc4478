import { describe, expect, it } from 'vitest';
import { validateGuide } from '../../src/validate/index.js';

const base = {
  schemaVersion: 1,
  locale: 'en',
  tours: [
    {
      id: 'welcome',
      title: 'Welcome',
      steps: [
        { id: 'hello', title: 'Hello {name}', body: 'See the [docs](https://example.com/docs), press `Esc`.' },
        { id: 'bye', title: 'Bye' },
      ],
    },
  ],
};
const issues = (translations: unknown, extra: Record<string, unknown> = {}) =>
  validateGuide({ ...base, ...extra, translations }).issues;

describe('translations in the validator', () => {
  it('accepts a complete translation', () => {
    const r = validateGuide({
      ...base,
      translations: {
        de: {
          'tours.welcome.title': 'Willkommen',
          'tours.welcome.steps.hello.title': 'Hallo {name}',
          'tours.welcome.steps.hello.body': 'Siehe die [Doku](https://example.com/docs), drücke `Esc`.',
          'tours.welcome.steps.bye.title': 'Tschüss',
        },
      },
    });
    expect(r).toEqual({ valid: true, issues: [] });
  });

  it('warns about texts a language lacks, naming them and the command that lists them', () => {
    const [issue] = issues({ de: { 'tours.welcome.steps.hello.title': 'Hallo {name}' } });
    expect(issue).toMatchObject({ path: 'translations.de', severity: 'warning', received: '1 of 4' });
    expect(issue.message).toContain(
      'lacks 3 of 4 texts: "tours.welcome.title", "tours.welcome.steps.hello.body", "tours.welcome.steps.bye.title"',
    );
    expect(issue.message).toContain('npx waymark strings export <file> --locale de');
  });

  it('warns about a key that names no text, with the likely one', () => {
    const found = issues({
      de: {
        'tours.welcome.title': 'Willkommen',
        'tours.welcome.steps.hello.title': 'Hallo {name}',
        'tours.welcome.steps.hello.body': 'Siehe die [Doku](https://example.com/docs), drücke `Esc`.',
        'tours.welcome.steps.by.title': 'Tschüss',
      },
    });
    expect(found.map((i) => i.path)).toEqual(['translations.de', 'translations.de["tours.welcome.steps.by.title"]']);
    expect(found[1]).toMatchObject({ severity: 'warning', suggestion: 'tours.welcome.steps.bye.title' });
  });

  it('warns when links, placeholders or code differ from the text', () => {
    const found = issues({
      fr: {
        'tours.welcome.title': 'Bienvenue',
        'tours.welcome.steps.hello.title': 'Bonjour {nom}',
        'tours.welcome.steps.hello.body': 'Voir la [doc](https://example.fr/doc), appuyez sur `Échap`.',
        'tours.welcome.steps.bye.title': 'Au revoir',
      },
    });
    expect(found.map((i) => [i.path, i.expected])).toEqual([
      ['translations.fr["tours.welcome.steps.hello.title"]', '"{name}"'],
      ['translations.fr["tours.welcome.steps.hello.body"]', '"https://example.com/docs"'],
      ['translations.fr["tours.welcome.steps.hello.body"]', '"`Esc`"'],
    ]);
    expect(found.every((i) => i.severity == 'warning')).toBe(true);
  });

  it('asks for the source locale, a real language tag, and not the source language again', () => {
    const full = {
      'tours.welcome.title': 'x',
      'tours.welcome.steps.hello.title': 'x {name}',
      'tours.welcome.steps.hello.body': '[d](https://example.com/docs) `Esc`',
      'tours.welcome.steps.bye.title': 'x',
    };
    const { locale: _, ...unsaid } = base;
    expect(validateGuide({ ...unsaid, translations: { de: full } }).issues.map((i) => [i.path, i.suggestion])).toEqual([
      ['locale', 'en'],
    ]);
    expect(issues({ german: full, en: full }).map((i) => i.path)).toEqual(['translations.german', 'translations.en']);
  });

  it('reports a malformed translations section as an error (schema)', () => {
    const r = validateGuide({ ...base, translations: { de: 'Hallo' } });
    expect(r.valid).toBe(false);
    expect(r.issues.filter((i) => i.severity == 'error').map((i) => i.path)).toEqual(['translations.de']);
  });
});
