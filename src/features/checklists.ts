/**
 * The checklists feature: completes items as their rules hold (whether or not the checklist is open), keeps their
 * progress in the `checklists` section, mounts floating launchers and serves `<wm-checklist>` elements.
 * @packageDocumentation
 */
import { layersOf } from '../core/layer-stack.js';
import { localize } from '../core/localize.js';
import { atom } from 'nanostores';
import type { ChecklistDefinition } from '../core/checklists/checklist-definition.js';
import {
  CHECKLISTS_SECTION,
  advanceChecklist,
  checklistItems,
  mergeChecklists,
  readChecklists,
  watchesPage,
  type ChecklistProgress,
  type ChecklistsSection,
} from '../core/checklists/checklist-progress.js';
import { evaluateCondition } from '../core/conditions/evaluate-condition.js';
import type { EventSource } from '../core/events.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { dockLayer } from '../dom/dock-layer.js';
import {
  WmChecklist,
  defaultChecklistLabels,
  type ChecklistController,
  type ChecklistModel,
} from '../elements/checklist.js';
import { registerElements } from '../elements/register-elements.js';
import { provideContext } from '../elements/request-context.js';
import { conditionContext, getBehaviourHistory } from './behaviour.js';

type Emit = [
  type: `checklist:${'item-completed' | 'completed' | 'dismissed' | 'toggled'}`,
  checklistId: string,
  more?: object,
];

/**
 * The checklists plugin (loaded when the document has `checklists`).
 *
 * Its words are localised with `createWaymark({ labels })` (`{…}` placeholders are filled in):
 *
 * | key | default |
 * |---|---|
 * | `checklist.progress` | `{done}/{total}` (the launcher's count, part of its accessible name) |
 * | `checklist.locked` | `Complete {items} first` (`{items}`: titles of the items to complete first) |
 * | `checklist.itemDone` | `{item}: done` (announced when an item completes while the panel is open) |
 * | `checklist.done` | `All done! 🎉` (shown when every item is complete) |
 * | `checklist.dismiss` | `Dismiss checklist` |
 * @param ctx - the instance's context.
 * @returns the cleanup.
 */
