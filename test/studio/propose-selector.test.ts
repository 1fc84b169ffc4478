import { afterEach, describe, expect, it } from 'vitest';
import { countMatches, looksGenerated, proposeSelectors } from '../../src/studio/propose-selector.js';
import { resolveTarget } from '../../src/dom/resolve-target.js';

const mount = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};
const pick = (selector: string) => resolveTarget(selector)!;
afterEach(() => void (document.body.innerHTML = ''));

describe('looksGenerated', () => {
  it.each([
    'css-1x2y3z',
    'sc-bdVaJa',
    'jsx-2937401',
    '_abc123',
    'Button_root__3xY7z',
    ':r1:',
    'radix-:r4:',
    'ember421',
  ])('rejects %s', (name) => expect(looksGenerated(name)).toBe(true));
  it.each(['save-button', 'primary', 'nav', 'invoices-tab', 'h1', 'col-2', 'btn--large'])('keeps %s', (name) =>
    expect(looksGenerated(name)).toBe(false),
  );
});

describe('proposeSelectors', () => {
  it('prefers a tour or test attribute, then the id, and resolves back to the element', () => {
    mount(
      '<button id="save" data-testid="save-doc" class="btn primary">Save</button><button class="btn">Other</button>',
    );
    const proposals = proposeSelectors(pick('#save'));
    expect(proposals[0]).toEqual({ selector: '[data-testid="save-doc"]', tier: 'attribute', matches: 1 });
    expect(proposals[1]).toEqual({ selector: '#save', tier: 'id', matches: 1 });
    for (const p of proposals.filter((p) => p.matches == 1)) expect(resolveTarget(p.selector)).toBe(pick('#save'));
  });

  it('orders data-tour before data-testid before data-cy', () => {
    mount('<a data-cy="c" data-testid="t" data-tour="tour" href="/x">x</a>');
    expect(
      proposeSelectors(pick('a'))
        .map((p) => p.selector)
        .slice(0, 3),
    ).toEqual(['[data-tour="tour"]', '[data-testid="t"]', '[data-cy="c"]']);
  });

  it('skips generated ids and hashed classes, falling back to stable classes', () => {
    mount('<div><span id="r-8f7a6c12" class="css-1x2y3z sc-bdVaJa jsx-123 _abc123 badge">1</span></div>');
    const proposals = proposeSelectors(pick('span'));
    expect(proposals[0]).toEqual({ selector: 'span.badge', tier: 'class', matches: 1 });
    expect(proposals.map((p) => p.selector).join(' ')).not.toMatch(/css-|sc-|jsx-|_abc|r-8f7/);
  });

  it('uses role and accessible name written as CSS', () => {
    mount('<button aria-label="Search" class="css-9z8y7x"></button><button>Other</button>');
    expect(proposeSelectors(pick('button'))[0]).toEqual({
      selector: 'button[aria-label="Search"]',
      tier: 'role',
      matches: 1,
    });
  });

  it('qualifies a repeated class with an anchored ancestor, and reports how many elements each proposal matches', () => {
    mount('<nav id="main-nav"><a class="link">A</a><a class="link">B</a></nav><footer><a class="link">C</a></footer>');
    const proposals = proposeSelectors(pick('#main-nav a:nth-of-type(2)'));
    expect(proposals[0]).toEqual({ selector: '#main-nav > a:nth-of-type(2)', tier: 'path', matches: 1 });
    expect(proposals).toContainEqual({ selector: 'a.link', tier: 'class', matches: 3 });
    expect(proposals).toContainEqual({ selector: '#main-nav a.link', tier: 'class', matches: 2 });
  });

  it('builds a short structural path when nothing else is stable', () => {
    mount('<main><section><p>a</p><p>b</p></section></main>');
    const [best] = proposeSelectors(pick('main p:nth-of-type(2)'));
    expect(best.tier).toBe('path');
    expect(best.matches).toBe(1);
    expect(resolveTarget(best.selector)).toBe(pick('main p:nth-of-type(2)'));
  });

  it('reaches into open shadow roots with host >>> inner paths', () => {
    class XShell extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML =
          '<x-inner id="inner"></x-inner><button data-tour="shell-search">Search</button>';
      }
    }
    class XInner extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<input class="field" name="q">';
      }
    }
    if (!customElements.get('x-shell')) customElements.define('x-shell', XShell);
    if (!customElements.get('x-inner')) customElements.define('x-inner', XInner);
    mount('<x-shell data-testid="shell"></x-shell>');
    const shell = document.querySelector('x-shell')!.shadowRoot!;
    expect(proposeSelectors(shell.querySelector('button')!)[0].selector).toBe(
      '[data-testid="shell"] >>> [data-tour="shell-search"]',
    );
    const input = shell.querySelector('x-inner')!.shadowRoot!.querySelector('input')!;
    const [best] = proposeSelectors(input);
    expect(best).toEqual({
      selector: '[data-testid="shell"] >>> #inner >>> input[name="q"]',
      tier: 'role',
      matches: 1,
    });
    expect(resolveTarget(best.selector)).toBe(input);
  });

  it('escapes quotes in attribute values', () => {
    mount('<button data-tour=\'say "hi"\'>x</button>');
    const [best] = proposeSelectors(pick('button'));
    expect(countMatches(best.selector)).toBe(1);
  });

  it('returns nothing for a detached element', () => {
    expect(proposeSelectors(document.createElement('div'))).toEqual([]);
  });
});
