import type { GuideDocument } from '../core/guide-definition.js';
import type { WaymarkPlugin } from '../core/waymark-context.js';

/** Whether a guide document uses a feature. */
type Uses = (doc: GuideDocument) => boolean;
/** Loads a feature's plugin (a separate chunk, fetched only when used). */
type Load = () => Promise<{ default: WaymarkPlugin }>;

/** A non-empty list (the document is not trusted: a section may be of any type). */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The features `createWaymark` loads lazily when the guide document uses them. Each is its own chunk, so an app
 * that only runs tours downloads none of them.
 */
export const features: readonly (readonly [Uses, Load])[] = [
  [(doc) => list(doc.checklists).length > 0, () => import('./checklists.js')],
  [(doc) => list(doc.hints).length > 0, () => import('./hints.js')],
  [(doc) => list(doc.announcements).length > 0, () => import('./announcements.js')],
  [(doc) => !!doc.chat && typeof doc.chat == 'object', () => import('./chat.js')],
  [(doc) => !!doc.helpCenter && typeof doc.helpCenter == 'object', () => import('./help-center.js')],
  [(doc) => list(doc.surveys).length > 0, () => import('./surveys.js')],
  // Written inline: importing the proactive module's own predicate would pull its chunk into the runtime.
  [
    (doc) =>
      !!doc.proactive ||
      [doc.tours, doc.announcements, doc.hints, doc.checklists, doc.surveys].some((guides) =>
        list(guides).some((guide) => !!(guide as { trigger?: unknown } | null)?.trigger),
      ),
    () => import('./proactive.js'),
  ],
];
