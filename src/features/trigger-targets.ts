import type { WaymarkEventMap } from '../core/events.js';
import type { WaymarkContext } from '../core/waymark-context.js';

/** The kinds of guide the proactive engine can show. */
export type TriggerKind = WaymarkEventMap['trigger:fired']['kind'];
/** Shows a guide; returns whether it did. */
export type ShowGuide = () => boolean;

const targets = new WeakMap<WaymarkContext, Map<string, ShowGuide>>();

/**
 * Let the proactive engine show a guide of another feature (announcement, hint, checklist) when its
 * `trigger` holds. `show` must take the modal slot as `<kind>:<id>` while the guide is open (releasing
 * it counts as closed); a guide that does not take it (a hint beacon) counts as closed at once.
 * A tiny module of its own, so a feature can register without loading the engine.
 * @param ctx - the instance's context.
 * @param kind - the guide's kind.
 * @param id - the guide's id.
 * @param show - shows it; returns whether it did.
 * @returns the unregistration.
 */
export function registerTriggerTarget(ctx: WaymarkContext, kind: TriggerKind, id: string, show: ShowGuide): () => void {
  let map = targets.get(ctx);
  if (!map) targets.set(ctx, (map = new Map()));
  const m = map;
  const key = `${kind}:${id}`;
  m.set(key, show);
  return () => void (m.get(key) == show && m.delete(key));
}

/**
 * The show function registered for a guide, if any.
 * @param ctx - the instance's context.
 * @param key - `<kind>:<id>`.
 */
export const triggerTarget = (ctx: WaymarkContext, key: string): ShowGuide | undefined => targets.get(ctx)?.get(key);
