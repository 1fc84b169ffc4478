/**
 * The contract of one kind of condition (`event`, `page`, `user`, …): how to recognise it and how to judge it.
 * Every kind lives in `kinds/<kind>.ts` and is listed once in `condition-kinds.ts`; `evaluateCondition` walks
 * that list, the way Floating UI composes its middleware.
 * @packageDocumentation
 */
import type { ConditionContext } from './condition-context.js';

/** Why one condition node held or not, in words a product manager can read. */
export interface TraceNode {
  /** Whether the node held. */
  ok: boolean;
  /** What it checked and what it found, e.g. `event help_article_viewed where articleId=billing-101: 2 of at least 3 within 7 days`. */
  text: string;
  /** The nodes inside `all`, `any`, `not` and `segment`. */
  children?: TraceNode[];
}

/** A condition object as written in the guide document: untrusted, so every value may have any type. */
export type ConditionObject = Readonly<Record<string, unknown>>;

/** The running state of one `evaluateCondition` call, handed to every kind it judges. */
export interface ConditionEvaluation {
  /** The facts. */
  readonly context: ConditionContext;
  /** Whether a trace is built: only then must a kind set {@link ConditionEvaluation.text}. */
  readonly explaining: boolean;
  /** What the node just judged checked and found (set by its kind, after judging any nested condition). */
  text: string;
  /** The earliest time the result could change with no new input (`Infinity`: only input changes it). */
  recheckAt: number;
  /** The segments being evaluated, outermost first (to catch a segment that refers to itself). */
  readonly segmentPath: string[];
  /** A segment that refers to itself was met inside the segment being evaluated. */
  segmentCycle: boolean;
  /**
   * Judge a nested condition (inside `all`, `any`, `not`, `segment`).
   * @param condition - the nested condition.
   * @param trace - where its trace node goes (absent when not explaining).
   * @returns whether it holds.
   */
  evaluateNested(condition: unknown, trace: TraceNode[] | undefined): boolean;
}

/**
 * One kind of condition. Kinds are tried in the order of the registry; the first whose `matches` accepts a
 * condition judges it.
 * @typeParam C - the condition's shape as the guide document declares it (values are still unchecked).
 */
export interface ConditionKind<C extends object = object> {
  /** The key that names the kind in JSON, e.g. `event` or `rageClicks`. */
  readonly kind: string;
  /**
   * Whether a condition is of this kind (usually: its key is present with the right type).
   * @param condition - a condition object.
   */
  matches(condition: ConditionObject): boolean;
  /**
   * Judge the condition. Never called for a condition `matches` refused. May throw (the evaluator turns an
   * error into `false` with the message in the trace).
   * @param condition - the condition.
   * @param evaluation - the facts and the running state; when `explaining`, set `evaluation.text`.
   * @param trace - where nested conditions put their trace nodes (absent when not explaining).
   * @returns whether it holds.
   */
  evaluate(condition: C, evaluation: ConditionEvaluation, trace: TraceNode[] | undefined): boolean;
}

/**
 * Note a time at which the result could change with no new input (a window ends, a delay elapses). Times not
 * after now are ignored.
 * @param evaluation - the running evaluation.
 * @param at - the time, ms since the epoch.
 */
export function recheckAt(evaluation: ConditionEvaluation, at: number): void {
  if (at > evaluation.context.now && at < evaluation.recheckAt) evaluation.recheckAt = at;
}
