/**
 * What a launch link does once the instance is ready: start its tour, or say why it cannot.
 * @packageDocumentation
 */
import type { UnavailableReason } from './availability/guide-availability.js';
import type { WaymarkEventMap } from './events.js';
import type { RefreshResult } from './remote/remote-guides-option.js';

/** A launch link's request. */
export interface LaunchRequest {
  tourId: string;
  stepId?: string;
}

/** What {@link launchTour} needs from the instance. */
export interface LaunchDeps {
  /** Start the tour (source `link`); false when it is not there or not live. */
  start(tourId: string, stepId?: string): boolean;
  /** Whether the tour is among the live tours. */
  known(tourId: string): boolean;
  /** Why a tour of the document is not live. */
  why(tourId: string): UnavailableReason | undefined;
  /** For a remote document: settles once the first revalidation is done (a tour published since the copy held). */
  fresh?: () => Promise<RefreshResult | void> | undefined;
  /** Report a link that could not start its tour. */
  report(reason: WaymarkEventMap['launch:failed']['reason']): void;
}

/**
 * Start a launch link's tour. A tour not in the copy of a remote document held is looked for again once a fresh
 * copy is in. Never throws.
 * @param link - the tour and step.
 * @param deps - the instance's parts.
 * @returns whether the tour started.
 */
export async function launchTour({ tourId, stepId }: LaunchRequest, deps: LaunchDeps): Promise<boolean> {
  try {
    if (deps.start(tourId, stepId)) return true;
    const fresh = deps.fresh?.();
    if (fresh) {
      const result = await fresh;
      if (result?.status == 'updated' && deps.start(tourId, stepId)) return true;
    }
    deps.report(deps.why(tourId) ?? (deps.known(tourId) ? 'unknown-step' : 'unknown-tour'));
  } catch {
    /* a link must never break the page */
  }
  return false;
}
