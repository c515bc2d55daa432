import { defineConfig } from 'tsup';

const external = ['improvement-plan', '@improvement-plan/store', 'hono', '@hono/node-server', '@hono/zod-openapi', 'jose', 'zod'];
const common = { tsconfig: 'tsconfig.build.json', clean: false, sourcemap: false, splitting: false, treeshake: true, target: 'node20', platform: 'node', external } as const;

// The library: ESM and CommonJS, each with its declarations. The command: ESM (it awaits at the
// top level). The library, the store and the HTTP stack stay external.
export default defineConfig([
  { ...common, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: { compilerOptions: { paths: {} } } },
  { ...common, entry: { main: 'src/main.ts' }, format: ['esm'], dts: false },
]);
