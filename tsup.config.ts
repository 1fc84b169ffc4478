import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    validate: 'src/validate/index.ts',
  },
  format: ['esm'],
  // tsup 8.5 injects `baseUrl` into the dts compilerOptions; TS 6 rejects it unless silenced.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  sourcemap: true,
  clean: true,
  minify: false,
  target: 'es2022',
});
