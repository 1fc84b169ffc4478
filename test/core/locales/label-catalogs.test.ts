import { describe, expect, it } from 'vitest';
import { labelLocales, loadLabels } from '../../../src/core/locales/index.js';

/** The English defaults, as the tour and features define them. */
const english: Record<string, string> = {
  next: 'Next',
  back: 'Back',
  done: 'Done',
  close: 'Close tour',
  progress: '{current} of {total}',
  'checklist.locked': 'Complete {items} first',
  'checklist.itemDone': '{item}: done',
  'checklist.done': 'All done! 🎉',
  'checklist.dismiss': 'Dismiss checklist',
  'hint.gotIt': 'Got it',
  'hint.beacon': 'Hint: {title}',
  'hint.close': 'Close',
  'announcement.close': 'Close',
  'announcement.dontShowAgain': "Don't show this again",
  'chat.label': 'Chat with us',
  'chat.loading': 'Connecting…',
  'chat.offline': 'Back {{hours.next}}',
  'chat.stuck': 'Still stuck? Chat with us',
};
const placeholders = (s: string) => (s.match(/\{\{?[\w.]+\}?\}/g) ?? []).sort();

describe('built-in label catalogs', () => {
  it('cover the ten most used product languages and more', () => {
    expect(labelLocales).toEqual(
      expect.arrayContaining(['en', 'es', 'fr', 'de', 'pt', 'ja', 'zh', 'ko', 'ar', 'ru', 'he', 'it']),
    );
  });

  it.each(labelLocales.filter((l) => l != 'en'))(
    '%s: every word, translated, with the same placeholders',
    async (tag) => {
      const words = (await loadLabels(tag)) as Record<string, string>;
      expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(words)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), `${tag} ${key}`).toEqual(placeholders(english[key]));
      }
      // Words a user reads are translated, not copied (numbers-only progress texts aside).
      expect(words.next).not.toBe('Next');
      expect(words['chat.stuck']).not.toBe(english['chat.stuck']);
    },
  );

  it('resolves regional tags and keeps English otherwise', async () => {
    expect((await loadLabels('de-CH')).next).toBe('Weiter');
    expect((await loadLabels('pt-BR')).next).toBe('Próximo');
    expect((await loadLabels('zh-CN')).next).toBe('下一步');
    expect(await loadLabels('zh-TW')).toEqual({});
    expect(await loadLabels('en-US')).toEqual({});
    expect(await loadLabels('sv')).toEqual({});
    expect(await loadLabels(undefined)).toEqual({});
  });
});
