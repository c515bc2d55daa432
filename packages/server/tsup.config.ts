import { defineConfig } from 'tsup';

// ESM and CommonJS, each with its declarations, plus the `improvement-plan-server` command (ESM).
// The library, the store and the HTTP stack stay external.
export default defineConfig({
  entry: { index: 'src/index.ts', main: 'src/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' }, compilerOptions: { paths: {} } },
  tsconfig: 'tsconfig.build.json',
  clean: false,
  sourcemap: false,
  splitting: false,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  external: ['improvement-plan', '@improvement-plan/store', 'hono', '@hono/node-server', '@hono/zod-openapi', 'jose', 'zod'],
});
