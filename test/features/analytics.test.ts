import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import { memoryStorage } from '../../src/core/memory-storage.js';
import { callbackSink } from '../../src/dom/analytics/callback.js';
import { analyticsPlugin, metrics } from '../../src/features/analytics.js';

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'intro',
      steps: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
        { id: 'c', title: 'C' },
      ],
    },
  ],
};
let instances: Waymark[] = [];
const make = (options: Record<string, unknown>) => {
  const w = createWaymark({ guides, storage: 'memory', ...options });
  instances.push(w);
  return w;
};
afterEach(() => {
  instances.forEach((w) => w.destroy());
  instances = [];
  document.body.innerHTML = '';
});

describe('analytics plugin', () => {
  it('forwards every event to the sinks, flattened', async () => {
    const seen: [string, Record<string, unknown>][] = [];
    const w = make({
      userId: 'u1',
      plugins: [analyticsPlugin({ sinks: [callbackSink((name, props) => seen.push([name, props]))] })],
    });
    await w.ready;
    w.start('intro');
    w.track('clicked_help', { where: 'header' });
    expect(seen.map(([n]) => n)).toEqual(['tour:started', 'step:shown', 'app:tracked']);
    expect(seen[0][1]).toMatchObject({ tour_id: 'intro', step_id: 'a', step_index: 0, user_id: 'u1', source: 'api' });
  });

  it('computes funnels with drop-off per step from the log', async () => {
    const w = make({ plugins: [analyticsPlugin()] });
    await w.ready;
    for (const stop of [1, 2, 3]) {
      w.start('intro');
      for (let i = 1; i < stop; i++) w.next();
      if (stop == 3) w.next();
      else w.dismiss();
    }
    const m = metrics(w.context).tours.intro;
    expect(m).toMatchObject({ started: 3, completed: 1, dismissed: 2 });
    expect(m.steps.map((s) => [s.id, s.reached, s.dismissedHere])).toEqual([
      ['a', 3, 1],
      ['b', 2, 1],
      ['c', 1, 0],
    ]);
  });

  it('keeps the log in the progress store, so metrics survive a reload', async () => {
    const storage = memoryStorage();
    const first = make({ storage, plugins: [analyticsPlugin()] });
    await first.ready;
    first.start('intro');
    first.complete();
    await Promise.resolve();
    first.destroy();
    const second = make({ storage, plugins: [analyticsPlugin()] });
    await second.ready;
    second.start('intro');
    expect(metrics(second.context).tours.intro).toMatchObject({ started: 2, completed: 1 });
  });

  it('keeps no log when persistence is off, and returns empty metrics without the plugin', async () => {
    const w = make({ plugins: [analyticsPlugin({ persist: false })] });
    await w.ready;
    w.start('intro');
    await Promise.resolve();
    expect(w.progress.getSection('events')).toBeUndefined();
    expect(metrics(w.context).tours.intro.started).toBe(1);
    const bare = make({});
    expect(metrics(bare.context).tours.intro.started).toBe(0);
  });

  it('a throwing sink never breaks the app or the other sinks', async () => {
    const good = vi.fn();
    const w = make({
      plugins: [
        analyticsPlugin({
          sinks: [
            () => {
              throw new Error('vendor down');
            },
            good,
          ],
        }),
      ],
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await w.ready;
    expect(() => w.start('intro')).not.toThrow();
    expect(good).toHaveBeenCalled();
  });
});
