import { afterEach, describe, expect, it } from 'vitest';
import { inertBackground } from '../../src/dom/inert-background.js';

afterEach(() => document.body.replaceChildren());

const inertIds = () => [...document.querySelectorAll('[inert]')].map((el) => el.id);

describe('inertBackground', () => {
  it('makes siblings along each kept path inert and restores only what it set', () => {
    document.body.innerHTML = `
      <header id="header"></header>
      <main id="main"><nav id="nav"></nav><section id="sec"><button id="target"></button><p id="p"></p></section></main>
      <aside id="aside" inert></aside>
      <wm-tour id="tour"></wm-tour>`;
    const off = inertBackground([document.getElementById('target')!, document.getElementById('tour')!]);
    expect(inertIds().sort()).toEqual(['aside', 'header', 'nav', 'p']);
    off();
    expect(inertIds()).toEqual(['aside']);
    // the cleanup is idempotent: a second call leaves the app's own inert state alone
    document.getElementById('header')!.inert = true;
    off();
    expect(inertIds().sort()).toEqual(['aside', 'header']);
  });

  it('keeps the whole subtree of a kept element interactive, even when another kept element is inside it', () => {
    document.body.innerHTML =
      '<div id="outside"></div><div id="dialog"><p id="text"></p><button id="inner"></button></div>';
    const off = inertBackground([document.getElementById('inner')!, document.getElementById('dialog')!]);
    expect(inertIds()).toEqual(['outside']);
    off();
  });

  it('walks out of shadow roots to the host', () => {
    document.body.innerHTML = '<div id="app"></div><x-host id="host"></x-host>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="backdrop"></div><div id="panel"><button id="close"></button></div>';
    const off = inertBackground([shadow.getElementById('close')!]);
    expect(inertIds()).toEqual(['app']);
    expect(shadow.getElementById('backdrop')!.inert).toBe(true);
    expect(shadow.getElementById('panel')!.inert).toBe(false);
    off();
    expect(shadow.getElementById('backdrop')!.inert).toBe(false);
    expect(inertIds()).toEqual([]);
  });
});
