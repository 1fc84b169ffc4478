/**
 * `waymark/proactive`: the behavioural trigger engine's extension points and its debug view. `createWaymark`
 * loads the engine by itself when a guide has a `trigger` (or the document a `proactive` section).
 * @packageDocumentation
 */
export {
  explainTriggers,
  onTriggersEvaluated,
  registerTriggerTarget,
  type TriggerExplanation,
  type TriggerKind,
} from '../features/proactive.js';
export { debugPlugin } from '../features/debug.js';
export { getBehaviourHistory, conditionContext } from '../features/behaviour.js';
