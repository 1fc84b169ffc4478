/**
 * Checklist progress: the persisted `checklists` section, its sanitising and cross-tab merge, and the pure
 * rules that decide which items are complete or locked.
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';
import type { SectionKey } from '../progress-store.js';
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

/**
 * The `checklists` progress section. Written by the checklists feature (which sanitises what it reads with
 * {@link readChecklists}); read by others (the condition context's `guide` status).
 */
export const CHECKLISTS_SECTION: SectionKey<ChecklistsSection> = 'checklists';

/** An item with its current state. */
export interface ChecklistItemState {
  /** The item's definition. */
  item: ChecklistItemDefinition;
  /** Complete. */
  done: boolean;
  /** The titles of the items that must be complete first (empty when unlocked). */
  blockedBy: string[];
}

// Keep the earliest valid time.
const earliest = <K extends string>(o: Partial<Record<K, number>>, k: K, v: unknown) => {
  if (Number.isFinite(v) && !((o[k] ?? Infinity) <= (v as number))) o[k] = v as number;
};

/**
 * Unite two sections (e.g. this tab's and another tab's): an item complete in either is complete (earliest
 * time), dismissed or completed in either stays so; `open` is taken from `mine`. `theirs` may be anything
 * stored: what makes no sense in it is dropped (never throws).
 * @param mine - this tab's section.
 * @param theirs - the other section, as stored.
 * @returns a new section.
 */
export function mergeChecklists(mine: ChecklistsSection, theirs: unknown): ChecklistsSection {
  const out: ChecklistsSection = {};
  const t = isRecord(theirs) ? theirs : {};
  for (const id of new Set([...Object.keys(mine), ...Object.keys(t)])) {
    const a = mine[id];
    const b = t[id];
    if (!a && !isRecord(b)) continue;
    const p: ChecklistProgress = { done: {} };
    for (const s of [a, b])
      if (isRecord(s)) {
        for (const i in Object(s.done)) earliest(p.done, i, s.done[i]);
        earliest(p, 'dismissed', s.dismissed);
        earliest(p, 'completedAt', s.completedAt);
      }
    if ((a ?? b).open === true) p.open = true;
    out[id] = p;
  }
  return out;
}

/**
 * Read a stored `checklists` section, keeping what makes sense and dropping the rest (never throws).
 * @param raw - the stored value.
 * @returns a clean section (a new object).
 */
export const readChecklists = (raw: unknown): ChecklistsSection => mergeChecklists({}, raw);

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
    blockedBy: checklist.items
      .filter((o) => o != item && item.dependsOn?.includes(o.id) && done[o.id] == null)
      .map((o) => o.title),
  }));
}

/**
 * Complete every unlocked item whose rule holds now, repeating while completions unlock more items, and record
 * when every item is complete (`completedAt`). Manual items are left to the user. Pure: returns the new progress,
 * or the same object when nothing changed.
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
  for (let again = true; again;) {
    again = false;
    for (const { item, done, blockedBy } of checklistItems(checklist, p))
      if (!done && !blockedBy.length && item.completeWhen != 'manual' && holds(item.completeWhen)) {
        p = { ...p, done: { ...p.done, [item.id]: now } };
        completed.push(item.id);
        again = true;
      }
  }
  if (p.completedAt == null && checklist.items.every((i) => p.done[i.id] != null)) p = { ...p, completedAt: now };
  return [p, completed];
}

/**
 * Whether a completion rule looks at the page (`element` conditions, also inside `all`/`any`/`not`).
 * @param rule - the rule.
 */
export const watchesPage = (rule: unknown): boolean =>
  isRecord(rule) && (typeof rule.element == 'string' || [rule.not, ...[rule.all, rule.any].flat()].some(watchesPage));
