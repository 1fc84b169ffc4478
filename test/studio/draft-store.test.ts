import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_KEY, clearDraft, loadDraft, parseDocument, saveDraft } from '../../src/studio/draft-store.js';

afterEach(() => localStorage.clear());

describe('the studio draft', () => {
  it('round-trips through localStorage', () => {
    const doc = { schemaVersion: 1 as const, tours: [{ id: 't', steps: [{ id: 'a', title: 'A' }] }] };
    expect(saveDraft(doc)).toBe(true);
    expect(loadDraft()).toEqual(doc);
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it.each([['{not json'], ['[1,2]'], ['"text"'], ['{"foo":1}'], ['null']])('ignores a corrupted copy: %s', (raw) => {
    localStorage.setItem(DRAFT_KEY, raw);
    expect(loadDraft()).toBeNull();
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadDraft(broken)).toBeNull();
    expect(saveDraft({ schemaVersion: 1 }, broken)).toBe(false);
  });

  it('explains why pasted text is not a document', () => {
    expect(parseDocument('{oops')).toMatchObject({ error: expect.stringMatching(/not valid JSON/) });
    expect(parseDocument('[]')).toMatchObject({ error: expect.stringMatching(/JSON object/) });
    expect(parseDocument('{"a":1}')).toMatchObject({ error: expect.stringMatching(/not a guide document/) });
    expect(parseDocument('{"tours":[]}')).toEqual({ doc: { tours: [] } });
  });
});
