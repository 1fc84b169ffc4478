import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StuckThresholds } from '../../../src/core/chat/chat-definition.js';
import { createStuckDetector } from '../../../src/core/chat/stuck-detector.js';

describe('createStuckDetector', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = (thresholds: StuckThresholds) => {
    const onStuck = vi.fn();
    return { onStuck, detector: createStuckDetector({ thresholds, onStuck }) };
  };

  it('fires once when a step shows longer than `after`', () => {
    const { onStuck, detector } = make({ after: 'PT45S' });
    detector.step('welcome/a');
    vi.advanceTimersByTime(44_999);
    expect(onStuck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onStuck).toHaveBeenCalledExactlyOnceWith('stuck-time');
    vi.advanceTimersByTime(120_000);
    expect(onStuck).toHaveBeenCalledTimes(1);
  });

  it('restarts the clock on step change and stops it when no step shows', () => {
    const { onStuck, detector } = make({ after: 'PT10S' });
    detector.step('t/a');
    vi.advanceTimersByTime(9_000);
    detector.step('t/b');
    vi.advanceTimersByTime(9_000);
    expect(onStuck).not.toHaveBeenCalled();
    detector.step(null);
    vi.advanceTimersByTime(60_000);
    expect(onStuck).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('re-reporting the same step keeps its clock', () => {
    const { onStuck, detector } = make({ after: 'PT10S' });
    detector.step('t/a');
    vi.advanceTimersByTime(6_000);
    detector.step('t/a');
    vi.advanceTimersByTime(4_000);
    expect(onStuck).toHaveBeenCalledWith('stuck-time');
  });

  it('fires after `failedAdvance` failed attempts on the same step', () => {
    const { onStuck, detector } = make({ failedAdvance: 3 });
    detector.step('t/a');
    detector.failedAdvance();
    detector.failedAdvance();
    detector.step('t/b'); // the count is per showing
    detector.failedAdvance();
    detector.failedAdvance();
    expect(onStuck).not.toHaveBeenCalled();
    detector.failedAdvance();
    expect(onStuck).toHaveBeenCalledExactlyOnceWith('failed-advance');
    detector.failedAdvance();
    expect(onStuck).toHaveBeenCalledTimes(1);
  });

  it('fires when the same step is shown again `reopened` times (back and forth)', () => {
    const { onStuck, detector } = make({ reopened: 2 });
    for (const key of ['t/a', 't/b', 't/a', 't/b']) detector.step(key);
    expect(onStuck).not.toHaveBeenCalled();
    detector.step('t/a'); // third showing of t/a: shown again twice
    expect(onStuck).toHaveBeenCalledExactlyOnceWith('reopened');
  });

  it('counts returns to a step the user had moved past, not one look back, within one run of a tour', () => {
    const { onStuck, detector } = make({ reopened: 2 });
    const show = (...steps: number[]) => steps.forEach((i) => detector.step('t/' + i, i));
    show(0, 1, 2, 1); // one Back press: the first return to step 1
    expect(onStuck).not.toHaveBeenCalled();
    show(2, 1); // forward past it again, back again: the second return
    expect(onStuck).toHaveBeenCalledExactlyOnceWith('reopened');
  });

  it('does not count showing the next step again after a look back as a return', () => {
    const { onStuck, detector } = make({ reopened: 1 });
    detector.step('t/a', 0);
    detector.step('t/b', 1);
    expect(onStuck).not.toHaveBeenCalled();
    detector.step('t/a', 0); // back: the user had moved past a
    expect(onStuck).toHaveBeenCalledExactlyOnceWith('reopened');
    onStuck.mockClear();
    detector.step('t/b', 1); // forward again: nobody had moved past b
    expect(onStuck).not.toHaveBeenCalled();
  });

  it('starts the counts again when the tour restarts (no step between the runs)', () => {
    const { onStuck, detector } = make({ reopened: 2 });
    const run = () => ['a', 'b', 'c'].forEach((id, i) => detector.step('t/' + id, i));
    run();
    detector.step('t/b', 1); // one return in the first run
    detector.step(null); // the tour ends
    run(); // restarted from the start: nothing is a return
    detector.step('t/b', 1); // one return in this run
    expect(onStuck).not.toHaveBeenCalled();
  });

  it('ignores failed attempts when no step shows, missing thresholds and unreadable durations', () => {
    const { onStuck, detector } = make({ after: '45 seconds' });
    detector.failedAdvance();
    detector.step('t/a');
    detector.failedAdvance();
    vi.advanceTimersByTime(600_000);
    expect(onStuck).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds at most one timer and leaves none after destroy', () => {
    const { onStuck, detector } = make({ after: 'PT1M' });
    for (const key of ['t/a', 't/b', 't/c']) detector.step(key);
    expect(vi.getTimerCount()).toBe(1);
    detector.destroy();
    expect(vi.getTimerCount()).toBe(0);
    detector.failedAdvance();
    vi.advanceTimersByTime(120_000);
    expect(onStuck).not.toHaveBeenCalled();
  });

  it('uses injected timers', () => {
    const setTimer = vi.fn(() => 7);
    const clearTimer = vi.fn();
    const detector = createStuckDetector({ thresholds: { after: 'PT2S' }, onStuck: () => {}, setTimer, clearTimer });
    detector.step('t/a');
    expect(setTimer).toHaveBeenCalledWith(expect.any(Function), 2000);
    detector.step(null);
    expect(clearTimer).toHaveBeenCalledWith(7);
  });
});
