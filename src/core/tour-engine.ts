import { atom, type ReadableAtom } from 'nanostores';
import type { Emitter } from './emitter.js';
import type { EventSource, MissingTargetReason, WaymarkEventMap } from './events.js';
import type { MissingTargetPolicy, TourDefinition } from './guide-definition.js';
import type { ProgressStore, TourProgress } from './progress-store.js';
import { resolveStep, type ResolvedStep } from './resolve-step.js';
import { initialTourState, transition, type TourCommand } from './tour-machine.js';

/** The step on screen: everything the view needs to render it. */
export interface ActiveStep {
  tour: TourDefinition;
  step: ResolvedStep;
  stepIndex: number;
  stepCount: number;
  /** True when this step is shown as a centred modal because its target was missing (policy 'center'). */
  centered: boolean;
  /** True while running a tour that was resumed after a reload. */
  resumed: boolean;
}

/** Options of {@link createTourEngine}. */
export interface TourEngineOptions {
  /** The tours that can be started. */
  tours: TourDefinition[];
  /** Where progress is recorded and resumed from. */
  progress: ProgressStore;
  /** Receives every transition as an event. */
  events: Emitter<WaymarkEventMap>;
  /** The clock for timestamps. @default Date.now */
  now?: () => number;
  /** The current user, stamped on events. */
  userId?: () => string | undefined;
}

/** Runs one tour at a time: the headless controller the view and the API drive. */
export interface TourEngine {
  /** The current step, or null when no tour runs. The view renders from this. */
  readonly $active: ReadableAtom<ActiveStep | null>;
  /** Start a tour by id (from its first step, or `stepId`). Ends a running tour first (tour:dismissed reason 'replaced'). Returns false for an unknown tour/step. */
  start(tourId: string, options?: { stepId?: string; source?: EventSource }): boolean;
  /** Go to the next step; on the last step, complete the tour. */
  next(source?: EventSource): void;
  /** Go to the previous step. */
  back(source?: EventSource): void;
  /** Jump to a step of the running tour by id or index. */
  goTo(stepIdOrIndex: string | number, source?: EventSource): void;
  /** Finish the running tour. */
  complete(source?: EventSource): void;
  /** Close the running tour before its end. */
  dismiss(source?: EventSource, reason?: 'missing-target' | 'replaced' | 'destroyed'): void;
  /** Resume the tour that progress records as active (after a reload). Returns whether one was resumed. Awaits progress.ready. */
  resume(): Promise<boolean>;
  /**
   * The view reports that the current step's target was not found after waiting; applies step.onMissing
   * (skip → next step, or complete if it was the last; center → same step with centered: true; end → dismiss
   * reason 'missing-target') and emits target:missing (+ step:skipped for skip). Returns the policy applied
   * ('end' when no tour runs).
   */
  reportMissingTarget(info: {
    selectors: string[];
    waitedMs: number;
    reason?: MissingTargetReason;
  }): MissingTargetPolicy;
  /** The view reports the step's target is an element a user cannot see → emits target:invisible. */
  reportInvisibleTarget(
    info: Omit<WaymarkEventMap['target:invisible'], 'timestamp' | 'userId' | 'tourId' | 'stepId' | 'hintId'>,
  ): void;
  /** The view reports the step is visible and positioned → emits step:rendered once per step showing. */
  reportRendered(): void;
  /** Replace the tour list (new guide document). A running tour that no longer exists (or lost its current step) is dismissed. */
  setTours(tours: TourDefinition[]): void;
  /** Dismiss the running tour (reason 'destroyed', its progress stays resumable) and stop. */
  destroy(): void;
}

/**
 * Create the tour engine. Every transition updates `$active`, records progress (start: status
 * 'active' and `starts + 1`; each step: `stepId`; end: status and final `stepId`) and emits events,
 * always in causal order even when a listener drives the engine re-entrantly.
 * @param options - tours, progress store, emitter and clock.
 */
