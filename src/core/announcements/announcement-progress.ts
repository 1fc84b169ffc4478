/**
 * What Waymark remembers about announcements, in the `announcements` progress section.
 * @packageDocumentation
 */
import type { SectionKey } from '../progress-store.js';

/** What Waymark remembers about one announcement: when it was last shown, and when the user asked not to see it again. */
export interface AnnouncementProgress {
  /** Last shown (ms since the epoch). */
  seen?: number;
  /** When the user ticked "Don't show this again". */
  dismissed?: number;
}

/**
 * The `announcements` progress section: one {@link AnnouncementProgress} per announcement id. Written by the
 * announcements feature; read by others (the condition context's `guide` status).
 */
export const ANNOUNCEMENTS_SECTION: SectionKey<Record<string, AnnouncementProgress>> = 'announcements';
