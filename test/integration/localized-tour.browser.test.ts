import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import demo from '../../examples/vanilla/guides/tours.json' with { type: 'json' };

let waymark: Waymark | undefined;
afterEach(() => waymark?.destroy());

/** The dialog of the running step and its shadow-DOM-inclusive computed direction. */
const direction = async (name: string) => {
  const dialog = page.getByRole('dialog', { name });
  await expect.element(dialog).toBeVisible();
  return getComputedStyle(dialog.element()).direction;
};

describe("the demo's tour for a German and an Arabic user", () => {
  it('a German user (de-CH) sees the German translation and German buttons, left to right', async () => {
    const asked = performance.now();
    waymark = createWaymark({ guides: demo, locale: 'de-CH', storage: memoryStorage() });
    waymark.start('welcome');
    expect(await direction('Willkommen bei Acme!')).toBe('ltr');
    await expect.element(page.getByRole('button', { name: 'Weiter' })).toBeVisible();
    console.info(`German words shown ${Math.round(performance.now() - asked)} ms after createWaymark`);
    await expect.element(page.getByRole('button', { name: 'Tour schließen' })).toBeVisible();
    await expect.element(page.getByText('Eine 30-Sekunden-Tour durch die Grundlagen', { exact: false })).toBeVisible();
    await expect.element(page.getByText('1 von 6').first()).toBeVisible();
  });

  it('an Arabic user sees the Arabic translation right to left', async () => {
    waymark = createWaymark({ guides: demo, locale: ['ar-EG', 'en'], storage: memoryStorage() });
    waymark.start('welcome');
    expect(await direction('مرحبًا بك في Acme!')).toBe('rtl');
    const next = page.getByRole('button', { name: 'التالي' });
    await expect.element(next).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'إغلاق الجولة' })).toBeVisible();
    // Right to left: the heading starts at the dialog's right edge, and the close button sits at its left.
    const box = page.getByRole('dialog').element().getBoundingClientRect();
    const heading = page.getByRole('heading', { name: 'مرحبًا بك في Acme!' }).element();
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    expect(box.right - text.right).toBeLessThan(box.width / 4);
    expect(text.left - box.left).toBeGreaterThan(box.width / 4);
    const close = page.getByRole('button', { name: 'إغلاق الجولة' }).element().getBoundingClientRect();
    expect(close.left - box.left).toBeLessThan(box.right - close.right);
  });

  it('an English user sees the document as written, and setLocale() switches language and direction', async () => {
    waymark = createWaymark({ guides: demo, locale: 'en-GB', storage: memoryStorage() });
    waymark.start('welcome');
    expect(await direction('Welcome to Acme!')).toBe('ltr');
    await expect.element(page.getByRole('button', { name: 'Next' })).toBeVisible();
    waymark.setLocale('ar');
    expect(await direction('مرحبًا بك في Acme!')).toBe('rtl');
    await expect.element(page.getByRole('button', { name: 'التالي' })).toBeVisible();
  });

  it("the app's own labels still win over the built-in words", async () => {
    waymark = createWaymark({ guides: demo, locale: 'de', labels: { next: 'Los' }, storage: memoryStorage() });
    waymark.start('welcome');
    await expect.element(page.getByRole('button', { name: 'Tour schließen' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Los' })).toBeVisible();
  });
});
