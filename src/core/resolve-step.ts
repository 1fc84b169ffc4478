import type {
  MissingTargetPolicy,
  Placement,
  SpotlightOptions,
  StepDefinition,
  TourDefinition,
} from './guide-definition.js';

/**
 * A step with the tour defaults and built-in defaults applied (placement 'bottom', spotlight {padding 8,
 * radius 6, clickThrough true} or false, onMissing 'skip', waitTimeout 3000, showProgress true,
 * scrollIntoView true). `target` normalised to string[] (empty = centred modal step).
 */
export interface ResolvedStep extends Omit<StepDefinition, 'target' | 'spotlight'> {
  target: string[];
  placement: Placement;
  spotlight: Required<SpotlightOptions> | false;
  onMissing: MissingTargetPolicy;
  waitTimeout: number;
  showProgress: boolean;
  scrollIntoView: boolean;
}

/** Shallow merge that ignores `null` and `undefined` values (a later object overrides an earlier one). */
const merge = <T>(...sources: unknown[]): T => {
  const result: Record<string, unknown> = {};
  for (const source of sources as Record<string, unknown>[])
    for (const k in source) if (source[k] != null) result[k] = source[k];
  return result as T;
};

/**
 * Resolve one step of a tour: the step's own settings win over `tour.defaults`, which win over the
 * built-in defaults. A spotlight object is merged field by field; `false` at the step (or at the
 * tour, when the step sets none) turns it off.
 * @param tour - the tour.
 * @param index - a valid zero-based step index.
 */
export function resolveStep(tour: TourDefinition, index: number): ResolvedStep {
  const step = tour.steps[index];
  const own = step.spotlight;
  const inherited = tour.defaults?.spotlight;
  return merge<ResolvedStep>(
    { placement: 'bottom', onMissing: 'skip', waitTimeout: 3000, showProgress: true, scrollIntoView: true },
    tour.defaults,
    step,
    {
      target: [step.target ?? []].flat().filter(Boolean),
      spotlight:
        own === false || (own == null && inherited === false)
          ? false
          : merge<ResolvedStep['spotlight']>({ padding: 8, radius: 6, clickThrough: true }, inherited, own),
    },
  );
}
