import { afterEach, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';

let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  document.body.innerHTML = '';
});

it('keeps a hint with a trigger hidden until the proactive engine finds the trigger holding', async () => {
  document.body.innerHTML = '<button id="export">Export</button><button id="plain">Plain</button>';
  w = createWaymark({
    guides: {
      schemaVersion: 1,
      hints: [
        {
          id: 'after-exports',
          target: '#export',
          title: 'Try scheduled exports',
          trigger: { event: 'report.exported', count: { gte: 2 } },
        },
        { id: 'always', target: '#plain', title: 'Always here' },
      ],
    },
    storage: 'memory',
  });
  await w.ready;
  const hints = () =>
    [...document.querySelectorAll('wm-hint')].map((el) => (el as unknown as { heading: string }).heading);
  await waitFor(() => expect(hints()).toEqual(['Always here']));
  await new Promise((r) => setTimeout(r, 300));
  expect(hints()).toEqual(['Always here']);
  w.track('report.exported');
  w.track('report.exported');
  await waitFor(() => expect(hints()).toContain('Try scheduled exports'), { timeout: 2000 });
});
