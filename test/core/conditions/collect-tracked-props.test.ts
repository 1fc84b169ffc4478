import { describe, expect, it } from 'vitest';
import { collectTrackedProps } from '../../../src/core/conditions/collect-tracked-props.js';

describe('collectTrackedProps', () => {
  it('lists the where keys per event, through nesting, sorted and without duplicates', () => {
    const triggers = [
      {
        all: [
          { event: 'viewed', where: { articleId: 'a' } },
          { not: { event: 'viewed', where: { lang: 'en', articleId: 'b' } } },
        ],
      },
      { any: [{ event: 'clicked' }, { page: '/x' }] },
    ];
    const segments = { fans: { event: 'starred', where: { repo: 'waymark' }, count: 3 } };
    expect(collectTrackedProps([...triggers, ...Object.values(segments)])).toEqual({
      viewed: ['articleId', 'lang'],
      clicked: [],
      starred: ['repo'],
    });
  });

  it('skips malformed input and survives awkward names', () => {
    const out = collectTrackedProps([
      null,
      'x',
      3,
      { all: 'no' },
      { event: '__proto__', where: { a: 1 } },
      { event: 7 },
    ]);
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out['__proto__']).toEqual(['a']);
  });
});
