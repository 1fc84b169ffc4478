import { describe, expect, it } from 'vitest';
import { createEmitter } from '../../src/core/emitter.js';
import type { WaymarkEvent, WaymarkEventMap } from '../../src/core/events.js';
import type { TourDefinition } from '../../src/core/guide-definition.js';
import { memoryStorage } from '../../src/core/memory-storage.js';
import { createProgressStore } from '../../src/core/progress-store.js';
import type { StorageAdapter } from '../../src/core/storage.js';
import { createTourEngine } from '../../src/core/tour-engine.js';

const welcome: TourDefinition = {
  id: 'welcome',
  defaults: { onMissing: 'center' },
  steps: [
    { id: 'hello', title: 'Hello' },
    { id: 'search', title: 'Search', target: '#search', onMissing: 'skip' },
    { id: 'create', title: 'Create', target: ['#new', '.new'] },
    { id: 'bye', title: 'Bye', target: '#bye', onMissing: 'end' },
  ],
};
const billing: TourDefinition = { id: 'billing', steps: [{ id: 'plans', title: 'Plans', target: '#plans' }] };

const setup = (storage: StorageAdapter = memoryStorage(), tours = [welcome, billing]) => {
  const clock = { time: 1000 };
  const now = () => clock.time;
  const events = createEmitter<WaymarkEventMap>();
  const log: WaymarkEvent[] = [];
  events.onAny((event) => log.push(event));
  const progress = createProgressStore({ storage, now });
  const engine = createTourEngine({ tours, progress, events, now, userId: () => 'u1' });
  /** The log as `type stepId` strings, then cleared. */
  const take = () => log.splice(0).map((e) => ('stepId' in e ? `${e.type} ${e.stepId}` : e.type));
  return { clock, events, log, take, progress, engine, storage };
};

