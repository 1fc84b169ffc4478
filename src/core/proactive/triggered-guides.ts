/**
 * The guides of a document that the proactive engine offers (those with a `trigger`), and what re-evaluates them.
 * @packageDocumentation
 */
import { ERROR_EVENT } from '../conditions/condition-context.js';
import type { WaymarkEventMap } from '../events.js';
import type { GuideDocument } from '../guide-definition.js';
import { isRecord } from '../is-record.js';
import type { FrequencyDefinition } from './frequency-definition.js';

/** The kinds of guide the proactive engine can show. */
export type TriggerKind = WaymarkEventMap['trigger:fired']['kind'];

/** Every kind of guide that can have a `trigger`, in the order the engine reads them. */
export const TRIGGER_KINDS: readonly TriggerKind[] = ['tour', 'announcement', 'hint', 'checklist', 'survey'];

/**
 * What re-evaluates a guide's conditions: `e:<event name>` (a tracked event, `e:$error` for page errors), `click`
 * (a click on the page) or `guide` (another guide completed or dismissed). Anything else (a page change, new
 * traits, stored state from another tab) re-evaluates every guide.
 */
export type TriggerDependency = `e:${string}` | 'click' | 'guide';

/** A guide with a `trigger`, as the engine reads it. */
export interface TriggeredGuide {
  /** The guide id (unique across kinds: the first guide with an id wins). */
  id: string;
  /** Its kind. */
  kind: TriggerKind;
  /** When to offer it (a condition, untrusted). */
  trigger: unknown;
  /** Who it is for (a condition, untrusted); everyone when absent. */
  audience?: unknown;
  /** How often it may be offered. */
  frequency?: FrequencyDefinition;
  /** What re-evaluates it. */
  dependencies: ReadonlySet<TriggerDependency>;
}

/** The guides of one kind in a document, as written (untrusted). */
const guidesOf = (doc: Readonly<GuideDocument>, kind: TriggerKind): unknown[] => {
  const list: unknown = (doc as Readonly<Record<string, unknown>>)[kind + 's'];
  return Array.isArray(list) ? list : [];
};

/**
 * Whether a guide document needs the proactive feature (for the lazy feature list).
 * @param doc - the guide document.
 * @returns true when a tour, announcement, hint or checklist has a `trigger`, or `proactive` is set.
 */
export const usesProactive = (doc: Readonly<GuideDocument>): boolean =>
  !!doc.proactive ||
  TRIGGER_KINDS.some((kind) => guidesOf(doc, kind).some((guide) => isRecord(guide) && guide.trigger));

/**
 * What changes can alter a condition's result (nested conditions and the segments it uses included).
 * @param condition - a condition or a list of them (untrusted).
 * @param segments - the document's named segments.
 * @param out - where the dependencies are added.
 * @param seen - the segments being walked (a segment that refers to itself is walked once).
 * @returns `out`.
 */
export function dependenciesOf(
  condition: unknown,
  segments: unknown,
  out: Set<TriggerDependency> = new Set(),
  seen: readonly string[] = [],
): Set<TriggerDependency> {
  if (!condition || typeof condition != 'object') return out;
  if (Array.isArray(condition)) {
    for (const item of condition) dependenciesOf(item, segments, out, seen);
    return out;
  }
  const c = condition as Readonly<Record<string, unknown>>;
  if (typeof c.event == 'string') out.add(`e:${c.event}`);
  if (c.errors) out.add(`e:${ERROR_EVENT}`);
  if (c.rageClicks || c.element) out.add('click');
  if (c.guide) out.add('guide');
  const segment = c.segment;
  if (typeof segment == 'string' && !seen.includes(segment) && isRecord(segments))
    dependenciesOf(segments[segment], segments, out, [...seen, segment]);
  for (const key of ['all', 'any', 'not']) dependenciesOf(c[key], segments, out, seen);
  return out;
}

/**
 * The guides of a document that have a `trigger`, by kind (tours, announcements, hints, checklists), each id once.
 * @param doc - the guide document (untrusted sections).
 * @returns the guides, in document order.
 */
export function triggeredGuides(doc: Readonly<GuideDocument>): TriggeredGuide[] {
  const guides: TriggeredGuide[] = [];
  const ids = new Set<string>();
  for (const kind of TRIGGER_KINDS)
    for (const guide of guidesOf(doc, kind))
      if (isRecord(guide) && typeof guide.id == 'string' && guide.trigger !== undefined && !ids.has(guide.id)) {
        ids.add(guide.id);
        guides.push({
          id: guide.id,
          kind,
          trigger: guide.trigger,
          audience: guide.audience,
          frequency: guide.frequency,
          dependencies: dependenciesOf([guide.trigger, guide.audience], doc.segments),
        });
      }
  return guides;
}
