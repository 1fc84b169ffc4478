import { describe, expect, it } from 'vitest';
import { previewDocument } from '../../src/studio/preview.js';
import type { GuideDocument } from '../../src/core/guide-definition.js';

const doc = {
  schemaVersion: 1,
  tours: [
    {
      id: 'a',
      audience: { trait: 'plan', eq: 'pro' },
      trigger: { event: 'x' },
      frequency: { every: 'P1D' },
      steps: [{ id: 's', title: 'S' }],
    },
    { id: 'b', steps: [{ id: 's', title: 'S' }] },
  ],
  hints: [{ id: 'h', target: '#x', title: 'H', audience: { trait: 'plan', eq: 'pro' } }],
  announcements: [{ id: 'n', title: 'N', showOn: 'manual', frequency: { every: 'P1D' } }],
  proactive: { quietPeriod: 'PT1H' },
} as unknown as GuideDocument;

describe('previewDocument', () => {
  it('runs the tours without audience, trigger and frequency, and leaves governance out', () => {
    const built = previewDocument(doc, 'tour', 'a')!;
    expect(built.id).toBe('a');
    expect(built.doc.tours).toEqual([
      { id: 'a', steps: [{ id: 's', title: 'S' }] },
      { id: 'b', steps: [{ id: 's', title: 'S' }] },
    ]);
    expect(built.doc.proactive).toBeUndefined();
    expect(built.doc.hints).toBeUndefined();
  });

  it('shows a hint to anyone, with the tours its buttons may start', () => {
    const built = previewDocument(doc, 'hint', 'h')!;
    expect(built.doc.hints).toEqual([{ id: 'h', target: '#x', title: 'H' }]);
    expect(built.doc.tours).toHaveLength(2);
  });

  it('gives an announcement an id of its own per preview and shows it on load', () => {
    const one = previewDocument(doc, 'announcement', 'n')!;
    const two = previewDocument(doc, 'announcement', 'n')!;
    expect(one.id).not.toBe(two.id);
    expect(one.doc.announcements).toEqual([{ id: one.id, title: 'N', showOn: 'load' }]);
    expect(doc.announcements![0].id).toBe('n');
  });

  it('returns null for an unknown guide', () => {
    expect(previewDocument(doc, 'tour', 'nope')).toBeNull();
    expect(previewDocument({ schemaVersion: 1 }, 'hint', 'h')).toBeNull();
  });
});
