import { afterEach, expect, it } from 'vitest';
import { viewportInsets } from '../../src/dom/viewport-insets.js';

afterEach(() => (document.documentElement.style.cssText = ''));

it('is 8px per side by default, and no scroll-padding (auto) adds nothing', () => {
  expect(viewportInsets()).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
});

it("adds the root's scroll-padding (where sticky headers and footers are declared) to the padding", () => {
  document.documentElement.style.cssText = 'scroll-padding: 64px 0 10% 0';
  const tenth = document.documentElement.clientHeight / 10;
  expect(viewportInsets()).toEqual({ top: 72, right: 8, bottom: 8 + tenth, left: 8 });
  expect(viewportInsets(0)).toEqual({ top: 64, right: 0, bottom: tenth, left: 0 });
  expect(viewportInsets({ top: 20, left: 30 })).toEqual({ top: 84, right: 8, bottom: 8 + tenth, left: 30 });
});

it('follows logical scroll-padding in a right-to-left page', () => {
  document.documentElement.style.cssText = 'direction:rtl;scroll-padding-inline-start:100px';
  expect(viewportInsets()).toMatchObject({ right: 108, left: 8 });
});

it('shrinks a scroll-padding band that holds the element pointed at to the gap beyond it', () => {
  document.documentElement.style.cssText = 'scroll-padding: 60px 0 50px';
  const vh = document.documentElement.clientHeight;
  // A button in the sticky header: the step may sit 10px under it.
  expect(viewportInsets(8, new DOMRect(300, 12, 100, 30), 10)).toMatchObject({ top: 52, bottom: 58 });
  // A button in the sticky footer.
  expect(viewportInsets(8, new DOMRect(300, vh - 40, 100, 30), 10)).toMatchObject({ top: 68, bottom: 50 });
  // Content below the header keeps the whole band; the padding is never given up.
  expect(viewportInsets(8, new DOMRect(300, 200, 100, 30), 10)).toMatchObject({ top: 68, bottom: 58 });
  expect(viewportInsets(8, new DOMRect(300, -100, 100, 30), 10)).toMatchObject({ top: 8 });
});
