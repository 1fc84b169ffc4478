import { isRecord } from './is-record.js';
import type { GuideDocument, StepDefinition, TargetSelector, TourDefinition } from './guide-definition.js';

/** The parts of a guide document the runtime can use, and where it had to drop something. */
export interface NormalizedGuide {
  /** The document with its runnable tours; other sections as written (features check their own). */
  doc: GuideDocument;
  tours: TourDefinition[];
  /** Paths of the parts that were dropped (empty when the document is usable as written). */
  dropped: string[];
}

const isText = (v: unknown): v is string => typeof v == 'string' && v.length > 0;

/** A step's `highlight` list keeping only selectors and non-empty lists of them (a lone selector is wrapped). */
const highlights = (value: unknown, path: string, dropped: string[]): TargetSelector[] => {
  const list = typeof value == 'string' ? [value] : Array.isArray(value) ? value : [];
  if (!Array.isArray(value)) dropped.push(path);
  return list.filter((item: unknown, i): item is TargetSelector => {
    const ok = isText(item) || (Array.isArray(item) && item.length > 0 && item.every(isText));
    if (!ok) dropped.push(`${path}[${i}]`);
    return ok;
  });
};

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
      const { highlight } = step;
      return [(highlight === undefined ? step : { ...step, highlight: highlights(highlight, `${path}.steps[${s}].highlight`, dropped) }) as unknown as StepDefinition];
    });
    if (!steps.length) return void dropped.push(path);
    seen.add(tour.id);
    tours.push({ ...(tour as unknown as TourDefinition), steps });
  });
  return { doc: { ...doc, schemaVersion: 1, tours }, tours, dropped };
}
