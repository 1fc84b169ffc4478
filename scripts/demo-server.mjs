// The demo's Vite server (examples/vanilla, straight from src/), shared by `npm start` and the demo check so the
// check exercises exactly what the README's command serves.
import { createServer } from 'vite';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const guidesDir = fileURLToPath(new URL('../examples/vanilla/guides/', import.meta.url));

/**
 * `/guides.json`: the demo's document as a remote document (examples/vanilla/guides/*.json merged, read again on every
 * request, so an edit is published at once), with a strong ETag and `If-None-Match` → 304, like a static host or CDN.
 * The demo uses it with `?remote` in its URL.
 * @returns {import('vite').Plugin}
 */
const remoteGuides = () => ({
  name: 'demo-remote-guides',
  configureServer(server) {
    server.middlewares.use('/guides.json', async (req, res) => {
      const doc = { schemaVersion: 1 };
      for (const file of (await readdir(guidesDir)).filter((f) => f.endsWith('.json')).sort())
        for (const [key, value] of Object.entries(JSON.parse(await readFile(guidesDir + file, 'utf8'))))
          if (key != '$schema' && key != 'schemaVersion')
            doc[key] = Array.isArray(doc[key]) && Array.isArray(value) ? [...doc[key], ...value] : value;
      const body = JSON.stringify(doc, null, 2);
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'no-cache');
      if (req.headers['if-none-match'] == etag) return void ((res.statusCode = 304), res.end());
      res.setHeader('Content-Type', 'application/json');
      res.end(body);
    });
  },
});

/**
 * Create (not yet listening) the demo server.
 * @param {{ host?: string, port?: number, logLevel?: 'info' | 'error' }} [options]
 */
export function createDemoServer({ host = '127.0.0.1', port = 5173, logLevel = 'info' } = {}) {
  return createServer({
    root: fileURLToPath(new URL('../examples/vanilla/', import.meta.url)),
    configFile: false,
    plugins: [remoteGuides()],
    // Pre-bundled up front, so the first visit is not reloaded by a late dependency discovery.
    optimizeDeps: { include: ['lit', 'lit/directives/ref.js', 'nanostores', '@floating-ui/dom'] },
    logLevel,
    server: { host, port, strictPort: false, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
    build: { target: 'es2022' },
  });
}
