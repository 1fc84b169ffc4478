import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import { debugPlugin } from '../../src/features/debug.js';
import proactive from '../../src/features/proactive.js';

let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  w = undefined;
});

describe('proactive debug panel in Chromium', () => {
  it('explains the rules in an accessible, collapsible panel and goes away on destroy', async () => {
    w = createWaymark({
      guides: {
        schemaVersion: 1,
        tours: [
          {
            id: 'billing',
            steps: [{ id: 's', title: 'Billing' }],
            trigger: { event: 'help_article_viewed', count: 3, within: 'P7D' },
          },
        ],
      },
      storage: 'memory',
      plugins: [proactive, debugPlugin()],
    });
    await w.ready;
    w.track('help_article_viewed');
    await expect.element(page.getByText(/1 of at least 3 within 7 days/)).toBeVisible();
    const host = document.querySelector('[data-waymark-debug]')!;
    expect((await axe.run(host)).violations.map((v) => v.id)).toEqual([]);
    await userEvent.click(page.getByText('Waymark debug: why guides show'));
    await expect.element(page.getByText(/1 of at least 3/)).not.toBeVisible();
    w.destroy();
    expect(document.querySelector('[data-waymark-debug]')).toBeNull();
  });
});