export default function checklists(ctx: WaymarkContext): () => void {
  const { progress, events } = ctx;
  const browser = typeof document != 'undefined';
  const lists = (ctx.doc.checklists ?? []).filter((c): c is ChecklistDefinition => !!c?.id && Array.isArray(c.items));
  const cleanups: (() => void)[] = [];
  const emit = (...[type, checklistId, more]: Emit) =>
    events.emit(type, { checklistId, ...more, ...ctx.stamp() } as never);
  const $checklists = atom<Record<string, ChecklistModel>>({});
  let state: ChecklistsSection = readChecklists(progress.getSection(CHECKLISTS_SECTION));
  let written: unknown;
  // The storage key whose progress was read (ours to write only then: else ours would win the merge).
  let key = '';
  let observer: MutationObserver | undefined;
  let frame = 0;
  let queued = false;

  const save = (next: ChecklistsSection, write = true) => {
    state = next;
    if (key && write) progress.setSection(CHECKLISTS_SECTION, (written = next));
    $checklists.set(
      Object.fromEntries(
        lists.map((c) => {
          const p = state[c.id];
          return [
            c.id,
            { checklist: c, items: checklistItems(c, p), open: !!p?.open, dismissed: p?.dismissed != null },
          ];
        }),
      ),
    );
  };

  // Complete what holds now; report it; keep the page observed while an unmet element rule remains.
  const check = (source: EventSource = 'trigger') => {
    queued = false;
    if (!key) return;
    let next = state;
    let page = false;
    const out: Emit[] = [];
    const cx = conditionContext(ctx);
    for (const c of lists) {
      const before = next[c.id];
      if (before?.dismissed != null) continue;
      const [p, ids] = advanceChecklist(c, before, (rule) => evaluateCondition(rule, cx, false).ok, cx.now);
      if (p != before) {
        next = { ...next, [c.id]: p };
        for (const itemId of ids) out.push(['checklist:item-completed', c.id, { itemId, source }]);
        if (p.completedAt != before?.completedAt) out.push(['checklist:completed', c.id]);
      }
      page ||= c.items.some((i) => p.done[i.id] == null && watchesPage(i.completeWhen));
    }
    if (next != state) save(next);
    out.forEach((e) => emit(...e));
    if (!browser) return;
    if (!page) observer = void observer?.disconnect();
    else if (!observer)
      (observer = new MutationObserver(() => (frame ||= requestAnimationFrame(() => ((frame = 0), check()))))).observe(
        document,
        {
          childList: true,
          subtree: true,
          attributes: true,
        },
      );
  };
  const schedule = () => queued || ((queued = true), queueMicrotask(() => queued && check()));

  const change = (id: string, patch: Partial<ChecklistProgress>) =>
    !!$checklists.get()[id] && (save({ ...state, [id]: { ...(state[id] ?? { done: {} }), ...patch } }), true);
  // An item with its state, as shown.
  const itemOf = (id: string, itemId: string) => $checklists.get()[id]?.items.find((s) => s.item.id == itemId);

  // How many placed elements show each checklist, and the floating launchers that step aside for them.
  const placed = new Map<string, number>();
  // Each launcher, with how to dock it in the instance's corner stack and, while it is on the page, how to undock it.
  const floating = new Map<string, { el: HTMLElement; dock: () => () => void; undock?: () => void }>();
  let stopped = false;
  const float = (id: string) => {
    const f = floating.get(id);
    if (!f) return;
    if (stopped || placed.get(id)) {
      f.undock?.();
      f.undock = undefined;
      f.el.remove();
    } else if (!f.el.isConnected) {
      ctx.mount(f.el);
      f.undock = f.dock();
    }
  };

  const controller: ChecklistController = {
    place(id) {
      placed.set(id, (placed.get(id) ?? 0) + 1);
      float(id);
      let once = true;
      return () => {
        if (!once) return;
        once = false;
        placed.set(id, (placed.get(id) ?? 1) - 1);
        // A placed element that only moves (disconnected, then connected again) does not make the launcher flash.
        queueMicrotask(() => float(id));
      };
    },
    $checklists,
    labels: localize(ctx, 'checklist', defaultChecklistLabels),
    toggle(id, open) {
      change(id, { open: open || undefined });
      emit('checklist:toggled', id, { open, source: 'button' });
    },
    tick(id, itemId) {
      const s = itemOf(id, itemId);
      if (!s || s.done || s.blockedBy.length || s.item.completeWhen != 'manual') return;
      change(id, { done: { ...state[id]?.done, [itemId]: ctx.now() } });
      emit('checklist:item-completed', id, { itemId, source: 'button' });
      check('button');
    },
    act(id, itemId) {
      const action = itemOf(id, itemId)?.item.action;
      if (action) ctx.run(action, { source: 'button', guideId: id });
    },
    dismiss(id) {
      if (change(id, { dismissed: ctx.now(), open: undefined })) {
        emit('checklist:dismissed', id, { source: 'button' });
        schedule();
      }
    },
  };

  const sync = (s: Record<string, unknown>) => {
    const k = progress.key;
    if (k != key) {
      // Another user's progress (or the first read): wait until it is read, then start from it alone.
      key = '';
      return void progress.ready.then(() => {
        if (progress.key != k || key) return;
        key = k;
        state = {};
        written = null;
        sync(progress.$progress.get());
      });
    }
    // Stored progress arriving (first read, other tabs): unite it with ours, so nothing completed is lost.
    if (s[CHECKLISTS_SECTION] !== written) {
      const merged = mergeChecklists(state, s[CHECKLISTS_SECTION]);
      if (JSON.stringify(merged) != JSON.stringify(s[CHECKLISTS_SECTION] ?? {})) save(merged);
      else {
        written = s[CHECKLISTS_SECTION];
        save(merged, false);
      }
    }
    schedule();
  };

  getBehaviourHistory(ctx);
  cleanups.push(
    events.on('app:tracked', schedule),
    events.on('tour:completed', schedule),
    events.on('tour:dismissed', schedule),
    progress.$progress.listen(sync),
  );
  sync(progress.$progress.get());
  save(state, false);

  if (browser) {
    registerElements({ 'wm-checklist': WmChecklist });
    cleanups.push(provideContext(document, ctx, { checklists: controller }));
    // Floating launchers, except for checklists an element placed by the app shows (or `"launcher": "inline"` ones).
    for (const c of lists)
      if (c.launcher != 'inline') {
        const position = c.position ?? 'bottom-right';
        const el = Object.assign(document.createElement('wm-checklist'), { checklist: c.id, floating: true, position });
        // Nearest its corner in the instance's corner stack (chat launcher and slide-outs stack above it).
        floating.set(c.id, {
          el,
          dock: () => dockLayer(layersOf(ctx), el, { id: 'checklist:' + c.id, corner: position, order: 0 }),
        });
        float(c.id);
      }
    cleanups.push(() => ((stopped = true), [...floating.keys()].forEach(float)));
  }

  return () => {
    cleanups.splice(0).forEach((f) => f());
    observer?.disconnect();
    cancelAnimationFrame(frame);
    queued = false;
  };
}
