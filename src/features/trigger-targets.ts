/**
 * How the proactive engine shows guides of other features (announcements, hints, checklists): each registers a
 * show function per guide on the instance. A tiny module of its own, so a feature can register without loading
 * the engine.
 * @packageDocumentation
 */
import type { TriggerKind } from '../core/proactive/triggered-guides.js';
import type { WaymarkContext } from '../core/waymark-context.js';

export type { TriggerKind };
/** Shows a guide; returns whether it did. */
export type ShowGuide = () => boolean;

/** The key of an instance's show functions (by `<kind>:<id>`) in `context.shared`. */
export const TRIGGER_TARGETS_KEY = 'proactive.targets';

const targetsOf = (ctx: WaymarkContext) => ctx.shared(TRIGGER_TARGETS_KEY, () => new Map<string, ShowGuide>());

/**
 * Let the proactive engine show a guide of another feature (announcement, hint, checklist) when its
 * `trigger` holds. `show` must take the modal slot as `<kind>:<id>` while the guide is open (releasing
 * it counts as closed); a guide that does not take it (a hint beacon) counts as closed at once.
 * @param ctx - the instance's context.
 * @param kind - the guide's kind.
 * @param id - the guide's id.
 * @param show - shows it; returns whether it did.
 * @returns the unregistration.
 */
export function registerTriggerTarget(ctx: WaymarkContext, kind: TriggerKind, id: string, show: ShowGuide): () => void {
  const targets = targetsOf(ctx);
  const key = `${kind}:${id}`;
  targets.set(key, show);
  return () => void (targets.get(key) == show && targets.delete(key));
}

/**
 * The show function registered for a guide, if any.
 * @param ctx - the instance's context.
 * @param key - `<kind>:<id>`.
 */
export const triggerTarget = (ctx: WaymarkContext, key: string): ShowGuide | undefined => targetsOf(ctx).get(key);
