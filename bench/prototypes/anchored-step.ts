/**
 * PROTOTYPE (benchmark only, not shipped): a step bubble and a spotlight hole that follow their target with CSS
 * anchor positioning, so scrolling runs no script at all. Both live in a shadow root and the top layer; the target
 * is in the page. Tree-scoped `anchor-name`s cannot cross from the page into a shadow root, so no name is used:
 * `showPopover({ source: target })` makes the target the popovers' implicit anchor (an element reference, which
 * shadow boundaries do not stop), and `position-anchor: auto` (the default) follows it. The hole is one element
 * with a huge spread `box-shadow`; `position-try-fallbacks` flips the bubble like Floating UI's `flip()`.
 * Measured by scripts/bench-anchor.mjs against Floating UI's autoUpdate + the SVG path spotlight.
 */
export const anchoredStyles = `
[popover]{margin:0;padding:0;border:0;inset:auto;position:fixed;overflow:visible}
.hole{position-area:center;justify-self:anchor-center;align-self:anchor-center;width:calc(anchor-size(width) + 16px);height:calc(anchor-size(height) + 16px);border-radius:6px;box-shadow:0 0 0 200vmax rgb(0 0 0/.5);background:none;pointer-events:none}
.bubble{position-area:bottom span-right;position-try-fallbacks:flip-block,flip-inline,flip-block flip-inline;margin-block:10px;box-sizing:border-box;inline-size:max-content;max-inline-size:min(320px,calc(100vw - 16px));padding:16px;border-radius:8px;background:#fff;box-shadow:0 4px 16px rgb(0 0 0/.25);font:14px/1.5 system-ui}
`;

/** Whether this browser anchors a popover to `showPopover({ source })` (else fall back to Floating UI). */
export const supportsAnchoredPopover = () =>
  CSS.supports('position-area: bottom') && CSS.supports('position-try-fallbacks: flip-block');

/** Show an anchored step next to `target`; returns the cleanup. */
export function anchoredStep(target: Element, text: string): () => void {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = anchoredStyles;
  const hole = document.createElement('div');
  hole.className = 'hole';
  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  bubble.setAttribute('role', 'dialog');
  bubble.textContent = text;
  root.append(style, hole, bubble);
  document.body.append(host);
  for (const el of [hole, bubble]) {
    el.popover = 'manual';
    (el.showPopover as (o?: { source?: Element }) => void)({ source: target });
  }
  return () => host.remove();
}
