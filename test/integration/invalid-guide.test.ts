import { afterEach, expect, it, vi } from 'vitest';
import { createWaymark, type Waymark } from '../../src/index.js';
import type { WaymarkEvent } from '../../src/core/events.js';

let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  vi.restoreAllMocks();
});

it("reports a product manager's mistakes with paths and fixes, and keeps the valid tours running", async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const events: WaymarkEvent[] = [];
  w = createWaymark({
    guides: {
      schemaVersion: 1,
      tours: [
        { id: 'good', steps: [{ id: 'a', title: 'Fine', placement: 'botom' }] },
        { id: 'broken', steps: [{ id: 'b', titel: 'Typo' }] },
      ],
    },
    storage: 'memory',
    onEvent: (e) => events.push(e),
  });
  await w.ready;
  expect(w.start('good')).toBe(true);
  expect(w.start('broken')).toBe(false);
  await vi.waitFor(() => expect(events.some((e) => e.type == 'guide:invalid')).toBe(true));
  const invalid = events.find((e) => e.type == 'guide:invalid') as Extract<WaymarkEvent, { type: 'guide:invalid' }>;
  expect(invalid.issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        path: 'tours[0].steps[0].placement',
        message: expect.stringContaining('Did you mean "bottom"?'),
      }),
      expect.objectContaining({ path: 'tours[1].steps[0].titel', message: expect.stringContaining('"title"') }),
    ]),
  );
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('tours[0].steps[0].placement'));
});

it('checks a document whose parts all run when asked to (validate: true), e.g. a placement typo', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const events: WaymarkEvent[] = [];
  const doc = { schemaVersion: 1, tours: [{ id: 'good', steps: [{ id: 'a', title: 'Fine', placement: 'botom' }] }] };
  w = createWaymark({ guides: doc, storage: 'memory', validate: true, onEvent: (e) => events.push(e) });
  await vi.waitFor(() =>
    expect(events.find((e) => e.type == 'guide:invalid')).toMatchObject({
      issues: [{ path: 'tours[0].steps[0].placement' }],
    }),
  );
  w.destroy();
  const quiet: WaymarkEvent[] = [];
  w = createWaymark({ guides: doc, storage: 'memory', validate: false, onEvent: (e) => quiet.push(e) });
  await w.ready;
  await new Promise((r) => setTimeout(r, 50));
  expect(quiet.some((e) => e.type == 'guide:invalid')).toBe(false);
});
