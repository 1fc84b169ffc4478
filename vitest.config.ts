import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

/**
 * Three tiers, mirroring the layers:
 * - `node`: the headless core and the validator, with no DOM at all (keeps core honest);
 * - `dom`: DOM helpers and elements in happy-dom;
 * - `browser`: `*.browser.test.ts`, anything about layout, focus, positioning or axe, in real Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/validate/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/cli/**/*.test.ts',
          ],
          exclude: ['**/*.browser.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: [
            'test/dom/**/*.test.ts',
            'test/elements/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/features/**/*.test.ts',
            'test/bindings/**/*.test.ts',
            'test/studio/**/*.test.ts',
          ],
          exclude: ['**/*.browser.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        // Pre-bundle up front: discovering a dependency mid-run makes Vite reload a test file (flaky on a fresh clone).
        optimizeDeps: {
          include: [
            'lit',
            'lit/directives/ref.js',
            'nanostores',
            '@floating-ui/dom',
            '@testing-library/dom',
            'axe-core',
          ],
        },
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
