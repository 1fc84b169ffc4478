import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveTarget } from '../../src/dom/resolve-target.js';

/** Append a host element with an open shadow root holding `inner` HTML. */
const host = (parent: Element | ShadowRoot, tag: string, inner: string, attrs = '') => {
  const el = document.createElement(tag);
  if (attrs) el.className = attrs;
  el.attachShadow({ mode: 'open' }).innerHTML = inner;
  parent.append(el);
  return el;
};

afterEach(() => document.body.replaceChildren());

describe('resolveTarget', () => {
  it('finds a light-DOM element, or null when nothing matches', () => {
    document.body.innerHTML = '<button id="go">Go</button>';
    expect(resolveTarget('#go')).toBe(document.getElementById('go'));
    expect(resolveTarget('#missing')).toBeNull();
  });

  it('pierces nested open shadow roots with >>>', () => {
    const shell = host(document.body, 'app-shell', '');
    const nav = host(shell.shadowRoot!, 'nav-bar', '<button class="search">Search</button>');
    const button = nav.shadowRoot!.querySelector('button');
    expect(resolveTarget('app-shell >>> nav-bar >>> button.search')).toBe(button);
    expect(resolveTarget('app-shell>>>nav-bar>>>.search')).toBe(button);
    // the shadow content is not reachable without >>>
    expect(resolveTarget('button.search')).toBeNull();
  });

  it('tries every host matching a segment, in document order', () => {
    host(document.body, 'x-card', '<span>no button</span>');
    const second = host(document.body, 'x-card', '<button>Open</button>');
    host(document.body, 'x-card', '<button>Also</button>');
    expect(resolveTarget('x-card >>> button')).toBe(second.shadowRoot!.querySelector('button'));
  });

  it('returns the first fallback that matches, in list order', () => {
    document.body.innerHTML = '<input id="b"><input id="c">';
    expect(resolveTarget(['#a', '#c', '#b'])).toBe(document.getElementById('c'));
    expect(resolveTarget([])).toBeNull();
  });

  it('treats invalid selectors as no match and moves on', () => {
    document.body.innerHTML = '<p id="ok"></p>';
    expect(resolveTarget('[[nope')).toBeNull();
    expect(resolveTarget(' >>> p')).toBeNull();
    expect(resolveTarget(['div:::bad', 'p >>> ', '#ok'])).toBe(document.getElementById('ok'));
  });

  it('searches inside the given root, and skips matches the accept test rejects', () => {
    document.body.innerHTML =
      '<i class="t" id="one"></i><section><i class="t" id="two"></i><i class="t" id="three"></i></section>';
    const section = document.querySelector('section')!;
    expect(resolveTarget('.t', section)?.id).toBe('two');
    expect(resolveTarget('.t', document, (el) => el.id == 'three')?.id).toBe('three');
  });

  it('reports every shadow root it enters, with its host', () => {
    const a = host(document.body, 'x-a', '<x-b></x-b>');
    const seen = vi.fn();
    expect(resolveTarget('x-a >>> x-b >>> button', document, undefined, seen)).toBeNull();
    expect(seen).toHaveBeenCalledExactlyOnceWith(a.shadowRoot, a);
  });
});
