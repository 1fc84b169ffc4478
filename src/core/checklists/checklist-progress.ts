/**
 * Checklist progress: the persisted `checklists` section, its sanitising and cross-tab merge, and the pure
 * rules that decide which items are complete or locked.
 * @packageDocumentation
 */
import type { ChecklistDefinition, ChecklistItemDefinition, CompletionRule } from './checklist-definition.js';

/** What Waymark remembers about one checklist for one user. */
export interface ChecklistProgress {
  /** Completed items: item id → when (ms since the epoch). */
  done: Record<string, number>;
  /** When the user dismissed the checklist for good. */
  dismissed?: number;
  /** Whether the panel was left open. */
  open?: boolean;
  /** When every item was complete. */
  completedAt?: number;
}

/** The persisted `checklists` progress section: checklist id → progress. */
export type ChecklistsSection = Record<string, ChecklistProgress>;

/** An item with its current state. */
export interface ChecklistItemState {
  /** The item's definition. */
  item: ChecklistItemDefinition;
  /** Complete. */
  done: boolean;
  /** The titles of the items that must be complete first (empty when unlocked). */
  blockedBy: string[];
}

const isObj = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);
const num = (v: unknown) => (Number.isFinite(v) ? (v as number) : undefined);

/**
 * Read a stored `checklists` section, keeping what makes sense and dropping the rest (never throws).
 * @param raw - the stored value.
 * @returns a clean section (a new object).
 */
export function readChecklists(raw: unknown): ChecklistsSection {
  const out: ChecklistsSection = {};
  if (isObj(raw))
    for (const id in raw) {
      const p = raw[id];
      if (!isObj(p)) continue;
      const done: Record<string, number> = {};
      if (isObj(p.done)) for (const i in p.done) if (num(p.done[i]) != null) done[i] = p.done[i];
      out[id] = { done, dismissed: num(p.dismissed), open: p.open === true || undefined, completedAt: num(p.completedAt) };
      for (const k in out[id]) if ((out[id] as any)[k] === undefined) delete (out[id] as any)[k];
    }
  return out;
}

const min = (a?: number, b?: number) => (a == null ? b : b == null ? a : Math.min(a, b));

/**
 * Unite two sections (e.g. this tab's and another tab's): an item complete in either is complete (earliest
 * time), dismissed or completed in either stays so; `open` is taken from `mine`.
 * @param mine - this tab's section.
 * @param theirs - the other section.
 * @returns a new section.
 */
export function mergeChecklists(mine: ChecklistsSection, theirs: ChecklistsSection): ChecklistsSection {
  const out: ChecklistsSection = {};
  for (const id of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const a = mine[id] ?? { done: {} };
    const b = theirs[id] ?? { done: {} };
    const done = { ...b.done };
    for (const i in a.done) done[i] = min(a.done[i], b.done[i])!;
    const p: ChecklistProgress = { done };
    const d = min(a.dismissed, b.dismissed);
    const c = min(a.completedAt, b.completedAt);
    if (d != null) p.dismissed = d;
    if (c != null) p.completedAt = c;
    if ((mine[id] ? a : b).open) p.open = true;
    out[id] = p;
  }
  return out;
}

/**
 * The items of a checklist with their state. An item is locked while an item it depends on is not complete
 * (unknown ids in `dependsOn` are ignored).
 * @param checklist - the definition.
 * @param progress - its progress, if any.
 */
export function checklistItems(checklist: ChecklistDefinition, progress?: ChecklistProgress): ChecklistItemState[] {
  const done = progress?.done ?? {};
  return checklist.items.map((item) => ({
    item,
    done: done[item.id] != null,
    blockedBy: checklist.items.filter((o) => o != item && item.dependsOn?.includes(o.id) && done[o.id] == null).map((o) => o.title),
  }));
}

/**
 * Complete every unlocked item whose rule holds now, repeating while completions unlock more items.
 * Manual items are left to the user. Pure: returns the new progress, or the same object when nothing changed.
 * @param checklist - the definition.
 * @param progress - its current progress.
 * @param holds - whether a (non-manual) completion rule holds now.
 * @param now - the time to record.
 * @returns the progress and the ids of the items completed now, in order.
 */
export function advanceChecklist(
  checklist: ChecklistDefinition,
  progress: ChecklistProgress | undefined,
  holds: (rule: CompletionRule) => boolean,
  now: number,
): [progress: ChecklistProgress, completed: string[]] {
  let p: ChecklistProgress = progress ?? { done: {} };
  const completed: string[] = [];
  for (let again = true; again; ) {
    again = false;
    for (const { item, done, blockedBy } of checklistItems(checklist, p))
      if (!done && !blockedBy.length && item.completeWhen != 'manual' && holds(item.completeWhen)) {
        p = { ...p, done: { ...p.done, [item.id]: now } };
        completed.push(item.id);
        again = true;
      }
  }
  return [p, completed];
}

/**
 * Whether a completion rule looks at the page (`element` conditions, also inside `all`/`any`/`not`).
 * @param rule - the rule.
 */
export const watchesPage = (rule: unknown): boolean =>
  isObj(rule) && (typeof rule.element == 'string' || [rule.not, ...[rule.all, rule.any].flat()].some(watchesPage));
