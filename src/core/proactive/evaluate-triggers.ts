/**
 * Which proactive guides are due right now: the hot path, run on every relevant event.
 * @packageDocumentation
 */
import { evaluateCondition, type ConditionContext } from '../conditions/evaluate-condition.js';

/** The parts of a guide that decide whether it is due. */
export interface TriggerGuide {
  /** The guide id. */
  id: string;
  /** When to offer it; guides without one are never offered automatically. */
  trigger?: unknown;
  /** Who it is for; everyone when absent. */
  audience?: unknown;
}

/** The answer of {@link evaluateTriggers}. */
export interface TriggerResult {
  /** Ids of the guides whose audience and trigger hold, in input order. */
  due: string[];
  /** The earliest time any answer could change with no new input (see `ConditionResult.recheckAt`). */
  recheckAt?: number;
}

/**
 * Evaluate the triggers and audiences of many guides at once, without building traces. Pure: it reads
 * the context only. Frequency and scheduling are applied afterwards by the caller.
 * @param guides - the guides to consider.
 * @param context - the facts, shared by all guides.
 * @returns the due guides and the next re-check time.
 */
export function evaluateTriggers(guides: readonly TriggerGuide[], context: ConditionContext): TriggerResult {
  const due: string[] = [];
  let at = Infinity;
  for (const g of guides) {
    if (g.trigger === undefined) continue;
    let r = g.audience === undefined ? undefined : evaluateCondition(g.audience, context, false);
    if (r) at = Math.min(at, r.recheckAt ?? at);
    if (r && !r.ok) continue;
    r = evaluateCondition(g.trigger, context, false);
    at = Math.min(at, r.recheckAt ?? at);
    if (r.ok) due.push(g.id);
  }
  return at < Infinity ? { due, recheckAt: at } : { due };
}
