import { describe, expect, it, vi } from 'vitest';
import { defineElements, tags } from '../../src/elements/define.js';
import { WmPopover } from '../../src/elements/popover.js';
import { WmSpotlight } from '../../src/elements/spotlight.js';

/** A registry that, like the real one, throws on a taken tag or an already registered class. */
function fakeRegistry() {
  const map = new Map<string, CustomElementConstructor>();
  return {
    get: (tag: string) => map.get(tag),
    define(tag: string, ctor: CustomElementConstructor) {
      if (map.has(tag) || [...map.values()].includes(ctor)) throw new DOMException('taken', 'NotSupportedError');
      map.set(tag, ctor);
    },
  } as unknown as CustomElementRegistry;
}

describe('defineElements', () => {
  it('registers nothing on import, then defines the tags idempotently, leaving tags another class owns', () => {
    expect(customElements.get('wm-popover')).toBeUndefined();
    expect(customElements.get('wm-spotlight')).toBeUndefined();
    class Other extends HTMLElement {}
    customElements.define('wm-spotlight', Other);
    expect(() => {
      defineElements();
      defineElements();
    }).not.toThrow();
    expect(customElements.get('wm-popover')).toBe(WmPopover);
    expect(customElements.get('wm-spotlight')).toBe(Other);
    expect(document.createElement('wm-popover')).toBeInstanceOf(WmPopover);
  });

  it('uses the given registry and accepts extra elements', () => {
    const registry = fakeRegistry();
    class Extra extends HTMLElement {}
    defineElements(registry, { ...tags, 'wm-extra': Extra });
    expect(registry.get('wm-popover')).toBe(WmPopover);
    expect(registry.get('wm-spotlight')).toBe(WmSpotlight);
    expect(registry.get('wm-extra')).toBe(Extra);
  });

  it('never throws when the registry refuses a class', () => {
    const registry = fakeRegistry();
    registry.define('x-taken', WmPopover);
    expect(() => defineElements(registry)).not.toThrow();
    expect(registry.get('wm-popover')).toBeUndefined();
    expect(registry.get('wm-spotlight')).toBe(WmSpotlight);
  });

  it('does nothing without a registry (server)', () => {
    vi.stubGlobal('customElements', undefined);
    try {
      expect(() => defineElements()).not.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
