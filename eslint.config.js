// ESLint flat config. The layer rules of ARCHITECTURE.md are encoded here: each folder of src/ may import only from
// the layers below it, so "core has no DOM" and "elements are pure views" are checked on every `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Layers of src/, lowest first, and what each may import (besides itself). */
const layers = {
  core: { may: [], packages: ['nanostores'] },
  validate: { may: ['core'], packages: [] },
  dom: { may: ['core'], packages: ['@floating-ui/*', 'nanostores'] },
  elements: { may: ['core', 'dom'], packages: ['lit', 'lit/*', '@floating-ui/*', 'nanostores'] },
  features: { may: ['core', 'dom', 'elements'], packages: ['lit', 'lit/*', 'nanostores'] },
  // The assembly of an instance (create-waymark's parts): everything below, the validator lazily.
  instance: { may: ['core', 'dom', 'elements', 'features', 'validate'], packages: ['nanostores'] },
  studio: { may: ['core', 'dom', 'elements', 'validate'], packages: ['lit', 'lit/*', 'nanostores'] },
  cli: { may: ['core', 'validate'], packages: [] },
};
const all = ['core', 'validate', 'dom', 'elements', 'features', 'instance', 'studio', 'cli', 'bindings', 'entries'];
const thirdParty = ['lit', 'lit/*', '@floating-ui/*', 'nanostores', 'react', 'vue', 'svelte', 'svelte/*', '@angular/*'];

const layerRules = Object.entries(layers).map(([layer, { may, packages }]) => {
  const banned = all.filter((l) => l !== layer && !may.includes(l));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banned.map((l) => ({
              group: [`**/${l}/*`, `**/${l}`],
              message: `src/${layer} may import only from ${may.length ? may.map((m) => `src/${m}`).join(', ') : 'itself'} (see ARCHITECTURE.md).`,
            })),
            {
              // No barrels; the registries that are a layer's public door are the exception (the validator's
              // entry, the lazy feature list, the label catalogs).
              group: [
                '**/index.js',
                '!**/validate/index.js',
                '!**/features/index.js',
                '!**/locales/index.js',
                '!./index.js',
              ].concat(thirdParty.filter((p) => !packages.includes(p))),
              message: `src/${layer} may not import this (layer rule; see ARCHITECTURE.md).`,
            },
            {
              // The instance's public types may be named (the studio drives an instance); its code never.
              group: ['**/create-waymark*'],
              allowTypeImports: true,
              message: `src/${layer} may not import create-waymark (layer rule; see ARCHITECTURE.md).`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'storybook-static/**',
      'coverage/**',
      'bench-results/**',
      'examples/**',
      'bench/compare/node_modules/**',
      '**/*.d.ts',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Short-circuit calls (`ok && run()`) are the house style for optional work.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
  },
  {
    // The bindings add the wm-* elements to each framework's element map by interface merging
    // (`interface IntrinsicElements extends WaymarkIntrinsicElements {}`), which needs an empty extending interface.
    files: ['src/bindings/**/*.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }] },
  },
  {
    files: ['src/elements/**/*.ts', 'stories/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  ...layerRules,
  {
    // Headless core: no DOM globals (the type-check of src/core without lib.dom backs this up).
    files: ['src/core/**/*.ts', 'src/validate/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.{ts,mjs,js}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'import-x/no-cycle': 'off' },
  },
);
