// Checks custom-elements.json (and the VS Code data made from it) the way a tool uses them: every element has its
// tag name, its attributes are the ones the built class observes, its module path exists in the package and is
// exported there, event names are real names, and every registered wm-* element is listed. Run after the build.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
const problems = [];
const fail = (message) => problems.push(message);

const inPackage = (path) => pkg.files.some((f) => path == f || path.startsWith(f.replace(/\/?$/, '/')));
const exported = (path) => Object.values(pkg.exports).some((e) => JSON.stringify(e).includes(`"./${path}"`));
const elements = [];
for (const mod of manifest.modules) {
  if (!existsSync(mod.path)) fail(`${mod.path}: no such file`);
  if (!inPackage(mod.path)) fail(`${mod.path}: not in the package's files`);
  if (!exported(mod.path)) fail(`${mod.path}: not an export of the package`);
  if (/^src\//.test(mod.path) || /"module":"src\//.test(JSON.stringify(mod))) fail(`${mod.path}: refers to src/`);
  const server = `dist/server/${mod.path.replace(/^dist\//, '')}`;
  const built =
    /^dist\/.*\.js$/.test(mod.path) && existsSync(server)
      ? await import(new URL(`../${server}`, import.meta.url).href)
      : {};
  for (const d of mod.declarations ?? []) {
    if (!d.customElement) continue;
    elements.push(d);
    if (!/^wm-[a-z-]+$/.test(d.tagName ?? '')) fail(`${d.name}: no tag name`);
    if (!Array.isArray(d.attributes)) fail(`${d.name}: no attributes list`);
    const ctor = built[d.name];
    if (!ctor) fail(`${d.name}: not exported by ${mod.path}`);
    else {
      const want = [...ctor.observedAttributes].sort().join(',');
      const have = (d.attributes ?? [])
        .map((a) => a.name)
        .sort()
        .join(',');
      if (want != have) fail(`${d.tagName}: attributes [${have}] but the element observes [${want}]`);
    }
    for (const e of d.events ?? [])
      if (!/^wm-[a-z-]+$/.test(e.name)) fail(`${d.tagName}: event "${e.name}" is not an event name`);
    if (!mod.exports?.some((x) => x.kind == 'custom-element-definition' && x.name == d.tagName))
      fail(`${d.tagName}: no custom-element-definition export`);
  }
}
// Every element class `waymark/elements` exports is listed.
const all = await import(new URL('../dist/server/elements.js', import.meta.url).href);
for (const [name, value] of Object.entries(all))
  if (typeof value == 'function' && 'observedAttributes' in value && !elements.some((d) => d.name == name))
    fail(`${name}: missing from the manifest`);
for (const d of elements)
  if (!data.tags.some((t) => t.name == d.tagName)) fail(`${d.tagName}: missing from vscode.html-custom-data.json`);

if (problems.length) {
  console.error(`custom-elements.json: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`custom-elements.json ok: ${elements.map((d) => d.tagName).join(', ')}`);
