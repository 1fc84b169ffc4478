import { afterEach, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import type { WaymarkEvent } from '../../src/core/events.js';

let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

it('shows an announcement when its trigger holds, through the proactive engine, and not before', async () => {
  const log: WaymarkEvent[] = [];
  w = createWaymark({
    guides: {
      schemaVersion: 1,
      announcements: [
        { id: 'export-tips', title: 'Exporting made easy', trigger: { event: 'report.exported', count: { gte: 2 } } },
      ],
    },
    storage: 'memory',
    onEvent: (e) => log.push(e),
  });
  await w.ready;
  w.track('report.exported');
  await new Promise((r) => setTimeout(r, 400));
  expect(document.querySelector('wm-announcement')).toBeNull();
  w.track('report.exported');
  await waitFor(() => expect(document.querySelector('wm-announcement')).not.toBeNull(), { timeout: 2000 });
  expect(log.find((e) => e.type == 'trigger:fired')).toMatchObject({ guideId: 'export-tips', kind: 'announcement' });
  expect(log.find((e) => e.type == 'announcement:shown')).toMatchObject({
    announcementId: 'export-tips',
    source: 'trigger',
  });
});
