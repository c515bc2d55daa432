import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { planJsonSchema } from './src/schema/json-schema.js';

const external = ['zod', 'date-fns', '@date-fns/utc', 'immer', 'fast-check'];

// `npm run build` empties dist/ first; the three builds below run side by side and clean nothing.
export default defineConfig([
  {
    // ESM, one file per module (not bundled): an app's bundler then drops every module it does not
    // import (package.json `sideEffects`), e.g. the zod schemas when it only evaluates plans.
    // Type declarations are tsc's, one per module (tsconfig.build.json).
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    async onSuccess() {
      await writeFile('dist/plan.schema.json', `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    },
  },
  {
    // CommonJS: one bundle per entry point, with bundled declarations (.d.cts).
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      testing: 'src/testing/index.ts',
    },
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'node20',
    platform: 'neutral',
    external,
  },
  {
    // The `improvement-plan` executable: one ESM file; the shebang in src/cli/bin.ts is kept
    // and tsup marks the file executable.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    external,
  },
]);
