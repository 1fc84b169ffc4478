// The floor: what the bare dependencies cost (a Lit element placed by Floating UI's autoUpdate next to the target,
// plus a nanostores atom). Not a tour library: memory and size reference only.
import { LitElement, html, type TemplateResult } from 'lit';
import { autoUpdate, computePosition } from '@floating-ui/dom';
import { atom } from 'nanostores';
import type { BenchApp } from './app.js';

class FloorBubble extends LitElement {
  override render(): TemplateResult {
    return html`<div popover="manual" style="position:fixed;inset:auto;margin:0">Step</div>`;
  }
}
customElements.define('floor-bubble', FloorBubble);

interface Floor {
  steps: string[];
  index: ReturnType<typeof atom<number>>;
  el?: FloorBubble;
  stop?: () => void;
  off?: () => void;
}
const show = (f: Floor) => {
  f.stop?.();
  const target = document.querySelector(f.steps[f.index.get()])!;
  target.scrollIntoView({ block: 'center' });
  const box = f.el!.shadowRoot!.firstElementChild as HTMLElement;
  if (!box.matches(':popover-open')) box.showPopover();
  f.stop = autoUpdate(target, box, () =>
    computePosition(target, box, { strategy: 'fixed' }).then(({ x, y }) =>
      Object.assign(box.style, { left: `${x}px`, top: `${y}px` }),
    ),
  );
};
const app: BenchApp<Floor> = {
  async create(steps) {
    return { steps: steps.map((s) => s.target), index: atom(0) };
  },
  async start(f) {
    f.el = document.createElement('floor-bubble') as FloorBubble;
    document.body.append(f.el);
    await f.el.updateComplete;
    f.off = f.index.subscribe(() => show(f));
  },
  next: (f) => f.index.set(f.index.get() + 1),
  destroy: (f) => {
    f.off?.();
    f.stop?.();
    f.el?.remove();
  },
  bubble: () => document.querySelector('floor-bubble')?.shadowRoot?.firstElementChild ?? null,
};
(window as unknown as { app: BenchApp<Floor> }).app = app;
