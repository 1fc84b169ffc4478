import { describe, expect, it } from 'vitest';
import { createProactiveEngine, type ProactiveEngineOptions } from '../../../src/core/proactive/proactive-engine.js';
import { createShowingLog } from '../../../src/core/proactive/showing-log.js';
import { triggeredGuides } from '../../../src/core/proactive/triggered-guides.js';
import { explainLines } from '../../../src/core/proactive/describe-triggers.js';
import type { GuideDocument } from '../../../src/core/guide-definition.js';
import { fakeContext, T0 } from '../conditions/fake-context.js';

const S = 1000;
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** An engine on a fake clock and a fake page: no DOM, no real timer. */
function setup(doc: Partial<GuideDocument>, overrides: Partial<ProactiveEngineOptions> = {}) {
  let time = T0;
  let modal: string | null = null;
  let timerAt = Infinity;
  const sections: Record<string, unknown> = {};
  const shown: string[] = [];
  const said: string[] = [];
  let events = 0;
  const log = createShowingLog({ key: 'k', setSection: (name, value) => void (sections[name] = value) });
  const engine = createProactiveEngine({
    now: () => time,
    guides: triggeredGuides({ schemaVersion: 1, ...doc } as GuideDocument),
    settings: doc.proactive,
    tab: 'tab-a',
    log,
    facts: () =>
      fakeContext({
        now: time,
        page: { path: '/', loadedAt: T0, visits: () => 1 },
        history: { tally: (name) => [name == 'export_clicked' ? events : 0, Infinity] },
      }),
    isTyping: () => false,
    modalHolder: () => modal,
    show(guide) {
      shown.push(guide.id);
      modal = `${guide.kind}:${guide.id}`;
      return true;
    },
    fired: (guide) => said.push(`fired ${guide.id}`),
    suppressed: (guide, reason) => said.push(`suppressed ${guide.id}: ${reason}`),
    setTimer: (at) => void (timerAt = at),
    ...overrides,
  });
  /** Advance the fake clock, firing the engine's timer when due (a fired timer is gone, like a real one). */
  const advance = async (ms: number) => {
    const end = time + ms;
    for (let fired = 0; timerAt <= end && fired < 100; fired++) {
      time = Math.max(time, timerAt);
      timerAt = Infinity;
      engine.wake();
      await flush();
    }
    time = end;
  };
  return {
    engine,
    shown,
    said,
    sections,
    advance,
    track: () => (events++, engine.invalidate('e:export_clicked')),
    close: () => {
      modal = null;
      engine.notifyModal(null);
    },
  };
}

const tour = (id: string, extra: Record<string, unknown>) => ({ id, steps: [{ id: 's', title: id }], ...extra });

describe('proactive engine (headless, fake clock)', () => {
  it('shows a guide once its trigger holds, after the cross-tab claim delay, and records the showing', async () => {
    const { engine, shown, said, sections, advance, track } = setup({
      tours: [tour('billing', { trigger: { event: 'export_clicked', count: 2 } })],
    });
    engine.invalidate();
    await flush();
    track();
    await flush();
    expect(shown).toEqual([]);
    track();
    await flush();
    expect(said).toEqual(['fired billing']);
    await advance(100);
    expect(shown).toEqual([]);
    await advance(200);
    expect(shown).toEqual(['billing']);
    expect(sections.showings).toEqual([{ guideId: 'billing', at: T0, tab: 'tab-a' }]);
  });

  it('wakes itself for a delay, keeps the quiet period between guides, and explains the wait', async () => {
    const { engine, shown, said, advance, close } = setup({
      proactive: { quietPeriod: 'PT1M' },
      tours: [tour('first', { trigger: { delay: 'PT5S' } }), tour('second', { trigger: { delay: 'PT10S' } })],
    });
    engine.invalidate();
    await flush();
    await advance(5 * S + 300);
    expect(shown).toEqual(['first']);
    await advance(10 * S);
    expect(said).toContain('suppressed second: busy');
    close();
    await flush();
    expect(said).toContain('suppressed second: quiet-period');
    expect(explainLines(engine.explain()[1])).toEqual([
      'second (tour): queued #1: quiet period: 1 minute left',
      'trigger:',
      '  ✓ page open for 10 seconds (15 seconds so far)',
      'frequency: allows a showing; shown 0 times',
      'quiet period: 1 minute left',
    ]);
    await advance(60 * S + 300);
    expect(shown).toEqual(['first', 'second']);
  });

  it('yields to an open guide and never shows after destroy()', async () => {
    let timerAt = 0;
    const { engine, shown, advance } = setup(
      { tours: [tour('later', { trigger: { delay: 'PT5S' } })] },
      { setTimer: (at) => void (timerAt = at) },
    );
    engine.invalidate();
    await flush();
    expect(timerAt).toBe(T0 + 5 * S);
    engine.destroy();
    expect(timerAt).toBe(Infinity);
    await advance(60 * S);
    expect(shown).toEqual([]);
  });

  it('re-arms a deadline that a clock jump made due (a laptop waking from sleep with the app open)', async () => {
    let armed = 0;
    let timerAt = Infinity;
    const { engine, shown, advance, track } = setup(
      {
        tours: [
          tour('later', { trigger: { delay: 'PT3M' } }),
          tour('billing', { trigger: { event: 'export_clicked', count: 1 } }),
        ],
      },
      { setTimer: (at) => void (armed++, (timerAt = at)) },
    );
    engine.invalidate();
    await flush();
    expect(timerAt).toBe(T0 + 180 * S);
    // The machine sleeps for a day: the clock jumps, the timer armed for "in 3 minutes" has not fired.
    const before = armed;
    // (The override above keeps the harness from firing timers: `advance` only moves the clock.)
    await advance(864e5);
    track();
    await flush();
    // The billing claim is decided 250 ms after now; the engine must ask for a timer again, not trust the old one.
    expect(armed).toBeGreaterThan(before);
    expect(shown).toEqual([]);
  });
});
