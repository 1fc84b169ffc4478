/**
 * Segment references (`{ "segment": "trial-users" }`): the segment exists in `segments`, and no segment refers to
 * itself, directly or through others.
 * @packageDocumentation
 */
import { cycle, missing } from './check-references.js';
import { isObj, join, type Obj } from './read-document.js';
import type { ValidationIssue } from './validation-issue.js';

/** The segment checks of one document: fed each segment condition, then asked for loops. */
export interface SegmentChecks {
  /** Checks one segment condition and notes which segment (if any) it is written in. */
  reference(v: Obj, path: string): void;
  /** Reports each segment that refers back to itself; call after every reference was seen. */
  cycles(): void;
}

/**
 * The segment checks for a document.
 * @param doc - the whole document (its `segments`)
 * @param out - collects the issues
 * @returns the checks
 */
export function segmentChecks(doc: Obj, out: ValidationIssue[]): SegmentChecks {
  const segments = isObj(doc.segments) ? doc.segments : {};
  const segmentNames = Object.keys(segments);
  const links = new Map<string, string[]>();
  return {
    reference(v, path) {
      if (typeof v.segment !== 'string') return;
      const owner = segmentNames.find(
        (n) =>
          path === join('segments', n) ||
          path.startsWith(`${join('segments', n)}.`) ||
          path.startsWith(`${join('segments', n)}[`),
      );
      if (owner !== undefined) links.set(owner, [...(links.get(owner) ?? []), v.segment]);
      if (!Object.hasOwn(segments, v.segment)) {
        missing(
          out,
          join(path, 'segment'),
          v.segment,
          segmentNames,
          `There is no segment named ${JSON.stringify(v.segment)} in "segments".`,
          'the name of a segment defined in "segments"',
        );
      }
    },
    cycles() {
      // A segment that refers to itself, directly or through others, never matches.
      for (const name of segmentNames) {
        const trail = cycle(name, name, links, [name]);
        if (trail)
          out.push({
            path: join('segments', name),
            severity: 'error',
            message: `The segment ${JSON.stringify(name)} refers to itself (${trail.join(' → ')}), so it never matches. Remove one of these references.`,
          });
      }
    },
  };
}
