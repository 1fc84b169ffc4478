/**
 * The facts a condition is judged against: plain data and functions, no DOM. The DOM layer builds them.
 * @packageDocumentation
 */
import type { ElementState, Scalar } from './condition-definition.js';

/** The behaviour-history event name under which page errors are recorded (read by `errors`). */
export const ERROR_EVENT = '$error';

/** Read access to the behaviour history, as conditions need it. */
export interface HistoryReader {
  /**
   * Count occurrences of an event.
   * @param name - the event name.
   * @param where - only occurrences whose properties have these values (compared as text).
   * @param withinMs - only occurrences less than this old; all kept history when omitted.
   * @returns the count, and the earliest time it can drop with no new occurrence (`Infinity` if never).
   */
  tally(name: string, where?: Record<string, Scalar>, withinMs?: number): [count: number, changesAt: number];
}

/** Where a user stands with one guide. */
export interface GuideStatus {
  /** Finished. */
  completed: boolean;
  /** Closed before its end. */
  dismissed: boolean;
  /** Shown at least once. */
  seen: boolean;
}

/** One click, for rage-click detection. */
export interface ClickRecord {
  /** When, in ms since the epoch. */
  at: number;
  /** Viewport x, CSS pixels. */
  x: number;
  /** Viewport y, CSS pixels. */
  y: number;
}

/** The current page, as conditions see it. */
export interface PageInfo {
  /** The path, usually `location.pathname`. */
  path: string;
  /** When the page (or the single-page route) loaded, ms since the epoch. */
  loadedAt: number;
  /** How many page visits (including the current one) matched a path glob. */
  visits(glob: string): number;
}

/**
 * Everything a condition may look at: plain data and functions, no DOM. The DOM layer builds it.
 */
export interface ConditionContext {
  /** The current time, ms since the epoch. */
  now: number;
  /** Counted events. */
  history: HistoryReader;
  /** The current page. */
  page: PageInfo;
  /** The time of the last click, key press, scroll or pointer move, ms since the epoch. */
  lastInputAt: number;
  /** Whether an element matching the selector is in the given state. */
  elements(selector: string, state: ElementState): boolean;
  /** The identified user and their traits. */
  user: { id?: string; traits: Record<string, unknown> };
  /** Where the user stands with a guide; `undefined` for a guide never touched. */
  guides(id: string): GuideStatus | undefined;
  /** Named segments (`document.segments`). */
  segments?: Record<string, unknown>;
  /** Recent clicks, oldest first (a few seconds' worth is enough). */
  clicks?: readonly ClickRecord[];
}
