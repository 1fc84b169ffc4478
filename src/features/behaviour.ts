/**
 * The behaviour history shared by the features of one instance (checklist rules, proactive triggers), and the
 * condition context they evaluate against.
 * @packageDocumentation
 */
import { ANNOUNCEMENTS_SECTION } from '../core/announcements/announcement-progress.js';
import { CHECKLISTS_SECTION } from '../core/checklists/checklist-progress.js';
import { collectTrackedProps } from '../core/conditions/collect-tracked-props.js';
import type { ConditionContext } from '../core/conditions/evaluate-condition.js';
import { createBehaviourHistory, type BehaviourHistory } from '../core/proactive/behaviour-history.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { isVisible } from '../dom/is-visible.js';
import { resolveTarget } from '../dom/resolve-target.js';

/** The key of an instance's {@link InstanceBehaviour} in `context.shared`. */
export const BEHAVIOUR_KEY = 'behaviour';

/** The behaviour state of one instance. */
interface InstanceBehaviour {
  history: BehaviourHistory;
  /** Save the history soon (batched). */
  save(): void;
  /** When the instance began observing the page, ms since the epoch (`page.loadedAt` of its conditions). */
  loadedAt: number;
}

/** Every condition in a document: checklist rules, guides' triggers and audiences, segments. */
const conditions = (doc: WaymarkContext['doc']): unknown[] => [
  ...(doc.checklists ?? []).flatMap((c) => c?.items ?? []).map((i) => i?.completeWhen),
  ...[doc.tours, doc.announcements, doc.surveys, doc.hints as { trigger?: unknown; audience?: unknown }[] | undefined]
    .flatMap((list) => list ?? [])
    .flatMap((g) => [g?.trigger, g?.audience]),
  ...Object.values(doc.segments ?? {}),
];

// The history, restored from and saved to the progress section `history`, merged with other tabs' copies.
function createInstanceBehaviour(ctx: WaymarkContext): InstanceBehaviour {
  const { progress } = ctx;
  let saved: unknown = progress.getSection('history');
  const history = createBehaviourHistory(saved, {
    now: ctx.now,
    trackedProps: collectTrackedProps(conditions(ctx.doc)),
  });
  // Written only once the stored copy was read and merged: an earlier write would win over it.
  let loaded = false;
  let early = false;
  // Saving serialises the whole history (tens of kB after a year), so a burst of records is saved once, right
  // after the current task's synchronous work (track() itself stays cheap). Not later than that: another tab
  // merges per-day maxima, so it must see this tab's counts before it records its own, or a count is lost.
  let pending = false;
  const flush = () => {
    pending = false;
    if (loaded) progress.setSection('history', (saved = history.snapshot()));
    else early = true;
  };
  const save = () => {
    if (!pending) queueMicrotask(flush);
    pending = true;
  };
  void progress.ready.then(() => {
    history.merge((saved = progress.getSection('history')));
    loaded = true;
    if (early) flush();
  });
  ctx.onDestroy(ctx.events.on('app:tracked', ({ name, props }) => recordBehaviour(ctx, name, props)));
  // Waymark's own facts that conditions may count, like app events: "this article three times in a week".
  ctx.onDestroy(
    ctx.events.on('help:article-viewed', ({ articleId }) => recordBehaviour(ctx, 'help:article-viewed', { articleId })),
  );
  ctx.onDestroy(
    progress.$progress.listen((state) => {
      if (state.history !== saved) history.merge((saved = state.history));
    }),
  );
  return { history, save, loadedAt: ctx.now() };
}

const behaviourOf = (ctx: WaymarkContext): InstanceBehaviour =>
  ctx.shared(BEHAVIOUR_KEY, () => createInstanceBehaviour(ctx));

/**
 * The behaviour history of an instance, created on first use and shared afterwards (one per context, never a
 * module-wide one). It records every `app:tracked` event, keeping the properties some condition of the document
 * filters on, and lives in the progress section `history`: restored from it, saved after each record, and merged
 * with other tabs' copies as they arrive. Listeners go away on the instance's `destroy()`.
 * @param ctx - the instance's context.
 * @returns the history.
 */
export const getBehaviourHistory = (ctx: WaymarkContext): BehaviourHistory => behaviourOf(ctx).history;

/**
 * Record a behaviour the page itself observed (a JavaScript error, `$error`) in the instance's history and save it
 * like a tracked event, batched. App events arrive through `waymark.track()` and are recorded already.
 * @param ctx - the instance's context.
 * @param name - the event name.
 * @param props - its properties.
 */
export function recordBehaviour(ctx: WaymarkContext, name: string, props?: Record<string, unknown>): void {
  const behaviour = behaviourOf(ctx);
  behaviour.history.record(name, props);
  behaviour.save();
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
  const { history, loadedAt } = behaviourOf(ctx);
  return {
    now,
    history,
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
      const c = ctx.progress.getSection(CHECKLISTS_SECTION)?.[id];
      const a = ctx.progress.getSection(ANNOUNCEMENTS_SECTION)?.[id];
      if (c || a) return { completed: !!c?.completedAt, dismissed: !!(c ?? a)?.dismissed, seen: true };
    },
  };
}
