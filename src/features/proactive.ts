/**
 * The proactive engine as a feature: wires the headless engine (`core/proactive/proactive-engine.ts`) to the page.
 * It feeds the engine facts (the page, input, clicks, elements) and signals (tracked events, page changes, clicks,
 * errors, guide state, other tabs' stored state), keeps its one timer, and shows the guides it picks. The engine
 * offers guides whose `trigger` and `audience` hold, within their `frequency`, one at a time, by priority, after a
 * quiet period, never while the user types, and never twice across tabs for a once-guide.
 * @packageDocumentation
 */
import { registerTriggerTarget, triggerTarget, type TriggerKind } from './trigger-targets.js';
import { ERROR_EVENT, type ConditionContext } from '../core/conditions/evaluate-condition.js';
import { isRecord } from '../core/is-record.js';
import { createProactiveEngine, type TriggerExplanation } from '../core/proactive/proactive-engine.js';
import { createShowingLog } from '../core/proactive/showing-log.js';
import { triggerMonitorOf } from '../core/proactive/trigger-monitor.js';
import { triggeredGuides, usesProactive } from '../core/proactive/triggered-guides.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { elementState } from '../dom/signals/element-state.js';
import { watchErrors } from '../dom/signals/watch-errors.js';
import { watchInput } from '../dom/signals/watch-input.js';
import { watchPage } from '../dom/signals/watch-page.js';
import { conditionContext, recordBehaviour } from './behaviour.js';

/** The kinds of guide a trigger can show. */
export { registerTriggerTarget, usesProactive, type TriggerExplanation, type TriggerKind };

/** The longest timeout browsers honour (about 24.8 days); later wake-ups are re-armed when it fires. */
const MAX_TIMEOUT_MS = 2e9;

/**
 * Explain every triggered guide of an instance: traces, frequency, queue. Empty before the proactive
 * feature runs.
 * @param ctx - the instance's context.
 * @returns one explanation per guide with a `trigger`.
 */
export const explainTriggers = (ctx: WaymarkContext): TriggerExplanation[] => triggerMonitorOf(ctx).explain();

/**
 * Be told after each evaluation of an instance's triggers (for debug views).
 * @param ctx - the instance's context.
 * @param fn - called after each evaluation.
 * @returns the unsubscribe function.
 */
export const onTriggersEvaluated = (ctx: WaymarkContext, fn: () => void): (() => void) =>
  triggerMonitorOf(ctx).onEvaluated(fn);

/** The id of the guide a `<kind>:completed` / `<kind>:dismissed` event is about, and the outcome. */
function closedGuide(event: { readonly type: string }): [guideId: string, 'completed' | 'dismissed'] | undefined {
  const match = /^(\w+):(completed|dismissed)$/.exec(event.type);
  const fields = event as Readonly<Record<string, unknown>>;
  if (!match || fields.reason == 'destroyed' || fields.reason == 'replaced') return undefined;
  return [fields[match[1] + 'Id'] as string, match[2] as 'completed' | 'dismissed'];
}

/**
 * The proactive feature plugin. Loaded by `createWaymark` when the document uses triggers; running it
 * twice on one instance does nothing the second time.
 * @param ctx - the instance's context.
 * @returns the cleanup.
 */
export default function proactive(ctx: WaymarkContext): (() => void) | undefined {
  const monitor = triggerMonitorOf(ctx);
  if (monitor.running || typeof window == 'undefined') return;
  const { doc, progress, events, now } = ctx;
  const log = createShowingLog(progress);
  const input = watchInput(() => engine.invalidate('click'), now);
  let path = location.pathname;
  let loadedAt = now();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const facts = (): ConditionContext => ({
    ...conditionContext(ctx),
    page: { path, loadedAt, visits: log.visits },
    lastInputAt: input.lastInputAt(),
    elements: (selector, state) => elementState(selector, state, input.wasClicked),
    clicks: input.clicks,
  });

  const engine = createProactiveEngine({
    now,
    guides: triggeredGuides(doc),
    settings: isRecord(doc.proactive) ? doc.proactive : {},
    tab: Math.random().toString(36).slice(2),
    log,
    facts,
    isTyping: input.isTyping,
    modalHolder: () => ctx.$modal.get(),
    show: (guide) =>
      guide.kind == 'tour'
        ? ctx.tours.start(guide.id, { source: 'trigger' })
        : !!triggerTarget(ctx, `${guide.kind}:${guide.id}`)?.(),
    fired: (guide) => events.emit('trigger:fired', { guideId: guide.id, kind: guide.kind, ...ctx.stamp() }),
    suppressed: (guide, reason) => events.emit('guide:suppressed', { guideId: guide.id, reason, ...ctx.stamp() }),
    setTimer(at) {
      clearTimeout(timer);
      if (at < Infinity) timer = setTimeout(engine.wake, Math.min(Math.max(0, at - now()), MAX_TIMEOUT_MS));
    },
  });

  let stopped = false;
  const offs = [
    monitor.attach(engine),
    input.stop,
    watchErrors(() => {
      recordBehaviour(ctx, ERROR_EVENT);
      engine.invalidate(`e:${ERROR_EVENT}`);
    }),
    watchPage((next) => {
      path = next;
      loadedAt = now();
      input.reset();
      log.visit(path);
      engine.invalidate();
    }),
    events.onAny((event) => {
      if (event.type == 'app:tracked') return engine.invalidate(`e:${event.name}`);
      // Waymark's own countable facts (see features/behaviour.ts), like app events.
      if (event.type == 'help:article-viewed') return engine.invalidate(`e:${event.type}`);
      if (event.type == 'user:identified') return engine.invalidate(); // audiences may hold (or not) for the new traits
      const closed = closedGuide(event);
      if (closed) engine.notifyClosed(...closed);
    }),
    ctx.$modal.listen((holder) => engine.notifyModal(holder)),
    progress.$progress.listen((state) => log.sync(state) && engine.invalidate()),
  ];
  void progress.ready.then(() => {
    if (stopped) return;
    if (log.sync(progress.$progress.get())) engine.invalidate();
    log.visit(path);
    engine.invalidate();
  });

  return () => {
    stopped = true;
    engine.destroy();
    offs.forEach((off) => off());
  };
}
