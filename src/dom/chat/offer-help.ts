import { createStuckDetector, type StuckReason } from '../../core/chat/stuck-detector.js';
import type { StuckThresholds } from '../../core/chat/chat-definition.js';
import type { WaymarkContext } from '../../core/waymark-context.js';
import { listen } from '../listen.js';
import { resolveTarget } from '../resolve-target.js';

/**
 * Watch the running tour for a stuck user: too long on a step, clicks that miss the target of a click-to-advance
 * step (the step's popover aside), or returns to a step the user had moved past, within one run of a tour. Clears `ctx.$help` whenever the step changes.
 * The chat feature loads it only for a guide with `chat.stuck`.
 * @param ctx - the instance's context.
 * @param thresholds - the guide's `chat.stuck`.
 * @param onStuck - called at most once per showing of a step, with why.
 * @returns the cleanup.
 */
export function offerHelp(
  ctx: WaymarkContext,
  thresholds: StuckThresholds,
  onStuck: (reason: StuckReason) => void,
): () => void {
  let key: string | null | undefined;
  let off: (() => void) | undefined;
  const detector = createStuckDetector({ thresholds, onStuck });
  const stop = ctx.tours.$active.subscribe((active) => {
    const next = active && active.tour.id + '\n' + active.step.id;
    if (next == key) return;
    key = next;
    off?.();
    off = undefined;
    ctx.$help.set(null);
    detector.step(next, active?.stepIndex);
    if (active?.step.advanceOn == 'click')
      off = listen(
        document,
        'click',
        (e) => {
          const target = resolveTarget(active.step.target, document);
          if (!e.composedPath().some((n) => n == target || (n as Element).localName == 'wm-popover'))
            detector.failedAdvance();
        },
        true,
      );
  });
  return () => {
    stop();
    off?.();
    detector.destroy();
  };
}
