// VS Code custom HTML data (dist/vscode.html-custom-data.json) generated from custom-elements.json: completion and
// hover docs for every wm-* tag and its attributes in HTML files. Point VS Code at it with
// `"html.customData": ["./node_modules/waymark/dist/vscode.html-custom-data.json"]` (.vscode/settings.json).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { homepage } = JSON.parse(readFileSync('package.json', 'utf8'));

/** `'a' | 'b'` (optionally with `| undefined`) → [a, b]; anything else → no fixed values. */
const values = (type = '') => {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p != 'undefined');
  return parts.length && parts.every((p) => /^(['"]).*\1$/.test(p))
    ? parts.map((p) => ({ name: p.slice(1, -1) }))
    : undefined;
};

const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({
    name: d.tagName,
    description: [d.summary, d.description].filter(Boolean).join('\n\n') || d.name,
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description:
        [a.description, a.default != null && `Default: ${a.default}`].filter(Boolean).join('\n\n') || undefined,
      values: a.type?.text == 'boolean' ? undefined : values(a.type?.text),
      valueSet: a.type?.text == 'boolean' ? 'v' : undefined,
    })),
    references: [{ name: 'Waymark', url: homepage }],
  }));

writeFileSync(
  'dist/vscode.html-custom-data.json',
  JSON.stringify(
    {
      $schema:
        'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
      version: 1.1,
      tags,
    },
    null,
    2,
  ) + '\n',
);
console.log(`vscode.html-custom-data.json: ${tags.length} elements`);
