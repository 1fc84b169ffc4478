// The parts of Floating UI that positionPopover uses, as one module to import lazily: a dynamic import of the
// package itself would bring all of it into the app's chunk (bundlers cannot tree-shake a namespace import).
export { arrow, autoUpdate, computePosition, detectOverflow, flip, hide, offset, shift } from '@floating-ui/dom';
