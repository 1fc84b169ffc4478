import type { EventSource } from '../core/events.js';
import type { ButtonDefinition } from '../core/guide-definition.js';
import type { HintDefinition } from '../core/hints/hint-definition.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { modalDialogOf } from '../dom/modal-dialog.js';
import { observeTargets } from '../dom/observe-targets.js';
import { describeElement, isPointable, standInFor } from '../dom/visible-stand-in.js';
import { registerElements } from '../elements/register-elements.js';
import { WmHint } from '../elements/hint.js';
import { WmPopover } from '../elements/popover.js';
import { registerTriggerTarget } from './trigger-targets.js';

/** The persisted `hints` progress section: when each hint was dismissed for good. */
export type HintsProgress = Record<string, { dismissed: number }>;

const str = (v: unknown) => (typeof v == 'string' ? v : '');

/**
 * The hints feature: shows a `<wm-hint>` beacon on the target of every hint in the guide document while that
 * target is on the page and visible, re-anchors it when the target is re-rendered, and removes it when the target
 * goes. One `MutationObserver` watches all targets ({@link observeTargets}); an `IntersectionObserver` keeps only
 * beacons near the viewport positioned, so off-screen hints cost nothing. Beacons are kept in the document in
 * hint order (that is their Tab order). Hints hide while a tour runs. "Got it" (or any `dismiss` button) hides a
 * hint for good, for this user, in the progress section `hints`; other buttons run through the action router.
 * Emits `hint:shown`, `hint:opened` and `hint:dismissed`.
 *
 * A hint with a `trigger` stays hidden until the proactive engine finds its trigger (and `audience`, `frequency`)
 * holding; from then on it shows like the others for the rest of the page's life.
 *
 * Its own words go through `ctx.label` (`createWaymark({ labels })`):
 *
 * | key | default | where |
 * |---|---|---|
 * | `hint.gotIt` | `Got it` | the dismiss button added to a hint that has none |
 * | `hint.beacon` | `Hint: {title}` | the beacon's accessible name; `{title}` is the hint's title |
 * | `hint.close` | `Close` | accessible name of the tip's close button |
 * @param ctx - the Waymark instance's context.
 * @returns cleanup that removes every beacon, observer and subscription.
 */
