import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'waymark/vue';

export default defineConfig({
  // `wm-*` tags are Waymark's custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
  // `waymark` is linked from the repository (file:../..): resolve Vue from this app only.
  resolve: { dedupe: ['vue'] },
});
