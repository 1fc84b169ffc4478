/**
 * Waiting for a tour step's target that is not on the page yet: the rarer path of `<wm-tour>`, with its reports to
 * the engine when the wait ends without a target a user can point at.
 * @packageDocumentation
 */
import type { ActiveStep, TourEngine } from '../core/tour-engine.js';
import { blockedByFrame, resolveTarget } from '../dom/resolve-target.js';
import { isPointable } from '../dom/is-visible.js';
import { extras, loadExtras } from './tour-extras-loader.js';

/**
 * Wait for the step's target (its code loads, if an idle moment has not loaded it yet, while the target is awaited),
 * then `show` it; when none appears in the step's `waitTimeout`, report it to the engine (as hidden, where a user
 * would see it, or as missing), which applies `onMissing`.
 * @param target - the step's target selectors.
 * @param waitTimeout - how long to wait for it, in ms (the step's `waitTimeout`).
 * @param host - the element whose `engine` a missing or invisible target is reported to.
 * @param show - called with the target once it is there.
 * @returns cancels the wait.
 */
export function awaitTarget(
  target: ActiveStep['step']['target'],
  waitTimeout: number,
  host: { readonly engine?: TourEngine },
  show: (target: Element) => void,
): () => void {
  const abort = new AbortController();
  const started = Date.now();
  void loadExtras()
    .then(() =>
      abort.signal.aborted || !extras
        ? null
        : extras.waitForTarget(target, {
            timeout: Math.max(0, waitTimeout - (Date.now() - started)),
            signal: abort.signal,
            accept: isPointable,
          }),
    )
    .then((el) => {
      if (abort.signal.aborted) return;
      if (el) return show(el);
      // Only hidden elements match: say so (and where a user would see it), then apply `onMissing`.
      const hidden = resolveTarget(target);
      if (hidden && extras)
        host.engine?.reportInvisibleTarget({
          selectors: target,
          ...extras.describeInvisible(hidden, {
            reason: 'not-rendered',
            use: null,
            suggest: extras.visibleAncestor(hidden),
          }),
        });
      host.engine?.reportMissingTarget({
        selectors: target,
        waitedMs: Date.now() - started,
        reason: hidden ? 'not-rendered' : blockedByFrame(target) ? 'cross-origin-frame' : 'not-found',
      });
    });
  return () => abort.abort();
}
