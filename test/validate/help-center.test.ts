import { describe, expect, it } from 'vitest';
import { validateGuide } from '../../src/validate/index.js';
import help from '../../examples/vanilla/guides/help.json' with { type: 'json' };

describe('validateGuide: helpCenter and surveys', () => {
  it('accepts the demo help centre', () => {
    expect(validateGuide({ schemaVersion: 1, ...help }).issues).toEqual([]);
  });

  it('explains a mistyped article field and a survey question type, with paths', () => {
    const { issues } = validateGuide({
      schemaVersion: 1,
      helpCenter: { articles: [{ id: 'a', titel: 'Typo' }] },
      surveys: [{ id: 's', questions: [{ id: 'q', type: 'nsp', text: 'How likely…?' }] }],
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['helpCenter.articles[0].titel', 'surveys[0].questions[0].type']));
    expect(JSON.stringify(issues)).toMatch(/title/);
    expect(issues.find((i) => i.path == 'surveys[0].questions[0].type')?.suggestion).toBe('nps');
  });
});

describe('the demo document', () => {
  it('validates with its surveys and help centre', async () => {
    const parts = await Promise.all(
      ['help', 'surveys', 'proactive', 'tours', 'checklists', 'hints', 'announcements', 'chat'].map(
        (n) => import(`../../examples/vanilla/guides/${n}.json`),
      ),
    );
    const doc: Record<string, unknown> = {};
    for (const { default: part } of parts)
      for (const [key, value] of Object.entries(part as Record<string, unknown>)) {
        const prev = doc[key];
        doc[key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
      }
    expect(validateGuide(doc).issues.filter((i) => i.severity == 'error')).toEqual([]);
  });
});
