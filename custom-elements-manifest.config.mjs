// custom-elements.json for tools (IDEs, Storybook, linters, framework type generators): one module per public
// entry that tools can import (`dist/elements.js`, i.e. `waymark/elements`), each element with its tag name, and
// only what the element really does: attributes as the running class observes them, events its docs declare.
// `npm run build` runs it after tsup (it reads the built classes); `scripts/check-manifest.mjs` checks the result.
import { existsSync } from 'node:fs';

/** Where every element class is exported from in the package. */
const MODULE = 'dist/elements.js';
/** The built classes (the server build imports in Node), when built: the attributes they really observe. */
const built = existsSync('dist/server/elements.js')
  ? await import(new URL('./dist/server/elements.js', import.meta.url).href)
  : {};

/** Tag names from `declare global { interface HTMLElementTagNameMap { 'wm-x': WmX } }` (the elements register lazily). */
function tagNames() {
  return {
    name: 'waymark-tag-names',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text != 'HTMLElementTagNameMap') return;
      for (const member of node.members) {
        const tag = member.name && ts.isStringLiteral(member.name) ? member.name.text : undefined;
        const cls = member.type && ts.isTypeReferenceNode(member.type) ? member.type.typeName.getText() : undefined;
        const decl = moduleDoc.declarations?.find((d) => d.name == cls);
        if (!tag || !decl) continue;
        decl.tagName = tag;
        decl.customElement = true;
        (moduleDoc.exports ??= []).push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: cls, module: moduleDoc.path },
        });
      }
    },
  };
}

/** One module, the package's `waymark/elements` entry, with every element; attributes checked against the classes. */
function publicModule() {
  return {
    name: 'waymark-public-module',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const declarations = [];
      const exports = [];
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName) continue;
          const ctor = built[decl.name];
          if (ctor?.observedAttributes) {
            const observed = new Set(ctor.observedAttributes);
            decl.attributes = (decl.attributes ?? []).filter((a) => observed.has(a.name));
            for (const member of decl.members ?? [])
              if (member.attribute && !observed.has(member.attribute)) delete member.attribute;
          }
          // Only declared (`@fires`) events: a dispatch through a variable is not an event name.
          decl.events = (decl.events ?? []).filter((e) => e.description);
          declarations.push(decl);
          exports.push(
            { kind: 'js', name: decl.name, declaration: { name: decl.name, module: MODULE } },
            { kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: MODULE } },
          );
        }
      }
      const text = JSON.stringify(declarations).replace(/"module":"src\/[^"]*"/g, `"module":"${MODULE}"`);
      manifest.modules = [{ kind: 'javascript-module', path: MODULE, declarations: JSON.parse(text), exports }];
    },
  };
}

export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/elements/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tagNames(), publicModule()],
};
