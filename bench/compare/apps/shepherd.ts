// Shepherd.js (AGPL-3.0; only run here, never copied) as its docs set up a modal tour that scrolls
// targets to the centre (instantly, Shepherd's default behaviour).
import Shepherd from 'shepherd.js';
import 'shepherd.js/dist/css/shepherd.css';
import type { BenchApp } from './app.js';

type Tour = InstanceType<typeof Shepherd.Tour>;
const app: BenchApp<Tour> = {
  async create(steps) {
    const tour = new Shepherd.Tour({
      useModalOverlay: true,
      defaultStepOptions: { scrollTo: { block: 'center' }, cancelIcon: { enabled: true } },
    });
    steps.forEach((s, i) =>
      tour.addStep({
        id: `s${i}`,
        title: s.title,
        text: s.text,
        attachTo: { element: s.target, on: 'bottom' },
        buttons: [{ text: 'Next', action: () => tour.next() }],
      }),
    );
    return tour;
  },
  start: (t) => t.start(),
  next: (t) => void t.next(),
  destroy: (t) => void t.cancel(),
  // Each step has its own element; the one on screen is the shown one.
  bubble: () =>
    [...document.querySelectorAll('.shepherd-element')].find((el) => el.getBoundingClientRect().width > 0) ?? null,
};
(window as unknown as { app: BenchApp<Tour> }).app = app;
