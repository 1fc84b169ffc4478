/**
 * Which guides of a document are live for this page right now: their window (`startsAt` / `endsAt`), their
 * `environments` and their `hosts`. Guides that are not live are left out of what the instance runs, so no feature
 * (tours, checklists, hints, announcements, the proactive engine) shows them; a timer applies the next boundary.
 * @packageDocumentation
 */
import type { GuideDocument } from '../guide-definition.js';
import { isRecord } from '../is-record.js';
import type { NormalizedGuide } from '../normalize-guide.js';
import { matchHost } from './match-host.js';
import { parseInstant } from './parse-instant.js';

/** Why a guide is not live: before its window, after it, another environment, another host, or an unreadable field. */
export type UnavailableReason = 'not-started' | 'ended' | 'environment' | 'host' | 'unreadable';

/** Where the page runs, to match guides' `environments` and `hosts`. */
export interface AvailabilityContext {
  /** The clock. */
  now: () => number;
  /** The app's environment (`createWaymark({ environment })`). */
  environment?: string;
  /** The page's host (`location.host`); without one, guides that list `hosts` are not live. */
  host?: string;
}

/** The guide sections that hold guides with ids. */
const SECTIONS = ['tours', 'checklists', 'hints', 'announcements'] as const;
/** The longest delay `setTimeout` keeps (about 24.8 days): later boundaries are re-armed when it fires. */
const MAX_DELAY = 2 ** 31 - 1;

const texts = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s == 'string' && s);

/**
 * Whether one guide is live.
 * @param guide - a tour, checklist, hint or announcement as written.
 * @param context - the clock, environment and host.
 * @returns undefined when live, else why not.
 */
export function unavailable(
  guide: unknown,
  { now, environment, host }: AvailabilityContext,
): UnavailableReason | undefined {
  if (!isRecord(guide)) return undefined;
  const { startsAt, endsAt, environments, hosts } = guide;
  const start = startsAt == null ? -Infinity : parseInstant(startsAt);
  const end = endsAt == null ? Infinity : parseInstant(endsAt);
  if (
    Number.isNaN(start) ||
    Number.isNaN(end) ||
    end <= start ||
    (environments != null && !texts(environments)) ||
    (hosts != null && !texts(hosts))
  )
    return 'unreadable';
  const time = now();
  if (time < start) return 'not-started';
  if (time >= end) return 'ended';
  if (environments && !(environment != null && (environments as string[]).includes(environment))) return 'environment';
  if (hosts && !(host != null && (hosts as string[]).some((p) => matchHost(p, host)))) return 'host';
  return undefined;
}

/** A document narrowed to its live guides. */
export interface AvailableGuide extends NormalizedGuide {
  /** The guides left out, with why. */
  hidden: { section: (typeof SECTIONS)[number]; id: string; reason: UnavailableReason }[];
  /** The next moment a guide's window opens or closes (ms since the epoch), if any. */
  next?: number;
}

/**
 * Leave out the guides that are not live. A guide whose window or lists cannot be read is left out too (a typo in
 * a date must not publish a guide early) and its path joins `dropped`, so the instance reports it.
 * @param normal - the runtime's view of the document (see `normalizeGuide`).
 * @param context - the clock, environment and host.
 * @param exempt - the id of a guide to keep whatever its window or lists say (a preview link's tour).
 */
export function availableGuides(
  normal: NormalizedGuide,
  context: AvailabilityContext,
  exempt?: string,
): AvailableGuide {
  const time = context.now();
  const hidden: AvailableGuide['hidden'] = [];
  const dropped = [...normal.dropped];
  const doc: GuideDocument = { ...normal.doc };
  let next: number | undefined;
  for (const section of SECTIONS) {
    const list = normal.doc[section];
    if (!Array.isArray(list)) continue;
    doc[section] = (list as unknown[]).filter((guide, i) => {
      const id = isRecord(guide) && typeof guide.id == 'string' ? guide.id : '';
      if (isRecord(guide))
        for (const edge of [parseInstant(guide.startsAt), parseInstant(guide.endsAt)])
          if (edge > time && !(next! <= edge)) next = edge;
      if (exempt != null && id == exempt) return true;
      const reason = unavailable(guide, context);
      if (reason == 'unreadable') dropped.push(`${section}[${i}]`);
      if (reason) hidden.push({ section, id, reason });
      return !reason;
    }) as never;
  }
  const tours = normal.tours.filter((t) => Array.isArray(doc.tours) && doc.tours.includes(t));
  return { doc: { ...doc, tours }, tours, dropped, hidden, next };
}

/** Options of {@link guideAvailability}. */
export interface GuideAvailabilityOptions extends AvailabilityContext {
  /** The id of a guide to keep whatever its window or lists say (a preview link's tour). */
  exempt?: string;
  /** A guide's window opened or closed: called with the whole document (as last applied) to apply again. */
  onBoundary: (doc: GuideDocument) => void;
}

/** The instance's view of which guides are live, with the timer for the next window boundary. */
export interface GuideAvailabilityTracker {
  /** Narrow a document to its live guides and arm the timer for its next boundary. */
  apply(normal: NormalizedGuide): AvailableGuide;
  /** Why a guide of the last document is not live (undefined when it is, or is not in the document). */
  why(id: string, section?: AvailableGuide['hidden'][number]['section']): UnavailableReason | undefined;
  /**
   * Keep a tour whatever its window or lists say from now on (a preview link's). Returns the whole document to
   * apply again when the tour was left out of it, else undefined.
   */
  exempt(tourId: string): GuideDocument | undefined;
  /** Stop the timer. */
  stop(): void;
}

/**
 * Track which guides are live for an instance: {@link availableGuides} plus one timer that calls `onBoundary` when
 * the next window opens or closes.
 * @param options - clock, environment, host, the exempt guide and what to do at a boundary.
 */
export function guideAvailability(options: GuideAvailabilityOptions): GuideAvailabilityTracker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: AvailableGuide | undefined;
  let all: GuideDocument | undefined;
  let { exempt } = options;
  const stop = () => clearTimeout(timer);
  const why: GuideAvailabilityTracker['why'] = (id, section = 'tours') =>
    last?.hidden.find((h) => h.id == id && h.section == section)?.reason;
  return {
    apply(normal) {
      stop();
      const whole = (all = normal.doc);
      last = availableGuides(normal, options, exempt);
      const { next } = last;
      if (next != null) {
        const arm = () => {
          const left = next - options.now();
          timer = left > 0 ? setTimeout(arm, Math.min(left, MAX_DELAY)) : void options.onBoundary(whole);
        };
        arm();
      }
      return last;
    },
    why,
    exempt(tourId) {
      exempt = tourId;
      return why(tourId) ? all : undefined;
    },
    stop,
  };
}
