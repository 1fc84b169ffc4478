// The demo's guide document, kept in one file per feature for readability and merged here into the single
// document an app would ship (a product manager may just as well keep everything in one guides.json).
const parts = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });

export const guides: Record<string, unknown> = { schemaVersion: 1 };
for (const part of Object.values(parts)) {
  for (const [key, value] of Object.entries(part)) {
    if (key === '$schema' || key === 'schemaVersion') continue;
    const prev = guides[key];
    guides[key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
  }
}
