import { layersOf, overlaps } from '../core/layer-stack.js';
import { listen } from '../dom/listen.js';
import type { EventSource } from '../core/events.js';
import type { ButtonDefinition } from '../core/guide-definition.js';
import type { HintDefinition } from '../core/hints/hint-definition.js';
import type { SectionKey } from '../core/progress-store.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { modalDialogOf } from '../dom/modal-dialog.js';
import { observeTargets } from '../dom/observe-targets.js';
import { describeInvisible, isPointable, standInFor } from '../dom/visible-stand-in.js';
import { watchObscured } from '../dom/watch-obscured.js';
import { registerElements } from '../elements/register-elements.js';
import { WmHint } from '../elements/hint.js';
import { WmPopover } from '../elements/popover.js';
import { registerTriggerTarget } from './trigger-targets.js';

/** The persisted `hints` progress section: when each hint was dismissed for good. */
export type HintsProgress = Record<string, { dismissed: number }>;
/** The `hints` progress section, owned by this feature. */
const HINTS_SECTION: SectionKey<HintsProgress> = 'hints';

const isHint = (n: Node | null): n is WmHint => n instanceof Element && n.localName == 'wm-hint';
const str = (v: unknown) => (typeof v == 'string' ? v : '');

// Parents a hint element must not go into: interactive content and labels (a press on the beacon would activate
// them), list and table structure, replaced and foreign content, closed-able details.
const UNSAFE_PARENT =
  'a,button,label,select,option,optgroup,datalist,textarea,summary,details,table,thead,tbody,tfoot,tr,colgroup,ul,ol,dl,menu,picture,video,audio,object,svg,math';

/**
 * The node a hint element goes right after, so that its beacon comes next to its target in Tab and reading order:
 * the target itself, or its nearest ancestor whose parent can hold the hint element harmlessly (not inside a link,
 * button, label, form field, list or table structure, editable content, or as a light-DOM child of a shadow host,
 * where it would not be rendered). A form field directly followed by a `<label>` counts with its label.
 * The hint element is `display: contents` and its beacon lives in the top layer: it adds no box to the page.
 * @param target - the hint's target.
 * @returns the node to insert after (its parent is where the hint element goes); `<body>` itself means at its end.
 */
export function hintSpot(target: Element): Element {
  // Never inside editable content (an editor owns its DOM): after the editable root.
  let at = target.parentElement?.closest('[contenteditable]:not([contenteditable=false])') ?? target;
  for (
    let p = at.parentElement;
    p &&
    p != at.ownerDocument.body &&
    (p.matches(UNSAFE_PARENT) || p.shadowRoot || p.namespaceURI != 'http://www.w3.org/1999/xhtml');
    p = at.parentElement
  )
    at = p;
  if (!at.parentNode || at == at.ownerDocument.documentElement) return at.ownerDocument.body;
  const next = at.nextElementSibling;
  return at.matches('input,select,textarea') && next?.localName == 'label' ? next : at;
}

