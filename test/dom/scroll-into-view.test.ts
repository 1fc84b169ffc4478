import { expect, it, vi } from 'vitest';
import { scrollIntoViewIfNeeded } from '../../src/dom/scroll-into-view.js';

it('settles at once without scrolling where there is no layout (happy-dom: every box is 0x0 at 0,0)', async () => {
  document.body.innerHTML = '<div style="overflow:auto"><button>Go</button></div>';
  const target = document.querySelector('button')!;
  const scroll = vi.spyOn(target, 'scrollIntoView');
  await expect(scrollIntoViewIfNeeded(target)).resolves.toBeUndefined();
  expect(scroll).not.toHaveBeenCalled();
});
