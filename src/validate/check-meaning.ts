/**
 * The meaning checks: what a schema cannot say and needs the whole document. The walk records every object it
 * matched to a definition; each is checked here by its definition (actions, settings that need another one,
 * segment and guide references, user conditions, date ranges, frequency caps), then the checks across objects run
 * (checklist dependencies, segment loops).
 * @packageDocumentation
 */
import { checkAction } from './check-action.js';
import { checkAvailability } from './check-availability.js';
import { translationProblems } from './translation-problems.js';
import { checkDependencies } from './check-dependencies.js';
import { missing } from './check-references.js';
import { segmentChecks } from './check-segments.js';
import { checkDateRange, checkFrequency } from './check-timing.js';
import { checkUser } from './check-user-condition.js';
import { lower, singular } from './phrasing.js';
import { ids, join, list, type Obj } from './read-document.js';
import { defs } from './schema-defs.js';
import type { Run } from './validation-issue.js';

/** Settings that need another one: [definition, choosing key, { choice: needed key }]. */
const CHOICE_NEEDS: [string, string, Record<string, string>][] = [
  ['ChatDefinition', 'provider', { mailto: 'email', url: 'url' }],
  ['OfflineOptions', 'mode', { email: 'email', url: 'url' }],
];

/**
 * Checks that need the whole document: references, actions, segments, ranges, contradictions.
 * @param doc - the document (an object)
 * @param run - the issues so far, and the objects the schema walk matched to definitions
 */
export function checkMeaning(doc: Obj, run: Run): void {
  const out = run.out;
  // When guides run: startsAt/endsAt windows, environments, hosts.
  checkAvailability(doc, out);
  // Translations: missing texts per locale, keys that name nothing, changed links and placeholders.
  out.push(...translationProblems(doc));
  const segments = segmentChecks(doc, out);
  // Every list section of the document (tours, checklists, hints, …) holds guides a condition can name.
  const sections = Object.entries(defs.GuideDocument.properties ?? {})
    .filter(([, n]) => n.type === 'array')
    .map(([k]) => k);
  const guideIds = sections.flatMap((s) => ids(list(doc[s])));
  const tourIds = ids(list(doc.tours));

  for (const [def, v, path] of run.seen) {
    const props = defs[def]?.properties ?? {};
    if (props.action?.$ref === '#/$defs/ButtonAction') checkAction(v, path, def, doc, tourIds, out);
    for (const [d, key, needs] of CHOICE_NEEDS) {
      const need = d === def && typeof v[key] === 'string' ? needs[v[key] as string] : undefined;
      if (need && v[need] === undefined) {
        const what = props[need]?.description?.replace(/^For `[^`]+`: /, '') ?? '';
        out.push({
          path: join(path, need),
          severity: 'error',
          received: 'nothing',
          message: `With "${key}": ${JSON.stringify(v[key])}, add "${need}": ${lower(what)}`,
        });
      }
    }
    if (def === 'SegmentCondition') segments.reference(v, path);
    if (def === 'GuideCondition' && typeof v.guide === 'string' && !guideIds.includes(v.guide)) {
      const kinds = sections
        .map(singular)
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1');
      missing(
        out,
        join(path, 'guide'),
        v.guide,
        guideIds,
        `There is no ${kinds} with id ${JSON.stringify(v.guide)}.`,
        `the id of a ${kinds}`,
      );
    }
    if (def === 'UserCondition') checkUser(v, path, props, out);
    if (def === 'DateRange') checkDateRange(v, path, out);
    if (def === 'FrequencyDefinition') checkFrequency(v, path, out);
  }

  checkDependencies(doc, out);
  segments.cycles();
}