export function createTourEngine({ tours, progress, events, now = Date.now, userId }: TourEngineOptions): TourEngine {
  const $active = atom<ActiveStep | null>(null);
  const queue: (() => void)[] = [];
  let state = initialTourState;
  let centered = false;
  let resumed = false;
  let rendered = false;
  let dead = false;
  let lastSource: EventSource = 'api';
  let emitting = false;

  const emit = <K extends keyof WaymarkEventMap>(type: K, payload: WaymarkEventMap[K]) => {
    queue.push(() => events.emit(type, payload));
    if (emitting) return;
    emitting = true;
    while (queue.length) queue.shift()!();
    emitting = false;
  };
  const payload = (source: EventSource, { tour, stepIndex } = state) => ({
    timestamp: now(),
    userId: userId?.(),
    tourId: tour!.id,
    stepId: tour!.steps[stepIndex].id,
    stepIndex,
    stepCount: tour!.steps.length,
    source,
  });
  const show = () => {
    const { tour, stepIndex, status } = state;
    $active.set(
      status == 'active'
        ? {
            tour: tour!,
            step: resolveStep(tour!, stepIndex),
            stepIndex,
            stepCount: tour!.steps.length,
            centered,
            resumed,
          }
        : null,
    );
  };

  const run = (
    command: TourCommand,
    source: EventSource = 'api',
    reason?: WaymarkEventMap['tour:dismissed']['reason'],
  ) => {
    const prev = state;
    const next = transition(prev, command);
    if (dead || next === prev) return false;
    const { type } = command;
    const { tour, stepIndex, status } = (state = next);
    const id = tour!.id;
    const time = now();
    const record = progress.getTour(id);
    const starting = type == 'start';
    if (starting) resumed = !!command.resumed;
    centered = rendered = false;
    lastSource = source;
    if (reason != 'destroyed')
      progress.setTour(id, {
        ...record,
        status: status as TourProgress['status'],
        stepId: tour!.steps[stepIndex].id,
        updatedAt: time,
        ...(starting && !resumed && { startedAt: time, starts: (record?.starts ?? 0) + 1 }),
      });
    show();
    if (starting) emit('tour:started', { ...payload(source), resumed });
    else if (type == 'back' || (type == 'goto' && stepIndex < prev.stepIndex)) emit('step:back', payload(source, prev));
    else if (type == 'skip') emit('step:skipped', { ...payload(source, prev), reason: 'missing-target' });
    else if (type != 'dismiss') emit('step:completed', payload(source, prev));
    if (status == 'active') emit('step:shown', payload(source));
    else if (status == 'completed') emit('tour:completed', payload(source));
    else emit('tour:dismissed', { ...payload(source), reason });
    return true;
  };

  const command = (type: 'next' | 'back' | 'complete') => (source?: EventSource) => void run({ type }, source);
  const engine: TourEngine = {
    $active,
    start(tourId, { stepId, source } = {}) {
      const tour = tours.find((t) => t.id == tourId);
      const index = stepId == null ? 0 : (tour?.steps.findIndex((s) => s.id == stepId) ?? -1);
      if (dead || !tour?.steps[index]) return false;
      engine.dismiss(source, 'replaced');
      return run({ type: 'start', tour, stepIndex: index }, source);
    },
    next: command('next'),
    back: command('back'),
    goTo(step, source) {
      const index = typeof step == 'number' ? step : (state.tour?.steps.findIndex((s) => s.id == step) ?? -1);
      run({ type: 'goto', stepIndex: index }, source);
    },
    complete: command('complete'),
    dismiss: (source, reason) => void run({ type: 'dismiss' }, source, reason),
    async resume() {
      await progress.ready;
      if (dead || state.status == 'active') return false;
      let found: [TourDefinition, TourProgress] | undefined;
      for (const tour of tours) {
        const record = progress.getTour(tour.id);
        if (record?.status == 'active' && !(found && found[1].updatedAt >= record.updatedAt)) found = [tour, record];
      }
      if (!found) return false;
      const [tour, { stepId }] = found;
      return run(
        {
          type: 'start',
          tour,
          stepIndex: Math.max(
            0,
            tour.steps.findIndex((s) => s.id == stepId),
          ),
          resumed: true,
        },
        'resume',
      );
    },
    reportMissingTarget({ selectors, waitedMs, reason = 'not-found' }) {
      const active = $active.get();
      if (!active) return 'end';
      const policy = active.step.onMissing;
      emit('target:missing', { ...payload('missing-target'), selectors, policy, waitedMs, reason });
      if (policy == 'center') {
        centered = true;
        show();
      } else run({ type: policy == 'skip' ? 'skip' : 'dismiss' }, 'missing-target', 'missing-target');
      return policy;
    },
    reportInvisibleTarget(info) {
      if ($active.get()) emit('target:invisible', { ...payload('target'), ...info });
    },
    reportRendered() {
      const active = $active.get();
      if (active && !rendered) {
        rendered = true;
        emit('step:rendered', { ...payload(lastSource), centered: active.centered });
      }
    },
    setTours(list) {
      tours = list;
      const { tour, stepIndex, status } = state;
      if (status != 'active') return;
      const updated = list.find((t) => t.id == tour!.id);
      const index = updated?.steps.findIndex((s) => s.id == tour!.steps[stepIndex].id) ?? -1;
      if (index < 0) return engine.dismiss();
      state = { tour: updated!, stepIndex: index, status };
      show();
    },
    destroy() {
      engine.dismiss('api', 'destroyed');
      dead = true;
    },
  };
  return engine;
}
