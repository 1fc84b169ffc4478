import type { Preview } from '@storybook/web-components-vite';
import { defineElements } from '../src/elements/define.js';

defineElements();

const preview: Preview = {};
export default preview;
