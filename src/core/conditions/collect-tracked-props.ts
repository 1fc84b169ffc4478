/**
 * Which event properties the conditions filter on, so the behaviour history keeps only those.
 * @packageDocumentation
 */

/**
 * Walk conditions (and nested `all`/`any`/`not`) and list, per event name, the property keys used in
 * `where` filters. Pass every trigger, audience, checklist rule and segment definition of the
 * document; give the result to the behaviour history as `trackedProps`. Malformed input is skipped.
 * @param conditions - any JSON values.
 * @returns event name → sorted property keys (an empty list for events counted without a filter).
 * @example
 * ```ts
 * collectTrackedProps([{ event: 'help_article_viewed', where: { articleId: 'billing-101' } }]);
 * // { help_article_viewed: ['articleId'] }
 * ```
 */
export function collectTrackedProps(conditions: Iterable<unknown>): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  const walk = (condition: unknown): void => {
    if (!condition || typeof condition !== 'object') return;
    if (Array.isArray(condition)) return condition.forEach(walk);
    const c = condition as Record<string, unknown>;
    if (typeof c.event === 'string') {
      const keys = out.get(c.event) ?? new Set<string>();
      out.set(c.event, keys);
      if (c.where && typeof c.where === 'object') for (const k of Object.keys(c.where)) keys.add(k);
    }
    walk(c.all);
    walk(c.any);
    walk(c.not);
  };
  for (const c of conditions) walk(c);
  return Object.fromEntries([...out].map(([name, keys]) => [name, [...keys].sort()]));
}
