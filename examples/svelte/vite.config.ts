import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // `waymark` is linked from the repository (file:../..): resolve Svelte from this app only.
  resolve: { dedupe: ['svelte'] },
});
