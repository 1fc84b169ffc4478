import type { EventSource } from '../core/events.js';
import { isSafeUrl } from '../core/markdown.js';
import type { WaymarkContext } from '../core/waymark-context.js';

/** The settings of `createWaymark` the built-in actions take. */
export interface BuiltInActionsOptions {
  /** The app's own actions, run by `{ "action": "app", "name": "…" }`. */
  actions?: Record<string, (context: { guideId?: string; source: EventSource }) => void>;
  /** How `link` actions navigate. @default new tab for absolute URLs, same tab otherwise */
  navigate?: (href: string) => void;
}

/**
 * Handle the actions every instance has: `start-tour`, `link` (safe URLs only, in a browser) and `app` (reported as
 * `app:action` and passed to the app's handler). Features add the others (`escalate` comes with chat).
 * @param context - the instance's context (handlers are added to it; `app:action` is emitted on it).
 * @param options - the app's actions and navigation.
 * @param browser - whether there is a page to navigate.
 */
export function handleBuiltInActions(
  { handle, events, stamp, tours }: Pick<WaymarkContext, 'handle' | 'events' | 'stamp' | 'tours'>,
  options: BuiltInActionsOptions,
  browser: boolean,
): void {
  handle('start-tour', (a, c) => !!a.tour && tours.start(a.tour, { source: c.source }));
  handle('link', ({ href }) => {
    if (!href || !isSafeUrl(href) || !browser) return false;
    if (options.navigate) options.navigate(href);
    else if (/^https?:/i.test(href)) window.open(href, '_blank', 'noopener');
    else location.assign(href);
  });
  handle('app', ({ name }, c) => {
    if (!name) return false;
    events.emit('app:action', { name, guideId: c.guideId, source: c.source, ...stamp() });
    options.actions?.[name]?.({ guideId: c.guideId, source: c.source });
  });
}
