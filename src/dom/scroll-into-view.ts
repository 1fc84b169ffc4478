import { listen } from './listen.js';

/** Top, right, bottom, left pixel values of a CSS box property such as `scroll-margin` (`auto` = 0). */
const edges = (el: Element, prop: string) => {
  const style = getComputedStyle(el);
  return ['top', 'right', 'bottom', 'left'].map((side) => parseFloat(style.getPropertyValue(`${prop}-${side}`)) || 0);
};

/** The parent in the flat tree: the assigned slot, the parent element, or the shadow host. */
const up = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

/** The longest the scroll animation lasts, in milliseconds, whatever the distance. */
export const SCROLL_DURATION = 200;
/** How much of a scroller's visible size the animation covers at most; the rest of the way is jumped. */
const GLIDE = 0.25;

/** A scroll position: a scroller, where it is, and where it goes. */
type Move = [el: Element | Window, x0: number, y0: number, x1: number, y1: number];

const pos = (el: Element | Window): [number, number] =>
  'scrollY' in el ? [el.scrollX, el.scrollY] : [el.scrollLeft, el.scrollTop];
const to = (el: Element | Window, left: number, top: number) => el.scrollTo({ left, top, behavior: 'instant' });
const size = (el: Element | Window): [number, number] =>
  'innerWidth' in el ? [el.innerWidth, el.innerHeight] : [el.clientWidth, el.clientHeight];

// The running scroll animation of each window: a new one (the next step) or the user's own scrolling ends it.
const running = new WeakMap<Window, () => void>();

/**
 * Start scrolling the target into view (centred) inside every scroll container and the window, only if it is not
 * already fully visible. Sticky or fixed headers are honoured through the target's CSS `scroll-margin` and the
 * containers' `scroll-padding`. The motion is short and bounded whatever the distance: a far target is jumped to
 * until it is a quarter of the view away, and the last stretch eases in at most {@link SCROLL_DURATION} ms, so the
 * user still sees which way the page went while the step shows at once (the browser's own smooth scroll takes about
 * a second over a few thousand pixels). Instant under `prefers-reduced-motion`. The user's wheel, touch, pointer or
 * key stops it where it is. The tour uses this: Floating UI follows the target while it moves.
 *
 * @param target - the element to reveal.
 * @returns the window and the scroll containers that may move, or `undefined` when the target is already visible.
 */
export function scrollIfNeeded(target: Element): EventTarget[] | undefined {
  return reveal(target)?.[0];
}

function reveal(target: Element): [EventTarget[], Promise<void>] | undefined {
  const html = document.documentElement;
  const scrollers: (Element | Window)[] = [window];
  const [mt, mr, mb, ml] = edges(target, 'scroll-margin');
  const r = target.getBoundingClientRect();
  let fits = true;
  const within = (top: number, right: number, bottom: number, left: number, el: Element) => {
    const [pt, pr, pb, pl] = edges(el, 'scroll-padding');
    fits &&=
      r.top - mt >= top + pt && r.right + mr <= right - pr && r.bottom + mb <= bottom - pb && r.left - ml >= left + pl;
  };
  for (let el = up(target); el && el != document.body && el != html; el = up(el)) {
    const style = getComputedStyle(el);
    if (/auto|scroll|hidden|overlay/.test(style.overflowX + style.overflowY)) {
      const box = el.getBoundingClientRect();
      const top = box.top + el.clientTop;
      const left = box.left + el.clientLeft;
      scrollers.push(el);
      within(top, left + el.clientWidth, top + el.clientHeight, left, el);
    }
  }
  within(0, html.clientWidth, html.clientHeight, 0, html);
  if (fits) return;
  running.get(window)?.();
  // The browser computes where everything ends (nested containers, sticky headers, scroll-margin/-padding); then
  // each scroller goes back to at most a quarter of its view from there, all before the next paint.
  const from = scrollers.map(pos);
  target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const done = Promise.resolve();
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return [scrollers, done];
  const moves: Move[] = [];
  let far = 0;
  scrollers.forEach((el, i) => {
    const [x1, y1] = pos(el);
    const [w, h] = size(el);
    const clamp = (d: number, max: number) => Math.max(-max, Math.min(max, d));
    const dx = clamp(x1 - from[i][0], w * GLIDE);
    const dy = clamp(y1 - from[i][1], h * GLIDE);
    if (!dx && !dy) return;
    far = Math.max(far, Math.abs(dx) / (w * GLIDE), Math.abs(dy) / (h * GLIDE));
    moves.push([el, x1 - dx, y1 - dy, x1, y1]);
    to(el, x1 - dx, y1 - dy);
  });
  if (!moves.length) return [scrollers, done];
  // A short hop takes less time than a long one, but never more than SCROLL_DURATION.
  const duration = SCROLL_DURATION * Math.sqrt(far);
  return [
    scrollers,
    new Promise<void>((resolve) => {
      let frame = 0;
      // The clock starts now, not at the first frame: rendering the new step may delay that frame, and the motion
      // must still end SCROLL_DURATION after the call.
      const start = performance.now();
      const stop = () => {
        cancelAnimationFrame(frame);
        offs.forEach((off) => off());
        if (running.get(window) == stop) running.delete(window);
        resolve();
      };
      const offs = ['wheel', 'touchstart', 'pointerdown', 'keydown'].map((type) =>
        listen(window, type, stop, { capture: true, passive: true }),
      );
      running.set(window, stop);
      const tick = (now: number) => {
        const t = Math.max(0, Math.min(1, (now - start) / duration));
        const ease = 1 - (1 - t) ** 3;
        for (const [el, x0, y0, x1, y1] of moves) to(el, x0 + (x1 - x0) * ease, y0 + (y1 - y0) * ease);
        if (t < 1) frame = requestAnimationFrame(tick);
        else stop();
      };
      frame = requestAnimationFrame(tick);
    }),
  ];
}

/**
 * {@link scrollIfNeeded}, then wait until scrolling settled.
 *
 * @param target - the element to reveal.
 * @returns a promise resolving once scrolling settled: at the end of the (bounded) animation, when the user stops
 * it, or at once when nothing had to move or motion is reduced.
 */
export function scrollIntoViewIfNeeded(target: Element): Promise<void> {
  return reveal(target)?.[1] ?? Promise.resolve();
}
