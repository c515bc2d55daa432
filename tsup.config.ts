import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];
import { planJsonSchema } from './src/schema/json-schema.js';

const external = ['zod', 'date-fns', '@date-fns/utc', 'immer', 'fast-check'];

/**
 * Packages only the executable uses, bundled into it (devDependencies of the package, never
 * runtime dependencies of the library): jsonc-parser places problems at their line and column,
 * tinyglobby (with fdir and picomatch) expands glob patterns. Their licences ship beside it.
 * test/deps/check.mjs holds the same list.
 */
const bundledIntoCli = ['jsonc-parser', 'tinyglobby', 'fdir', 'picomatch'];

/**
 * The library's runtime dependencies, bundled (tree-shaken) into the executable as well, for its
 * start-up (issue 21): zod's root entry alone loaded about a hundred modules (its locales among
 * them), more than node's own start-up took. The library's entries (dist/index.*, dist/schema/*,
 * ...) still import them from node_modules. `render --locale` still loads its one date-fns locale
 * from the installed date-fns, by path. test/deps/check.mjs holds the same list.
 */
const runtimeBundledIntoCli = ['zod', 'date-fns', '@date-fns/utc', 'immer'];

/**
 * `validate` runs from one file of its own, dist/cli/validate.js, not from shared chunks: node's
 * loader pays per module, and the command's seventeen chunks cost about 13 ms more than the same
 * code in one file (issue 21: `validate` within 1.5 x `node -e 0`). Its two lazy parts are files of
 * their own too: the zod parse, loaded only to report what is wrong with a plan, and jsonc-parser's
 * positions, loaded only for a text that is not JSON. Each dynamic import of these modules is
 * rewritten to the file that holds it (`lazyFiles`); the code they share is in both files, and
 * only ever loaded together when a plan has problems.
 */
const VALIDATE_FILES: Record<string, string> = {
  'src/cli/validate/run.ts': 'validate.js',
  'src/schema/parse.ts': 'validate-parse.js',
  'src/cli/validate/positions.ts': 'validate-positions.js',
};

/** An esbuild plugin: a dynamic import of one of `files` (source path -> file in dist/cli/) is left to load that file, at `prefix`. */
function lazyFiles(files: Readonly<Record<string, string>>, prefix: string, only: readonly string[] = Object.keys(files)): Plugin {
  return {
    name: 'lazy-files',
    setup(build) {
      build.onResolve({ filter: /\.js$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const source = relative(process.cwd(), resolve(dirname(args.importer), args.path.replace(/\.js$/, '.ts'))).split(sep).join('/');
        return only.includes(source) ? { path: `${prefix}${files[source]}`, external: true } : undefined;
      });
    },
  };
}

/** dist/cli-licenses.txt: the licence of every package bundled into the executable (all MIT). */
async function writeCliLicenses(): Promise<void> {
  const parts: string[] = ['Packages bundled into dist/cli.js and dist/cli/ (the improvement-plan executable), with their licences.', ''];
  for (const name of [...bundledIntoCli, ...runtimeBundledIntoCli]) {
    const pkg = JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8')) as { version: string; license: string };
    const licenceFile = (await readdir(`node_modules/${name}`)).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
    if (licenceFile === undefined) throw new Error(`node_modules/${name} has no licence file to ship in dist/cli-licenses.txt`);
    const licence = await readFile(`node_modules/${name}/${licenceFile}`, 'utf8');
    parts.push(`${'-'.repeat(72)}`, `${name}@${pkg.version} (${pkg.license})`, '', licence.trim(), '');
  }
  await writeFile('dist/cli-licenses.txt', `${parts.join('\n')}\n`);
}

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
    // The `improvement-plan` executable: dist/cli.js (the shebang in src/cli/bin.ts is kept and
    // tsup marks the file executable) and its chunks in dist/cli/. Code splitting keeps start-up
    // light: a command loads its part of the library (and jsonc-parser, tinyglobby) when it runs,
    // through the dynamic imports in src/cli. zod, date-fns and immer are bundled too, tree-shaken
    // (a few chunks instead of zod's hundred modules); fast-check is never part of it.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    external: ['fast-check'],
    noExternal: [...bundledIntoCli, ...runtimeBundledIntoCli],
    esbuildPlugins: [lazyFiles(VALIDATE_FILES, './cli/', ['src/cli/validate/run.ts'])],
    // less text to parse at every start (identifiers kept, for readable stack traces)
    minifyWhitespace: true,
    minifySyntax: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
      // jsonc-parser's `main` is UMD, whose requires esbuild cannot follow: take its ESM build
      options.mainFields = ['module', 'main'];
    },
    onSuccess: writeCliLicenses,
  },
  {
    // `validate`'s own files (VALIDATE_FILES): each bundled whole, no shared chunks
    entry: Object.fromEntries(Object.entries(VALIDATE_FILES).map(([source, file]) => [`cli/${file.replace(/\.js$/, '')}`, source])),
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    external: ['fast-check'],
    noExternal: [...bundledIntoCli, ...runtimeBundledIntoCli],
    esbuildPlugins: [lazyFiles(VALIDATE_FILES, './')],
    // less text to parse at every start (identifiers kept, for readable stack traces)
    minifyWhitespace: true,
    minifySyntax: true,
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
  },
]);
