/**
 * Evaluates the condition language against a snapshot of facts, with a human trace for debug mode. Each kind
 * of condition is judged by its own module (`kinds/*.ts`), found through the registry in `condition-kinds.ts`.
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';
import type { ConditionContext } from './condition-context.js';
import type { ConditionEvaluation, TraceNode } from './condition-kind.js';
import { conditionKinds } from './condition-kinds.js';

export {
  ERROR_EVENT,
  type ClickRecord,
  type ConditionContext,
  type GuideStatus,
  type HistoryReader,
  type PageInfo,
} from './condition-context.js';
export type { TraceNode } from './condition-kind.js';

/** The outcome of evaluating a condition. */
export interface ConditionResult {
  /** Whether the condition holds. */
  ok: boolean;
  /** The explanation; present unless evaluated with `explain: false`. */
  trace?: TraceNode;
  /**
   * The earliest time (ms since the epoch) at which the result could change with no new input,
   * e.g. when a delay elapses or an event leaves its window. Absent when only new input can change it.
   * Re-evaluating earlier is harmless.
   */
  recheckAt?: number;
}

// Judge one node with the first kind that matches it; the kind sets the node's text.
function judge(condition: unknown, evaluation: ConditionEvaluation, trace: TraceNode[] | undefined): boolean {
  if (!isRecord(condition)) {
    evaluation.text = `not a condition: ${String(condition)}`;
    return false;
  }
  for (const kind of conditionKinds) if (kind.matches(condition)) return kind.evaluate(condition, evaluation, trace);
  evaluation.text = `unknown condition: ${Object.keys(condition).join(', ') || '{}'}`;
  return false;
}

// Judge one node and, when explaining, add its trace node (with its children's) to `out`.
function evaluateNode(condition: unknown, evaluation: ConditionEvaluation, out: TraceNode[] | undefined): boolean {
  const children: TraceNode[] | undefined = out && [];
  let ok = false;
  try {
    ok = judge(condition, evaluation, children);
  } catch (error) {
    evaluation.text = `error: ${error}`;
  }
  if (out) out.push(children!.length ? { ok, text: evaluation.text, children } : { ok, text: evaluation.text });
  return ok;
}

/**
 * Evaluate a condition. Never throws: unknown shapes, invalid durations, segment cycles and errors
 * thrown by the context evaluate to false, with the reason in the trace.
 * @param condition - a condition from the guide document (any JSON value is accepted).
 * @param context - the facts to judge against.
 * @param explain - build the human trace (default `true`); pass `false` on hot paths.
 * @returns whether it holds, the trace, and when to re-check.
 * @example
 * ```ts
 * const r = evaluateCondition({ event: 'help_article_viewed', where: { articleId: 'billing-101' }, count: 3, within: 'P7D' }, context);
 * r.trace?.text; // "event help_article_viewed where articleId=billing-101: 2 of at least 3 within 7 days"
 * ```
 */
export function evaluateCondition(condition: unknown, context: ConditionContext, explain = true): ConditionResult {
  const evaluation: ConditionEvaluation = {
    context,
    explaining: explain,
    text: '',
    recheckAt: Infinity,
    segmentPath: [],
    segmentCycle: false,
    evaluateNested: (nested, trace) => evaluateNode(nested, evaluation, trace),
  };
  const out: TraceNode[] | undefined = explain ? [] : undefined;
  const ok = evaluateNode(condition, evaluation, out);
  const result: ConditionResult = { ok };
  if (out) result.trace = out[0];
  if (evaluation.recheckAt < Infinity) result.recheckAt = evaluation.recheckAt;
  return result;
}
