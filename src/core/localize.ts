import type { WaymarkContext } from './waymark-context.js';

/**
 * A feature's whole set of UI words, localised by an instance: each key of `defaults` is looked up as
 * `<prefix>.<key>` in `createWaymark({ labels })`, else its English default stays.
 * @param ctx - the instance's context (only its `label` is used).
 * @param prefix - the feature's namespace, e.g. `checklist`.
 * @param defaults - the English words by key.
 * @returns the words to pass to the feature's element.
 */
export const localize = <T extends Record<string, string>>(
  ctx: Pick<WaymarkContext, 'label'>,
  prefix: string,
  defaults: T,
): T =>
  Object.fromEntries(Object.entries(defaults).map(([key, word]) => [key, ctx.label(`${prefix}.${key}`, word)])) as T;
