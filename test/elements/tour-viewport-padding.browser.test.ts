import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';

let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  document.body.replaceChildren();
});

it('createWaymark({ viewportPadding }) keeps that space free around an anchored step', async () => {
  await page.viewport(1024, 768);
  const target = document.createElement('button');
  target.textContent = 'Create';
  target.style.cssText = 'position:fixed;left:0;top:0;width:120px;height:30px';
  document.body.append(target);
  const guides = {
    schemaVersion: 1,
    tours: [{ id: 't', steps: [{ id: 's', target: 'button', title: 'Padded', placement: 'left' }] }],
  };
  w = createWaymark({ guides, storage: memoryStorage(), viewportPadding: { left: 150, top: 60 } });
  await w.ready;
  w.start('t');
  const dialog = () =>
    document
      .querySelector('wm-tour')
      ?.shadowRoot?.querySelector('wm-popover')
      ?.shadowRoot?.querySelector<HTMLElement>('[role=dialog]');
  await expect.poll(() => dialog()?.dataset.placement).toBeTruthy();
  dialog()!
    .getAnimations()
    .forEach((a) => a.finish());
  const d = dialog()!.getBoundingClientRect();
  expect(d.left).toBeGreaterThanOrEqual(150);
  expect(d.top).toBeGreaterThanOrEqual(60);
});
