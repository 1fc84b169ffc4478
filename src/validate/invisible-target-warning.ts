import type { WaymarkEventMap } from '../core/events.js';

/**
 * The development-time console message for a `target:invisible` event: which tour step or hint, what its target
 * matched, why a user cannot see it, and what to target instead.
 * @param e - the event.
 * @returns one line of advice, starting with `waymark:`.
 */
export function formatInvisibleTarget(e: WaymarkEventMap['target:invisible']): string {
  const who = e.hintId ? `hint "${e.hintId}"` : `tour "${e.tourId}", step "${e.stepId}"`;
  const what = e.reason == 'tiny' ? 'is 1 px or smaller' : 'is not rendered (hidden, or no size)';
  const instead = e.suggestion
    ? e.substituted
      ? ` Waymark points at ${e.suggestion} instead; target it directly.`
      : ` Target something visible instead, e.g. ${e.suggestion}, or its <label>.`
    : ' Target a visible element instead (its <label>, or a visible ancestor).';
  return `waymark: ${who}: the target ${JSON.stringify(e.selectors.join(', '))} matches ${e.element}, which ${what}: a user cannot see it.${instead}`;
}
