/**
 * Register custom elements. Idempotent: a tag that is already defined (by this or another copy of the library)
 * is left alone, and nothing throws. Does nothing where there is no custom element registry (the server).
 * Imports no element itself, so each feature chunk pays only for the elements it registers.
 * @param elements - tag → class.
 * @param registry - where to define them. @default customElements
 */
export function registerElements(
  elements: Readonly<Record<string, CustomElementConstructor>>,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  for (const [tag, ctor] of Object.entries(elements)) {
    try {
      if (registry && !registry.get(tag)) registry.define(tag, ctor);
    } catch {
      // Defined meanwhile, or this class is already registered under another tag: leave it.
    }
  }
}
