import { WmPopover } from './popover.js';
import { registerElements } from './register-elements.js';
import { WmSpotlight } from './spotlight.js';

/** The elements {@link defineElements} registers by default, by tag name. */
export const tags: Readonly<Record<string, CustomElementConstructor>> = {
  'wm-popover': WmPopover,
  'wm-spotlight': WmSpotlight,
};

/**
 * Register the elements. Idempotent: a tag that is already defined (by this or another copy of the library)
 * is left alone, and nothing throws. Does nothing where there is no custom element registry (the server).
 * @param registry - where to define them. @default customElements
 * @param elements - tag → class; pass `{ ...tags, 'wm-tour': WmTour }` to add more.
 */
export function defineElements(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
  elements: Readonly<Record<string, CustomElementConstructor>> = tags,
): void {
  registerElements(elements, registry);
}
