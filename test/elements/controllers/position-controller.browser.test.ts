import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LitElement, html, type TemplateResult } from 'lit';
import { PositionController } from '../../../src/elements/controllers/position-controller.js';

/** A minimal floating element built on the controller, as `<wm-popover>` and `<wm-hint>` are. */
class TestTip extends LitElement {
  anchor: Element | null = null;
  position = new PositionController(this, () => this.place());
  placed = 0;
  get box() {
    return this.renderRoot.querySelector<HTMLElement>('div')!;
  }
  place() {
    if (!this.anchor) return this.position.stop();
    this.position.follow(this.anchor, this.box, { placement: 'bottom' }, () => this.placed++);
  }
  protected override firstUpdated() {
    this.position.restart();
  }
  protected override render(): TemplateResult {
    return html`<div style="position:fixed;width:120px;height:40px;margin:0">tip</div>`;
  }
}
customElements.define('test-position-tip', TestTip);

beforeAll(() => page.viewport(1024, 768));
afterEach(() => document.body.replaceChildren());

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

describe('PositionController', () => {
  it('follows the anchor while connected, stops when the host leaves the page and resumes when it comes back', async () => {
    const anchor = document.createElement('button');
    anchor.textContent = 'Anchor';
    anchor.style.cssText = 'position:fixed;left:100px;top:100px;width:80px;height:30px';
    const tip = Object.assign(document.createElement('test-position-tip') as TestTip, { anchor });
    document.body.append(anchor, tip);
    await tip.updateComplete;
    await expect.poll(() => tip.placed).toBeGreaterThan(0);
    expect(tip.position.active).toBe(true);
    expect(tip.box.getBoundingClientRect().top).toBeCloseTo(140, 0);

    tip.remove();
    expect(tip.position.active).toBe(false);
    const count = tip.placed;
    anchor.style.top = '300px';
    window.dispatchEvent(new Event('resize'));
    await frames();
    expect(tip.placed).toBe(count);

    document.body.append(tip);
    expect(tip.position.active).toBe(true);
    await expect.poll(() => tip.box.getBoundingClientRect().top).toBeCloseTo(340, 0);
  });

  it('replaces what it follows and stops for good on stop()', async () => {
    const a = document.createElement('button');
    a.style.cssText = 'position:fixed;left:100px;top:100px;width:80px;height:30px';
    const b = a.cloneNode() as HTMLButtonElement;
    b.style.left = '500px';
    const tip = Object.assign(document.createElement('test-position-tip') as TestTip, { anchor: a });
    document.body.append(a, b, tip);
    await tip.updateComplete;
    await expect.poll(() => tip.box.getBoundingClientRect().left).toBeCloseTo(80, 0);
    tip.anchor = b;
    tip.position.restart();
    await expect.poll(() => tip.box.getBoundingClientRect().left).toBeCloseTo(480, 0);
    tip.position.stop();
    const left = tip.box.getBoundingClientRect().left;
    b.style.left = '700px';
    window.dispatchEvent(new Event('resize'));
    await frames();
    expect(tip.box.getBoundingClientRect().left).toBe(left);
  });
});
