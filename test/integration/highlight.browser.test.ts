import { afterEach, beforeEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'several',
      steps: [
        {
          id: 'both',
          target: '#filters',
          highlight: ['#results', ['#gone', '#legend'], '#absent'],
          title: 'Filters change the results',
        },
        { id: 'centred', highlight: ['#results'], title: 'Your results' },
        { id: 'none', target: '#filters', title: 'Only the filters' },
      ],
    },
  ],
};

let waymark: Waymark | undefined;
beforeEach(() => {
  document.body.innerHTML = `<main style="padding:40px">
    <div id="filters" style="width:200px;height:40px;background:#eee">Filters</div>
    <div style="height:120px"></div>
    <div id="results" style="margin-left:180px;width:150px;height:100px;background:#ddd">Results</div>
    <div id="legend" style="margin-left:50px;width:100px;height:30px;background:#ccc">Legend</div></main>`;
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
});

const centre = (sel: string) => {
  const r = document.querySelector(sel)!.getBoundingClientRect();
  return new DOMPoint(r.left + r.width / 2, r.top + r.height / 2);
};
/** The spotlight as a user sees it: whether a viewport point is dimmed (the path, or the anchored cut-out box). */
const path = () => ({
  isPointInFill(p: DOMPoint) {
    const root = document.querySelector('wm-tour')!.shadowRoot!.querySelector('wm-spotlight')!.shadowRoot!;
    const d = root.querySelector('path');
    if (d) return d.isPointInFill(p);
    const r = root.querySelector('[part=backdrop]')!.getBoundingClientRect();
    return !(p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom);
  },
});

it('cuts a hole around the target and every highlighted element on the page, and only those', async () => {
  waymark = createWaymark({ guides, storage: memoryStorage() });
  await waymark.ready;
  waymark.start('several');
  await expect.element(page.getByRole('dialog', { name: 'Filters change the results' })).toBeVisible();
  await expect.poll(() => path().isPointInFill(centre('#results'))).toBe(false);
  expect(path().isPointInFill(centre('#filters'))).toBe(false);
  expect(path().isPointInFill(centre('#legend'))).toBe(false); // the fallback matched
  expect(path().isPointInFill(new DOMPoint(20, 20))).toBe(true);
  // A centred step can light up elements too.
  waymark.next();
  await expect.element(page.getByRole('dialog', { name: 'Your results' })).toBeVisible();
  await expect.poll(() => path().isPointInFill(centre('#results'))).toBe(false);
  expect(path().isPointInFill(centre('#filters'))).toBe(true);
  // A step without highlight has just its target's hole.
  waymark.next();
  await expect.element(page.getByRole('dialog', { name: 'Only the filters' })).toBeVisible();
  await expect.poll(() => path().isPointInFill(centre('#results'))).toBe(true);
  expect(path().isPointInFill(centre('#filters'))).toBe(false);
});

it('the holes follow their elements when the page scrolls', async () => {
  document.body.insertAdjacentHTML('beforeend', '<div style="height:3000px"></div>');
  waymark = createWaymark({ guides, storage: memoryStorage() });
  await waymark.ready;
  waymark.start('several');
  await expect.element(page.getByRole('dialog', { name: 'Filters change the results' })).toBeVisible();
  await expect.poll(() => path().isPointInFill(centre('#results'))).toBe(false);
  scrollBy(0, 60);
  await expect.poll(() => path().isPointInFill(centre('#results'))).toBe(false);
  await expect.poll(() => path().isPointInFill(centre('#legend'))).toBe(false);
  scrollTo(0, 0);
});
