import { defineConfig } from 'tsup';

// ESM and CommonJS, each with its declarations; the library and the drivers stay external.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { paths: {} } },
  tsconfig: 'tsconfig.build.json',
  clean: false,
  sourcemap: false,
  splitting: false,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  external: ['improvement-plan', 'pg', '@electric-sql/pglite'],
});
