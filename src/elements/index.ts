/**
 * The view layer: Lit elements (pure views) and their registration.
 * @packageDocumentation
 */
export { WmPopover, type PopoverButton, type WmActionDetail, type WmPositionedDetail } from './popover.js';
export { WmSpotlight } from './spotlight.js';
export { PositionController } from './controllers/position-controller.js';
export { defineElements, tags } from './define.js';
export { renderMarkdown } from './render-markdown.js';
export { tokens } from './tokens.styles.js';
export { WmTour, type TourKeyboardOptions } from './tour.js';
export { defaultLabels, type TourLabels } from './tour-labels.js';
