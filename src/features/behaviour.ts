/**
 * The behaviour history shared by the features of one instance (checklist rules, proactive triggers), and the
 * condition context they evaluate against.
 * @packageDocumentation
 */
import { collectTrackedProps } from '../core/conditions/collect-tracked-props.js';
import type { ConditionContext } from '../core/conditions/evaluate-condition.js';
import { createBehaviourHistory, type BehaviourHistory } from '../core/proactive/behaviour-history.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { isVisible } from '../dom/is-visible.js';
import { resolveTarget } from '../dom/resolve-target.js';

const histories = new WeakMap<WaymarkContext, BehaviourHistory>();
const savers = new WeakMap<WaymarkContext, () => void>();
const loadedAt = Date.now();

/** Every condition in a document: checklist rules, guides' triggers and audiences, segments. */
const conditions = (doc: WaymarkContext['doc']): unknown[] => [
  ...(doc.checklists ?? []).flatMap((c) => c?.items ?? []).map((i) => i?.completeWhen),
  ...[doc.tours, doc.announcements, doc.surveys, doc.hints as { trigger?: unknown; audience?: unknown }[] | undefined]
    .flatMap((list) => list ?? [])
    .flatMap((g) => [g?.trigger, g?.audience]),
  ...Object.values(doc.segments ?? {}),
];

/**
 * The behaviour history of an instance, created on first use and shared afterwards (one per context, never a
 * module-wide one). It records every `app:tracked` event, keeping the properties some condition of the document
 * filters on, and lives in the progress section `history`: restored from it, saved after each record, and merged
 * with other tabs' copies as they arrive. Listeners go away on the instance's `destroy()`.
 * @param ctx - the instance's context.
 * @returns the history.
 */
export function getBehaviourHistory(ctx: WaymarkContext): BehaviourHistory {
  let history = histories.get(ctx);
  if (history) return history;
  const { progress } = ctx;
  let saved: unknown = progress.getSection('history');
  const h = (history = createBehaviourHistory(saved, {
    now: ctx.now,
    trackedProps: collectTrackedProps(conditions(ctx.doc)),
  }));
  histories.set(ctx, h);
  // Written only once the stored copy was read and merged: an earlier write would win over it.
  let loaded = false;
  let early = false;
  // Saving serialises the whole history (tens of kB after a year), so a burst of records is saved once, right
  // after the current task's synchronous work (track() itself stays cheap). Not later than that: another tab
  // merges per-day maxima, so it must see this tab's counts before it records its own, or a count is lost.
  let pending = false;
  const flush = () => {
    pending = false;
    loaded ? progress.setSection('history', (saved = h.snapshot())) : (early = true);
  };
  const save = () => {
    if (!pending) queueMicrotask(flush);
    pending = true;
  };
  void progress.ready.then(() => {
    h.merge((saved = progress.getSection('history')));
    loaded = true;
    if (early) flush();
  });
  savers.set(ctx, save);
  ctx.onDestroy(ctx.events.on('app:tracked', ({ name, props }) => recordBehaviour(ctx, name, props)));
  // Waymark's own facts that conditions may count, like app events: "this article three times in a week".
  ctx.onDestroy(
    ctx.events.on('help:article-viewed', ({ articleId }) => recordBehaviour(ctx, 'help:article-viewed', { articleId })),
  );
  ctx.onDestroy(
    progress.$progress.listen((state) => {
      if (state.history !== saved) h.merge((saved = state.history));
    }),
  );
  return h;
}

/**
 * Record a behaviour the page itself observed (a JavaScript error, `$error`) in the instance's history and save it
 * like a tracked event, batched. App events arrive through `waymark.track()` and are recorded already.
 * @param ctx - the instance's context.
 * @param name - the event name.
 * @param props - its properties.
 */
export function recordBehaviour(ctx: WaymarkContext, name: string, props?: Record<string, unknown>): void {
  getBehaviourHistory(ctx).record(name, props);
  savers.get(ctx)?.();
}

/**
 * The condition context of an instance as things stand now: its behaviour history, the current page, the
 * elements on it, the user and where they stand with tours, checklists and announcements. `idle`, `clicked`
 * and rage clicks are not observed here (they read as not happening).
 * @param ctx - the instance's context.
 * @returns a fresh snapshot context.
 */
export function conditionContext(ctx: WaymarkContext): ConditionContext {
  const now = ctx.now();
  const section = (name: string, id: string) => (ctx.progress.getSection<Record<string, any>>(name) ?? {})[id];
  return {
    now,
    history: getBehaviourHistory(ctx),
    page: { path: typeof location == 'undefined' ? '/' : location.pathname, loadedAt, visits: () => 1 },
    lastInputAt: now,
    elements: (selector, state) =>
      typeof document != 'undefined' &&
      !!resolveTarget(selector, document, state == 'visible' ? isVisible : undefined) &&
      state != 'clicked',
    user: ctx.user(),
    segments: ctx.doc.segments,
    guides(id) {
      const t = ctx.progress.getTour(id);
      if (t) return { completed: t.status == 'completed', dismissed: t.status == 'dismissed', seen: true };
      const c = section('checklists', id);
      const a = section('announcements', id);
      if (c || a) return { completed: !!c?.completedAt, dismissed: !!(c ?? a).dismissed, seen: true };
    },
  };
}
