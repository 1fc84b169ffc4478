/**
 * Which help articles are about the element a user just used: those one of whose `targets` the event's path (through
 * shadow roots) matches. The help centre lists them first.
 * @packageDocumentation
 */
import type { HelpArticleDefinition } from '../core/help/help-definition.js';

/**
 * The ids of the articles about the element an event happened on.
 * @param event - a `pointerdown` or `focusin` event.
 * @param articles - the document's articles.
 * @returns the ids, or undefined when the event happened in the help centre itself (nothing changes then).
 */
export function articlesAtElement(event: Event, articles: readonly HelpArticleDefinition[]): string[] | undefined {
  const path = event.composedPath().filter((n): n is Element => n instanceof Element);
  if (path.some((el) => el.localName === 'wm-help-center')) return undefined;
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
