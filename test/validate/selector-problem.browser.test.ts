import { expect, it } from 'vitest';
import { selectorProblem } from '../../src/validate/selector-problem.js';

it('agrees with the real selector parser: valid selectors pass, ones only the browser rejects are caught', () => {
  for (const s of [
    '[data-tour=create-project]',
    '#search',
    'app-shell >>> input[type=search]',
    'iframe#editor >>> .toolbar button',
    'nav > ul li:nth-child(2n+1) a[href^="/x"]',
    'h1, h2',
  ]) {
    expect(selectorProblem(s), s).toBeUndefined();
  }
  expect(selectorProblem('a:bogus-pseudo')).toBe('the browser cannot read it as a CSS selector');
  expect(selectorProblem('host >>> #1abc')).toBe('the browser cannot read it as a CSS selector (in the part "#1abc")');
  expect(selectorProblem('div[data-x')).toBe('a "[" is never closed with "]"');
});
