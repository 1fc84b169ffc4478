import { afterEach, expect, it } from 'vitest';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';

let w: Waymark | undefined;
const style = document.createElement('style');
afterEach(() => {
  w?.destroy();
  style.remove();
});

it("lets the host app theme the step through wm-tour's exported parts", async () => {
  style.textContent =
    'wm-tour::part(popover__title) { color: rgb(200, 0, 0); } wm-tour::part(popover__dialog) { border-radius: 3px; }';
  document.head.append(style);
  w = createWaymark({
    guides: { schemaVersion: 1, tours: [{ id: 't', steps: [{ id: 's', title: 'Themed' }] }] },
    storage: memoryStorage(),
  });
  await w.ready;
  w.start('t');
  const inner = () => document.querySelector('wm-tour')!.shadowRoot!.querySelector('wm-popover')!.shadowRoot;
  await expect.poll(() => inner()?.querySelector('[part=title]')).toBeTruthy();
  expect(getComputedStyle(inner()!.querySelector('[part=title]')!).color).toBe('rgb(200, 0, 0)');
  expect(getComputedStyle(inner()!.querySelector('[part=dialog]')!).borderTopLeftRadius).toBe('3px');
});
