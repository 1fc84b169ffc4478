/**
 * The announcements feature: shows "what's new" messages as a modal or a slide-out, one modal thing at a time
 * (it waits while a tour runs and yields to a tour that starts), and remembers "don't show again" in the
 * `announcements` progress section.
 * @packageDocumentation
 */
import { layersOf } from '../core/layer-stack.js';
import type { AnnouncementDefinition } from '../core/announcements/announcement-definition.js';
import { ANNOUNCEMENTS_SECTION, type AnnouncementProgress } from '../core/announcements/announcement-progress.js';
import type { EventSource } from '../core/events.js';
import { sharedKey, type WaymarkContext } from '../core/waymark-context.js';
import { dockLayer } from '../dom/dock-layer.js';
import { saveFocus } from '../dom/focus-trap.js';
import { WmAnnouncement } from '../elements/announcement.js';
import { registerElements } from '../elements/register-elements.js';
import { registerTriggerTarget } from './trigger-targets.js';

export type { AnnouncementProgress };

/** How the running announcements feature of an instance shows one (for {@link showAnnouncement}). */
export const ANNOUNCEMENTS = sharedKey<{ show?: (id: string, source: EventSource) => boolean }>('announcements');

/**
 * Show an announcement of an instance now, or as soon as the modal slot is free (queued behind a running tour).
 * Shows it even if the user asked not to see it again (this is an explicit request).
 * @param ctx - the instance's context (`waymark.context`).
 * @param id - the announcement id.
 * @param source - what asked. @default "api"
 * @returns false when the feature is not loaded or the id is unknown.
 */
export function showAnnouncement(ctx: WaymarkContext, id: string, source: EventSource = 'api'): boolean {
  return !!ctx.shared(ANNOUNCEMENTS, () => ({})).show?.(id, source);
}

/**
 * The announcements plugin (loaded when the document has `announcements`).
 *
 * Words it shows around the guide's text, localised with `createWaymark({ labels })`:
 *
 * | key | default |
 * | --- | --- |
 * | `announcement.close` | Close (accessible name of the × button) |
 * | `announcement.dontShowAgain` | Don't show this again |
 * @param ctx - the instance's context.
 * @returns the cleanup.
 */
export default function announcements(ctx: WaymarkContext): () => void {
  const { progress, events } = ctx;
  const list = (ctx.doc.announcements ?? []).filter((a): a is AnnouncementDefinition => !!a?.id && !!a.title);
  const queue: [AnnouncementDefinition, EventSource][] = [];
  const read = () => progress.getSection(ANNOUNCEMENTS_SECTION) ?? {};
  const put = (id: string, p: AnnouncementProgress) =>
    progress.setSection(ANNOUNCEMENTS_SECTION, { ...read(), [id]: { ...read()[id], ...p } });
  let open: { a: AnnouncementDefinition; el: WmAnnouncement; done: (focusInside: boolean) => void } | undefined;
  let dead = false;
  const labels = {
    close: ctx.label('announcement.close', 'Close'),
    dontShowAgain: ctx.label('announcement.dontShowAgain', "Don't show this again"),
  };
  const owner = (a: AnnouncementDefinition) => 'announcement:' + a.id;

  const hide = () => {
    if (!open) return;
    const { a, el, done } = open;
    open = undefined;
    const inside = !!el.shadowRoot?.activeElement;
    el.remove();
    done(inside);
    ctx.releaseModal(owner(a));
  };

  const next = () => {
    const item = queue[0];
    if (dead || open || !item || typeof document == 'undefined') return;
    const [a, source] = item;
    // Only a modal announcement is a modal thing (it takes the slot); a slide-out waits while the slot is taken.
    const modal = a.style != 'slideout';
    if (modal ? !ctx.claimModal(owner(a)) : ctx.$modal.get() != null) return;
    queue.shift();
    const el = document.createElement('wm-announcement');
    Object.assign(el, {
      heading: a.title,
      body: a.body ?? '',
      image: a.image,
      primary: a.primary,
      secondary: a.secondary,
      modal,
      dontShowAgain: a.dontShowAgain != false,
      labels,
    });
    // A modal takes focus and gives it back. A slide-out never takes focus; a user who went into it and closed it
    // goes back to where they came from.
    let from: HTMLElement | null = null;
    let undock = () => {};
    el.addEventListener('focusin', (e) => (from ??= e.relatedTarget as HTMLElement | null));
    const restore = modal ? saveFocus() : () => from?.isConnected && from.focus({ preventScroll: true });
    el.addEventListener('wm-close', ({ detail: { button, dontShowAgain, source } }) => {
      if (dontShowAgain) put(a.id, { dismissed: ctx.now() });
      events.emit('announcement:dismissed', { announcementId: a.id, source, dontShowAgain, ...ctx.stamp() });
      hide();
      if (button && button.action != 'dismiss' && button.action != 'complete')
        ctx.run(button, { source: 'button', guideId: a.id });
      next();
    });
    open = { a, el, done: (inside) => (undock(), (modal || inside) && restore()) };
    ctx.mount(el);
    // The slide-out joins the corner stack of the instance's launchers (above them), once its box exists.
    if (!modal)
      void el.updateComplete.then(() => {
        if (open?.el == el && el.box)
          undock = dockLayer(layersOf(ctx), el, { id: owner(a), corner: 'bottom-right', order: 3, measure: el.box });
      });
    put(a.id, { seen: ctx.now() });
    try {
      sessionStorage.setItem(`waymark:seen:${a.id}`, '1');
    } catch {
      /* no session storage: shown again next load */
    }
    events.emit('announcement:shown', { announcementId: a.id, source, ...ctx.stamp() });
  };

  const show = (id: string, source: EventSource) => {
    const a = list.find((x) => x.id == id);
    if (!a) return false;
    if (open?.a != a && !queue.some(([q]) => q == a)) queue.push([a, source]);
    next();
    return true;
  };
  const state = ctx.shared(ANNOUNCEMENTS, () => ({}));
  state.show = show;
  registerElements({ 'wm-announcement': WmAnnouncement });

  // A tour taking the slot while an announcement is open: it yields, and comes back when the slot is free.
  const off = ctx.$modal.listen((holder) => {
    if (open && holder != (open.el.modal ? owner(open.a) : null)) {
      queue.unshift([open.a, 'resume']);
      hide();
    }
    if (!holder) next();
  });

  // Announcements with a trigger are shown by the proactive engine when it holds (not dismissed for good).
  const unregister = list
    .filter((a) => a.trigger)
    .map((a) =>
      registerTriggerTarget(ctx, 'announcement', a.id, () => read()[a.id]?.dismissed == null && show(a.id, 'trigger')),
    );

  void progress.ready.then(() => {
    for (const a of list) {
      let seen: string | null = null;
      try {
        seen = sessionStorage.getItem(`waymark:seen:${a.id}`);
      } catch {
        /* treat as not seen */
      }
      if ((a.showOn ?? (a.trigger ? 'manual' : 'load')) == 'load' && read()[a.id]?.dismissed == null && !seen)
        show(a.id, 'trigger');
    }
  });

  return () => {
    dead = true;
    off();
    unregister.forEach((undo) => undo());
    queue.length = 0;
    hide();
    if (state.show == show) state.show = undefined;
  };
}
