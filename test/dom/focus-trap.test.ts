import { afterEach, describe, expect, it } from 'vitest';
import { getTabbables, saveFocus } from '../../src/dom/focus-trap.js';

afterEach(() => document.body.replaceChildren());

const names = (els: HTMLElement[]) => els.map((el) => el.id || el.textContent);

describe('getTabbables', () => {
  it('skips disabled, inert and non-focusable elements (rendering is checked in the browser test)', () => {
    document.body.innerHTML = `<section><button id="b1">1</button><button disabled>x</button><a>no href</a>
      <a href="#" id="a1">2</a><div tabindex="0" id="d1">3</div><div tabindex="-1">x</div><p>x</p></section>`;
    expect(names(getTabbables(document.querySelector('section')!))).toEqual(['b1', 'a1', 'd1']);
  });

  it('pierces open shadow roots and follows slots, including the container itself', () => {
    const pop = document.body.appendChild(document.createElement('x-pop'));
    pop.innerHTML = '<a href="#" id="slotted">slotted</a>';
    pop.attachShadow({ mode: 'open' }).innerHTML = '<button id="back">Back</button><slot></slot><x-inner></x-inner>';
    pop.shadowRoot!.querySelector('x-inner')!.attachShadow({ mode: 'open' }).innerHTML =
      '<button id="deep">Deep</button>';
    expect(names(getTabbables(pop))).toEqual(['back', 'slotted', 'deep']);
    expect(names(getTabbables(pop.shadowRoot!))).toEqual(['back', 'slotted', 'deep']);

    const target = document.body.appendChild(document.createElement('button'));
    target.id = 'target';
    expect(names(getTabbables(target))).toEqual(['target']);
  });

  it('puts positive tabindex first, ascending, then the rest in tree order', () => {
    document.body.innerHTML =
      '<main><button id="z">z</button><i tabindex="2" id="two"></i><button id="y">y</button><i tabindex="1" id="one"></i></main>';
    expect(names(getTabbables(document.querySelector('main')!))).toEqual(['one', 'two', 'z', 'y']);
  });
});

describe('saveFocus', () => {
  it('restores focus to the element focused inside a shadow root, if it is still connected', () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).innerHTML = '<button>inner</button>';
    const other = document.body.appendChild(document.createElement('button'));
    const inner = host.shadowRoot!.querySelector('button')!;
    inner.focus();
    const restore = saveFocus();
    other.focus();
    restore();
    expect(host.shadowRoot!.activeElement).toBe(inner);

    other.focus();
    const restoreOther = saveFocus();
    inner.focus();
    other.remove();
    restoreOther();
    expect(host.shadowRoot!.activeElement).toBe(inner);
  });
});
