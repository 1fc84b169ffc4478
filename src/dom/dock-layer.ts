import type { Corner, LayerStack } from '../core/layer-stack.js';
import { watchObscured } from './watch-obscured.js';

/** How a floating element joins its instance's corner stack. */
export interface DockOptions {
  /** Unique within the instance (`checklist:<id>`, `chat`, `announcement:<id>`). */
  id: string;
  /** The corner it asks for. */
  corner: Corner;
  /** Its place in the stack: lower sits nearer the corner (checklist 0, chat 1, help centre 2, slide-out 3). */
  order: number;
  /** The box to measure, when it is not the host itself (a slide-out's dialog in the top layer). */
  measure?: Element;
}

/**
 * Put a floating Waymark element (a launcher, a slide-out) into its instance's corner stack: its size is measured
 * (`ResizeObserver`), and the place the stack gives it is written on the host as the `data-wm-stack` attribute
 * (the corner), the `--wm-stack-offset` custom property (px from the corner's margin along the stack) and the
 * `data-wm-yield` attribute (hidden: a modal is open, or it would hide the focused control). The element's styles
 * turn these into its position. Also keeps the instance's focus and modal watcher running while docked.
 * @param stack - the instance's layer manager (`layersOf(context)`).
 * @param host - the element to place.
 * @param options - id, corner, order and what to measure.
 * @returns the cleanup: leaves the stack and removes what it wrote.
 */
export function dockLayer(
  stack: LayerStack,
  host: HTMLElement,
  { id, corner, order, measure = host }: DockOptions,
): () => void {
  const layer = stack.add(id, corner, order);
  const size = () => {
    const r = measure.getBoundingClientRect();
    layer.size(Math.round(r.width), Math.round(r.height));
  };
  const resize = typeof ResizeObserver == 'function' ? new ResizeObserver(size) : undefined;
  resize?.observe(measure);
  size();
  const release = stack.watch(() => watchObscured(stack, host.ownerDocument));
  const off = stack.$places.subscribe((places) => {
    const p = places[id];
    if (!p) return;
    host.setAttribute('data-wm-stack', p.corner);
    host.style.setProperty('--wm-stack-offset', p.offset + 'px');
    host.toggleAttribute('data-wm-yield', p.hidden);
  });
  return () => {
    off();
    release();
    resize?.disconnect();
    layer.remove();
    host.removeAttribute('data-wm-stack');
    host.removeAttribute('data-wm-yield');
    host.style.removeProperty('--wm-stack-offset');
  };
}
