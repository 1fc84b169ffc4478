// The demo's Vite server (examples/vanilla, straight from src/), shared by `npm start` and the demo check so the
// check exercises exactly what the README's command serves.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Create (not yet listening) the demo server.
 * @param {{ host?: string, port?: number, logLevel?: 'info' | 'error' }} [options]
 */
export function createDemoServer({ host = '127.0.0.1', port = 5173, logLevel = 'info' } = {}) {
  return createServer({
    root: fileURLToPath(new URL('../examples/vanilla/', import.meta.url)),
    configFile: false,
    // Pre-bundled up front, so the first visit is not reloaded by a late dependency discovery.
    optimizeDeps: { include: ['lit', 'lit/directives/ref.js', 'nanostores', '@floating-ui/dom'] },
    logLevel,
    server: { host, port, strictPort: false, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
    build: { target: 'es2022' },
  });
}
