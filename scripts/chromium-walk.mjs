// What the Chromium checks share (demo, plain HTML page, framework examples): Debian's Chromium launched the same
// way, and named steps that record a problem and go on, so one run reports every broken step at once.
import { chromium } from 'playwright-core';

/**
 * Launch headless Chromium (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`).
 * @param {string[]} [args] - extra command-line switches.
 */
export const launchChromium = (args = []) =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', ...args],
  });

/**
 * Named steps: `step(name, fn)` runs `fn`, recording `✓ name` in `steps` or the first line of its error in `errors`;
 * `watch(page)` records the page's errors and console errors in `errors` too.
 */
export function createWalk() {
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const steps = [];
  /** @param {string} name @param {() => Promise<unknown>} fn */
  const step = async (name, fn) => {
    try {
      await fn();
      steps.push(`✓ ${name}`);
    } catch (error) {
      errors.push(
        `${name}: ${String(error)
          .split('\n')
          .slice(0, process.env.WALK_DEBUG ? 8 : 1)
          .join(' | ')}`,
      );
    }
  };
  /** @param {import('playwright-core').Page} page */
  const watch = (page) => {
    page.on('pageerror', (e) => errors.push(`page error: ${e}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    return page;
  };
  return { errors, steps, step, watch };
}
