import { fileURLToPath } from 'node:url';

// The repository root: `waymark` (file:../..) and examples/shared live outside this app's folder.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export (out/): the example runs in the browser only, so any static server can host it.
  output: 'export',
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
