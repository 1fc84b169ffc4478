import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo's images (announcement stories use them).
  staticDirs: ['../examples/vanilla/public'],
  core: { disableTelemetry: true }, // without it every build/dev waits ~7 s on a telemetry DNS lookup
};
export default config;
