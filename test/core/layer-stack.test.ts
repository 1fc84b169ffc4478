import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import { createLayerStack, layersOf, layoutCorners, type CornerLayer } from '../../src/core/layer-stack.js';

const viewport = { width: 1280, height: 800 };
const layer = (
  id: string,
  order: number,
  height: number,
  corner: CornerLayer['corner'] = 'bottom-right',
  width = 200,
): CornerLayer => ({ id, corner, order, width, height });
// The box a place stands for (margin 16), to check overlaps the way a user sees them.
const box = (l: CornerLayer, p: { corner: string; offset: number }) => ({
  x: p.corner.endsWith('right') ? 1280 - 16 - l.width : 16,
  y: p.corner.startsWith('bottom') ? 800 - 16 - p.offset - l.height : 16 + p.offset,
  width: l.width,
  height: l.height,
});
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutCorners', () => {
  it('stacks the layers of a corner in order, none overlapping another', () => {
    const layers = [layer('slide', 3, 220, 'bottom-right', 352), layer('checklist', 0, 40), layer('chat', 1, 38)];
    const places = layoutCorners(layers, { viewport, focus: null });
    expect(places).toEqual({
      checklist: { corner: 'bottom-right', offset: 0, hidden: false },
      chat: { corner: 'bottom-right', offset: 48, hidden: false },
      slide: { corner: 'bottom-right', offset: 94, hidden: false },
    });
    for (const a of layers)
      for (const b of layers) if (a != b) expect(overlap(box(a, places[a.id]!), box(b, places[b.id]!))).toBe(false);
  });

  it('keeps corners apart and stacks downwards from a top corner', () => {
    const places = layoutCorners([layer('a', 0, 40, 'top-left'), layer('b', 1, 40, 'top-left'), layer('c', 0, 40)], {
      viewport,
      focus: null,
    });
    expect(places.b).toEqual({ corner: 'top-left', offset: 48, hidden: false });
    expect(places.c).toEqual({ corner: 'bottom-right', offset: 0, hidden: false });
  });

  it('on a phone, a slide-out that no longer fits above an open checklist panel yields instead of covering it', () => {
    // Seen on the demo at 375×667: the open panel (user-opened, nearest the corner) grew under the slide-out.
    const phone = { width: 375, height: 667 };
    const layers = [layer('checklist', 0, 530), layer('news', 3, 300)].map((l) => ({ ...l, width: 343 }));
    const places = layoutCorners(layers, { viewport: phone, focus: null });
    expect(places.checklist).toEqual({ corner: 'bottom-right', offset: 0, hidden: false });
    expect(places.news.hidden).toBe(true);
    // The panel closed (a 40 px launcher again): the slide-out is back above it.
    const closed = layoutCorners([{ ...layers[0], height: 40 }, layers[1]], { viewport: phone, focus: null });
    expect(closed.news).toEqual({ corner: 'bottom-right', offset: 48, hidden: false });
  });

  it('moves a layer that would hide the focused control to the other side, and hides it when that is taken too', () => {
    const layers = [layer('checklist', 0, 40), layer('chat', 1, 40)];
    // The page's last link, bottom right, has focus: under the checklist launcher.
    const focus = { x: 1100, y: 750, width: 120, height: 20 };
    const places = layoutCorners(layers, { viewport, focus });
    expect(places.checklist).toEqual({ corner: 'bottom-left', offset: 0, hidden: false });
    // The chat launcher would slide down into the same place: it moves too, above the checklist launcher.
    expect(places.chat).toEqual({ corner: 'bottom-left', offset: 48, hidden: false });
    // Focus higher up the right edge: the checklist launcher stays, the chat launcher above it moves.
    const higher = layoutCorners(layers, { viewport, focus: { x: 1100, y: 700, width: 120, height: 20 } });
    expect(higher.checklist).toEqual({ corner: 'bottom-right', offset: 0, hidden: false });
    expect(higher.chat).toEqual({ corner: 'bottom-left', offset: 0, hidden: false });
    // A focused control across the whole bottom: nothing can stay there.
    const wide = layoutCorners(layers, { viewport, focus: { x: 0, y: 740, width: 1280, height: 50 } });
    expect(wide.checklist!.hidden).toBe(true);
    expect(wide.chat!.hidden).toBe(true);
    // Focus elsewhere: back in place.
    expect(layoutCorners(layers, { viewport, focus: { x: 10, y: 10, width: 50, height: 20 } }).checklist).toEqual({
      corner: 'bottom-right',
      offset: 0,
      hidden: false,
    });
    // A focused region as large as the page (focus given back to <main> after a tour) is not a control to uncover.
    const main = layoutCorners(layers, { viewport, focus: { x: 0, y: 60, width: 1280, height: 2400 } });
    expect(Object.values(main).every((p) => !p.hidden && p.corner == 'bottom-right')).toBe(true);
  });

  it('hides every layer while something modal is open', () => {
    const places = layoutCorners([layer('a', 0, 40), layer('b', 1, 40, 'top-left')], {
      viewport,
      focus: null,
      blocked: true,
    });
    expect(Object.values(places).map((p) => p.hidden)).toEqual([true, true]);
  });
});

describe('createLayerStack', () => {
  it('lays out what is added, follows sizes and removals, and counts watchers', () => {
    const $modal = atom<string | null>(null);
    const stack = createLayerStack($modal);
    stack.$scene.set({ viewport, focus: null });
    const a = stack.add('a', 'bottom-right', 0);
    const b = stack.add('b', 'bottom-right', 1);
    a.size(200, 40);
    b.size(200, 30);
    expect(stack.$places.get().b).toEqual({ corner: 'bottom-right', offset: 48, hidden: false });
    a.remove();
    expect(stack.$places.get().b!.offset).toBe(0);
    // A tour does not block the launchers (its modal step covers them); a modal announcement and the app's modal do.
    $modal.set('tour:x');
    expect(stack.$blocked.get()).toBe(false);
    $modal.set('announcement:x');
    expect(stack.$places.get().b!.hidden).toBe(true);
    $modal.set(null);
    stack.$appModal.set(true);
    expect(stack.$blocked.get()).toBe(true);
    let running = 0;
    const start = () => (running++, () => running--);
    const r1 = stack.watch(start);
    const r2 = stack.watch(start);
    expect(running).toBe(1);
    r1();
    r1();
    expect(running).toBe(1);
    r2();
    expect(running).toBe(0);
  });
});

describe('layersOf', () => {
  it('gives each instance one layer manager, shared by its features', () => {
    const context = () => {
      const shared = new Map<string, unknown>();
      return {
        $modal: atom<string | null>(null),
        shared: <T>(k: string, make: () => T) => (shared.has(k) || shared.set(k, make()), shared.get(k) as T),
      };
    };
    const a = context();
    const b = context();
    expect(layersOf(a)).toBe(layersOf(a));
    expect(layersOf(a)).not.toBe(layersOf(b));
  });
});
