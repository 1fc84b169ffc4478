import { describe, expect, it } from 'vitest';
import type { TourDefinition } from '../../src/core/guide-definition.js';
import { resolveStep } from '../../src/core/resolve-step.js';

describe('resolveStep', () => {
  it('applies the built-in defaults and makes a target-less step a centred modal', () => {
    const tour: TourDefinition = { id: 't', steps: [{ id: 'a', title: 'Hello', body: 'Hi' }] };
    expect(resolveStep(tour, 0)).toEqual({
      id: 'a',
      title: 'Hello',
      body: 'Hi',
      target: [],
      placement: 'bottom',
      spotlight: { padding: 8, radius: 6, clickThrough: true },
      onMissing: 'skip',
      waitTimeout: 3000,
      showProgress: true,
      scrollIntoView: true,
    });
  });

  it('lets tour defaults override built-ins and step settings override tour defaults', () => {
    const tour: TourDefinition = {
      id: 't',
      defaults: {
        placement: 'top',
        onMissing: 'end',
        waitTimeout: 500,
        showProgress: false,
        spotlight: { padding: 2 },
      },
      steps: [
        { id: 'a', title: 'A', target: '#a', placement: 'left-start', spotlight: { radius: 0 } },
        { id: 'b', title: 'B', target: ['#b', '.b'], onMissing: 'center', scrollIntoView: false },
      ],
    };
    expect(resolveStep(tour, 0)).toMatchObject({
      target: ['#a'],
      placement: 'left-start',
      onMissing: 'end',
      waitTimeout: 500,
      showProgress: false,
      spotlight: { padding: 2, radius: 0, clickThrough: true },
    });
    expect(resolveStep(tour, 1)).toMatchObject({
      target: ['#b', '.b'],
      placement: 'top',
      onMissing: 'center',
      scrollIntoView: false,
    });
  });

  it('turns the spotlight off with false at the step, or at the tour unless the step sets one', () => {
    const tour: TourDefinition = {
      id: 't',
      defaults: { spotlight: false },
      steps: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B', spotlight: { clickThrough: false } },
      ],
    };
    expect(resolveStep(tour, 0).spotlight).toBe(false);
    expect(resolveStep(tour, 1).spotlight).toEqual({ padding: 8, radius: 6, clickThrough: false });
    expect(resolveStep({ id: 'u', steps: [{ id: 'a', title: 'A', spotlight: false }] }, 0).spotlight).toBe(false);
  });

  it('ignores explicitly undefined settings instead of erasing defaults', () => {
    const tour: TourDefinition = {
      id: 't',
      defaults: { placement: 'right' },
      steps: [{ id: 'a', title: 'A', placement: undefined, target: undefined }],
    };
    expect(resolveStep(tour, 0)).toMatchObject({ placement: 'right', target: [] });
  });

  it('does not modify the definition', () => {
    const tour: TourDefinition = {
      id: 't',
      defaults: { spotlight: { padding: 1 } },
      steps: [{ id: 'a', title: 'A', target: '#a' }],
    };
    const copy = structuredClone(tour);
    resolveStep(tour, 0);
    expect(tour).toEqual(copy);
  });
});
