import { isRecord } from './is-record.js';
import type { GuideDocument, StepDefinition, TourDefinition } from './guide-definition.js';

/** The parts of a guide document the runtime can use, and where it had to drop something. */
export interface NormalizedGuide {
  /** The document with its runnable tours; other sections as written (features check their own). */
  doc: GuideDocument;
  tours: TourDefinition[];
  /** Paths of the parts that were dropped (empty when the document is usable as written). */
  dropped: string[];
}

const isText = (v: unknown): v is string => typeof v == 'string' && v.length > 0;


/**
 * The runtime's cheap structural gate: keep every tour and step that can run, drop the rest, never throw.
 * It does not explain problems; `waymark/validate` does (the instance loads it lazily when something was dropped).
 * @param input - a guide document (object or JSON text) or anything else.
 */
export function normalizeGuide(input: unknown): NormalizedGuide {
  const dropped: string[] = [];
  let doc: Partial<GuideDocument> | undefined;
  try {
    doc = typeof input == 'string' ? JSON.parse(input) : input;
  } catch {
    /* reported below */
  }
  if (!isRecord(doc)) return { doc: { schemaVersion: 1, tours: [] }, tours: [], dropped: ['$'] };
  const tours: TourDefinition[] = [];
  const seen = new Set<string>();
  (Array.isArray(doc.tours) ? doc.tours : []).forEach((tour: unknown, t) => {
    const path = `tours[${t}]`;
    if (!isRecord(tour) || !isText(tour.id) || seen.has(tour.id) || !Array.isArray(tour.steps)) return void dropped.push(path);
    const ids = new Set<string>();
    const steps = (tour.steps as unknown[]).flatMap((step, s): StepDefinition[] => {
      const ok = isRecord(step) && isText(step.id) && isText(step.title) && !ids.has(step.id);
      if (!ok) return dropped.push(`${path}.steps[${s}]`), [];
      ids.add(step.id as string);
      // A lone `highlight` selector becomes a list; what is not a selector matches nothing at runtime (the validator says why).
      const { highlight: h } = step;
      return [(h === undefined || Array.isArray(h) ? step : { ...step, highlight: [h] }) as unknown as StepDefinition];
    });
    if (!steps.length) return void dropped.push(path);
    seen.add(tour.id);
    tours.push({ ...(tour as unknown as TourDefinition), steps });
  });
  return { doc: { ...doc, schemaVersion: 1, tours }, tours, dropped };
}
