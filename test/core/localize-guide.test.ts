import { describe, expect, it } from 'vitest';
import { guideStrings } from '../../src/core/guide-strings.js';
import { localeChain, localizeGuide, matchLocale, textDirection } from '../../src/core/localize-guide.js';

const doc = {
  schemaVersion: 1,
  locale: 'en',
  tours: [
    {
      id: 'welcome',
      title: 'Welcome',
      steps: [
        { id: 'hello', title: 'Hello', body: 'Read the [docs](/docs).' },
        {
          id: 'invite',
          title: 'Invite',
          buttons: [
            { action: 'back', label: 'Back' },
            { action: 'next', label: 'Skip' },
            { action: 'next', label: 'Go on' },
          ],
        },
      ],
    },
  ],
  hints: [{ id: 'filters', target: '#f', title: 'Filters', body: 'Narrow it down.' }],
  checklists: [
    { id: 'start', title: 'Get started', items: [{ id: 'a', title: 'Do A', action: { action: 'next', label: 'Go' } }] },
  ],
  announcements: [
    {
      id: 'new',
      title: 'New',
      primary: { action: 'link', href: '/x', label: 'See' },
      image: { src: '/i.png', alt: 'A chart' },
    },
  ],
  chat: { provider: 'mailto', email: 'a@b.c', message: 'Help me', stuck: { label: 'Stuck?' } },
  translations: {
    de: {
      'tours.welcome.steps.hello.title': 'Hallo',
      'tours.welcome.steps.invite.buttons.next-2.label': 'Weiter geht’s',
      'hints.filters.title': 'Filter',
    },
    'de-CH': { 'tours.welcome.steps.hello.title': 'Grüezi' },
    ar: { 'tours.welcome.steps.hello.title': 'مرحبًا' },
  },
};

describe('guideStrings', () => {
  it('keys every text by ids (buttons by action), in document order', () => {
    expect(guideStrings(doc)).toEqual({
      'tours.welcome.title': 'Welcome',
      'tours.welcome.steps.hello.title': 'Hello',
      'tours.welcome.steps.hello.body': 'Read the [docs](/docs).',
      'tours.welcome.steps.invite.title': 'Invite',
      'tours.welcome.steps.invite.buttons.back.label': 'Back',
      'tours.welcome.steps.invite.buttons.next.label': 'Skip',
      'tours.welcome.steps.invite.buttons.next-2.label': 'Go on',
      'checklists.start.title': 'Get started',
      'checklists.start.items.a.title': 'Do A',
      'checklists.start.items.a.action.label': 'Go',
      'hints.filters.title': 'Filters',
      'hints.filters.body': 'Narrow it down.',
      'announcements.new.title': 'New',
      'announcements.new.image.alt': 'A chart',
      'announcements.new.primary.label': 'See',
      'chat.message': 'Help me',
      'chat.stuck.label': 'Stuck?',
    });
  });

  it('keeps a key when steps are reordered', () => {
    const swapped = { ...doc, tours: [{ ...doc.tours[0], steps: [...doc.tours[0].steps].reverse() }] };
    expect(guideStrings(swapped)['tours.welcome.steps.hello.title']).toBe('Hello');
  });

  it('takes anything without throwing', () => {
    for (const v of [null, 1, 'x', [], { tours: 'no' }, { tours: [null, { steps: [1] }] }])
      expect(guideStrings(v)).toEqual({});
  });
});

describe('localizeGuide', () => {
  const title = (d: unknown, s = 0) => (d as typeof doc).tours[0].steps[s].title;

  it('falls back de-CH → de → the document text, per text', () => {
    const { doc: ch, locale } = localizeGuide(doc, ['de-CH']);
    expect(locale).toBe('de-CH');
    expect(title(ch)).toBe('Grüezi');
    expect((ch as typeof doc).hints[0].title).toBe('Filter');
    expect(title(ch, 1)).toBe('Invite');
    expect((ch as typeof doc).tours[0].steps[1].buttons![2].label).toBe('Weiter geht’s');
  });

  it("follows the user's order of preference, and the document's own language counts", () => {
    expect(localizeGuide(doc, ['fr', 'ar', 'de']).locale).toBe('ar');
    expect(localizeGuide(doc, ['en-GB', 'de']).locale).toBe('en');
    expect(title(localizeGuide(doc, ['en-GB', 'de']).doc)).toBe('Hello');
    expect(localizeGuide(doc, ['de-AT']).locale).toBe('de');
  });

  it('keeps the document as it is for a language it does not have, and reads JSON text', () => {
    expect(localizeGuide(doc, ['ja']).doc).toBe(doc);
    expect(localizeGuide(doc, ['ja']).locale).toBe('en');
    expect(title(localizeGuide(JSON.stringify(doc), ['de']).doc)).toBe('Hallo');
    expect(localizeGuide('{bad', ['de'])).toEqual({ doc: '{bad', locale: 'de' });
  });

  it('does not change the input', () => {
    const copy = JSON.parse(JSON.stringify(doc));
    localizeGuide(doc, ['de-CH']);
    expect(doc).toEqual(copy);
  });
});

describe('locale helpers', () => {
  it('chains, matches and knows the direction', () => {
    expect(localeChain('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(matchLocale(['pt-PT'], ['en', 'pt-BR'])).toBe('pt-BR');
    expect(matchLocale(['PT-br'], ['pt', 'pt-BR'])).toBe('pt-BR');
    expect(matchLocale(['sv'], ['en'])).toBeUndefined();
    expect(['ar', 'he-IL', 'fa', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'de', 'arn'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr']);
  });
});
