// Waymark as an app bundles it: `import { createWaymark } from 'waymark'`, a tour from JSON, nothing else.
import { createWaymark, type Waymark } from 'waymark';
import type { BenchApp } from './app.js';

const app: BenchApp<Waymark> = {
  async create(steps) {
    const tours = [
      { id: 't', steps: steps.map((s, i) => ({ id: `s${i}`, target: s.target, title: s.title, body: s.text })) },
    ];
    // validate: false is production behaviour (on 127.0.0.1 the development-time validation would load).
    const waymark = createWaymark({
      guides: { schemaVersion: 1, tours },
      storage: 'memory',
      resume: false,
      validate: false,
    });
    await waymark.ready;
    return waymark;
  },
  start: (w) => void w.start('t'),
  next: (w) => w.next(),
  destroy: (w) => w.destroy(),
  bubble: () =>
    document
      .querySelector('wm-tour')
      ?.shadowRoot?.querySelector('wm-popover')
      ?.shadowRoot?.querySelector('[role=dialog]') ?? null,
};
(window as unknown as { app: BenchApp<Waymark> }).app = app;
