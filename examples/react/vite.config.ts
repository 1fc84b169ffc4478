import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // `waymark` is linked from the repository (file:../..): resolve React from this app only.
  resolve: { dedupe: ['react', 'react-dom'] },
});
