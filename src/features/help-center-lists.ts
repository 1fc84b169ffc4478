/**
 * What the help centre lists besides articles, read from the instance: the tours a user may start, the checklist in
 * progress, the announcements (unread first-class), and which checklists are in progress (for ranking articles).
 * @packageDocumentation
 */
import { ANNOUNCEMENTS_SECTION } from '../core/announcements/announcement-progress.js';
import { CHECKLISTS_SECTION } from '../core/checklists/checklist-progress.js';
import type { HelpCenterDefinition } from '../core/help/help-definition.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import type { HelpCenterState } from '../elements/help-center-model.js';

/** Ids of the checklists started and neither completed nor dismissed. */
export function checklistsInProgress(ctx: WaymarkContext): string[] {
  const lists = ctx.progress.getSection(CHECKLISTS_SECTION) ?? {};
  return Object.entries(lists)
    .filter(([, p]) => p && p.completedAt == null && p.dismissed == null)
    .map(([id]) => id);
}

/** The tours the panel offers: `helpCenter.tours` in order, else every tour without a trigger. */
export function startableTours(ctx: WaymarkContext, def: HelpCenterDefinition): HelpCenterState['guides'] {
  const tours = (Array.isArray(ctx.doc.tours) ? ctx.doc.tours : []).filter((t) => t?.id);
  return (def.tours ?? tours.filter((t) => !(t as { trigger?: unknown }).trigger).map((t) => t.id))
    .map((id) => tours.find((t) => t.id === id))
    .filter((t) => !!t)
    .map((t) => ({ id: t.id, title: t.title ?? t.id }));
}

/** The first checklist not yet completed or dismissed, with its progress. */
export function checklistInProgress(ctx: WaymarkContext): HelpCenterState['checklist'] {
  const lists = Array.isArray(ctx.doc.checklists) ? ctx.doc.checklists : [];
  const state = ctx.progress.getSection(CHECKLISTS_SECTION) ?? {};
  for (const c of lists) {
    const p = state[c?.id];
    if (!c?.id || !Array.isArray(c.items) || p?.completedAt != null || p?.dismissed != null) continue;
    const done = c.items.filter((i) => p?.done?.[i.id] != null).length;
    return { id: c.id, title: c.title ?? c.id, done, total: c.items.length };
  }
  return undefined;
}

/** The document's announcements for "What's new", each marked unread until the user has seen it. */
export function announcementsList(ctx: WaymarkContext): HelpCenterState['news'] {
  const seen = ctx.progress.getSection(ANNOUNCEMENTS_SECTION) ?? {};
  return (Array.isArray(ctx.doc.announcements) ? ctx.doc.announcements : [])
    .filter((a) => a?.id && a.title)
    .map((a) => ({ id: a.id, title: a.title, unread: seen[a.id]?.seen == null }));
}
