import type * as FloatingUi from './floating-ui.js';
import type { Placement } from '../core/guide-definition.js';
import { viewportInsets, type ViewportPadding } from './viewport-insets.js';

/** How {@link positionPopover} places the floating element. */
export interface PositionOptions {
  /** Preferred side and alignment; flipped to the other side, then to the cross axis, when there is no room. */
  placement: Placement;
  /** Gap between the reference and the floating element, in CSS pixels. @default 10 */
  offset?: number;
  /** An absolutely positioned arrow inside the floating element, moved to point at the reference. */
  arrow?: HTMLElement | null;
  /** Space kept free at the viewport's edges, on top of the page's `scroll-padding`. @default 8 */
  padding?: ViewportPadding;
  /** Below this viewport width (CSS pixels) the floating element becomes a sheet; 0 never. @default 480 */
  sheet?: number;
  /**
   * `floating`'s implicit CSS anchor is `reference` (shown with `showPopover({ source: reference })` and styled
   * `position-anchor: auto`): each update writes its place relative to the anchor (`calc(anchor(left) + …px)`), so
   * scrolling moves it with no script at all, and the placement is checked again only once scrolling ends. Checked
   * at the first update: where the browser does not anchor it there, it is followed by script as without this.
   */
  anchored?: boolean;
}

// Floating UI, a lazy chunk: not part of the first download where CSS anchor positioning places the first frame.
let loading: Promise<typeof FloatingUi> | undefined;
let floatingUi: typeof FloatingUi | undefined;
const loadFloatingUi = () => (loading ??= import('./floating-ui.js').then((m) => (floatingUi = m)));

/** The CSS `position-area` of a placement: the side, and for `-start`/`-end` the span that aligns those edges. */
const area = (placement: string) => {
  const [side, align] = placement.split('-');
  const across = side == 'top' || side == 'bottom' ? ['span-x-end', 'span-x-start'] : ['span-bottom', 'span-top'];
  return align ? `${side} ${across[+(align == 'end')]}` : side;
};

/** How long after the last `scrollend` an anchored element checks its side again (flip, shift, squeeze). */
export const SETTLE_MS = 100;

/** Height (CSS pixels) below which a floating element is not squeezed further: it overlaps its reference instead. */
const MIN_HEIGHT = 160;

/**
 * Place `floating` next to `reference` and keep it there while ancestors scroll, things resize or the layout
 * shifts (no per-frame polling, so it costs nothing while idle). Uses fixed positioning, for a floating element
 * in the top layer.
 *
 * The whole floating element stays inside the viewport minus the insets of {@link viewportInsets} (the page's
 * `scroll-padding`, where sticky headers are declared, plus `padding`): it flips to the opposite side, then to
 * the cross axis, shifts along both axes, and gets a `max-height` when no side has room for all of it (lay it out
 * as a flex column whose body scrolls, so its footer stays visible). Only when no side has room
 * for even a short element (a reference covering the viewport) does it overlap the reference. On a viewport
 * narrower than `sheet` it becomes a sheet: full width, docked to the bottom of the viewport, or to the top
 * when the reference would be under it.
 *
 * The maths is Floating UI's, loaded on first use as a lazy chunk (not part of the first download). Until it has
 * arrived, an `anchored` element is placed by CSS alone (`position-area` on the preferred side, `position-try-fallbacks`
 * flipping it, no arrow), so the first step shows in the next frame anyway; one that is not anchored waits hidden.
 *
 * Writes `left`/`top`/`right`/`max-height` and these attributes on `floating`: `data-placement`
 * (the final side and alignment; a sheet's is `bottom` or `top`), `data-sheet` (a sheet), `data-detached`
 * (pushed off its side, over the reference), `data-reference-hidden` (the reference is scrolled out of sight);
 * and `left`/`top` on the arrow.
 * @param reference - the element to point at.
 * @param floating - the element to move.
 * @param options - placement, gap, arrow, viewport padding and sheet breakpoint.
 * @param onUpdate - called after each update with the reference's viewport rectangle.
 * @returns cleanup that stops following the reference.
 */
