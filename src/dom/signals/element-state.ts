import type { ElementState } from '../../core/conditions/condition-definition.js';
import { isVisible } from '../is-visible.js';
import { resolveTarget } from '../resolve-target.js';

/**
 * Whether an element matching a selector (`>>>` pierces open shadow roots) is in a state: `present`
 * in the page, `visible` (rendered with a box), or `clicked` (per `wasClicked`). Invalid selectors
 * match nothing; nothing throws.
 * @param selector - the condition's selector.
 * @param state - the state asked about.
 * @param wasClicked - whether an element was clicked on this page.
 * @param root - where to look. @default document
 * @returns whether some matching element is in that state.
 */
export const elementState = (
  selector: string,
  state: ElementState,
  wasClicked: (el: Element) => boolean,
  root: Document | Element = document,
): boolean =>
  !!resolveTarget(selector, root, state === 'visible' ? isVisible : state === 'clicked' ? wasClicked : undefined);
