import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import { deepActive } from '../../src/dom/focus-trap.js';
import hints from '../../src/features/hints.js';

let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  document.body.replaceChildren();
});

const name = () => {
  const el = deepActive();
  return el?.getAttribute('aria-label') ?? el?.textContent?.trim();
};

it('reaches every beacon with Tab and Shift+Tab right after its target, also on a long page with targets far off screen', async () => {
  await page.viewport(1024, 700);
  const section = (id: string) =>
    `<section style="height:1400px"><h2>${id}</h2><button id="${id}">Button ${id}</button></section>`;
  document.body.innerHTML = `<header style="position:sticky;top:0;background:#fff"><button id="start">Start</button> <a href="#" id="home">Home</a></header>
    <main>${['a', 'b', 'c'].map(section).join('')}</main><footer><a href="#" id="last">Footer link</a></footer>`;
  w = createWaymark({
    guides: {
      schemaVersion: 1,
      hints: ['home', 'c', 'a', 'b'].map((id) => ({ id, target: '#' + id, title: 'About ' + id })),
    },
    storage: 'memory',
    validate: false,
    plugins: [hints],
  });
  await w.ready;
  await expect.element(page.getByRole('button', { name: 'Hint: About home' })).toBeVisible();
  (document.querySelector('#start') as HTMLElement).focus();
  const forward: (string | undefined)[] = [];
  for (let i = 0; i < 9; i++) {
    await userEvent.keyboard('{Tab}');
    forward.push(name());
    // A focused beacon is shown on its target once the target is in view.
    const b = deepActive();
    if (b?.classList.contains('beacon')) await expect.poll(() => b.matches(':popover-open')).toBe(true);
  }
  expect(forward).toEqual([
    'Home',
    'Hint: About home',
    'Button a',
    'Hint: About a',
    'Button b',
    'Hint: About b',
    'Button c',
    'Hint: About c',
    'Footer link',
  ]);
  const back: (string | undefined)[] = [];
  for (let i = 0; i < 8; i++) {
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    back.push(name());
  }
  expect(back).toEqual(forward.slice(0, 8).reverse());
});

it('puts a hint element back next to its target when an app re-render takes it away', async () => {
  document.body.innerHTML = '<div id="row"><button id="a">A</button></div>';
  w = createWaymark({
    guides: { schemaVersion: 1, hints: [{ id: 'a', target: '#a', title: 'About a' }] },
    storage: 'memory',
    validate: false,
    plugins: [hints],
  });
  await w.ready;
  await expect.element(page.getByRole('button', { name: 'Hint: About a' })).toBeVisible();
  const row = document.querySelector('#row')!;
  const target = document.querySelector('#a')!;
  expect(target.nextElementSibling?.localName).toBe('wm-hint');
  // A framework re-rendering the row's children from its own list (the target node is kept).
  row.replaceChildren(target);
  await expect.poll(() => target.nextElementSibling?.localName).toBe('wm-hint');
  await expect.element(page.getByRole('button', { name: 'Hint: About a' })).toBeVisible();
});
