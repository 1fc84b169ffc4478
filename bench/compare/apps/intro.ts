// Intro.js (AGPL-3.0; only run here, never copied) with its defaults (overlay, scroll to the element).
import introJs from 'intro.js';
import 'intro.js/introjs.css';
import type { BenchApp } from './app.js';

type Tour = ReturnType<typeof introJs.tour>;
const app: BenchApp<Tour> = {
  async create(steps) {
    return introJs
      .tour()
      .setOptions({ steps: steps.map((s) => ({ element: s.target, title: s.title, intro: s.text })) });
  },
  start: (t) => void t.start(),
  next: (t) => void t.nextStep(),
  destroy: (t) => void t.exit(true),
  bubble: () => document.querySelector('.introjs-tooltip'),
};
(window as unknown as { app: BenchApp<Tour> }).app = app;
