/**
 * Launch and preview links as a lazy chunk: loaded only when the page's URL has `waymark-start`. Reads the link,
 * lets a preview's tour run outside its window and lists, starts the tour (or reports why not) and cleans the
 * address bar.
 * @packageDocumentation
 */
import type { WaymarkEventMap } from '../core/events.js';
import { launchTour, type LaunchDeps } from '../core/launch-tour.js';
import { readLaunchLink, type LaunchLinkOptions } from '../dom/launch-link.js';

/** What the chunk needs from its instance. */
export interface LaunchLinkDeps extends Omit<LaunchDeps, 'report'> {
  /** Keep this tour whatever its window or lists say (a preview link); the instance applies its document again. */
  preview(tourId: string): void;
  /** Report a link that could not start its tour. */
  report(event: Omit<WaymarkEventMap['launch:failed'], 'timestamp' | 'userId'>): void;
}

/**
 * Handle the page's launch link, if any.
 * @param options - the instance's `launchLinks` option.
 * @param deps - the instance's parts.
 * @returns whether a tour started.
 */
export async function runLaunchLink(
  options: boolean | LaunchLinkOptions | undefined,
  deps: LaunchLinkDeps,
): Promise<boolean> {
  const link = readLaunchLink(options);
  if (!link) return false;
  if (link.preview) deps.preview(link.tourId);
  const { tourId, stepId } = link;
  try {
    return await launchTour(link, {
      ...deps,
      report: (reason) => {
        console.warn(`waymark: the launch link could not start the tour "${tourId}" (${reason})`);
        deps.report({ tourId, stepId, reason });
      },
    });
  } finally {
    link.clear();
  }
}
