import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/dom';
import type { ChecklistDefinition } from '../../src/core/checklists/checklist-definition.js';
import { checklistItems } from '../../src/core/checklists/checklist-progress.js';
import { WmChecklist, type ChecklistLabels } from '../../src/elements/checklist.js';
import { defineElements } from '../../src/elements/define.js';

defineElements(undefined, { 'wm-checklist': WmChecklist });
const shadow = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);

const list: ChecklistDefinition = {
  id: 'start',
  title: 'Getting started',
  items: [
    { id: 'tour', title: 'Take the tour', completeWhen: { guide: 'welcome', state: 'completed' } },
    { id: 'project', title: 'Create a project', completeWhen: { event: 'project.created' }, dependsOn: ['tour'] },
  ],
};

async function mount(done: string[], labels?: Partial<ChecklistLabels>) {
  const el = document.createElement('wm-checklist');
  el.model = {
    checklist: list,
    items: checklistItems(list, { done: Object.fromEntries(done.map((id) => [id, 1])) }),
    open: false,
    dismissed: false,
  };
  if (labels) el.labels = { ...el.labels, ...labels };
  document.body.append(el);
  await el.updateComplete;
  return { el, ui: shadow(el) };
}

afterEach(() => document.body.replaceChildren());

describe('<wm-checklist> standalone', () => {
  it('opens and closes without an instance, with English words by default', async () => {
    const { el, ui } = await mount([]);
    const launcher = ui.getByRole('button', { name: 'Getting started 0/2' });
    fireEvent.click(launcher);
    await el.updateComplete;
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(ui.getByText('Complete Take the tour first')).toBeTruthy();
    fireEvent.keyDown(ui.getByRole('list'), { key: 'Escape' });
    await el.updateComplete;
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the words set in its labels property', async () => {
    const { el, ui } = await mount(['tour', 'project'], {
      progress: '{done} von {total}',
      done: 'Geschafft!',
      dismiss: 'Ausblenden',
    });
    fireEvent.click(ui.getByRole('button', { name: 'Getting started 2 von 2' }));
    await el.updateComplete;
    expect(ui.getByText('Geschafft!')).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Ausblenden' })).toBeTruthy();
  });
});
