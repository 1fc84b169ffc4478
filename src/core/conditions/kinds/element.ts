/**
 * `element`: an element on the page is present, visible or was clicked.
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { ElementCondition } from '../condition-definition.js';

/** The `element` kind. */
export const elementKind: ConditionKind<ElementCondition> = {
  kind: 'element',
  matches: (condition) => typeof condition.element === 'string',
  evaluate(condition, evaluation) {
    const state = condition.state ?? 'present';
    if (evaluation.explaining) evaluation.text = `element ${condition.element} ${state}`;
    return !!evaluation.context.elements(condition.element, state);
  },
};
