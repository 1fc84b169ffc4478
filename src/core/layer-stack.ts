/**
 * The layer manager's decisions, without a DOM: where each floating launcher of an instance sits (one stack per
 * viewport corner), when launchers step aside for the control that has keyboard focus, and when everything that is
 * not modal hides because something modal is open. The DOM side ({@link ../dom/watch-obscured.js} and
 * {@link ../dom/dock-layer.js}) measures and applies.
 * @packageDocumentation
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { sharedKey, type WaymarkContext } from './waymark-context.js';

/** A corner of the viewport. */
export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** A rectangle in viewport coordinates (CSS px). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A floating layer (launcher, slide-out) in a corner stack. */
export interface CornerLayer {
  id: string;
  /** The corner it asks for. */
  corner: Corner;
  /** Its place in the stack: lower sits nearer the corner. */
  order: number;
  width: number;
  height: number;
}

/** Where a floating layer is drawn. */
export interface CornerPlace {
  /** The corner it sits in (the one asked for, or the mirrored one when it moved aside for focus). */
  corner: Corner;
  /** Distance (px) from the corner's margin along the stack (upwards from the bottom, downwards from the top). */
  offset: number;
  /** It yields: not drawn (something modal is open, or there is no free place that leaves the focus visible). */
  hidden: boolean;
}

/** What the layout depends on besides the layers. */
export interface LayerScene {
  /** The viewport's size. */
  viewport: { width: number; height: number };
  /** The box of the page control that has keyboard focus (null: none, or focus is inside Waymark's own UI). */
  focus: Box | null;
  /** Something modal is open: every floating layer hides. */
  blocked?: boolean;
  /** Space between the viewport edge and a stack. @default 16 */
  margin?: number;
  /** Space between two layers of a stack. @default 8 */
  gap?: number;
}

const mirror = (c: Corner): Corner =>
  c.endsWith('right') ? (c.replace('right', 'left') as Corner) : (c.replace('left', 'right') as Corner);
/** The gap between the viewport's edge and a corner layer (px). */
const MARGIN = 16;

/**
 * The viewport box of a layer in a corner, `offset` pixels along the stack from the corner's edge.
 * @param layer - its measured size.
 * @param corner - the corner.
 * @param offset - the room taken by the layers stacked before it.
 * @param viewport - the viewport's size.
 * @param margin - the gap to the viewport's edges.
 */
export const cornerBox = (
  layer: Pick<CornerLayer, 'width' | 'height'>,
  corner: Corner,
  offset: number,
  viewport: { width: number; height: number },
  margin = MARGIN,
): Box => ({
  x: corner.endsWith('right') ? viewport.width - margin - layer.width : margin,
  y: corner.startsWith('bottom') ? viewport.height - margin - offset - layer.height : margin + offset,
  width: layer.width,
  height: layer.height,
});

/** Whether two boxes overlap. */
export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Lay out the floating layers: per corner, in `order`, each one above (or below, in a top corner) the previous
 * one, so none overlaps another (across corners too: on a phone an open checklist panel spans the width). A layer
 * stacked on another must fit in the viewport. A layer that would cover the focused control (or does not fit, or
 * would overlap) moves to the mirrored corner's stack; when it cannot be placed there either, it is hidden until
 * focus moves on (WCAG 2.2 SC 2.4.11, focus
 * not obscured). A focused region larger than half the viewport both ways (a `main` landmark) cannot be hidden by a
 * launcher and is left out. While something modal is open every layer is hidden.
 * @param layers - the layers with their measured size.
 * @param scene - viewport, focus and modal state.
 * @returns each layer's place, by id.
 */
export function layoutCorners(layers: readonly CornerLayer[], scene: LayerScene): Record<string, CornerPlace> {
  const { viewport: v, blocked, margin = MARGIN, gap = 8 } = scene;
  // A focused region (the page's main landmark after a tour, a panel) stays visible around a launcher: only
  // controls and other boxes smaller than half the viewport in both directions can be hidden by one.
  const focus =
    scene.focus && (scene.focus.width <= v.width / 2 || scene.focus.height <= v.height / 2) ? scene.focus : null;
  const used: Partial<Record<Corner, number>> = {};
  const out: Record<string, CornerPlace> = {};
  const placed: Box[] = [];
  // Place in a corner when it leaves the focus visible, overlaps no layer placed before it, and stays inside the
  // viewport when `fit` or when stacked on another layer (only the first of a corner may be taller than the room,
  // like an open checklist panel on a phone).
  const put = (l: CornerLayer, c: Corner, fit: boolean) => {
    const offset = used[c] ?? 0;
    const b = cornerBox(l, c, offset, v, margin);
    if ((focus && overlaps(b, focus)) || placed.some((p) => overlaps(b, p))) return false;
    if ((fit || offset > 0) && (b.y < 0 || b.y + b.height > v.height)) return false;
    out[l.id] = { corner: c, offset, hidden: false };
    if (l.width || l.height) {
      used[c] = offset + l.height + gap;
      placed.push(b);
    }
    return true;
  };
  const aside: CornerLayer[] = [];
  for (const l of [...layers].sort((a, b) => a.order - b.order)) {
    if (blocked) out[l.id] = { corner: l.corner, offset: 0, hidden: true };
    else if (!put(l, l.corner, false)) aside.push(l);
  }
  for (const l of aside)
    if (!put(l, mirror(l.corner), true)) out[l.id] = { corner: l.corner, offset: used[l.corner] ?? 0, hidden: true };
  return out;
}