/**
 * The hints feature: shows a `<wm-hint>` beacon on the target of every hint in the guide document while that
 * target is on the page and visible, re-anchors it when the target is re-rendered, and removes it when the target
 * goes. One `MutationObserver` watches all targets ({@link observeTargets}); an `IntersectionObserver` keeps only
 * beacons near the viewport positioned, so off-screen hints cost nothing. Each `<wm-hint>` element is put right
 * after its target ({@link hintSpot}), so Tab and Shift+Tab reach a beacon next to what it points at, also while
 * the target is far off screen (the beacon then waits unplaced but focusable, and focusing it scrolls the target
 * into view). Hints hide while a tour runs, while a modal announcement is open and while the app's own modal
 * dialog is open (`layersOf(context).$blocked`). "Got it" (or any `dismiss` button) hides a
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
  const list = (Array.isArray(ctx.doc.hints) ? ctx.doc.hints : []).filter(
    (h): h is HintDefinition => !!h && typeof h.id == 'string' && !!h.target,
  );
  if (!list.length || typeof document == 'undefined') return;
  registerElements({ 'wm-popover': WmPopover, 'wm-hint': WmHint });
  const layers = layersOf(ctx);
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
      buttons: buttons.some((b) => b.action == 'dismiss')
        ? buttons
        : [...buttons, { label: gotIt, action: 'dismiss', variant: 'primary' }],
    });
    el.addEventListener('wm-toggle', ({ detail }) => detail.open && opened(el, h, detail.source));
    el.addEventListener('wm-action', ({ detail: { action, button, source } }) => {
      if (source != 'button' || !button) return;
      if (action != 'dismiss') return void ctx.run(button as ButtonDefinition, { source, guideId: h.id });
      ctx.progress.setSection(HINTS_SECTION, {
        ...ctx.progress.getSection(HINTS_SECTION),
        [h.id]: { dismissed: ctx.now() },
      });
      ctx.events.emit('hint:dismissed', { hintId: h.id, source, ...ctx.stamp() });
      sync();
    });
    return (els[i] = el);
  };

  // Put a hint element right after its target's spot (after other hints there whose targets come first).
  // A hint whose target is inside an app's open modal dialog lives inside that dialog (everything outside it is inert).
  const mount = (el: WmHint, target: Element) => {
    const dialog = modalDialogOf(target);
    if (dialog) return void (el.parentNode == dialog || dialog.append(el));
    const at = hintSpot(target);
    const body = at == document.body;
    let before = el.previousSibling;
    while (isHint(before) && before != at) before = before.previousSibling;
    if (el.parentNode && (body ? el.parentNode == at : before == at)) return;
    let ref = body ? null : at.nextSibling;
    // Several hints at one spot: in their targets' document order, hint order for the same target.
    const first = (other: WmHint) => {
      const t = targets.get(other);
      return t == target
        ? els.indexOf(other) < els.indexOf(el)
        : !!t && !!(t.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
    };
    while (isHint(ref) && ref != el && first(ref)) ref = ref.nextSibling;
    const focused = el.shadowRoot?.activeElement as HTMLElement | null | undefined;
    (body ? at : at.parentNode!).insertBefore(el, ref == el ? el.nextSibling : ref);
    focused?.focus({ preventScroll: true });
  };

  const opened = (el: WmHint, h: HintDefinition, source: EventSource) => {
    for (const other of els) if (other && other != el) other.open = false;
    ctx.events.emit('hint:opened', { hintId: h.id, source, ...ctx.stamp() });
  };

  const sync = () => {
    const dismissed = ctx.progress.getSection(HINTS_SECTION) ?? {};
    // Nothing of a hint draws over a tour, a modal announcement or the app's own modal dialog.
    const hidden = ctx.$modal.get()?.startsWith('tour:') || layers.$blocked.get();
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
      targets.set(el, target);
      // A target a user cannot see (a 1 px checkbox) shows its hint on its label or visible ancestor.
      const standIn = standInFor(target);
      if (standIn && !reported.has(target)) {
        reported.add(target);
        ctx.events.emit('target:invisible', {
          hintId: h.id,
          selectors: [h.target].flat(),
          ...describeInvisible(target, standIn),
          ...ctx.stamp(),
        });
      }
      mount(el, target);
      // Hidden over a tour or a modal, except for a hint inside the app's own open modal dialog (drawn inside it).
      el.anchor = hidden && !(!ctx.$modal.get() && modalDialogOf(target)) ? null : (standIn?.use ?? target);
      el.offscreen = !inView.has(target);
      if (el.anchor && !el.offscreen && !shown.has(el)) {
        shown.add(el);
        ctx.events.emit('hint:shown', { hintId: h.id, ...ctx.stamp() });
        if (h.open == 'auto') {
          el.open = true;
          opened(el, h, 'trigger');
        }
      }
    });
    soon();
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
  // Beacons share the top layer with Waymark's launchers and slide-outs and must not draw over them: a beacon under
  // one is not drawn until the page scrolls it clear or the launcher moves (checked once a frame at most, and only
  // while some launcher is drawn).
  let frame = 0;
  const uncover = () => {
    frame = 0;
    const boxes = layers.boxes();
    for (const el of els) {
      if (!el) continue;
      const r = boxes.length ? el.beaconBox() : null;
      const covered = !!r && boxes.some((b) => overlaps(b, { x: r.left, y: r.top, width: r.width, height: r.height }));
      if (el.covered != covered) el.covered = covered;
    }
  };
  const soon = () => void (frame ||= requestAnimationFrame(uncover));
  const offs = [
    listen(window, 'scroll', soon, { capture: true, passive: true }),
    listen(window, 'resize', soon),
    layers.$places.listen(soon),
    () => cancelAnimationFrame(frame),
    observeTargets(
      list.map((h) => h.target),
      (f) => {
        found = f;
        sync();
      },
      {
        accept: isPointable,
        onCheck: () =>
          els.forEach((el) => {
            // An app re-render that took the hint element away (its target stayed): put it back.
            const target = el && !el.isConnected && targets.get(el);
            if (target) mount(el, target);
            el?.reposition();
            soon();
          }),
      },
    ),
    ctx.$modal.listen(sync),
    layers.$blocked.listen(sync),
    layers.watch(() => watchObscured(layers)),
    ctx.progress.$progress.listen(sync),
    ...list
      .filter((h) => h.trigger)
      .map((h) =>
        registerTriggerTarget(ctx, 'hint', h.id, () => {
          if (ctx.progress.getSection(HINTS_SECTION)?.[h.id]?.dismissed) return false;
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
