/**
 * The checklists feature: completes items as their rules hold (whether or not the checklist is open), keeps their
 * progress in the `checklists` section, mounts floating launchers and serves `<wm-checklist>` elements.
 * @packageDocumentation
 */
import { atom } from 'nanostores';
import type { ChecklistDefinition } from '../core/checklists/checklist-definition.js';
import {
  advanceChecklist,
  checklistItems,
  mergeChecklists,
  readChecklists,
  watchesPage,
  type ChecklistsSection,
} from '../core/checklists/checklist-progress.js';
import { evaluateCondition } from '../core/conditions/evaluate-condition.js';
import type { EventSource } from '../core/events.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { listen } from '../dom/listen.js';
import { WmChecklist, type ChecklistController, type ChecklistModel } from '../elements/checklist.js';
import { registerElements } from '../elements/register-elements.js';
import { conditionContext, getBehaviourHistory } from './behaviour.js';

const SECTION = 'checklists';

/**
 * The checklists plugin (loaded when the document has `checklists`).
 * @param ctx - the instance's context.
 * @returns the cleanup.
 */
export default function checklists(ctx: WaymarkContext): () => void {
  const { progress, events } = ctx;
  const browser = typeof document != 'undefined';
  const lists = (ctx.doc.checklists ?? []).filter((c): c is ChecklistDefinition => !!c?.id && Array.isArray(c.items));
  const byId = new Map(lists.map((c) => [c.id, c]));
  const cleanups: (() => void)[] = [];
  const stamp = () => ({ timestamp: ctx.now(), userId: ctx.user().id });
  let state: ChecklistsSection = readChecklists(progress.getSection(SECTION));
  let written: unknown;
  const $checklists = atom<Record<string, ChecklistModel>>({});

  const publish = () =>
    $checklists.set(
      Object.fromEntries(
        lists.map((c) => {
          const p = state[c.id];
          return [c.id, { checklist: c, items: checklistItems(c, p), open: !!p?.open, dismissed: p?.dismissed != null }];
        }),
      ),
    );

  const save = (next: ChecklistsSection) => {
    state = next;
    if (key) progress.setSection(SECTION, (written = next));
    publish();
  };

  // Complete what holds now; report it; keep the page observed while an unmet element rule remains.
  let observer: MutationObserver | undefined;
  let frame = 0;
  let queued = false;
  const check = (source: EventSource = 'trigger') => {
    queued = false;
    if (!key) return;
    let next = state;
    let page = false;
    const completed: [string, string[], boolean][] = [];
    const cx = conditionContext(ctx);
    for (const c of lists) {
      const before = next[c.id];
      if (before?.dismissed != null) continue;
      const [p, ids] = advanceChecklist(c, before, (rule) => evaluateCondition(rule, cx, false).ok, cx.now);
      const all = c.items.every((i) => p.done[i.id] != null);
      const after = all && p.completedAt == null ? { ...p, completedAt: cx.now } : p;
      if (after != before) (next = { ...next, [c.id]: after }), completed.push([c.id, ids, after != p]);
      page ||= c.items.some((i) => after.done[i.id] == null && watchesPage(i.completeWhen));
    }
    if (next != state) save(next);
    for (const [checklistId, ids, all] of completed) {
      for (const itemId of ids) events.emit('checklist:item-completed', { checklistId, itemId, source, ...stamp() });
      if (all) events.emit('checklist:completed', { checklistId, ...stamp() });
    }
    if (!browser) return;
    if (page && !observer) {
      observer = new MutationObserver(() => {
        if (!frame) frame = requestAnimationFrame(() => ((frame = 0), check()));
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    } else if (!page && observer) observer.disconnect(), (observer = undefined);
  };
  const schedule = () => queued || ((queued = true), queueMicrotask(() => queued && check()));

  const change = (id: string, fn: (p: ChecklistsSection[string]) => ChecklistsSection[string]) =>
    byId.has(id) && (save({ ...state, [id]: fn(state[id] ?? { done: {} }) }), true);

  const controller: ChecklistController = {
    $checklists,
    toggle(id, open) {
      change(id, (p) => ({ ...p, open: open || undefined }));
      events.emit('checklist:toggled', { checklistId: id, open, source: 'button', ...stamp() });
    },
    tick(id, itemId) {
      const c = byId.get(id);
      const s = c && checklistItems(c, state[id]).find((s) => s.item.id == itemId);
      if (!s || s.done || s.blockedBy.length || s.item.completeWhen != 'manual') return;
      change(id, (p) => ({ ...p, done: { ...p.done, [itemId]: ctx.now() } }));
      events.emit('checklist:item-completed', { checklistId: id, itemId, source: 'button', ...stamp() });
      check('button');
    },
    act(id, itemId) {
      const action = byId.get(id)?.items.find((i) => i.id == itemId)?.action;
      if (action) ctx.run(action, { source: 'button', guideId: id });
    },
    dismiss(id) {
      if (!change(id, (p) => ({ ...p, dismissed: ctx.now(), open: undefined }))) return;
      events.emit('checklist:dismissed', { checklistId: id, source: 'button', ...stamp() });
      schedule();
    },
  };

  // Progress is ours to write only once the user's stored progress was read (else ours would win the merge).
  let key = '';
  let pending = '';
  const sync = (s: Record<string, unknown>) => {
    if (progress.key != key) {
      if (pending == progress.key) return;
      const k = (pending = progress.key);
      return void progress.ready.then(() => {
        if (progress.key != k || key == k) return;
        key = k;
        state = {};
        written = undefined;
        sync(progress.$progress.get());
      });
    }
    // Stored progress arriving (first read, other tabs): unite it with ours, so nothing completed is lost.
    if (s[SECTION] !== written) {
      const merged = mergeChecklists(state, readChecklists(s[SECTION]));
      if (JSON.stringify(merged) != JSON.stringify(s[SECTION] ?? {})) save(merged);
      else (state = merged), (written = s[SECTION]), publish();
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
  publish();

  if (browser) {
    registerElements({ 'wm-checklist': WmChecklist });
    cleanups.push(
      listen<CustomEvent>(document, 'wm-context-request', (e) => {
        if (e.detail?.feature == 'checklists' && !e.detail.context) e.detail.context = controller;
      }),
    );
    for (const c of lists)
      if (c.launcher != 'inline') {
        const el = document.createElement('wm-checklist');
        el.checklist = c.id;
        el.floating = true;
        el.position = c.position ?? 'bottom-right';
        document.body.append(el);
        cleanups.push(() => el.remove());
      }
    document.dispatchEvent(new CustomEvent('wm-context-ready'));
  }

  return () => {
    for (const f of cleanups.splice(0).reverse()) f();
    observer?.disconnect();
    cancelAnimationFrame(frame);
    queued = false;
  };
}
