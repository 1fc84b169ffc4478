/**
 * How an instance reaches its surveys without loading them: the feature puts its `show` here (per instance, in
 * `context.shared`) when it starts, and `waymark.showSurvey()` calls it.
 * @packageDocumentation
 */
import type { EventSource } from '../event-base.js';
import { sharedKey } from '../waymark-context.js';

/** Shows a survey; absent while the feature does not run. */
export interface SurveysHandle {
  show?: (id: string, source: EventSource) => boolean;
}

/** The key of the instance's {@link SurveysHandle} in `context.shared`. */
export const SURVEYS = sharedKey<SurveysHandle>('surveys');