describe('createTourEngine', () => {
  it('runs a whole tour, emitting every transition in order', () => {
    const { engine, take, log } = setup();
    expect(engine.start('welcome')).toBe(true);
    expect(log[0]).toEqual({
      type: 'tour:started',
      timestamp: 1000,
      userId: 'u1',
      tourId: 'welcome',
      stepId: 'hello',
      stepIndex: 0,
      stepCount: 4,
      source: 'api',
      resumed: false,
    });
    expect(take()).toEqual(['tour:started hello', 'step:shown hello']);
    engine.next('button');
    expect(log.map((e) => 'source' in e && e.source)).toEqual(['button', 'button']);
    expect(take()).toEqual(['step:completed hello', 'step:shown search']);
    engine.back('keyboard');
    expect(take()).toEqual(['step:back search', 'step:shown hello']);
    engine.goTo('create');
    expect(take()).toEqual(['step:completed hello', 'step:shown create']);
    engine.goTo(1);
    expect(take()).toEqual(['step:back create', 'step:shown search']);
    engine.next();
    engine.next();
    expect(take()).toEqual(['step:completed search', 'step:shown create', 'step:completed create', 'step:shown bye']);
    engine.next('target');
    expect(take()).toEqual(['step:completed bye', 'tour:completed bye']);
    expect(engine.$active.get()).toBeNull();
  });

  it('exposes the resolved current step in $active', () => {
    const { engine } = setup();
    engine.start('welcome', { stepId: 'create' });
    expect(engine.$active.get()).toMatchObject({
      tour: welcome,
      stepIndex: 2,
      stepCount: 4,
      centered: false,
      resumed: false,
      step: { id: 'create', target: ['#new', '.new'], onMissing: 'center', placement: 'bottom' },
    });
  });

  it('ignores invalid commands without emitting', () => {
    const { engine, take } = setup();
    engine.next();
    engine.dismiss();
    expect(engine.start('nope')).toBe(false);
    expect(engine.start('welcome', { stepId: 'nope' })).toBe(false);
    engine.start('welcome');
    take();
    engine.back();
    engine.goTo('nope');
    engine.goTo(9);
    engine.goTo(0);
    expect(take()).toEqual([]);
    expect(engine.$active.get()?.stepIndex).toBe(0);
  });

  it('complete() finishes from any step and dismiss() closes the tour', () => {
    const { engine, take, log } = setup();
    engine.start('welcome');
    engine.complete('button');
    expect(take()).toEqual(['tour:started hello', 'step:shown hello', 'step:completed hello', 'tour:completed hello']);
    engine.start('welcome');
    engine.next();
    take();
    engine.dismiss('close-button');
    expect(log).toEqual([
      expect.objectContaining({ type: 'tour:dismissed', stepId: 'search', source: 'close-button', reason: undefined }),
    ]);
    expect(engine.$active.get()).toBeNull();
  });

  it('ends a running tour before starting another (reason replaced)', () => {
    const { engine, take, log } = setup();
    engine.start('welcome');
    take();
    engine.start('billing', { source: 'trigger' });
    expect(log[0]).toMatchObject({ type: 'tour:dismissed', tourId: 'welcome', reason: 'replaced', source: 'trigger' });
    expect(take()).toEqual(['tour:dismissed hello', 'tour:started plans', 'step:shown plans']);
    expect(engine.$active.get()?.tour).toBe(billing);
  });

  it('records progress: start, each step, and the end', () => {
    const { engine, progress, clock } = setup();
    engine.start('welcome');
    expect(progress.getTour('welcome')).toEqual({
      status: 'active',
      stepId: 'hello',
      startedAt: 1000,
      updatedAt: 1000,
      starts: 1,
    });
    clock.time = 2000;
    engine.next();
    expect(progress.getTour('welcome')).toEqual({
      status: 'active',
      stepId: 'search',
      startedAt: 1000,
      updatedAt: 2000,
      starts: 1,
    });
    clock.time = 3000;
    engine.dismiss();
    expect(progress.getTour('welcome')).toEqual({
      status: 'dismissed',
      stepId: 'search',
      startedAt: 1000,
      updatedAt: 3000,
      starts: 1,
    });
    clock.time = 4000;
    engine.start('welcome');
    engine.complete();
    expect(progress.getTour('welcome')).toEqual({
      status: 'completed',
      stepId: 'hello',
      startedAt: 4000,
      updatedAt: 4000,
      starts: 2,
    });
  });

  it('resumes the active tour at its recorded step after a reload', async () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.engine.start('welcome');
    first.engine.next();
    first.engine.next();
    await Promise.resolve();

    const second = setup(storage);
    second.clock.time = 5000;
    await expect(second.engine.resume()).resolves.toBe(true);
    expect(second.log[0]).toMatchObject({
      type: 'tour:started',
      resumed: true,
      source: 'resume',
      stepId: 'create',
      timestamp: 5000,
    });
    expect(second.take()).toEqual(['tour:started create', 'step:shown create']);
    expect(second.engine.$active.get()).toMatchObject({ stepIndex: 2, resumed: true });
    expect(second.progress.getTour('welcome')).toMatchObject({
      status: 'active',
      stepId: 'create',
      starts: 1,
      startedAt: 1000,
      updatedAt: 5000,
    });
    await expect(second.engine.resume()).resolves.toBe(false);
  });

  it('resumes at the first step when the recorded step no longer exists, and not at all for ended tours', async () => {
    const storage = memoryStorage({
      'waymark:v1:anonymous': JSON.stringify({
        tours: {
          welcome: { status: 'active', stepId: 'removed', updatedAt: 1 },
          billing: { status: 'completed', stepId: 'plans', updatedAt: 2 },
        },
      }),
    });
    const { engine, take } = setup(storage);
    await expect(engine.resume()).resolves.toBe(true);
    expect(take()).toEqual(['tour:started hello', 'step:shown hello']);
    engine.complete();
    await Promise.resolve(); // the coalesced write
    await expect(setup(storage).engine.resume()).resolves.toBe(false);
  });

  it('waits for an async progress store before resuming', async () => {
    const stored = JSON.stringify({ tours: { billing: { status: 'active', stepId: 'plans', updatedAt: 1 } } });
    const storage: StorageAdapter = {
      get: () => new Promise((resolve) => setTimeout(() => resolve(stored), 10)),
      set: () => {},
    };
    const { engine, take } = setup(storage);
    await expect(engine.resume()).resolves.toBe(true);
    expect(take()).toEqual(['tour:started plans', 'step:shown plans']);
  });

  it('applies the missing-target policies', () => {
    const { engine, take, log } = setup();
    engine.start('welcome', { stepId: 'search' });
    take();
    expect(engine.reportMissingTarget({ selectors: ['#search'], waitedMs: 3000 })).toBe('skip');
    expect(log[0]).toMatchObject({
      type: 'target:missing',
      policy: 'skip',
      selectors: ['#search'],
      waitedMs: 3000,
      source: 'missing-target',
    });
    expect(log[1]).toMatchObject({ type: 'step:skipped', reason: 'missing-target' });
    expect(take()).toEqual(['target:missing search', 'step:skipped search', 'step:shown create']);

    expect(engine.reportMissingTarget({ selectors: ['#new', '.new'], waitedMs: 3000 })).toBe('center');
    expect(engine.$active.get()).toMatchObject({ stepIndex: 2, centered: true });
    engine.reportRendered();
    expect(log[1]).toMatchObject({ type: 'step:rendered', centered: true });
    expect(take()).toEqual(['target:missing create', 'step:rendered create']);

    engine.next();
    take();
    expect(engine.reportMissingTarget({ selectors: ['#bye'], waitedMs: 10 })).toBe('end');
    expect(log[1]).toMatchObject({ type: 'tour:dismissed', reason: 'missing-target', source: 'missing-target' });
    expect(take()).toEqual(['target:missing bye', 'tour:dismissed bye']);
    expect(engine.$active.get()).toBeNull();
  });

  it('completes the tour when the skipped step was the last', () => {
    const { engine, take } = setup(memoryStorage(), [{ id: 'one', steps: [{ id: 's', title: 'S', target: '#x' }] }]);
    engine.start('one');
    take();
    engine.reportMissingTarget({ selectors: ['#x'], waitedMs: 1 });
    expect(take()).toEqual(['target:missing s', 'step:skipped s', 'tour:completed s']);
  });

  it('emits step:rendered once per step showing', () => {
    const { engine, take, log } = setup();
    engine.reportRendered();
    engine.start('welcome', { source: 'button' });
    take();
    engine.reportRendered();
    engine.reportRendered();
    expect(log).toEqual([
      expect.objectContaining({ type: 'step:rendered', stepId: 'hello', centered: false, source: 'button' }),
    ]);
    take();
    engine.next();
    engine.reportRendered();
    expect(take()).toEqual(['step:completed hello', 'step:shown search', 'step:rendered search']);
  });

  it('keeps events in causal order when a listener drives the engine', () => {
    const { engine, events, take } = setup();
    events.on('step:shown', (e) => e.stepId == 'hello' && engine.next());
    engine.start('welcome');
    expect(take()).toEqual(['tour:started hello', 'step:shown hello', 'step:completed hello', 'step:shown search']);
    expect(engine.$active.get()?.step.id).toBe('search');
  });

  it('follows a new tour list: dismisses a removed tour, keeps a changed one on its step', () => {
    const { engine, take } = setup();
    engine.start('welcome', { stepId: 'create' });
    take();
    const changed: TourDefinition = { ...welcome, steps: [welcome.steps[2], { id: 'extra', title: 'Extra' }] };
    engine.setTours([changed]);
    expect(engine.$active.get()).toMatchObject({ tour: changed, stepIndex: 0, stepCount: 2 });
    expect(take()).toEqual([]);
    expect(engine.start('billing')).toBe(false);
    engine.setTours([billing]);
    expect(take()).toEqual(['tour:dismissed create']);
    expect(engine.$active.get()).toBeNull();
  });

  it('on destroy dismisses (reason destroyed) but keeps the tour resumable, then ignores everything', async () => {
    const { engine, take, log, progress } = setup();
    engine.start('welcome');
    take();
    engine.destroy();
    expect(log[0]).toMatchObject({ type: 'tour:dismissed', reason: 'destroyed' });
    expect(take()).toEqual(['tour:dismissed hello']);
    expect(progress.getTour('welcome')?.status).toBe('active');
    expect(engine.$active.get()).toBeNull();
    expect(engine.start('welcome')).toBe(false);
    await expect(engine.resume()).resolves.toBe(false);
    expect(take()).toEqual([]);
  });
});
