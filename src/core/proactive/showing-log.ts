/**
 * The persisted proactive state of one instance: past automatic showings (frequency, cross-tab claims) and page
 * visits, kept in the progress sections `showings` and `visits` and merged with other tabs' copies.
 * @packageDocumentation
 */
import { isRecord } from '../is-record.js';
import { matchPath } from '../conditions/match-path.js';
import type { ProgressStore } from '../progress-store.js';
import { mergeShowings } from './claim-showing.js';
import type { ShowRecord } from './frequency.js';

/** Paths whose visits are kept (the most visited). */
const MAX_VISITED_PATHS = 100;

/** The showings and visits of one instance. */
export interface ShowingLog {
  /** Every showing (all tabs), oldest first. */
  all(): readonly ShowRecord[];
  /** One guide's showings (all tabs), oldest first. */
  of(guideId: string): ShowRecord[];
  /** Add (or update, with an outcome) a showing, and save. */
  add(record: ShowRecord): void;
  /** Count a visit to a page, and save. */
  visit(path: string): void;
  /** How many visits (all tabs) matched a path glob. */
  visits(glob: string): number;
  /**
   * Fold in the stored state (after a load, a user switch or another tab's write); saves back what this tab
   * knows that the store lacks.
   * @param state - the progress state.
   * @returns whether the showings changed (then every guide must be re-evaluated).
   */
  sync(state: Readonly<Record<string, unknown>>): boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) == JSON.stringify(b);

/**
 * Create the log over an instance's progress store. It starts empty: call `sync` once the store is ready.
 * @param progress - the progress store (its key tells a user switch).
 * @returns the log.
 */
export function createShowingLog(progress: Pick<ProgressStore, 'key' | 'setSection'>): ShowingLog {
  let key = progress.key;
  let showings: ShowRecord[] = [];
  let visits: Record<string, number> = {};
  const save = () => {
    progress.setSection('showings', showings);
    progress.setSection('visits', visits);
  };
  return {
    all: () => showings,
    of: (guideId) => showings.filter((record) => record.guideId == guideId),
    add(record) {
      showings = mergeShowings(showings, [record]);
      save();
    },
    visit(path) {
      visits = { ...visits, [path]: (visits[path] ?? 0) + 1 };
      save();
    },
    visits: (glob) => Object.keys(visits).reduce((n, path) => n + (matchPath(glob, path) ? visits[path] : 0), 0),
    sync(state) {
      if (progress.key != key) {
        key = progress.key;
        showings = [];
        visits = {};
      }
      const stored = state.showings;
      const storedVisits = state.visits;
      if (stored === showings && storedVisits === visits) return false;
      const before = showings;
      showings = mergeShowings(showings, Array.isArray(stored) ? stored : []);
      const seen = { ...visits };
      if (isRecord(storedVisits))
        for (const path in storedVisits)
          if (Number.isInteger(storedVisits[path]) && !(seen[path] >= storedVisits[path]))
            seen[path] = storedVisits[path];
      visits = Object.fromEntries(
        Object.entries(seen)
          .sort((a, b) => b[1] - a[1])
          .slice(0, MAX_VISITED_PATHS),
      );
      if (!same(showings, stored) || !same(visits, storedVisits)) save();
      return !same(before, showings);
    },
  };
}
