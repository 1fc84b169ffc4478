import type { Emitter } from '../core/emitter.js';
import type { WaymarkEventMap } from '../core/events.js';
import type { GuideDocument } from '../core/guide-definition.js';
import { normalizeGuide, type NormalizedGuide } from '../core/normalize-guide.js';
import type { TourEngine } from '../core/tour-engine.js';
import type { WaymarkContext } from '../core/waymark-context.js';

/** An instance's current guide document (see {@link createGuideSource}). */
export interface GuideSource {
  /** The document as given (tours normalised); `set` replaces it. */
  doc: GuideDocument;
  /** The document last given to `set`, before translation (to apply it again in another language). */
  input: unknown;
  /** Replace the document: normalised, its tours given to the engine, its problems reported. */
  set(guides: unknown): void;
  /** Whether a tour (and, when given, its step) is in the document. */
  known(tourId: string, stepId?: string): boolean;
}

/**
 * Create an instance's guide source, starting with an empty document.
 * @param engine - takes the document's tours.
 * @param context - reports problems (`guide:invalid`).
 * @param validate - check every document with the full validator (else only documents with dropped parts).
 * @param destroyed - whether the instance is destroyed (nothing is reported then).
 * @param available - leaves out what is not live now (scheduling windows, environments, hosts).
 * @param localize - applies the document's translations for the user's language.
 * @returns the source.
 */
export function createGuideSource(
  engine: Pick<TourEngine, 'setTours'>,
  { events, stamp }: Pick<WaymarkContext, 'events' | 'stamp'>,
  validate: boolean,
  destroyed: () => boolean,
  available: (normal: NormalizedGuide) => NormalizedGuide = (normal) => normal,
  localize: (guides: unknown) => unknown = (guides) => guides,
): GuideSource {
  // The full validator (with its messages) is a separate chunk, fetched only when a document has problems.
  const report = async (guides: unknown) => {
    try {
      const { validateGuide, formatIssues } = await import('../validate/index.js');
      if (destroyed()) return;
      const issues = validateGuide(guides).issues.filter((i) => i.severity == 'error');
      if (!issues.length) return;
      console.warn(`waymark: guide problems (the rest runs):\n${formatIssues(issues)}`);
      events.emit('guide:invalid', { issues: issues.map(({ path, message }) => ({ path, message })), ...stamp() });
    } catch {
      /* reporting must never break the host */
    }
  };
  const source: GuideSource = {
    doc: { schemaVersion: 1 },
    input: undefined,
    set(guides) {
      source.input = guides;
      const normal = available(normalizeGuide(localize(guides)));
      source.doc = normal.doc;
      engine.setTours(normal.tours);
      // Development-time checks wait for an idle moment: validating a large document is a long task.
      if (normal.dropped.length) void report(guides);
      else if (validate) (globalThis.requestIdleCallback ?? setTimeout)(() => void report(guides));
    },
    known(id, stepId) {
      // The normalised document's tours (the ones the engine runs).
      const tour = source.doc.tours?.find((t) => t.id == id);
      return !!tour && (stepId == null || tour.steps.some((s) => s.id == stepId));
    },
  };
  return source;
}

/**
 * During development, a target a user cannot see gets one clear warning per step or hint (worded by the
 * validator's chunk, which development loads anyway).
 * @param events - the instance's events.
 * @param destroyed - whether the instance is destroyed (no warning then).
 * @returns the unsubscribe function.
 */
export function warnInvisibleTargets(events: Emitter<WaymarkEventMap>, destroyed: () => boolean): () => void {
  const warned = new Set<string>();
  return events.on('target:invisible', (e) => {
    const key = `${e.hintId}/${e.tourId}/${e.stepId}`;
    if (warned.has(key)) return;
    warned.add(key);
    import('../validate/index.js')
      .then(({ formatInvisibleTarget }) => destroyed() || console.warn(formatInvisibleTarget(e)))
      .catch(() => {
        /* a development warning must never become the host's unhandled rejection */
      });
  });
}
