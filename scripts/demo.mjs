// Serves the example app (examples/vanilla) with Vite on http://127.0.0.1:5173, straight from src/.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../examples/vanilla/', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const server = await createServer({
  root,
  configFile: false,
  // Pre-bundled up front, so the first visit is not reloaded by a late dependency discovery.
  optimizeDeps: { include: ['lit', 'lit/directives/ref.js', 'nanostores', '@floating-ui/dom'] },
  logLevel: 'info',
  server: { host: process.env.HOST ?? '127.0.0.1', port, strictPort: false, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  build: { target: 'es2022' },
});
await server.listen();
server.printUrls();
console.log('\nWaymark demo is running. Press Ctrl+C to stop.');
