// The demo's help centre and surveys, walked as a user would, keyboard only, in headless Chromium (issue: self-service
// help): on the Billing page open Help, see the billing articles first, search with a typo, open the right article,
// answer "No", get the walkthrough offered; read the payment-method article three times and get the billing
// walkthrough offered proactively; answer the NPS survey as a detractor and reach chat with the answers handed
// over; `metrics()` reports all of it; axe finds nothing in the help centre or the survey. Any page error fails.
// Usage: node scripts/demo-help-check.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createWalk, launchChromium } from './chromium-walk.mjs';
import { createDemoServer } from './demo-server.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const server = await createDemoServer({ port: 0, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
const { errors, steps, step, watch } = createWalk();
try {
  const page = watch(await browser.newPage({ viewport: { width: 1280, height: 800 } }));
  const dialog = (name) => page.getByRole('dialog', { name });
  const press = (...keys) => keys.reduce((p, k) => p.then(() => page.keyboard.press(k)), Promise.resolve());
  /** The focused element through shadow roots: its role-ish description. */
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el?.localName}:${(el?.getAttribute('aria-label') || el?.textContent || '').trim()}`;
    });
  const axe = async (selector) => {
    await page.addScriptTag({ content: axeSource }).catch(() => {});
    const found = await page.evaluate(
      async (s) =>
        (await window.axe.run(document.querySelector(s))).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
        ),
      selector,
    );
    if (found.length) throw new Error(`axe: ${found.join('; ')}`);
  };

  // A Monday within the demo's business hours (Berlin, 09:00–17:30), so "Talk to our team" opens the chat; the user
  // comes back on Tuesday and Wednesday.
  const visit = Date.parse('2026-11-30T11:00:00+01:00');
  await page.clock.setSystemTime(new Date(visit));
  await page.goto(url);
  await step('the welcome tour starts; Escape ends it, and the announcement slide-out is closed', async () => {
    await dialog('Welcome to Acme!').waitFor({ timeout: 15000 });
    await press('Escape');
    await dialog('Welcome to Acme!').waitFor({ state: 'detached' });
    const news = page.getByRole('dialog', { name: /faster reports/i });
    await news.waitFor();
    await news.getByRole('button', { name: 'Close' }).click();
  });
  await step('the Billing link leads to the billing page (a client-side route)', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).focus();
    await press('Enter');
    await page.getByRole('heading', { name: 'Billing', level: 1 }).waitFor();
    if (new URL(page.url()).pathname !== '/billing') throw new Error(`path is ${new URL(page.url()).pathname}`);
  });
  await step('Help opens by keyboard with focus in the search field, billing articles first', async () => {
    await page.getByRole('button', { name: 'Help', exact: true }).focus();
    await press('Enter');
    await dialog('Help').waitFor();
    if (!(await focused()).startsWith('input:Search help articles')) throw new Error(`focus on ${await focused()}`);
    const first = await dialog('Help').getByRole('list').first().getByRole('button').allTextContents();
    const billing = [
      'Update your payment method',
      'Download invoices and receipts',
      'Upgrade, downgrade or cancel your plan',
    ];
    if (billing.some((title, i) => first[i] !== title)) throw new Error(`listed: ${first.join(', ')}`);
    await axe('wm-help-center');
  });
  await step('a typo search ("invocie pdf") finds the invoices article; Down + Enter opens it', async () => {
    await page.keyboard.type('invocie pdf');
    await page.getByRole('option', { name: /Download invoices and receipts/ }).waitFor();
    await axe('wm-help-center');
    await press('ArrowDown', 'Enter');
    await page.getByRole('heading', { name: 'Download invoices and receipts' }).waitFor();
  });
  await step('"No" thanks the user and offers the walkthrough and chat', async () => {
    await dialog('Help').getByRole('button', { name: 'No', exact: true }).focus();
    await press('Enter');
    await page.getByRole('button', { name: 'Show me how: How billing works' }).waitFor();
    await page.getByRole('button', { name: 'Chat with us' }).last().waitFor();
    await axe('wm-help-center');
  });
  await step(
    'reading "Update your payment method" on three days (three visits) offers the billing walkthrough by itself',
    async () => {
      for (let day = 0; day < 3; day++) {
        if (day > 0) {
          // The next day: a new visit to the billing page.
          await page.clock.setSystemTime(new Date(visit + day * 864e5));
          await page.reload();
          await page.getByRole('heading', { name: 'Billing', level: 1 }).waitFor();
          await page.getByRole('button', { name: 'Help', exact: true }).focus();
          await press('Enter');
        } else {
          await dialog('Help').getByRole('button', { name: /Back/ }).focus();
          // Back returns to the search results (focus in the search field); Escape clears the search.
          await press('Enter', 'Escape');
        }
        await dialog('Help').getByRole('button', { name: 'Update your payment method' }).first().focus();
        await press('Enter');
        await page.getByRole('heading', { name: 'Update your payment method' }).waitFor();
      }
      await page.getByRole('button', { name: 'Close help' }).focus();
      await press('Enter');
      await dialog('Billing, step by step').waitFor({ timeout: 15000 });
      await press('Escape');
      await dialog('Billing, step by step').waitFor({ state: 'detached' });
    },
  );
  await step(
    'the NPS survey, answered by keyboard as a detractor, offers chat with the answers handed over',
    async () => {
      await page.evaluate(() => window.waymark.showSurvey('quarterly-nps'));
      const survey = dialog('One quick question');
      await survey.waitFor();
      await axe('wm-survey');
      await survey.getByRole('radio', { name: '0', exact: true }).focus();
      await press('ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter');
      await survey.getByRole('textbox', { name: 'What is the main reason for your score?' }).waitFor();
      await page.keyboard.type('Exports time out');
      await press('Tab', 'Tab', 'Enter');
      const talk = survey.getByRole('button', { name: 'Talk to our team' });
      await talk.waitFor();
      await talk.focus();
      await press('Enter');
      const chat = page.getByRole('dialog', { name: /chat/i });
      await chat.waitFor();
      const text = await chat.textContent();
      if (!/score=3/.test(text ?? '')) throw new Error(`the chat did not receive the answers: ${text?.slice(0, 300)}`);
    },
  );
  await step('metrics() reports the help centre, deflection and the survey', async () => {
    const m = await page.evaluate(() => window.waymark.metrics());
    const a = m.helpCenter.articles['update-payment-method'];
    if (!a || a.views < 3) throw new Error(`views: ${JSON.stringify(m.helpCenter.articles)}`);
    if (m.helpCenter.articles['download-invoices']?.notHelpful !== 1) throw new Error('the "No" was not counted');
    if (!m.helpCenter.searches.top.some((q) => q.query === 'invocie pdf'))
      throw new Error('the search was not counted');
    if (m.surveys['quarterly-nps']?.questions.score?.nps !== -100) throw new Error(`nps: ${JSON.stringify(m.surveys)}`);
  });
} finally {
  await browser.close();
  await server.close();
}
for (const s of steps) console.log(s);
for (const e of errors) console.log(`✗ ${e}`);
console.log(`demo help centre: ${steps.length} checks passed, ${errors.length} problems`);
process.exit(errors.length ? 1 : 0);
