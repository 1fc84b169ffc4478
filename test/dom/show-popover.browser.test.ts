import { describe, expect, it } from 'vitest';
import { showPopover } from '../../src/dom/show-popover.js';
import { defineElements } from '../../src/elements/define.js';

describe('showPopover', () => {
  it('puts a connected popover in the top layer, once', () => {
    const el = document.createElement('div');
    el.popover = 'manual';
    document.body.append(el);
    showPopover(el);
    showPopover(el); // already open: a second call must not throw
    expect(el.matches(':popover-open')).toBe(true);
    el.remove();
  });

  it('ignores a disconnected element, a non-popover and null instead of throwing', () => {
    const detached = document.createElement('div');
    detached.popover = 'manual';
    const plain = document.createElement('div');
    document.body.append(plain);
    expect(() => [showPopover(detached), showPopover(plain), showPopover(null)]).not.toThrow();
    expect(detached.matches(':popover-open')).toBe(false);
    plain.remove();
  });

  it('lets a step popover or spotlight that leaves the page before rendering finish without an error', async () => {
    defineElements();
    for (const tag of ['wm-popover', 'wm-spotlight'] as const) {
      const el = document.createElement(tag);
      document.body.append(el);
      el.remove(); // the tour ended in the same task
      await expect(el.updateComplete).resolves.toBe(true);
    }
  });
});
