import { afterEach, expect, it, vi } from 'vitest';
import { createWaymark, type Waymark } from '../../src/index.js';

// A guide's window opens and closes while the page stays open; a tour running when its window closes runs to its end.

const steps = [
  { id: 'one', title: 'One' },
  { id: 'two', title: 'Two' },
];
let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  vi.useRealTimers();
});

it('opens and closes windows on time, without a reload, and never ends a running tour', async () => {
  vi.useFakeTimers({ now: Date.parse('2026-11-27T08:59:00Z') });
  w = createWaymark({
    storage: 'memory',
    validate: false,
    guides: {
      schemaVersion: 1,
      tours: [
        { id: 'sale', startsAt: '2026-11-27T09:00:00Z', endsAt: '2026-11-27T10:00:00Z', steps },
        { id: 'always', steps },
      ],
    },
  });
  await vi.advanceTimersByTimeAsync(0);
  await w.ready;
  expect(w.start('sale')).toBe(false);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(w.start('sale')).toBe(true);
  await vi.advanceTimersByTimeAsync(60 * 60_000);
  // The window closed under the running tour: it goes on.
  expect(w.$active.get()?.tour.id).toBe('sale');
  w.next();
  expect(w.$active.get()?.step.id).toBe('two');
  w.complete();
  await vi.advanceTimersByTimeAsync(0);
  expect(w.context.doc.tours?.map((t) => t.id)).toEqual(['always']);
  expect(w.start('sale')).toBe(false);
});
