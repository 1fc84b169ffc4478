/**
 * The help centre's floating launcher: a `<wm-help-center floating>` in the instance's corner stack, mounted in the
 * app's `container`, that steps aside while the app places its own `<wm-help-center>` (or with `launcher: "none"`).
 * @packageDocumentation
 */
import type { HelpCenterDefinition } from '../core/help/help-definition.js';
import { layersOf } from '../core/layer-stack.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { dockLayer } from '../dom/dock-layer.js';
import type { WmHelpCenter } from '../elements/help-center.js';
import type { HelpCenterController } from '../elements/help-center-model.js';

/**
 * Mount the floating help centre and set `controller.place` (placed elements call it).
 * @param ctx - the instance's context.
 * @param def - the document's `helpCenter` section.
 * @param controller - the feature's controller.
 * @param refresh - recomputes the lists (a placed panel shows them at once).
 * @returns the cleanup: the launcher leaves the page and the stack.
 */
export function floatHelpCenter(
  ctx: WaymarkContext,
  def: HelpCenterDefinition,
  controller: HelpCenterController,
  refresh: () => void,
): () => void {
  let placed = 0;
  let stopped = false;
  let launcher: WmHelpCenter | undefined;
  let undock: (() => void) | undefined;
  let unmount: (() => void) | undefined;
  const float = () => {
    const want = def.launcher !== 'none' && !placed && !stopped;
    if (want && !launcher) {
      launcher = document.createElement('wm-help-center') as WmHelpCenter;
      launcher.floating = true;
      launcher.controller = controller;
      unmount = ctx.mount(launcher);
      undock = dockLayer(layersOf(ctx), launcher, {
        id: 'help-center',
        corner: def.launcher === 'bottom-left' ? 'bottom-left' : 'bottom-right',
        order: 2,
      });
    } else if (!want && launcher) {
      undock?.();
      unmount?.();
      launcher = undock = unmount = undefined;
    }
  };
  controller.place = () => {
    placed++;
    float();
    refresh();
    let once = true;
    return () => {
      if (!once) return;
      once = false;
      placed--;
      queueMicrotask(float);
    };
  };
  float();
  return () => {
    stopped = true;
    float();
  };
}
