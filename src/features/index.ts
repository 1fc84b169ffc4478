import type { GuideDocument } from '../core/guide-definition.js';
import type { WaymarkPlugin } from '../core/waymark-context.js';

/** Whether a guide document uses a feature. */
type Uses = (doc: GuideDocument) => boolean;
/** Loads a feature's plugin (a separate chunk, fetched only when used). */
type Load = () => Promise<{ default: WaymarkPlugin }>;

/**
 * The features `createWaymark` loads lazily when the guide document uses them. Each is its own chunk, so an app
 * that only runs tours downloads none of them.
 */
export const features: readonly (readonly [Uses, Load])[] = [
  [(doc) => !!doc.checklists?.length, () => import('./checklists.js')],
  [(doc) => !!doc.announcements?.length, () => import('./announcements.js')],
];
