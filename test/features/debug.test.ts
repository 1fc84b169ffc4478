import { within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import { debugPlugin } from '../../src/features/debug.js';
import proactive from '../../src/features/proactive.js';

let w: Waymark | undefined;
afterEach(() => {
  w?.destroy();
  w = undefined;
  vi.restoreAllMocks();
});

const make = (labels?: Record<string, string>) => {
  w = createWaymark({
    guides: {
      schemaVersion: 1,
      tours: [
        { id: 'billing', steps: [{ id: 's', title: 'Billing' }], trigger: { event: 'export_clicked', count: 2 } },
      ],
    },
    storage: 'memory',
    plugins: [proactive, debugPlugin()],
    labels,
  });
  return w;
};
const panel = () => within(document.querySelector('[data-waymark-debug]')!.shadowRoot as unknown as HTMLElement);

describe('debug panel', () => {
  it('explains each triggered guide and prints the table to the console', async () => {
    await make().ready;
    w!.track('export_clicked');
    const region = panel().getByRole('region', { name: 'Waymark debug' });
    expect(region.textContent).toContain('billing (tour): trigger not met');
    const table = vi.spyOn(console, 'table').mockImplementation(() => {});
    panel().getByRole('button', { name: 'Print to console' }).click();
    expect(table).toHaveBeenCalledWith([expect.objectContaining({ guide: 'billing', verdict: 'trigger not met' })]);
  });

  it("shows the app's words for the panel, its title and its button", async () => {
    await make({
      'debug.panel': 'Waymark-Diagnose',
      'debug.title': 'Warum Hilfen erscheinen',
      'debug.print': 'In der Konsole ausgeben',
    }).ready;
    panel().getByRole('region', { name: 'Waymark-Diagnose' });
    panel().getByText('Warum Hilfen erscheinen');
    panel().getByRole('button', { name: 'In der Konsole ausgeben' });
  });
});
