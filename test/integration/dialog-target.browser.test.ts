import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import hints from '../../src/features/hints.js';
import { deepActive } from '../../src/dom/focus-trap.js';

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'dialog',
      steps: [
        { id: 'outside', target: '#open', title: 'Open the settings' },
        { id: 'inside', target: '#save', title: 'Save your settings', body: 'Inside the dialog.' },
        { id: 'after', target: '#open', title: 'Back on the page' },
      ],
    },
  ],
  hints: [{ id: 'save-hint', target: '#save', title: 'Saving', body: 'Saves the settings.' }],
};

let waymark: Waymark | undefined;
const make = async (g: unknown = guides, plugins = [] as never[]) => {
  waymark = createWaymark({ guides: g, storage: memoryStorage(), plugins });
  await waymark.ready;
  return waymark;
};
const dialog = (name: string) => page.getByRole('dialog', { name });
/** The element hit at the centre of `el`, followed down through open shadow roots. */
const hitAt = (el: Element) => {
  const r = el.getBoundingClientRect();
  let hit: Element | null = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!inner || inner == hit) break;
    hit = inner;
  }
  return hit;
};
const stepButton = (name: string) => {
  const pop = document.querySelector('wm-tour')!.shadowRoot!.querySelector('wm-popover')!;
  return [...pop.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent == name)!;
};

beforeEach(() => {
  document.body.innerHTML = `<main style="padding:40px"><button id="open">Settings</button></main>
    <dialog id="settings" aria-label="Settings"><p>Your settings</p><button id="save">Save</button> <button id="cancel">Cancel</button></dialog>`;
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
  document.querySelectorAll('dialog').forEach((d) => d.close());
});

describe("a step whose target is inside the app's open modal dialog", () => {
  it('is drawn above the dialog, hit-testable, clickable and keyboard-operable; the tour moves back out after', async () => {
    const app = document.querySelector<HTMLDialogElement>('#settings')!;
    const w = await make();
    w.start('dialog');
    await expect.element(dialog('Open the settings')).toBeVisible();
    app.showModal();
    w.next();
    await expect.element(dialog('Save your settings')).toBeVisible();
    // The tour element lives inside the modal dialog, so the browser does not make it inert.
    expect(document.querySelector('wm-tour')!.closest('dialog')).toBe(app);
    const next = stepButton('Next');
    await expect.poll(() => hitAt(next)).toBe(next);
    // Focus went into the step, not behind the dialog.
    await expect.poll(() => stepButton('Next').getRootNode() == deepActive()?.getRootNode()).toBe(true);
    expect(app.contains(document.activeElement)).toBe(true);
    // Tab stays between the step and its target, never behind the dialog.
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{Tab}');
      expect(app.contains(document.activeElement)).toBe(true);
    }
    // The spotlight's hole is around the target (in viewport coordinates) and lets clicks through to it.
    const save = document.querySelector('#save')!;
    await expect.poll(() => hitAt(save)).toBe(save);
    // Back button with the keyboard.
    stepButton('Back').focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog('Open the settings')).toBeVisible();
    // The dialog still holds focus, so this step (whose target is behind it) stays operable inside it.
    expect(document.querySelector('wm-tour')!.parentElement).toBe(app);
    app.close();
    w.next();
    await expect.element(dialog('Save your settings')).not.toBeInTheDocument();
  });

  it('moves the tour back to the page when the step leaves the dialog, and follows the dialog closing', async () => {
    const app = document.querySelector<HTMLDialogElement>('#settings')!;
    const w = await make();
    app.showModal();
    w.start('dialog', { stepId: 'inside' });
    await expect.element(dialog('Save your settings')).toBeVisible();
    expect(document.querySelector('wm-tour')!.parentElement).toBe(app);
    await userEvent.click(page.getByRole('button', { name: 'Next' }));
    // Step 3's target is on the page, behind the still open dialog: the step is mounted in the dialog (operable).
    await expect.element(dialog('Back on the page')).toBeVisible();
    app.close();
    w.back();
    // The dialog closed: its target is gone, the step is skipped (onMissing: skip) and the tour is back on the page.
    await expect.poll(() => document.querySelector('wm-tour')?.parentElement ?? null, { timeout: 5000 }).not.toBe(app);
  });

  it('clicking a step button inside the dialog works with the mouse', async () => {
    const app = document.querySelector<HTMLDialogElement>('#settings')!;
    const w = await make();
    app.showModal();
    w.start('dialog', { stepId: 'inside' });
    await expect.element(dialog('Save your settings')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Next' }));
    await expect.element(dialog('Back on the page')).toBeVisible();
  });

  it('Escape ends the tour, not the dialog; focus stays in the dialog', async () => {
    const app = document.querySelector<HTMLDialogElement>('#settings')!;
    const w = await make();
    app.showModal();
    document.querySelector<HTMLElement>('#cancel')!.focus();
    w.start('dialog', { stepId: 'inside' });
    await expect.element(dialog('Save your settings')).toBeVisible();
    await expect
      .poll(() => app.contains(document.activeElement) && document.activeElement != document.querySelector('#cancel'))
      .toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog('Save your settings')).not.toBeInTheDocument();
    expect(app.open).toBe(true);
    expect(document.activeElement).toBe(document.querySelector('#cancel'));
  });

  it('mounts a hint whose target is in the modal dialog inside it, so its beacon is operable', async () => {
    const app = document.querySelector<HTMLDialogElement>('#settings')!;
    await make({ schemaVersion: 1, hints: guides.hints }, [hints as never]);
    app.showModal();
    const beacon = page.getByRole('button', { name: 'Hint: Saving' });
    await expect.element(beacon).toBeVisible();
    const hint = document.querySelector('wm-hint')!;
    expect(hint.closest('dialog')).toBe(app);
    const b = hint.shadowRoot!.querySelector('.beacon')!;
    await expect.poll(() => hitAt(b)).toBe(b);
    await userEvent.click(beacon);
    await expect.element(dialog('Saving')).toBeVisible();
    app.close();
    await expect.poll(() => document.querySelector('wm-hint')).toBeNull();
  });
});
