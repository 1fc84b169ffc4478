/**
 * `segment`: the user belongs to a named segment of the document's `segments`.
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { SegmentCondition } from '../condition-definition.js';

/** The `segment` kind. A segment that (indirectly) refers to itself is false as a whole, even under a `not`. */
export const segmentKind: ConditionKind<SegmentCondition> = {
  kind: 'segment',
  matches: (condition) => typeof condition.segment === 'string',
  evaluate(condition, evaluation, trace) {
    const name = condition.segment;
    const segments = evaluation.context.segments;
    const definition = segments && Object.hasOwn(segments, name) ? segments[name] : undefined;
    evaluation.text = `segment ${name}: ${definition === undefined ? 'not defined' : 'refers to itself'}`;
    if (evaluation.segmentPath.includes(name)) {
      evaluation.segmentCycle = true;
      return false;
    }
    if (definition === undefined) return false;
    const cycleOutside = evaluation.segmentCycle;
    evaluation.segmentCycle = false;
    evaluation.segmentPath.push(name);
    const ok = evaluation.evaluateNested(definition, trace) && !evaluation.segmentCycle;
    evaluation.segmentPath.pop();
    evaluation.text = `segment ${name}${evaluation.segmentCycle ? ': refers to itself' : ''}`;
    evaluation.segmentCycle ||= cycleOutside;
    return ok;
  },
};
