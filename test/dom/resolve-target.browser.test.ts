import { afterEach, expect, it } from 'vitest';
import { resolveTarget } from '../../src/dom/resolve-target.js';

afterEach(() => document.body.replaceChildren());

it('resolves through two nested shadow roots, with fallbacks in order and invalid selectors as no match', () => {
  const shell = document.body.appendChild(document.createElement('app-shell'));
  const nav = shell.attachShadow({ mode: 'open' }).appendChild(document.createElement('nav-bar'));
  nav.attachShadow({ mode: 'open' }).innerHTML = '<button class="search">Search</button>';
  const button = nav.shadowRoot!.querySelector('button');
  document.body.insertAdjacentHTML('beforeend', '<a id="home" href="/">Home</a>');

  expect(resolveTarget('app-shell >>> nav-bar >>> button.search')).toBe(button);
  expect(resolveTarget(['#gone', 'app-shell >>> nav-bar >>> .search', '#home'])).toBe(button);
  expect(resolveTarget(['#gone', '#home', 'app-shell >>> nav-bar >>> .search'])).toBe(document.getElementById('home'));
  expect(resolveTarget('a[href=')).toBeNull();
  expect(resolveTarget(['app-shell >>> :::', '#home'])).toBe(document.getElementById('home'));
});
