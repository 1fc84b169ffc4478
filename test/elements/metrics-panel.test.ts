import { within } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/core/analytics/metrics.js';
import { defineElements } from '../../src/elements/define.js';
import { createWaymark } from '../../src/create-waymark.js';
import { WmMetricsPanel, metricsLabels, type MetricsLabels } from '../../src/elements/metrics-panel.js';

const ev = (type: string, timestamp: number, extra: Record<string, unknown> = {}) => ({
  type,
  timestamp,
  userId: 'u',
  ...extra,
});
const metrics = computeMetrics(
  [
    ev('tour:started', 0, { tourId: 'intro', stepId: 'a', stepIndex: 0 }),
    ev('step:shown', 0, { tourId: 'intro', stepId: 'a', stepIndex: 0 }),
    ev('step:completed', 2000, { tourId: 'intro', stepId: 'a', stepIndex: 0 }),
    ev('step:shown', 2000, { tourId: 'intro', stepId: 'b', stepIndex: 1 }),
    ev('tour:dismissed', 5000, { tourId: 'intro', stepId: 'b', stepIndex: 1 }),
    ev('chat:offered', 6000, { reason: 'rage-clicks' }),
    ev('trigger:fired', 7000, { guideId: 'intro' }),
    ev('guide:suppressed', 8000, { guideId: 'x', reason: 'frequency' }),
    ev('checklist:item-completed', 9000, { checklistId: 'setup', itemId: 'i1' }),
  ],
  { tours: [{ id: 'intro', steps: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }] },
);

beforeAll(() => defineElements(undefined, { 'wm-metrics-panel': WmMetricsPanel }));
afterEach(() => void (document.body.innerHTML = ''));

const mount = async (m: typeof metrics | null, labels: Partial<MetricsLabels> = {}) => {
  const el = document.createElement('wm-metrics-panel');
  el.metrics = m;
  el.labels = labels;
  document.body.append(el);
  await el.updateComplete;
  return within(el.shadowRoot as unknown as HTMLElement);
};

describe('<wm-metrics-panel>', () => {
  it('shows each tour step funnel as a table with headers', async () => {
    const panel = await mount(metrics);
    panel.getByRole('heading', { name: 'Onboarding metrics' });
    const table = within(panel.getByRole('table', { name: 'Steps of intro' }));
    expect(table.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Step',
      'Reached',
      'Completed',
      'Left here',
      'Drop-off',
      'Median time',
    ]);
    const rows = table
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['a', '1', '1', '0', '0%', '2.0 s'],
      ['b', '1', '0', '1', '100%', '3.0 s'],
      ['c', '0', '0', '0', '0%', '–'],
    ]);
  });

  it('lists tour totals, checklists, help deflection and triggers', async () => {
    const panel = await mount(metrics);
    const text = (term: string) => panel.getByText(term).nextElementSibling?.textContent;
    expect(text('Started')).toBe('1');
    expect(text('Completion')).toBe('0%');
    expect(text('Help offered')).toBe('1');
    expect(text('Deflection')).toBe('100%');
    expect(text('Fired')).toBe('1');
    expect(text('Held back: frequency')).toBe('1');
    const lists = within(panel.getByRole('table', { name: 'Checklists' }));
    expect(lists.getByRole('rowheader').textContent).toBe('setup');
  });

  it('says when there is nothing to show', async () => {
    const panel = await mount(null);
    panel.getByText('No data yet.');
  });

  it("shows the app's words, from an instance's labels", async () => {
    const w = createWaymark({
      guides: { schemaVersion: 1 },
      storage: 'memory',
      labels: {
        'metrics.heading': 'Kennzahlen',
        'metrics.steps': 'Schritte von {id}',
        'metrics.reached': 'Erreicht',
        'metrics.heldBack': 'Zurückgehalten: {reason}',
      },
    });
    const labels = metricsLabels(w.context);
    w.destroy();
    expect(labels.started).toBe('Started');
    const panel = await mount(metrics, labels);
    panel.getByRole('heading', { name: 'Kennzahlen' });
    within(panel.getByRole('table', { name: 'Schritte von intro' })).getByRole('columnheader', { name: 'Erreicht' });
    panel.getByText('Zurückgehalten: frequency');
  });
});
