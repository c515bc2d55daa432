import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { planJsonSchema } from './src/schema/json-schema.js';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    testing: 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'node20',
  platform: 'neutral',
  external: ['zod', 'date-fns', '@date-fns/utc', 'immer', 'fast-check'],
  async onSuccess() {
    await writeFile('dist/plan.schema.json', `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  },
});
