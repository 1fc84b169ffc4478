import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/validate/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['botom', 'bottom', 1],
    ['titel', 'title', 1], // a swap counts once (Damerau)
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // optimal string alignment: no edits inside a swapped pair
  ])('%j -> %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestMatch', () => {
  const placements = ['top', 'top-start', 'bottom', 'bottom-start', 'left', 'right'];
  it('finds likely typos, ignoring case and - / _ differences', () => {
    expect(closestMatch('botom', placements)).toBe('bottom');
    expect(closestMatch('Bottom', placements)).toBe('bottom');
    expect(closestMatch('bottom_start', placements)).toBe('bottom-start');
    expect(closestMatch('rigth', placements)).toBe('right');
  });

  it('suggests nothing for exact matches, far-off words or empty candidate lists', () => {
    expect(closestMatch('top', placements)).toBeUndefined();
    expect(closestMatch('somewhere', placements)).toBeUndefined();
    expect(closestMatch('x', placements)).toBeUndefined();
    expect(closestMatch('top', [])).toBeUndefined();
  });
});
