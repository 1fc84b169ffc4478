import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeTargets } from '../../src/dom/observe-targets.js';

// happy-dom has no layout, so these tests accept every element; visibility is covered in Chromium
// (test/features/hints.browser.test.ts).
const all = { accept: () => true };
const frame = () => new Promise((r) => requestAnimationFrame(r));
const settle = async () => {
  await Promise.resolve();
  await frame();
  await frame();
};
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.replaceChildren();
});

class XHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<span></span>';
  }
}
customElements.define('x-observe-host', XHost);

describe('observeTargets', () => {
  it('reports the first resolution at once, then appearances and disappearances', async () => {
    document.body.innerHTML = '<b id="a"></b>';
    const calls: (string | null)[][] = [];
    stop = observeTargets(['#a', ['#nope', '#b']], (found) => calls.push(found.map((el) => el?.id ?? null)), all);
    expect(calls).toEqual([['a', null]]);
    document.body.insertAdjacentHTML('beforeend', '<i id="b"></i>');
    await settle();
    expect(calls).toEqual([
      ['a', null],
      ['a', 'b'],
    ]);
    document.getElementById('a')!.remove();
    await settle();
    expect(calls.at(-1)).toEqual([null, 'b']);
  });

  it('reports a re-rendered target (a new node) but stays quiet when nothing it watches changed', async () => {
    document.body.innerHTML = '<div id="list"><b class="t">1</b></div><p id="noise"></p>';
    const onChange = vi.fn();
    stop = observeTargets(['.t'], onChange, all);
    const first = onChange.mock.calls[0][0][0];
    document.getElementById('noise')!.textContent = 'ticking';
    document.getElementById('noise')!.setAttribute('data-x', '1');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    document.getElementById('list')!.innerHTML = '<b class="t">1</b>';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1][0][0]).not.toBe(first);
    expect(onChange.mock.calls[1][0][0]).toBe(document.querySelector('.t'));
  });

  it('coalesces a burst of mutations into one check per frame', async () => {
    const onChange = vi.fn();
    stop = observeTargets(['.x'], onChange, all);
    for (let i = 0; i < 50; i++) document.body.append(Object.assign(document.createElement('i'), { className: 'x' }));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2); // the first resolution, then one for the whole burst
  });

  it('sees targets inside open shadow roots, including ones changed later inside the root', async () => {
    document.body.innerHTML = '<x-observe-host></x-observe-host>';
    const onChange = vi.fn();
    stop = observeTargets(['x-observe-host >>> .inner'], onChange, all);
    expect(onChange.mock.calls[0][0]).toEqual([null]);
    const root = document.querySelector('x-observe-host')!.shadowRoot!;
    root.querySelector('span')!.className = 'inner';
    await settle();
    expect(onChange.mock.calls.at(-1)![0]).toEqual([root.querySelector('.inner')]);
  });

  it('uses the acceptance test (a class change can make a target count) and stops after cleanup', async () => {
    document.body.innerHTML = '<b id="t"></b>';
    const onChange = vi.fn();
    stop = observeTargets(['#t'], onChange, { accept: (el) => el.classList.contains('ready') });
    expect(onChange.mock.calls[0][0]).toEqual([null]);
    document.getElementById('t')!.classList.add('ready');
    await settle();
    expect(onChange.mock.calls.at(-1)![0]).toEqual([document.getElementById('t')]);
    stop();
    document.body.innerHTML = '';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('checks again on resize (a media query can show or hide a target) and never throws on bad selectors', async () => {
    let ok = false;
    document.body.innerHTML = '<b id="t"></b>';
    const onChange = vi.fn();
    stop = observeTargets(['#t', '][bad', ''], onChange, { accept: () => ok });
    expect(onChange.mock.calls[0][0]).toEqual([null, null, null]);
    ok = true;
    window.dispatchEvent(new Event('resize'));
    await settle();
    expect(onChange.mock.calls.at(-1)![0]).toEqual([document.getElementById('t'), null, null]);
  });
});
