/**
 * Which help articles are about the element a user just used: those one of whose `targets` matches an element on the
 * event's path (through shadow roots). The help centre lists them first.
 * @packageDocumentation
 */
import type { HelpArticleDefinition } from '../core/help/help-definition.js';

/**
 * The elements an interaction went through, innermost first.
 * @param event - a `pointerdown` or `focusin` event.
 * @returns the path, or undefined when the event happened in the help centre itself (it does not count).
 */
export function interactionPath(event: Event): Element[] | undefined {
  const path = event.composedPath().filter((n): n is Element => n instanceof Element);
  return path.some((el) => el.localName === 'wm-help-center') ? undefined : path;
}

/**
 * The ids of the articles about an element the user interacted with.
 * @param path - the interaction's path (see {@link interactionPath}).
 * @param articles - the document's articles.
 */
export function articlesAtElement(path: readonly Element[], articles: readonly HelpArticleDefinition[]): string[] {
  const matches = (selector: string) =>
    path.some((el) => {
      try {
        // A `>>>` selector names the element inside its host: the path already went through the shadow root.
        return el.matches(selector.split('>>>').pop()!.trim());
      } catch {
        return false;
      }
    });
  return articles
    .filter((a) => a.targets?.some((target) => (Array.isArray(target) ? target : [target]).some(matches)))
    .map((a) => a.id);
}
