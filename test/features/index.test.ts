import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaymark, type Waymark } from '../../src/index.js';
import { features } from '../../src/features/index.js';

let instance: Waymark | undefined;
afterEach(() => {
  instance?.destroy();
  instance = undefined;
  vi.restoreAllMocks();
});

const tour = { id: 't', steps: [{ id: 's', title: 'S' }] };
const uses = (doc: Record<string, unknown>) => features.map(([used]) => used({ schemaVersion: 1, ...doc } as never));

describe('lazily loaded features', () => {
  it('loads nothing for a tours-only document', () => {
    expect(uses({ tours: [tour] })).toEqual([false, false, false, false, false, false, false]);
  });

  it('loads each feature its section asks for, and the proactive engine for any trigger', () => {
    expect(
      uses({
        checklists: [{}],
        hints: [{}],
        announcements: [{}],
        chat: {},
        helpCenter: { articles: [] },
        surveys: [{}],
        tours: [{ ...tour, trigger: { delay: 'PT1S' } }],
      }),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(uses({ proactive: { quietPeriod: 'PT1M' } })[6]).toBe(true);
    // A survey with a trigger loads the proactive engine too.
    expect(uses({ surveys: [{ id: 's', trigger: { delay: 'PT1S' } }] })[6]).toBe(true);
  });

  it('never throws on sections of the wrong type; the tours still run', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const garbage = { hints: 'x', checklists: 42, announcements: { a: 1 }, chat: 'intercom', tours: [tour, 'junk'] };
    expect(() => uses(garbage)).not.toThrow();
    instance = createWaymark({ guides: { schemaVersion: 1, ...garbage }, storage: 'memory' });
    await instance.ready;
    expect(instance.start('t')).toBe(true);
  });

  it('runs a feature once when it is both passed in plugins and loaded for the document', async () => {
    const { default: hints } = await import('../../src/features/hints.js');
    const spy = vi.fn(hints);
    const doc = { schemaVersion: 1, hints: [{ id: 'h', target: '#x', title: 'H' }] };
    instance = createWaymark({ guides: doc, storage: 'memory', plugins: [hints, spy] });
    await instance.ready;
    expect(spy).toHaveBeenCalledOnce(); // a different function: it runs
    const again = createWaymark({ guides: doc, storage: 'memory', plugins: [spy, spy] });
    await again.ready;
    expect(spy).toHaveBeenCalledTimes(2); // the same function twice on one instance: once
    again.destroy();
  });
});

describe('setGuides', () => {
  it('restarts the features with the new document, and stops those it no longer uses', async () => {
    document.body.innerHTML = '';
    const doc = (announcements: unknown[]) => ({ schemaVersion: 1, tours: [tour], announcements });
    instance = createWaymark({
      guides: doc([{ id: 'one', title: 'First news', showOn: 'manual' }]),
      storage: 'memory',
    });
    await instance.ready;
    const { showAnnouncement } = await import('../../src/features/announcements.js');
    expect(showAnnouncement(instance.context, 'one')).toBe(true);
    await vi.waitFor(() => expect(document.querySelector('wm-announcement')).not.toBeNull());
    instance.setGuides(doc([{ id: 'two', title: 'Second news', showOn: 'manual' }]));
    await vi.waitFor(() => expect(document.querySelector('wm-announcement')).toBeNull()); // the old one stopped
    await vi.waitFor(() => expect(showAnnouncement(instance!.context, 'two')).toBe(true));
    expect(showAnnouncement(instance.context, 'one')).toBe(false);
    instance.setGuides(doc([]));
    await new Promise((r) => setTimeout(r));
    expect(showAnnouncement(instance.context, 'two')).toBe(false);
  });
});