/** A layer's handle in the stack: report its size, leave. */
export interface LayerHandle {
  /** Its measured size (px). */
  size(width: number, height: number): void;
  /** Leave the stack. */
  remove(): void;
}

/**
 * The layer manager of one Waymark instance (`layersOf(context)`). One modal thing at a time is the context's
 * `$modal` slot; this adds the rest: the corner stacks of floating launchers, the focus they must not hide, and
 * whether the app has a modal dialog of its own open.
 */
export interface LayerStack {
  /** Add a floating layer to a corner stack; lower `order` sits nearer the corner. */
  add(id: string, corner: Corner, order: number): LayerHandle;
  /** Every floating layer's place, by id. */
  readonly $places: ReadableAtom<Record<string, CornerPlace>>;
  /** The viewport and the focused page control, kept up to date by the DOM side while anyone watches. */
  readonly $scene: WritableAtom<Pick<LayerScene, 'viewport' | 'focus'>>;
  /** The app has a modal dialog of its own open (`dialog:modal`, a visible `[aria-modal=true]`). */
  readonly $appModal: WritableAtom<boolean>;
  /**
   * Something modal is open that Waymark's non-modal layers (hints, beacons, launchers, slide-outs) must not draw
   * over: the app's own modal dialog, or a modal thing of Waymark's other than a tour (a tour's modal step covers
   * the launchers itself, and hints hide for any tour).
   */
  readonly $blocked: ReadableAtom<boolean>;
  /**
   * The viewport boxes of the layers drawn now (launchers, slide-outs), for things of Waymark's that share the top
   * layer with them and must not draw over them (hint beacons).
   */
  boxes(): Box[];
  /**
   * Keep a shared watcher running while at least one caller uses it: the first call starts it, the last release
   * stops it. Used for the DOM side that feeds `$scene` and `$appModal`.
   * @returns the release.
   */
  watch(start: () => () => void): () => void;
}

/**
 * Create the layer manager of an instance.
 * @param $modal - the instance's one-modal-at-a-time slot (its holder: `tour:<id>`, `announcement:<id>`…).
 */
export function createLayerStack($modal: ReadableAtom<string | null>): LayerStack {
  const $layers = atom<CornerLayer[]>([]);
  const $scene = atom<Pick<LayerScene, 'viewport' | 'focus'>>({ viewport: { width: 0, height: 0 }, focus: null });
  const $appModal = atom(false);
  const $blocked = atom(false);
  const $places = atom<Record<string, CornerPlace>>({});
  // Plain atoms kept up to date by listeners (no `computed`: its unmount timer would outlive the instance).
  const update = () => {
    const holder = $modal.get();
    const blocked = $appModal.get() || (!!holder && !holder.startsWith('tour:'));
    $blocked.set(blocked);
    const places = layoutCorners($layers.get(), { ...$scene.get(), blocked });
    if (JSON.stringify(places) != JSON.stringify($places.get())) $places.set(places);
  };
  for (const $ of [$layers, $scene, $appModal, $modal]) $.listen(update);
  update();
  let users = 0;
  let stop: (() => void) | undefined;
  return {
    add(id, corner, order) {
      $layers.set([...$layers.get(), { id, corner, order, width: 0, height: 0 }]);
      return {
        size(width, height) {
          const list = $layers.get();
          const l = list.find((x) => x.id == id);
          if (l && (l.width != width || l.height != height))
            $layers.set(list.map((x) => (x == l ? { ...l, width, height } : x)));
        },
        remove: () => $layers.set($layers.get().filter((l) => l.id != id)),
      };
    },
    $places,
    $scene,
    $appModal,
    $blocked,
    boxes() {
      const { width, height } = $scene.get().viewport;
      const places = $places.get();
      return $layers.get().flatMap((l) => {
        const p = places[l.id];
        return !p || p.hidden || !l.width || !l.height ? [] : [cornerBox(l, p.corner, p.offset, { width, height })];
      });
    },
    watch(start) {
      if (!users++) stop = start();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        if (!--users) {
          stop?.();
          stop = undefined;
        }
      };
    },
  };
}

/**
 * The layer manager of an instance, created on first use (it lives in the features' lazy chunks, not in the tour
 * runtime) and shared by every feature of that instance.
 * @param ctx - the instance's context.
 */
export const layersOf = (ctx: Pick<WaymarkContext, 'shared' | '$modal'>): LayerStack =>
  ctx.shared(LAYERS, () => createLayerStack(ctx.$modal));

/** The shared-state key of an instance's layer manager (see {@link layersOf}). */
export const LAYERS = sharedKey<LayerStack>('layers');
