import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { planJsonSchema } from './src/schema/json-schema.js';

const external = ['zod', 'date-fns', '@date-fns/utc', 'immer', 'fast-check'];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      testing: 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // The CLI config below writes dist/cli.js at the same time: keep it.
    clean: ['!cli.js'],
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'node20',
    platform: 'neutral',
    external,
    async onSuccess() {
      await writeFile('dist/plan.schema.json', `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    },
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
