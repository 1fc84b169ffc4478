// Driver.js (MIT) with its defaults (overlay with a cut-out, instant scroll).
import { driver, type Driver } from 'driver.js';
import 'driver.js/dist/driver.css';
import type { BenchApp } from './app.js';

const app: BenchApp<Driver> = {
  async create(steps) {
    return driver({
      showProgress: true,
      steps: steps.map((s) => ({
        element: s.target,
        popover: { title: s.title, description: s.text, side: 'bottom' },
      })),
    });
  },
  start: (d) => d.drive(),
  next: (d) => d.moveNext(),
  destroy: (d) => d.destroy(),
  bubble: () => document.querySelector('.driver-popover'),
};
(window as unknown as { app: BenchApp<Driver> }).app = app;
