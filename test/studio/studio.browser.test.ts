import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createWaymark, memoryStorage, type Waymark } from '../../src/index.js';
import { validateGuide } from '../../src/validate/index.js';
import { DRAFT_KEY, loadDraft } from '../../src/studio/draft-store.js';
import { deepActive } from '../../src/dom/focus-trap.js';
import type { WmStudio } from '../../src/studio/studio-panel.js';

class XShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<button class="css-1x2y3z" aria-label="Settings" style="margin:8px">⚙</button>';
  }
}
if (!customElements.get('x-shell')) customElements.define('x-shell', XShell);

const APP = `<header style="display:flex;gap:12px;padding:16px">
  <button data-testid="new-project" class="sc-bdVaJa">New project</button>
  <input id="search" aria-label="Search" />
  <x-shell id="app-shell"></x-shell>
</header>
<main style="padding:16px"><section class="reports"><h2>Reports</h2><p>Numbers.</p></section></main>`;

const studio = () => document.querySelector('wm-studio') as WmStudio | null;
const button = (name: string) => page.getByRole('button', { name, exact: true });
const field = (label: string) => page.getByLabelText(label, { exact: true });
const status = () => studio()!.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const until = async (check: () => unknown, what: string, ms = 3000) => {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

let real: Waymark | undefined;
const storage = memoryStorage();
beforeAll(() => page.viewport(1280, 800));
beforeEach(() => {
  localStorage.removeItem(DRAFT_KEY);
  document.body.innerHTML = APP;
});
afterEach(() => {
  real?.destroy();
  real = undefined;
  document.body.innerHTML = '';
  localStorage.removeItem(DRAFT_KEY);
});

describe('the studio', () => {
  it('opens by the URL flag only where the app allows it (studio: "url", or by default on localhost)', async () => {
    const url = location.href;
    // Whether the studio opens within the time it takes when it does (its chunk is loaded by the first case).
    const opens = async (studioOption: boolean | 'url' | undefined, ms = 5000) => {
      real = createWaymark({ guides: { schemaVersion: 1 }, storage, studio: studioOption });
      await real.ready;
      await until(studio, 'the studio', ms).catch(() => undefined);
      const open = !!studio();
      real.destroy();
      expect(studio()).toBeNull();
      return open;
    };
    try {
      history.replaceState(null, '', '?waymark-studio');
      expect(await opens('url')).toBe(true);
      expect(await opens(false, 800)).toBe(false);
      // The test page is served from localhost: development, where the flag works without the option.
      expect(location.hostname).toMatch(/^(localhost|127\.)/);
      expect(await opens(undefined)).toBe(true);
      history.replaceState(null, '', '?other');
      expect(await opens('url', 800)).toBe(false);
    } finally {
      history.replaceState(null, '', url);
    }
  });

  it('builds a four-step tour with the picker (mouse and keyboard), fields and preview; the export validates and runs', async () => {
    real = createWaymark({ guides: { schemaVersion: 1 }, storage, studio: true });
    await until(studio, 'the studio to open');
    const before = storage.get('waymark:v1:anonymous');

    await button('Add tour').click();
    await field('Tour id').fill('onboarding');
    await field('Tour title').fill('Get started');

    // Step 1: picked with the mouse; the test attribute wins over the hashed class.
    await field('Step id').fill('create');
    await field('Title').fill('Create a project');
    await button('Pick on the page').click();
    await userEvent.hover(page.getByRole('button', { name: 'New project' }));
    const box = document.querySelector('[data-waymark-studio=picker]')!.shadowRoot!.querySelector('.box')!;
    await until(() => box.textContent!.includes('[data-testid="new-project"]'), 'the hover label');
    const target = page.getByRole('button', { name: 'New project' }).element().getBoundingClientRect();
    const highlight = box.getBoundingClientRect();
    expect(Math.round(highlight.left)).toBe(Math.round(target.left));
    expect(Math.round(highlight.width)).toBe(Math.round(target.width));
    await page.getByRole('button', { name: 'New project' }).click();
    await expect
      .element(field('Target (CSS selector, one fallback per line)'))
      .toHaveValue('[data-testid="new-project"]');
    expect(studio()!.shadowRoot!.textContent).toContain('[data-testid="new-project"]: 1 match');
    // The alternatives are offered, each with its match count.
    await expect.element(page.getByRole('button', { name: 'Use button.sc-bdVaJa' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('list', { name: 'Alternatives' })).toBeVisible();
    await field('Body (Markdown)').fill('Start **here**.');
    await button('Show formatted text').click();
    await expect.element(page.getByRole('region', { name: 'Formatted text' }).getByText('here')).toBeVisible();

    // Step 2: picked with the keyboard (Tab to the next interactive element, Enter picks); Esc cancelled first.
    await button('Add step').click();
    await field('Step id').fill('search');
    await field('Title').fill('Search anything');
    await button('Pick on the page').click();
    await userEvent.keyboard('{Escape}');
    await until(() => status() == 'Picking cancelled.', 'the cancel');
    expect(document.querySelector('[data-waymark-studio=picker]')).toBeNull();
    await button('Pick on the page').click();
    await userEvent.keyboard('{Tab}{Tab}');
    await until(() => status().includes('#search'), 'the keyboard highlight');
    await userEvent.keyboard('{Enter}');
    await expect.element(field('Target (CSS selector, one fallback per line)')).toHaveValue('#search');
    await field('Advance when the user…').selectOptions('input');

    // Step 3: inside a shadow root, by mouse; placement set.
    await button('Add step').click();
    await field('Step id').fill('settings');
    await field('Title').fill('Settings live here');
    await button('Pick on the page').click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect
      .element(field('Target (CSS selector, one fallback per line)'))
      .toHaveValue('#app-shell >>> button[aria-label="Settings"]');
    await field('Placement').selectOptions('left');
    await field('When the target is missing').selectOptions('center');

    // Step 4: no target (a centred step) with a Done button; an invalid id shows its message on the field.
    await button('Add step').click();
    await field('Step id').fill('bad id!');
    await expect.element(field('Step id')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field('Step id')).toHaveAccessibleDescription(/Error/);
    await field('Step id').fill('done');
    await expect.element(field('Step id')).toHaveAttribute('aria-invalid', 'false');
    await field('Title').fill('You are set');
    await field('Route (page path pattern)').fill('/**');
    await button('Add button').click();
    await field('Label').fill('Finish');
    await field('Action').selectOptions('complete');

    // Reorder with the keyboard (APG listbox): step 4 up and back down.
    const option = (n: string) => page.getByRole('option', { name: n });
    await option('4. You are set').click();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await expect.element(page.getByRole('option', { name: '3. You are set', selected: true })).toBeVisible();
    await until(() => deepActive()?.textContent?.trim() == '3. You are set', 'focus on the moved step');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await until(() => deepActive()?.textContent?.trim() == '4. You are set', 'focus back on the moved step');
    await userEvent.keyboard('{Home}');
    await until(() => deepActive()?.textContent?.trim() == '1. Create a project', 'focus on the first step');
    await expect.element(page.getByRole('option', { name: '1. Create a project', selected: true })).toBeVisible();

    // Preview on the real page, then close it: the app's own progress is untouched.
    await button('Preview tour').click();
    await expect.element(page.getByRole('dialog', { name: 'Create a project' })).toBeVisible();
    await page.getByRole('dialog', { name: 'Create a project' }).getByRole('button', { name: 'Next' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Search anything' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await until(() => status() == 'Preview ended.', 'the preview to end');
    expect(document.querySelector('wm-tour')).toBeNull();
    expect(storage.get('waymark:v1:anonymous')).toEqual(before);

    // Export: copied to the clipboard; the draft is stored too (it survives a reload).
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    await button('Copy JSON').click();
    await until(() => copied, 'the copy');
    const exported = JSON.parse(copied);
    await until(() => JSON.stringify(loadDraft()) == JSON.stringify(exported), 'the stored draft');
    const result = validateGuide(exported);
    expect(result.issues.filter((i) => i.severity == 'error')).toEqual([]);
    expect(exported.tours[0].steps.map((s: { id: string }) => s.id)).toEqual(['create', 'search', 'settings', 'done']);
    expect(exported.tours[0].steps[2]).toMatchObject({ placement: 'left', onMissing: 'center' });

    await button('Close the studio').click();
    expect(studio()).toBeNull();
    real.destroy();

    // The exported document runs for a fresh user.
    real = createWaymark({ guides: exported, storage: 'memory', studio: false });
    expect(real.start('onboarding')).toBe(true);
    await expect.element(page.getByRole('dialog', { name: 'Create a project' })).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Search anything' })).toBeVisible();
    await userEvent.type(page.getByRole('textbox', { name: 'Search' }), 'x');
    await expect.element(page.getByRole('dialog', { name: 'Settings live here' })).toBeVisible();
    real.next();
    await expect.element(page.getByRole('dialog', { name: 'You are set' })).toBeVisible();
    await page.getByRole('button', { name: 'Finish' }).click();
    await until(() => !real!.$active.get(), 'the tour to end');
  });

  it('keeps the draft across a reopen, imports a pasted document and previews it at once', async () => {
    real = createWaymark({ guides: { schemaVersion: 1 }, storage, studio: true });
    await until(studio, 'the studio to open');
    await button('Add hint').click();
    await field('Hint id').fill('kept');
    await until(() => loadDraft()?.hints?.[0]?.id == 'kept', 'the stored draft');
    real.destroy();
    expect(studio()).toBeNull();

    real = createWaymark({ guides: { schemaVersion: 1 }, storage, studio: true });
    await until(studio, 'the studio to reopen');
    await expect.element(field('Hint id')).toHaveValue('kept');

    await button('Import').click();
    const doc = {
      schemaVersion: 1,
      announcements: [
        { id: 'news', title: 'Fresh news', body: 'Hello.', audience: { trait: 'plan', eq: 'nobody-has-this' } },
      ],
    };
    await field('Paste a guide document (JSON), or drop a .json file on the studio').fill(JSON.stringify(doc));
    await button('Load').click();
    // Previewed at once, although no user is in its audience.
    await expect.element(page.getByRole('dialog', { name: 'Fresh news' })).toBeVisible();
    await expect.element(field('Announcement id')).toHaveValue('news');
    await userEvent.keyboard('{Escape}');
    await until(() => status() == 'Preview ended.', 'the preview to end');
    expect(sessionStorage.length == 0 || !Object.keys(sessionStorage).some((k) => k.includes('studio-preview'))).toBe(
      true,
    );
  });

  it('moves to the other side of the viewport, and says what is wrong with a pasted non-document', async () => {
    real = createWaymark({ guides: { schemaVersion: 1 }, storage, studio: true });
    await until(studio, 'the studio to open');
    expect(studio()!.getBoundingClientRect().right).toBe(innerWidth);
    await button('Dock the studio on the left').click();
    await until(() => studio()!.getBoundingClientRect().left == 0, 'the left dock');
    const { violations } = await axe.run(studio()!, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await button('Import').click();
    await field('Paste a guide document (JSON), or drop a .json file on the studio').fill('{oops');
    await button('Load').click();
    expect(status()).toMatch(/not valid JSON/);
  });
});
