// The README's demo, checked the way a person would use it: serve examples/vanilla with Vite (as `npm start`
// does), open it in headless Chromium, take the welcome tour with the keyboard, and see the checklist launcher,
// the hints, the chat button and the announcement. Any page error fails the check. Usage: node scripts/demo-check.mjs
import { createWalk, launchChromium } from './chromium-walk.mjs';
import { createDemoServer } from './demo-server.mjs';

const server = await createDemoServer({ port: 0, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
const { errors, steps, step, watch } = createWalk();
try {
  const page = watch(await browser.newPage({ viewport: { width: 1280, height: 800 } }));
  await page.goto(url);
  const dialog = (name) => page.getByRole('dialog', { name });
  await step('the welcome tour starts on a first visit', () => dialog('Welcome to Acme!').waitFor({ timeout: 15000 }));
  await step('ArrowRight moves to the anchored step', async () => {
    await page.keyboard.press('ArrowRight');
    await dialog('Create a project').waitFor();
  });
  await step('clicking the target advances (advanceOn)', async () => {
    await page.getByRole('button', { name: '+ New project' }).click();
    await dialog('Find anything').waitFor();
  });
  await step('Escape ends the tour', async () => {
    await page.keyboard.press('Escape');
    await dialog('Find anything').waitFor({ state: 'detached' });
  });
  await step('the checklist launcher shows progress', () =>
    page.getByRole('button', { name: /Getting started/ }).waitFor(),
  );
  await step('hint beacons are named buttons', () =>
    page
      .getByRole('button', { name: /^Hint: / })
      .first()
      .waitFor(),
  );
  await step('the chat button is there', () => page.locator('wm-chat-button').waitFor());
  await step('the "What\'s new" announcement follows the tour', () =>
    page.getByRole('dialog', { name: /faster reports/i }).waitFor(),
  );
  await step('its "Show me" starts the reports tour (not the welcome tour again)', async () => {
    await page.getByRole('button', { name: 'Show me' }).click();
    await dialog('Reports, 3× faster').waitFor();
    await page.keyboard.press('Escape');
    await dialog('Reports, 3× faster').waitFor({ state: 'detached' });
  });
  await step('the checklist describes where its buttons are', async () => {
    await page.getByRole('button', { name: /Getting started/ }).click();
    await page.getByText('Click Invite teammate above the dashboard cards').waitFor();
    await page.getByRole('button', { name: /^Invite teammate/ }).waitFor();
    await page.keyboard.press('Escape');
  });
  // A phone: the app itself must fit (no sideways scrolling), and the tour starts there too.
  const phone = await browser.newPage({ viewport: { width: 375, height: 667 } });
  phone.on('pageerror', (e) => errors.push(`page error (phone): ${e}`));
  await phone.goto(url);
  await step('on a phone the tour starts and the page does not scroll sideways', async () => {
    await phone.getByRole('dialog', { name: 'Welcome to Acme!' }).waitFor({ timeout: 15000 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    if (overflow > 0) throw new Error(`the page is ${overflow}px wider than the phone's viewport`);
  });
} finally {
  await browser.close();
  await server.close();
}
for (const s of steps) console.log(s);
for (const e of errors) console.log(`✗ ${e}`);
console.log(`demo: ${steps.length} checks passed, ${errors.length} problems`);
process.exit(errors.length ? 1 : 0);
