// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import { WaymarkProvider, useWaymark, useWaymarkEvent } from '../../src/bindings/react.js';

it('renders on the server with no document: no instance, no Waymark node, only the elements the app placed', () => {
  expect(typeof document).toBe('undefined');
  const errors = vi.spyOn(console, 'error');
  const warnings = vi.spyOn(console, 'warn');
  function Page() {
    const waymark = useWaymark();
    useWaymarkEvent('tour:completed', () => {});
    return createElement(
      'main',
      null,
      createElement('p', null, waymark ? 'instance' : 'no instance'),
      createElement('wm-checklist', { checklist: 'getting-started' }),
    );
  }
  const guides = { schemaVersion: 1, tours: [{ id: 'welcome', steps: [{ id: 'a', title: 'A' }] }] };
  const html = renderToString(createElement(WaymarkProvider, { options: { guides } }, createElement(Page)));
  expect(html).toBe('<main><p>no instance</p><wm-checklist checklist="getting-started"></wm-checklist></main>');
  expect(errors).not.toHaveBeenCalled();
  expect(warnings).not.toHaveBeenCalled();
});
