// The demo's guide document, kept in one file per feature for readability and merged here into the single
// document an app would ship (a product manager may just as well keep everything in one guides.json).
const parts = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });

export const guides: Record<string, unknown> = { schemaVersion: 1 };
for (const part of Object.values(parts)) {
  for (const [key, value] of Object.entries(part)) {
    if (key === '$schema' || key === 'schemaVersion') continue;
    const prev = guides[key] as Record<string, Record<string, string>> | undefined;
    // Lists are joined; each file's translations join the others' of the same language.
    guides[key] =
      Array.isArray(prev) && Array.isArray(value)
        ? [...prev, ...value]
        : key === 'translations' && prev
          ? Object.fromEntries(
              [...new Set([...Object.keys(prev), ...Object.keys(value as object)])].map((tag) => [
                tag,
                { ...prev[tag], ...(value as typeof prev)[tag] },
              ]),
            )
          : value;
  }
}
