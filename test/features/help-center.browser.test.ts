import axe from 'axe-core';
import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ChatPayload } from '../../src/core/chat/chat-adapter.js';
import { computeHelpCenterMetrics } from '../../src/core/analytics/help-center-metrics.js';
import type { WaymarkEventMap } from '../../src/core/events.js';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import { chatPlugin } from '../../src/features/chat.js';
import { deepActive } from '../../src/dom/focus-trap.js';
import help from '../../examples/vanilla/guides/help.json' with { type: 'json' };

let waymark: Waymark | undefined;
const start = location.pathname;
/** The focused element, through shadow roots (toHaveFocus only sees the shadow host). */
const violations = async () =>
  (await axe.run(document.querySelector('wm-help-center')!)).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
  );
const focused = (locator: { element(): Element }) => expect.poll(() => deepActive() === locator.element()).toBe(true);
afterEach(() => {
  waymark?.destroy();
  document.body.replaceChildren();
  history.replaceState(null, '', start);
});

const guides = {
  schemaVersion: 1,
  ...help,
  tours: [
    {
      id: 'billing-walkthrough',
      title: 'Billing walkthrough',
      trigger: { event: 'never.happens' },
      steps: [{ id: 'a', title: 'This is billing' }],
    },
    { id: 'welcome', title: 'Welcome tour', steps: [{ id: 'hi', title: 'Hello' }] },
  ],
  chat: { provider: 'custom' as const },
};

it('on the billing page: billing articles first, a typo search by keyboard, "no", the walkthrough, then chat with context', async () => {
  await page.viewport(1280, 800);
  history.replaceState(null, '', '/billing');
  document.body.innerHTML = '<main><h1>Billing</h1><nav><a href="#" data-tour="billing-nav">Billing</a></nav></main>';
  const opened: ChatPayload[] = [];
  const events: { type: string }[] = [];
  waymark = createWaymark({ guides, storage: 'memory', plugins: [chatPlugin({ custom: (p) => void opened.push(p) })] });
  for (const type of [
    'help:opened',
    'help:closed',
    'help:article-viewed',
    'help:searched',
    'help:result-clicked',
    'help:feedback',
    'chat:opened',
  ] as const)
    waymark.on(type, (e: WaymarkEventMap[typeof type]) => void events.push({ ...e, type }));

  const launcher = page.getByRole('button', { name: 'Help' });
  await expect.element(launcher).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(launcher);
  const panel = page.getByRole('dialog', { name: 'Help' });
  await expect.element(panel).toBeVisible();
  // Focus moves to the search field; the billing articles are listed first.
  const search = page.getByRole('combobox', { name: 'Search help articles' });
  await focused(search);
  const suggested = panel.getByRole('list').first().getByRole('button');
  expect(suggested.elements().map((b) => b.textContent)).toEqual([
    'Update your payment method',
    'Download invoices and receipts',
    'Upgrade, downgrade or cancel your plan',
    'Can I pay in euros or pounds?',
  ]);

  expect(await violations()).toEqual([]);
  await userEvent.keyboard('invoces');
  const result = page.getByRole('option', { name: /Download invoices and receipts/ });
  await expect.element(result).toBeVisible();
  await expect.element(search).toHaveAttribute('aria-expanded', 'true');
  // The matched word is marked, typo and all.
  expect(result.element().querySelector('mark')?.textContent).toBe('invoices');
  expect(await violations()).toEqual([]);
  await userEvent.keyboard('{ArrowDown}');
  await expect.element(search).toHaveAttribute('aria-activedescendant', 'result-0');
  await userEvent.keyboard('{Enter}');
  const heading = page.getByRole('heading', { name: 'Download invoices and receipts' });
  await focused(heading);

  await userEvent.click(page.getByRole('button', { name: 'No' }));
  await expect.element(page.getByRole('status').filter({ hasText: 'Thanks for telling us.' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Show me how: Billing walkthrough' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await userEvent.click(page.getByRole('button', { name: 'Chat with us' }));
  await expect.poll(() => opened.length).toBe(1);
  expect(opened[0]!.fields).toMatchObject({
    waymark_reason: 'help',
    waymark_help_articles: 'download-invoices',
    waymark_help_searches: '"invoces"',
  });
  expect(opened[0]!.message).toContain('Read: download-invoices');
  // Chat closed the panel; focus is not lost to <body>.
  await expect.element(panel).not.toBeInTheDocument();
  expect(document.activeElement).not.toBe(document.body);

  const m = computeHelpCenterMetrics(events as never);
  expect(m.articles['download-invoices']).toMatchObject({ views: 1, notHelpful: 1 });
  expect(m.searches.total).toBe(1);
  expect(m.sessions).toMatchObject({ total: 1, escalated: 1, deflected: 0 });
});

it('Esc clears the search, then closes the panel and gives focus back to the launcher; searches that find nothing are reported', async () => {
  document.body.innerHTML = '<main><h1>App</h1></main>';
  const searched: WaymarkEventMap['help:searched'][] = [];
  waymark = createWaymark({ guides, storage: 'memory' });
  waymark.on('help:searched', (e) => void searched.push(e));
  expect(waymark.openHelp()).toBe(true);
  const search = page.getByRole('combobox', { name: 'Search help articles' });
  await focused(search);
  await userEvent.keyboard('kubernetes{Enter}');
  await expect.element(page.getByText('No articles match “kubernetes”.', { exact: true }).last()).toBeVisible();
  expect(searched).toMatchObject([{ query: 'kubernetes', results: 0 }]);
  await userEvent.keyboard('{Escape}');
  await expect.element(search).toHaveValue('');
  await userEvent.keyboard('{Escape}');
  await expect.element(page.getByRole('dialog', { name: 'Help' })).not.toBeInTheDocument();
  await focused(page.getByRole('button', { name: 'Help' }));
});

it('an app-placed <wm-help-center> shows the panel inline and the floating launcher steps aside; destroy leaves nothing', async () => {
  document.body.innerHTML = '<main><h1>Support</h1><wm-help-center></wm-help-center></main>';
  waymark = createWaymark({ guides, storage: 'memory' });
  await expect.element(page.getByRole('region', { name: 'Help' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Help' })).not.toBeInTheDocument();
  await userEvent.click(page.getByRole('button', { name: 'Create a project' }));
  await expect.element(page.getByRole('heading', { name: 'Create a project' })).toBeVisible();
  await userEvent.click(page.getByRole('button', { name: 'Yes' }));
  await expect.element(page.getByText('Thanks for telling us.')).toBeVisible();
  expect(waymark.progress.getSection('help')).toMatchObject({ helpful: { 'create-project': true } });
  waymark.destroy();
  waymark = undefined;
  expect(document.querySelectorAll('body > wm-help-center')).toHaveLength(0);
});

it('lists first the article about the element the user last used (not one used inside the help centre)', async () => {
  document.body.innerHTML = '<main><h1>App</h1><input type="search" aria-label="Find" data-tour="search" /></main>';
  waymark = createWaymark({ guides, storage: 'memory' });
  await userEvent.click(page.getByRole('searchbox', { name: 'Find' }));
  expect(waymark.openHelp()).toBe(true);
  const first = page.getByRole('dialog', { name: 'Help' }).getByRole('list').first().getByRole('button').first();
  await expect.element(first).toHaveTextContent('Search across projects, tasks and people');
});
