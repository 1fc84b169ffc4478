import { afterEach, describe, expect, it } from 'vitest';
import { registerElements } from '../../src/elements/register-elements.js';
import { WmStudio } from '../../src/studio/studio-panel.js';
import type { GuideDocument } from '../../src/core/guide-definition.js';

registerElements({ 'wm-studio': WmStudio });
afterEach(() => {
  document.documentElement.querySelectorAll('wm-studio').forEach((el) => el.remove());
  localStorage.clear();
});

const mount = async (doc: unknown) => {
  const el = document.createElement('wm-studio');
  el.load(doc as GuideDocument, false);
  document.documentElement.append(el);
  await el.updateComplete;
  return el;
};
const buttons = (el: WmStudio) => [...el.shadowRoot!.querySelectorAll('button')];
const byText = (el: WmStudio, text: string) => buttons(el).find((b) => b.textContent!.trim().startsWith(text))!;

describe('<wm-studio> with a malformed draft', () => {
  it('renders every guide without throwing, whatever shapes the document holds', async () => {
    const el = await mount({
      schemaVersion: 1,
      tours: [
        null,
        { id: 'x', steps: 'nope' },
        { id: 'y', title: 'Y', steps: [null, 5, { id: 's', target: [1, '#a'] }] },
      ],
      hints: { not: 'a list' },
      checklists: [{ id: 'c', items: [{ id: 'i', completeWhen: { all: [] } }] }],
      announcements: [{ id: 'a', title: { nested: true } }],
    });
    const guideButtons = [...el.shadowRoot!.querySelectorAll('.guides button')] as HTMLButtonElement[];
    expect(guideButtons.length).toBe(5);
    for (const b of guideButtons) {
      b.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('section')).not.toBeNull();
    }
  });

  it('adds a guide of each kind and names it in its list', async () => {
    const el = await mount({ schemaVersion: 1 });
    for (const kind of ['tour', 'hint', 'checklist', 'announcement']) {
      byText(el, `Add ${kind}`).click();
      await el.updateComplete;
    }
    expect(el.doc.tours?.[0]).toMatchObject({ id: 'tour-1', steps: [{ id: 'step-1' }] });
    expect(el.doc.hints?.[0]).toMatchObject({ id: 'hint-1' });
    expect(el.doc.checklists?.[0]).toMatchObject({ id: 'checklist-1', items: [{ completeWhen: 'manual' }] });
    expect(el.doc.announcements?.[0]).toMatchObject({ id: 'announcement-1' });
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).toContain('announcement-1');
  });

  it('adds a tour to a list that holds a null entry (found while splitting the panel)', async () => {
    const el = await mount({ schemaVersion: 1, tours: [null, { id: 'tour-3', steps: [] }] });
    byText(el, 'Add tour').click();
    await el.updateComplete;
    expect(el.doc.tours?.[2]).toMatchObject({ id: 'tour-4' });
  });
});
