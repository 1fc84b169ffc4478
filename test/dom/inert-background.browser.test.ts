import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { inertBackground } from '../../src/dom/inert-background.js';

afterEach(() => document.body.replaceChildren());

it('makes the background unfocusable and unclickable while the kept elements stay interactive, then restores', async () => {
  document.body.innerHTML = `
    <button id="outside">Outside</button><div id="already" inert><button id="dormant">Dormant</button></div>
    <main><button id="target">Target</button><button id="sibling">Sibling</button></main><x-tour id="tour"></x-tour>`;
  const tour = document.getElementById('tour')!;
  tour.attachShadow({ mode: 'open' }).innerHTML = '<button id="next">Next</button>';
  const byId = (id: string) => document.getElementById(id) as HTMLButtonElement;
  let clicks = 0;
  byId('outside').onclick = () => clicks++;

  const off = inertBackground([byId('target'), tour]);
  byId('outside').focus();
  expect(document.activeElement).toBe(document.body);
  byId('sibling').focus();
  expect(document.activeElement).toBe(document.body);
  const r = byId('outside').getBoundingClientRect();
  (document.elementFromPoint(r.x + 2, r.y + 2) as HTMLElement | null)?.click?.();
  byId('target').focus();
  expect(document.activeElement).toBe(byId('target'));
  await userEvent.keyboard('{Tab}'); // the sibling is skipped; focus goes into the kept tour
  expect(tour.shadowRoot!.activeElement?.id).toBe('next');

  off();
  expect(byId('already').inert).toBe(true);
  byId('outside').focus();
  expect(document.activeElement).toBe(byId('outside'));
  await userEvent.click(byId('outside'));
  expect(clicks).toBe(1);
});
