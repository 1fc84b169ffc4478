/**
 * What only some tour steps need, in a chunk of its own that `WmTour` loads when a step needs it (and while the
 * browser is idle once a tour runs): steps bound to a page (`route`), extra highlighted elements (`highlight`),
 * targets inside frames, targets a user cannot see (pointed at through a visible stand-in, and reported), and
 * waiting for a target that is not on the page yet. Not part of what an app downloads before the first step.
 * @packageDocumentation
 */
export { matchPath } from '../core/conditions/match-path.js';
export { watchPage } from '../dom/signals/watch-page.js';
export { frameChain, isAttached, viewportRect } from '../dom/frame-rect.js';
export { waitForTarget } from '../dom/wait-for-target.js';
export { describeInvisible, standInFor, visibleAncestor } from '../dom/visible-stand-in.js';
