import { describe, expect, it, vi } from 'vitest';
import { launchTour, type LaunchDeps } from '../../src/core/launch-tour.js';

const deps = (over: Partial<LaunchDeps> = {}) => ({
  start: () => false,
  known: () => false,
  why: () => undefined,
  ...over,
  report: vi.fn(),
});

describe('launchTour', () => {
  it('starts the tour at the step', async () => {
    const start = vi.fn(() => true);
    const d = deps({ start });
    expect(await launchTour({ tourId: 'welcome', stepId: 'two' }, d)).toBe(true);
    expect(start).toHaveBeenCalledWith('welcome', 'two');
    expect(d.report).not.toHaveBeenCalled();
  });
  it('reports an unknown tour or step, and why a tour is not live, without throwing', async () => {
    const unknownTour = deps();
    expect(await launchTour({ tourId: 'nope' }, unknownTour)).toBe(false);
    expect(unknownTour.report).toHaveBeenCalledWith('unknown-tour');
    const unknownStep = deps({ known: () => true });
    await launchTour({ tourId: 'welcome', stepId: 'nope' }, unknownStep);
    expect(unknownStep.report).toHaveBeenCalledWith('unknown-step');
    const ended = deps({ why: () => 'ended' });
    await launchTour({ tourId: 'sale' }, ended);
    expect(ended.report).toHaveBeenCalledWith('ended');
    const throwing = deps({
      start: () => {
        throw new Error('boom');
      },
    });
    expect(await launchTour({ tourId: 'x' }, throwing)).toBe(false);
  });
  it('looks again once a fresh remote copy is in (a tour published after the copy held)', async () => {
    let published = false;
    const d = deps({
      start: () => published,
      fresh: () => Promise.resolve().then(() => ((published = true), { status: 'updated' as const, deferred: false })),
    });
    expect(await launchTour({ tourId: 'new-tour' }, d)).toBe(true);
    const stale = deps({ fresh: () => Promise.resolve({ status: 'unchanged' as const }) });
    expect(await launchTour({ tourId: 'new-tour' }, stale)).toBe(false);
    expect(stale.report).toHaveBeenCalledWith('unknown-tour');
  });
});
