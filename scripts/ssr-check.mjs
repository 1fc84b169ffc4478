// Imports every public entry in plain Node (no DOM), as a server-side renderer would, and uses the core.
const entries = ['index', 'core', 'validate', 'analytics', 'chat', 'proactive', 'elements'].map((e) => `../dist/${e}.js`);
for (const entry of entries) await import(new URL(entry, import.meta.url).href);
const { createWaymark } = await import(new URL('../dist/index.js', import.meta.url).href);
const waymark = createWaymark({ guides: { schemaVersion: 1, tours: [{ id: 't', steps: [{ id: 's', title: 'S' }] }] } });
if (!waymark.start('t')) throw new Error('headless start failed on the server');
waymark.destroy();
console.log(`SSR import ok: ${entries.length} entries`);
