import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getTabbables, saveFocus, trapFocus } from '../../src/dom/focus-trap.js';

const names = (els: HTMLElement[]) => els.map((el) => el.id || el.textContent);
const active = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.id;
};
const cleanups: (() => void)[] = [];

afterEach(() => {
  cleanups.splice(0).forEach((off) => off());
  document.body.replaceChildren();
});

describe('getTabbables in Chromium', () => {
  it('lists focusable, enabled, rendered, non-inert elements in tree order', () => {
    document.body.innerHTML = `<section>
      <button id="b1">1</button><button disabled>x</button><a>no href</a><a href="#" id="a1">2</a>
      <input id="i1"><input type="hidden"><select id="s1"></select><textarea id="t1"></textarea>
      <div tabindex="0" id="d1">3</div><div tabindex="-1">x</div><div contenteditable="true" id="c1"></div>
      <fieldset disabled><input></fieldset><div inert><button>x</button></div>
      <div style="display:none"><button>x</button></div><button hidden>x</button>
      <div style="visibility:hidden"><button>x</button></div><div style="display:contents"><button id="b2">4</button></div>
      <details><summary id="sum">More</summary><button>x</button></details></section>`;
    expect(names(getTabbables(document.querySelector('section')!))).toEqual([
      'b1',
      'a1',
      'i1',
      's1',
      't1',
      'd1',
      'c1',
      'b2',
      'sum',
    ]);
  });
});

describe('trapFocus', () => {
  it('cycles Tab and Shift+Tab across a shadow-root container and a light-DOM target, then restores focus', async () => {
    document.body.innerHTML =
      '<button id="before">Before</button><button id="target">Target</button><button id="after">After</button>';
    const pop = document.createElement('x-step');
    pop.innerHTML = '<a href="#" id="learn">Learn more</a>';
    pop.attachShadow({ mode: 'open' }).innerHTML =
      '<h2 id="title" tabindex="-1">Title</h2><button id="back">Back</button><slot></slot><button id="next">Next</button>';
    document.body.append(pop);
    const target = document.getElementById('target')!;

    document.getElementById('after')!.focus();
    const restore = saveFocus();
    cleanups.push(trapFocus(() => [pop, target]));
    pop.shadowRoot!.getElementById('title')!.focus();
    expect(active()).toBe('title');

    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{Tab}');
      seen.push(active());
    }
    expect(seen).toEqual(['back', 'learn', 'next', 'target', 'back']);

    seen.length = 0;
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      seen.push(active());
    }
    expect(seen).toEqual(['target', 'next', 'learn', 'back', 'target']);

    restore();
    expect(active()).toBe('after');
  });

  it('stops trapping after cleanup', async () => {
    document.body.innerHTML = '<button id="a">A</button><button id="b">B</button><button id="c">C</button>';
    const off = trapFocus(() => [document.getElementById('a')!]);
    document.getElementById('a')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(active()).toBe('a');
    off();
    await userEvent.keyboard('{Tab}');
    expect(active()).toBe('b');
  });
});

describe('trapFocus releases while focus is elsewhere in the page', () => {
  it('leaves Tab alone outside its containers and takes it back from <body>', async () => {
    document.body.innerHTML = '<button id="a">A</button><button id="b">B</button><button id="c">C</button>';
    cleanups.push(trapFocus(() => [document.getElementById('c')!]));
    document.getElementById('a')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(active()).toBe('b');
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('{Tab}');
    expect(active()).toBe('c');
  });
});

describe('saveFocus when the element is gone', () => {
  it('focuses the element that replaced it (same name in the same container)', () => {
    document.body.innerHTML = '<div id="bar"><span><button>Save</button></span><button id="x">Other</button></div>';
    document.querySelector('button')!.focus();
    const restore = saveFocus();
    document.querySelector('span')!.innerHTML = '<button id="new">Save</button>'; // a re-render
    restore();
    expect(active()).toBe('new');
  });

  it('focuses the component it lived in (its first control), e.g. a checklist launcher', () => {
    document.body.innerHTML = '<x-list></x-list><main><button id="m">Main</button></main>';
    const host = document.querySelector('x-list')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<button id="launcher">Checklist</button><ul><li><div><button id="go">Start tour</button></div></li></ul>';
    host.shadowRoot!.getElementById('go')!.focus();
    const restore = saveFocus();
    host.shadowRoot!.getElementById('go')!.remove();
    restore();
    expect(active()).toBe('launcher');
  });

  it('falls back to the main landmark, never <body>, and looks again when the element goes right after', async () => {
    document.body.innerHTML = '<header><button id="open">Open</button></header><main><p>Text</p></main>';
    const opener = document.getElementById('open')!;
    opener.focus();
    const restore = saveFocus();
    document.body.focus();
    restore();
    expect(active()).toBe('open');
    opener.closest('header')!.remove(); // the app re-renders it away in the same task
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(document.activeElement).toBe(document.querySelector('main'));
  });
});
