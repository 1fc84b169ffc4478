import { describe, expect, it } from 'vitest';
import { guideStrings } from '../../src/core/guide-strings.js';
import { localizeGuide } from '../../src/core/localize-guide.js';

const doc = {
  schemaVersion: 1,
  locale: 'en',
  helpCenter: { title: 'Help', articles: [{ id: 'card', title: 'Update your card', body: 'Open **Billing**.' }] },
  surveys: [
    {
      id: 'nps',
      questions: [
        { id: 'score', type: 'nps', text: 'How likely are you to recommend us?' },
        { id: 'area', type: 'single', text: 'Which area?', options: [{ id: 'speed', label: 'Speed' }] },
      ],
      thankYou: { message: 'Thank you!' },
    },
  ],
  translations: {
    de: {
      'helpCenter.articles.card.title': 'Karte ändern',
      'surveys.nps.questions.score.text': 'Wie wahrscheinlich…?',
    },
  },
};

describe('help centre and survey text is translatable', () => {
  it('lists articles, questions, options and endings by stable keys', () => {
    expect(Object.keys(guideStrings(doc))).toEqual(
      expect.arrayContaining([
        'helpCenter.title',
        'helpCenter.articles.card.title',
        'helpCenter.articles.card.body',
        'surveys.nps.questions.score.text',
        'surveys.nps.questions.area.options.speed.label',
        'surveys.nps.thankYou.message',
      ]),
    );
  });

  it('applies a translation to them', () => {
    const { doc: de } = localizeGuide(doc, ['de-DE']) as { doc: typeof doc };
    expect(de.helpCenter.articles[0]!.title).toBe('Karte ändern');
    expect(de.surveys[0]!.questions[0]!.text).toBe('Wie wahrscheinlich…?');
    expect(de.helpCenter.articles[0]!.body).toBe('Open **Billing**.');
  });
});
