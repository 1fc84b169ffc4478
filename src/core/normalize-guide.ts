import { isRecord } from './is-record.js';
import type { ButtonDefinition, GuideDocument, StepDefinition, TourDefinition } from './guide-definition.js';

/** The parts of a guide document the runtime can use, and where it had to drop something. */
export interface NormalizedGuide {
  /** The document with its runnable tours; other sections as written (features check their own). */
  doc: GuideDocument;
  tours: TourDefinition[];
  /** Paths of the parts that were dropped (empty when the document is usable as written). */
  dropped: string[];
}

const isText = (v: unknown): v is string => typeof v == 'string' && v.length > 0;
/** The gestures a step can advance on (`AdvanceOn`). */
const GESTURES = ['click', 'input', 'change', 'submit'];
/** Buttons that move a tour on. */
const FORWARD = ['next', 'complete', 'goto'];

/**
 * A step whose `advanceOn` is unreadable (a typo such as `"clik"`) would wait for a gesture that never comes: it
 * loses that field (reported in `dropped`) and gets its way forward back, the default Next button, or (when it has
 * its own buttons and none moves on) a `next` button without a label, which the tour labels ("Next" / "Done").
 */
const keepWayForward = (step: StepDefinition, path: string, dropped: string[]): StepDefinition => {
  if (step.advanceOn == null || GESTURES.includes(step.advanceOn)) return step;
  dropped.push(path + '.advanceOn');
  const { advanceOn: _dropped, ...rest } = step;
  const buttons = Array.isArray(step.buttons) ? step.buttons : undefined;
  return buttons && !buttons.some((b) => isRecord(b) && FORWARD.includes(b.action))
    ? { ...rest, buttons: [...buttons, { action: 'next', variant: 'primary' } as ButtonDefinition] }
    : rest;
};

/**
 * The runtime's cheap structural gate: keep every tour and step that can run, drop the rest (and a step's unreadable
 * `advanceOn`, so the step keeps a way forward), never throw.
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
    if (!isRecord(tour) || !isText(tour.id) || seen.has(tour.id) || !Array.isArray(tour.steps))
      return void dropped.push(path);
    const ids = new Set<string>();
    const steps: StepDefinition[] = [];
    (tour.steps as unknown[]).forEach((step, s) => {
      const ok = isRecord(step) && isText(step.id) && isText(step.title) && !ids.has(step.id);
      if (!ok) return void dropped.push(`${path}.steps[${s}]`);
      ids.add(step.id as string);
      // A lone `highlight` selector becomes a list; what is not a selector matches nothing at runtime (the validator says why).
      const { highlight: h } = step;
      const listed = (h === undefined || Array.isArray(h)
        ? step
        : { ...step, highlight: [h] }) as unknown as StepDefinition;
      steps.push(keepWayForward(listed, `${path}.steps[${s}]`, dropped));
    });
    if (!steps.length) return void dropped.push(path);
    seen.add(tour.id);
    tours.push({ ...(tour as unknown as TourDefinition), steps });
  });
  return { doc: { ...doc, schemaVersion: 1, tours }, tours, dropped };
}
