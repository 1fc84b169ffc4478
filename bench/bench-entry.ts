// Runs inside headless Chromium (bundled by scripts/bench.mjs). Exposes the measurements on window.bench.
import { createWaymark, type Waymark } from '../src/index.js';

const content = document.querySelector('#content')!;
for (let i = 0; i < 400; i++) {
  const row = document.createElement('div');
  row.className = 'row';
  row.textContent = `Row ${i}: some ordinary page content that scrolls past.`;
  content.append(row);
}
const scroller = document.querySelector('#scroller')!;
for (let i = 0; i < 100; i++) {
  const row = document.createElement('div');
  row.className = 'row';
  row.textContent = `Scroller row ${i}`;
  if (i === 5) row.id = 'inner-target';
  scroller.append(row);
}

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'page',
      steps: [
        { id: 'a', target: '#target', title: 'Sticky target', body: 'A **step** with `code`.' },
        { id: 'b', title: 'Modal' },
      ],
    },
    {
      id: 'inner',
      steps: [
        {
          id: 'a',
          target: '#inner-target',
          title: 'In a scroll container',
          body: 'Follows the scroller.',
          scrollIntoView: false,
        },
      ],
    },
  ],
};

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
// validate: false — production behaviour (on 127.0.0.1 the development-time validation would load and run too).
const make = () => createWaymark({ guides, storage: 'memory', resume: false, validate: false });

/** start() → step visible and positioned: milliseconds, and whether it happened before the next frame. */
async function firstStep(runs: number) {
  const times: number[] = [];
  let beforeNextFrame = 0;
  for (let i = 0; i < runs; i++) {
    const waymark = make();
    await waymark.ready;
    await frame();
    let frameFired = false;
    requestAnimationFrame(() => (frameFired = true));
    const rendered = new Promise<number>((r) => waymark.on('step:rendered', () => r(performance.now())));
    const t0 = performance.now();
    waymark.start('page');
    const t1 = await rendered;
    times.push(t1 - t0);
    if (!frameFired) beforeNextFrame++;
    const popover = document.querySelector('wm-tour')!.shadowRoot!.querySelector('wm-popover')!;
    const box = popover.shadowRoot!.querySelector('[role=dialog]')!.getBoundingClientRect();
    if (!box.width) throw new Error('popover not visible');
    await frame();
    waymark.destroy();
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    medianMs: times[Math.floor(runs / 2)],
    p95Ms: times[Math.floor(runs * 0.95)],
    positionedBeforeNextFrame: beforeNextFrame,
  };
}

let open: Waymark | undefined;
async function openStep(tour: 'page' | 'inner' | null) {
  open?.destroy();
  open = undefined;
  if (!tour) return;
  open = make();
  await open.ready;
  const rendered = new Promise((r) => open!.on('step:rendered', r));
  open.start(tour);
  await rendered;
  await frame();
}

async function scrollFrames(el: Element | Window, frames: number) {
  for (let i = 0; i < frames; i++) {
    el.scrollBy(0, i % 60 < 30 ? 20 : -20);
    await frame();
  }
}

async function cycles(n: number, mode: 'full' | 'create' | 'element' = 'full') {
  for (let i = 0; i < n; i++) {
    if (mode === 'element') {
      const el = document.createElement('wm-popover');
      document.body.append(el);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      el.remove();
      continue;
    }
    const waymark = make();
    await waymark.ready;
    if (mode === 'create') {
      waymark.destroy();
      continue;
    }
    const rendered = new Promise((r) => waymark.on('step:rendered', r));
    waymark.start('page');
    await rendered;
    waymark.next();
    await Promise.resolve();
    waymark.destroy();
  }
  await frame();
  return { wmNodes: document.querySelectorAll('wm-tour, wm-popover, wm-spotlight').length };
}

Object.assign(window, {
  bench: {
    firstStep,
    openStep,
    scrollFrames: (which: 'window' | 'scroller', n: number) => scrollFrames(which === 'window' ? window : scroller, n),
    cycles,
  },
});
document.title = 'ready';