export default function hints(ctx: WaymarkContext): (() => void) | void {
  const list = (Array.isArray(ctx.doc.hints) ? ctx.doc.hints : []).filter((h): h is HintDefinition => !!h && typeof h.id == 'string' && !!h.target);
  if (!list.length || typeof document == 'undefined') return;
  registerElements({ 'wm-popover': WmPopover, 'wm-hint': WmHint });
  const gotIt = ctx.label('hint.gotIt', 'Got it');
  const named = ctx.label('hint.beacon', 'Hint: {title}');
  const closeLabel = ctx.label('hint.close', 'Close');
  const els: (WmHint | undefined)[] = [];
  const targets = new Map<WmHint, Element>();
  const shown = new WeakSet<WmHint>();
  const inView = new WeakSet<Element>();
  let found: readonly (Element | null)[] = [];
  const released = new Set<string>();
  const reported = new WeakSet<Element>();

  const create = (h: HintDefinition, i: number) => {
    const el = document.createElement('wm-hint');
    const beacon = typeof h.beacon == 'string' ? { style: h.beacon } : (h.beacon ?? {});
    const buttons = (Array.isArray(h.buttons) ? h.buttons : []).filter((b) => b && typeof b.label == 'string');
    const heading = str(h.title);
    Object.assign(el, {
      heading,
      beaconLabel: named.replace('{title}', () => heading),
      closeLabel,
      body: str(h.body),
      beacon: beacon.style == 'icon' ? 'icon' : 'pulse',
      beaconPlacement: beacon.placement ?? 'top-end',
      placement: h.placement ?? 'bottom',
      openOn: h.open ?? 'click',
      buttons: buttons.some((b) => b.action == 'dismiss') ? buttons : [...buttons, { label: gotIt, action: 'dismiss', variant: 'primary' }],
    });
    el.addEventListener('wm-toggle', ({ detail }) => detail.open && opened(el, h, detail.source));
    el.addEventListener('wm-action', ({ detail: { action, button, source } }) => {
      if (source != 'button' || !button) return;
      if (action != 'dismiss') return void ctx.run(button as ButtonDefinition, { source, guideId: h.id });
      ctx.progress.setSection<HintsProgress>('hints', { ...ctx.progress.getSection<HintsProgress>('hints'), [h.id]: { dismissed: ctx.now() } });
      ctx.events.emit('hint:dismissed', { hintId: h.id, source, ...ctx.stamp() });
      sync();
    });
    return (els[i] = el);
  };

  /**
   * Keep document (Tab) order = hint order in `<body>`; a hint whose target is inside an app's open modal dialog
   * lives inside that dialog (everything outside it is inert).
   */
  const mount = (el: WmHint, i: number, target: Element) => {
    const dialog = modalDialogOf(target);
    if (dialog) return void (el.parentNode == dialog || dialog.append(el));
    const next = els.slice(i + 1).find((e) => e?.parentNode == document.body) ?? null;
    if (el.parentNode != document.body || (next ? el.nextSibling != next : false)) document.body.insertBefore(el, next);
  };

  const opened = (el: WmHint, h: HintDefinition, source: EventSource) => {
    for (const other of els) if (other && other != el) other.open = false;
    ctx.events.emit('hint:opened', { hintId: h.id, source, ...ctx.stamp() });
  };

  const sync = () => {
    const dismissed = ctx.progress.getSection<HintsProgress>('hints') ?? {};
    const tour = ctx.$modal.get()?.startsWith('tour:');
    list.forEach((h, i) => {
      const target = dismissed[h.id]?.dismissed || (h.trigger && !released.has(h.id)) ? null : found[i];
      let el = els[i];
      const old = el && targets.get(el);
      if (old != target) {
        if (old) io?.unobserve(old);
        if (target) io?.observe(target);
        // A re-rendered target takes over its predecessor's place in view: no flicker while IO catches up.
        if (target && (!io || (old && inView.has(old)))) inView.add(target);
      }
      if (!target) {
        el?.remove();
        if (el) targets.delete(el);
        return void (els[i] = undefined);
      }
      el ??= create(h, i);
      mount(el, i, target);
      targets.set(el, target);
      // A target a user cannot see (a 1 px checkbox) shows its hint on its label or visible ancestor.
      const standIn = standInFor(target);
      if (standIn && !reported.has(target)) {
        reported.add(target);
        const { reason, use, suggest } = standIn;
        const selectors = [h.target].flat();
        ctx.events.emit('target:invisible', { hintId: h.id, selectors, reason, element: describeElement(target), ...(suggest && { suggestion: describeElement(suggest) }), substituted: !!use, ...ctx.stamp() });
      }
      el.anchor = !tour && inView.has(target) ? (standIn?.use ?? target) : null;
      if (el.anchor && !shown.has(el)) {
        shown.add(el);
        ctx.events.emit('hint:shown', { hintId: h.id, ...ctx.stamp() });
        if (h.open == 'auto') {
          el.open = true;
          opened(el, h, 'trigger');
        }
      }
    });
  };

  const io =
    typeof IntersectionObserver == 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) e.isIntersecting ? inView.add(e.target) : inView.delete(e.target);
            sync();
          },
          { rootMargin: '200px' },
        )
      : undefined;
  const offs = [
    observeTargets(
      list.map((h) => h.target),
      (f) => {
        found = f;
        sync();
      },
      { accept: isPointable, onCheck: () => els.forEach((el) => el?.reposition()) },
    ),
    ctx.$modal.listen(sync),
    ctx.progress.$progress.listen(sync),
    ...list
      .filter((h) => h.trigger)
      .map((h) =>
        registerTriggerTarget(ctx, 'hint', h.id, () => {
          if (ctx.progress.getSection<HintsProgress>('hints')?.[h.id]?.dismissed) return false;
          released.add(h.id);
          sync();
          return true;
        }),
      ),
  ];
  return () => {
    offs.forEach((off) => off());
    io?.disconnect();
    els.forEach((el) => el?.remove());
  };
}
