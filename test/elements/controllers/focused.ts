import { deepActive } from '../../../src/dom/focus-trap.js';

/** The focused element (inside shadow roots), named the way a test reads it: its id, label or text; `body` when none. */
export const focused = (): string => {
  const el = deepActive();
  if (!el || el == document.body) return 'body';
  return el.id || el.getAttribute('aria-label') || el.textContent?.trim() || el.localName;
};
