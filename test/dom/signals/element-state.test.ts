import { afterEach, describe, expect, it } from 'vitest';
import { elementState } from '../../../src/dom/signals/element-state.js';

afterEach(() => void (document.body.innerHTML = ''));

describe('elementState', () => {
  it('tells present elements apart from missing ones, and never throws on a bad selector', () => {
    document.body.innerHTML = '<div id="a"></div>';
    expect(elementState('#a', 'present', () => false)).toBe(true);
    expect(elementState('#b', 'present', () => false)).toBe(false);
    expect(elementState('##', 'present', () => false)).toBe(false);
    // happy-dom has no layout: nothing is visible there (Chromium tests cover real boxes).
    expect(elementState('#a', 'visible', () => false)).toBe(false);
  });
});