export function positionPopover(
  reference: Element,
  floating: HTMLElement,
  { placement, offset: gap = 10, arrow, padding, sheet = 480, anchored }: PositionOptions,
  onUpdate?: (referenceRect: DOMRect) => void,
): () => void {
  let live = true;
  // Anchored by CSS: scrolling needs no update (see `anchored`); `null` until the first update checked it.
  let pinned: boolean | null = anchored ? null : false;
  let settle = 0;
  let limited = false;
  let asSheet = false;
  // Placed by CSS until Floating UI arrives; hidden until then (not anchored); waiting for it.
  let bridged = false;
  let hidden = false;
  let waiting = false;
  let frame = 0;
  const style = floating.style;
  // Blink skips writes of an unchanged value, so an update on every scroll event dirties no style for nothing.
  const px = (n?: number) => (n == null ? '' : `${n}px`);
  const mark = (attr: string, on: boolean) => floating.toggleAttribute(attr, on);
  const later = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => update());
  };
  // A mistyped placement in the guide ("botom") falls back instead of breaking the maths.
  const valid = /^(top|right|bottom|left)(-start|-end)?$/.test(placement) ? placement : 'bottom';
  const update = (observed?: boolean) => {
    const sheetNow = innerWidth < sheet;
    // A size change made while resize observers are notified is reported again in the same frame (a "ResizeObserver
    // loop" error in the host's error tracker): squeezing, releasing and becoming a sheet wait for the next frame.
    if (observed && (limited || sheetNow != asSheet)) return later();
    const r = reference.getBoundingClientRect();
    const insets = viewportInsets(padding, r, gap);
    // Measure the natural height again: the room may have grown since the last squeeze.
    if (limited) style.maxHeight = '';
    limited = false;
    // Squeeze the height to `room` (when it is not too short), now or, within an observer callback, next frame.
    const squeeze = (height: number, room: number) =>
      height - room > 1 &&
      room >= MIN_HEIGHT &&
      style.maxHeight != px(room) &&
      (observed ? (later(), false) : ((style.maxHeight = px(room)), (limited = true)));
    mark('data-sheet', (asSheet = sheetNow));
    const ui = floatingUi;
    // Until Floating UI has arrived (once per page), CSS anchor positioning puts it on the preferred side, flipped
    // where there is no room; without an anchor it waits hidden. A sheet needs neither.
    const css = !ui && !asSheet && pinned !== false;
    if (css) {
      style.left = style.top = '';
      // No final side and no arrow until Floating UI has placed it.
      delete floating.dataset.placement;
      mark('data-detached', true);
    }
    // The element's own margin and visibility are left alone unless this routine set them.
    if (css || bridged) {
      style.setProperty('position-area', css ? area(valid) : '');
      style.setProperty('position-try-fallbacks', css ? 'flip-block, flip-inline, flip-block flip-inline' : '');
      // The gap on the side facing the reference (a flip moves it along).
      const side = ['bottom', 'left', 'top', 'right'].indexOf(valid.split('-')[0]);
      style.margin = css ? [0, 0, 0, 0].map((_, i) => (i == side ? px(gap) : '0')).join(' ') : '';
    }
    if (!ui && !css && !asSheet) style.visibility = 'hidden';
    else if (hidden) style.visibility = '';
    hidden = !ui && !css && !asSheet;
    bridged = css;
    if (asSheet) {
      const vh = document.documentElement.clientHeight;
      const h = floating.offsetHeight;
      const below = vh - insets.bottom - r.bottom - gap;
      const above = r.top - gap - insets.top;
      // Under the reference if it fits there, else over it; else wherever there is more room.
      const bottom = h <= below || (h > above && below >= above);
      const room = bottom ? below : above;
      Object.assign(style, {
        left: px(insets.left),
        right: px(insets.right),
        top: px(bottom ? vh - insets.bottom - (squeeze(h, room) ? room : h) : insets.top),
      });
      floating.dataset.placement = bottom ? 'bottom' : 'top';
      return onUpdate?.(r);
    }
    style.right = '';
    if (!ui) {
      waiting ||= !!loadFloatingUi().then(() => ((waiting = false), live && update()));
      return;
    }
    const { computePosition, detectOverflow, flip, offset, shift, arrow: arrowMiddleware, hide } = ui;
    computePosition(reference, floating, {
      placement: valid,
      strategy: 'fixed',
      middleware: [
        offset(gap),
        // Same axis first (both alignments), then the cross axis; where nothing fits, the side with least overflow.
        flip({ padding: insets, crossAxis: 'alignment', fallbackAxisSideDirection: 'end' }),
        {
          name: 'fit',
          async fn(state) {
            const o = await detectOverflow(state, { padding: insets });
            const { height } = state.rects.floating;
            const side = state.placement.split('-')[0];
            const clip = height - o.top - o.bottom;
            const room = side == 'top' || side == 'bottom' ? height - o[side] : clip;
            // Too little room on this side: the viewport's height, and `shift` moves it over the reference.
            return squeeze(height, room < MIN_HEIGHT ? clip : Math.min(room, clip)) ? { reset: { rects: true } } : {};
          },
        },
        shift({ padding: insets, crossAxis: true }),
        arrow && arrowMiddleware({ element: arrow, padding: 8 }),
        hide(),
      ],
    }).then(({ x, y, placement: final, middlewareData: data }) => {
      if (!live) return;
      const at = pinned !== false && reference.getBoundingClientRect();
      if (at) {
        // Rounded, so that an update once scrolling rests writes the same strings and dirties no style.
        const rel = (n: number) => Math.round(n * 100) / 100;
        Object.assign(style, {
          left: `calc(anchor(left) + ${rel(x - at.left)}px)`,
          top: `calc(anchor(top) + ${rel(y - at.top)}px)`,
        });
        if (pinned == null) {
          // The browser anchors it where Floating UI put it, or it is followed by script from now on.
          const f = floating.getBoundingClientRect();
          pinned = Math.abs(f.left - x) < 1 && Math.abs(f.top - y) < 1;
          if (!pinned) follow();
        }
      }
      if (!pinned) Object.assign(style, { left: px(x), top: px(y) });
      const moved = data.shift ?? { x: 0, y: 0 };
      if (floating.dataset.placement != final) floating.dataset.placement = final;
      mark('data-detached', Math.abs(/^(top|bottom)/.test(final) ? moved.y : moved.x) > 1);
      mark('data-reference-hidden', !!data.hide?.referenceHidden);
      if (arrow) Object.assign(arrow.style, { left: px(data.arrow?.x), top: px(data.arrow?.y) });
      onUpdate?.(reference.getBoundingClientRect());
    });
  };
  // Resizes are observed here rather than by autoUpdate, to know which updates run inside an observer callback.
  const observer = new ResizeObserver(() => update(true));
  // Anchored: only the viewport's size is watched (the anchor carries the element along while things scroll or
  // shift); the side is checked again once scrolling has come to rest.
  // One timer per rest, not one per frame: `scrollend` comes after every programmatic scroll.
  let ended = 0;
  const rest = () => {
    const wait = ended + SETTLE_MS - performance.now();
    settle = wait > 1 ? window.setTimeout(rest, wait) : 0;
    if (!settle) update();
  };
  const onScrollEnd = () => {
    ended = performance.now();
    settle ||= window.setTimeout(rest, SETTLE_MS);
  };
  // Anchored: only the viewport's size is watched, not every scroll (see `anchored`); else Floating UI's autoUpdate.
  const onResize = () => update();
  const unanchor = () => {
    removeEventListener('scrollend', onScrollEnd, { capture: true });
    removeEventListener('resize', onResize);
  };
  let stop = unanchor;
  const follow = () => {
    unanchor();
    stop = floatingUi!.autoUpdate(reference, floating, update, { elementResize: false });
  };
  if (anchored) {
    addEventListener('scrollend', onScrollEnd, { capture: true, passive: true });
    addEventListener('resize', onResize);
    update();
  } else if (floatingUi) follow();
  else {
    update();
    void loadFloatingUi().then(() => live && pinned === false && follow());
  }
  observer.observe(reference);
  observer.observe(floating);
  return () => {
    live = false;
    clearTimeout(settle);
    unanchor();
    stop();
    observer.disconnect();
    cancelAnimationFrame(frame);
    // Leave no height limit or sheet behind for whoever shows the element next (centred, say).
    style.right = style.maxHeight = '';
    if (bridged) {
      style.margin = '';
      style.setProperty('position-area', '');
      style.setProperty('position-try-fallbacks', '');
    }
    if (hidden) style.visibility = '';
    mark('data-sheet', false);
  };
}
