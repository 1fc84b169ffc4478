import { listen } from './listen.js';

/** Top, right, bottom, left pixel values of a CSS box property such as `scroll-margin` (`auto` = 0). */
const edges = (el: Element, prop: string) => {
  const style = getComputedStyle(el);
  return ['top', 'right', 'bottom', 'left'].map((side) => parseFloat(style.getPropertyValue(`${prop}-${side}`)) || 0);
};

/** The parent in the flat tree: the assigned slot, the parent element, or the shadow host. */
const up = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

/**
 * Start scrolling the target into view (centred; smooth unless the user prefers reduced motion) inside every scroll
 * container and the window, only if it is not already fully visible. Sticky or fixed headers are honoured through
 * the target's CSS `scroll-margin` and the containers' `scroll-padding`. The tour uses this: Floating UI follows
 * the target while it moves, so nothing needs to wait for the end.
 *
 * @param target - the element to reveal.
 * @returns the window and the scroll containers that may move, or `undefined` when the target is already visible.
 */
export function scrollIfNeeded(target: Element): EventTarget[] | undefined {
  const html = document.documentElement;
  const scrollers: EventTarget[] = [window];
  const [mt, mr, mb, ml] = edges(target, 'scroll-margin');
  const r = target.getBoundingClientRect();
  let fits = true;
  const within = (top: number, right: number, bottom: number, left: number, el: Element) => {
    const [pt, pr, pb, pl] = edges(el, 'scroll-padding');
    fits &&= r.top - mt >= top + pt && r.right + mr <= right - pr && r.bottom + mb <= bottom - pb && r.left - ml >= left + pl;
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
  target.scrollIntoView({
    block: 'center',
    inline: 'nearest',
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth',
  });
  return scrollers;
}

/**
 * {@link scrollIfNeeded}, then wait until scrolling settled.
 *
 * @param target - the element to reveal.
 * @returns a promise resolving once scrolling settled (`scrollend`, or six quiet frames where
 * `scrollend` is unsupported or nothing scrolled; at most about 1 s).
 */
export function scrollIntoViewIfNeeded(target: Element): Promise<void> {
  const scrollers = scrollIfNeeded(target);
  return new Promise((resolve) => {
    if (!scrollers) return resolve();
    // Settled when every scroller that moved fired scrollend, or after six frames without scroll
    // events (nothing moved, or scrollend is unsupported). The first scroll event can take a frame or
    // two to arrive after scrollIntoView, so fewer quiet frames would resolve before anything moved.
    // Scroll events are dispatched in a later frame, so listening after starting to scroll misses none.
    const hasEnd = 'onscrollend' in window;
    const moving = new Set<EventTarget>();
    let quiet = 0;
    let frame = 0;
    const tick = () => {
      if ((hasEnd && moving.size) || quiet++ < 6) frame = requestAnimationFrame(tick);
      else done();
    };
    const offs = scrollers.flatMap((el) => [
      listen(el, 'scroll', () => (moving.add(el), (quiet = 0))),
      listen(el, 'scrollend', () => moving.delete(el) && !moving.size && done()),
    ]);
    const timer = setTimeout(() => done(), 1000);
    const done = () => {
      offs.forEach((off) => off());
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    tick();
  });
}
