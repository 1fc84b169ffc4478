import { describe, expect, it } from 'vitest';
import { normalizeGuide } from '../../src/core/normalize-guide.js';

const step = (id: string) => ({ id, title: id.toUpperCase() });

describe('normalizeGuide', () => {
  it('keeps a well-formed document as it is', () => {
    const doc = { schemaVersion: 1, tours: [{ id: 'a', steps: [step('one'), step('two')] }] };
    const { tours, dropped } = normalizeGuide(doc);
    expect(dropped).toEqual([]);
    expect(tours.map((t) => t.steps.map((s) => s.id))).toEqual([['one', 'two']]);
  });

  it('accepts JSON text', () => {
    expect(
      normalizeGuide(JSON.stringify({ schemaVersion: 1, tours: [{ id: 'a', steps: [step('x')] }] })).tours,
    ).toHaveLength(1);
  });

  it('drops what cannot run, names where, and keeps the rest working', () => {
    const doc = {
      schemaVersion: 1,
      tours: [
        { id: 'good', steps: [step('one'), { id: 'no-title' }, step('one'), 'junk'] },
        { id: 'good', steps: [step('dup-tour')] },
        { steps: [step('no-id')] },
        { id: 'empty', steps: [] },
        null,
      ],
    };
    const { tours, dropped } = normalizeGuide(doc);
    expect(tours.map((t) => [t.id, t.steps.map((s) => s.id)])).toEqual([['good', ['one']]]);
    expect(dropped).toEqual([
      'tours[0].steps[1]',
      'tours[0].steps[2]',
      'tours[0].steps[3]',
      'tours[1]',
      'tours[2]',
      'tours[3]',
      'tours[4]',
    ]);
  });

  it.each([null, 42, 'not json {', [], undefined])('never throws on garbage (%s)', (input) => {
    expect(normalizeGuide(input)).toEqual({ doc: { schemaVersion: 1, tours: [] }, tours: [], dropped: ['$'] });
  });

  it('treats a document without tours as empty but valid', () => {
    expect(normalizeGuide({ schemaVersion: 1 })).toEqual({
      doc: { schemaVersion: 1, tours: [] },
      tours: [],
      dropped: [],
    });
  });

  it('returns the document with its runnable tours and its other sections untouched', () => {
    const { doc } = normalizeGuide({
      schemaVersion: 1,
      tours: [{ id: 'a', steps: [step('x'), {}] }],
      hints: [{ id: 'h' }],
    });
    expect(doc.tours?.[0].steps).toHaveLength(1);
    expect(doc.hints).toEqual([{ id: 'h' }]);
  });
});

describe('normalizeGuide: a step never loses its way forward', () => {
  it('drops a mistyped advanceOn and reports it, so the step gets its Next button back', () => {
    const { tours, dropped } = normalizeGuide({
      schemaVersion: 1,
      tours: [
        {
          id: 'a',
          steps: [
            { id: 'one', title: 'One', target: '#x', advanceOn: 'clik' },
            { id: 'two', title: 'Two', advanceOn: 'click', target: '#y' },
          ],
        },
      ],
    });
    expect(dropped).toEqual(['tours[0].steps[0].advanceOn']);
    expect(tours[0].steps[0]).toEqual({ id: 'one', title: 'One', target: '#x' });
    expect(tours[0].steps[1].advanceOn).toBe('click');
  });

  it('adds an unlabelled next button to own buttons that do not move on, and leaves ones that do', () => {
    const { tours } = normalizeGuide({
      schemaVersion: 1,
      tours: [
        {
          id: 'a',
          steps: [
            { id: 'one', title: 'One', advanceOn: 'clik', buttons: [{ label: 'Back', action: 'back' }] },
            { id: 'two', title: 'Two', advanceOn: 5, buttons: [{ label: 'Go', action: 'next' }] },
          ],
        },
      ],
    });
    expect(tours[0].steps[0].buttons).toEqual([
      { label: 'Back', action: 'back' },
      { action: 'next', variant: 'primary' },
    ]);
    expect(tours[0].steps[1].buttons).toEqual([{ label: 'Go', action: 'next' }]);
  });
});

describe('normalizeGuide: highlight', () => {
  it('keeps a highlight list as written and wraps a lone selector, without dropping the step', () => {
    const doc = {
      schemaVersion: 1,
      tours: [
        {
          id: 't',
          steps: [
            { id: 'gone' },
            { ...step('a'), highlight: ['#x', ['#y', '.y']] },
            { ...step('b'), highlight: '#lone' },
            step('c'),
          ],
        },
      ],
    };
    const { tours, dropped } = normalizeGuide(doc);
    const [a, b, c] = tours[0].steps;
    expect(a.highlight).toEqual(['#x', ['#y', '.y']]);
    expect(b.highlight).toEqual(['#lone']);
    expect(c).not.toHaveProperty('highlight');
    expect(dropped).toEqual(['tours[0].steps[0]']);
  });
});
