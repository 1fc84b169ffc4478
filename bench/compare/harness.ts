// Runs in the page next to one library's app bundle (bundled separately, so it is not counted in the library's
// size). Exposes the measurements on window.harness; scripts/bench-compare.mjs drives them over CDP.
import type { BenchApp, BenchStep } from './apps/app.js';

const app = () => (window as unknown as { app: BenchApp<unknown> }).app;
const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await frame();
};
const scroller = () => document.querySelector('#scroller')!;
const resetScroll = () => {
  scrollTo({ top: 0, left: 0, behavior: 'instant' });
  scroller().scrollTo({ top: 0, behavior: 'instant' });
};

/** The 3-step tour: the first target at the top, the second ~3,600 px below, the third just under it. */
export const TOUR: BenchStep[] = [
  { target: '#first', title: 'Projects', text: 'Open a project from here.' },
  { target: '#far', title: 'Far away', text: 'This one is far down the page.' },
  { target: '#third', title: 'Nearby', text: 'And this one is close to the previous.' },
];

/** The next task after the current frame was rendered (a message, not a timer: no clamping). */
const afterRender = () =>
  new Promise<void>((r) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => (port1.close(), r());
    port2.postMessage(0);
  });

/**
 * Shown: the step bubble is rendered (non-zero size, not hidden, opacity above 0), lies inside the viewport, the
 * target is at least partly in the viewport, and the bubble is next to it (within 48 px). Both rectangles are
 * read right after the frame was rendered, so this is what that frame painted (read inside the animation frame
 * callback, an element anchored by CSS would still show where the previous frame put it: Chromium applies the
 * scroll to anchored elements in the rendering step).
 */
function shown(target: Element): boolean {
  const b = app().bubble();
  if (!b) return false;
  const r = b.getBoundingClientRect();
  const s = getComputedStyle(b);
  if (!r.width || !r.height || s.visibility == 'hidden' || s.display == 'none' || +s.opacity == 0) return false;
  if (r.top < -1 || r.left < -1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1) return false;
  const t = target.getBoundingClientRect();
  if (t.bottom <= 0 || t.top >= innerHeight) return false;
  const gap = Math.max(t.top - r.bottom, r.top - t.bottom, t.left - r.right, r.left - t.right, 0);
  return gap <= 48;
}

/** What moves: the bubble's box and every scroll position. */
const signature = () => {
  const r = app().bubble()?.getBoundingClientRect();
  return [r?.x, r?.y, r?.width, r?.height, scrollX, scrollY, scroller().scrollTop]
    .map((n) => Math.round(n ?? -1))
    .join();
};

const QUIET = 10;
/**
 * Run `action` and watch frames: `shownMs` is the first frame where {@link shown} holds, `settledMs` the last frame
 * where anything moved (bubble or scroll), confirmed by QUIET frames without change (gives up after 3 s).
 */
let trace: [number, boolean, string][] = [];
async function watch(target: Element, action: () => unknown) {
  let last = signature();
  trace = [];
  const t0 = performance.now();
  await action();
  let shownMs = -1;
  let settledMs = 0;
  let quiet = 0;
  while (performance.now() - t0 < 3000) {
    const t = (await frame()) - t0;
    await afterRender();
    const sig = signature();
    if (sig == last) quiet++;
    else {
      last = sig;
      quiet = 0;
      settledMs = t;
    }
    if (shownMs < 0 && shown(target)) shownMs = t;
    trace.push([Math.round(t), shownMs >= 0, sig]);
    if (shownMs >= 0 && quiet >= QUIET) break;
  }
  return { shownMs, settledMs: Math.max(settledMs, shownMs) };
}

/** start() → first step shown / settled, `runs` times on a fresh instance. */
async function start(runs: number) {
  const out: { shownMs: number; settledMs: number }[] = [];
  const first = document.querySelector(TOUR[0].target)!;
  for (let i = 0; i < runs; i++) {
    resetScroll();
    const tour = await app().create(TOUR);
    await frames(3);
    out.push(await watch(first, () => app().start(tour)));
    app().destroy(tour);
    await frames(3);
  }
  return out;
}

/** With the first step settled, next() → the far step shown / settled. */
async function next(runs: number) {
  const out: { shownMs: number; settledMs: number }[] = [];
  const first = document.querySelector(TOUR[0].target)!;
  const far = document.querySelector(TOUR[1].target)!;
  for (let i = 0; i < runs; i++) {
    resetScroll();
    const tour = await app().create(TOUR);
    await frames(2);
    await watch(first, () => app().start(tour));
    out.push(await watch(far, () => app().next(tour)));
    app().destroy(tour);
    await frames(3);
  }
  return out;
}

let open: unknown;
/** Open a one-step tour on a target on the page or in the scroll container, or close it (null). */
async function openStep(where: 'page' | 'inner' | null) {
  if (open) app().destroy(open);
  open = undefined;
  resetScroll();
  await frames(3);
  if (!where) return;
  const target = where == 'page' ? '#first' : '#inner-target';
  open = await app().create([{ target, title: 'Open step', text: 'Stays open while the page scrolls.' }]);
  await watch(document.querySelector(target)!, () => app().start(open));
}

/** Scroll the window or the container by ±20 px a frame (30 frames down, 30 up), `n` frames. */
async function scrollFrames(which: 'window' | 'scroller', n: number) {
  const el = which == 'window' ? window : scroller();
  for (let i = 0; i < n; i++) {
    el.scrollBy({ top: i % 60 < 30 ? 20 : -20, behavior: 'instant' });
    await frame();
  }
}

/** create → start → (step on screen) → destroy, `n` times. */
async function cycles(n: number) {
  for (let i = 0; i < n; i++) {
    const tour = await app().create(TOUR);
    await app().start(tour);
    await frame();
    app().destroy(tour);
  }
  resetScroll();
  await frames(3);
}

/** Facts about the page, for the record. */
const page = () => {
  const first = document.querySelector('#first')!.getBoundingClientRect();
  const far = document.querySelector('#far')!.getBoundingClientRect();
  return {
    elements: document.getElementsByTagName('*').length,
    farBelowFirstPx: Math.round(far.top - first.top),
    viewport: [innerWidth, innerHeight],
  };
};

Object.assign(window, {
  harness: {
    start,
    next,
    openStep,
    scrollFrames,
    cycles,
    page,
    trace: () => trace,
    resources: () => performance.getEntriesByType('resource').map((e) => e.name),
  },
});
document.title = 'ready';
