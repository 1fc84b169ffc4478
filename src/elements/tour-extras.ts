/**
 * What only some tour steps need, in a chunk of its own that {@link WmTour} loads when a step needs it: steps bound
 * to a page (`route`), and targets a user cannot see (pointed at through a visible stand-in, and reported). A
 * tours-only app without them never downloads it.
 * @packageDocumentation
 */
export { matchPath } from '../core/conditions/match-path.js';
export { watchPage } from '../dom/signals/watch-page.js';
export { describeInvisible, standInFor, visibleAncestor } from '../dom/visible-stand-in.js';
