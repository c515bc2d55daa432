import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];
import { planJsonSchema } from './src/schema/json-schema.js';

/** The shipped locales: each is a subpath export of its own (`improvement-plan/locales/de`), as package.json lists them. */
const LOCALES = ['en', 'de', 'fr', 'es', 'ar'] as const;

/** The languages of the command line's own lines besides English (src/cli/words/), each a file loaded for its `--locale` only. */
const CLI_WORDS = ['de', 'fr', 'es', 'ar'] as const;

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
 * The executable is CommonJS, one file per part: node starts a CommonJS file without setting up its
 * ES module loader (8 ms of every run), and its loader pays per file, so each part is one file with
 * everything it needs (issue 21: `validate` within 1.5 x `node -e 0`). dist/cli.cjs holds the
 * start-up (arguments, help, the command table); every module the command line loads on demand
 * (`await import(...)` in src/cli) is a file of its own in dist/cli/, and each such import is
 * rewritten to a `require` of that file (`lazyFiles`). Code two parts share is in both files.
 * `validate` of a valid plan loads dist/cli/validate.cjs alone: zod (dist/cli/parse.cjs) only to
 * say what is wrong with a plan, jsonc-parser (dist/cli/positions.cjs) only for a text that is not
 * JSON. test/cli/start-up-imports.test.ts checks what each part holds.
 */
const CLI_FILES: Readonly<Record<string, string>> = {
  'src/cli/validate/run.ts': 'validate',
  'src/schema/parse.ts': 'parse',
  'src/cli/validate/positions.ts': 'positions',
  'src/cli/input.ts': 'input',
  'src/cli/glob.ts': 'glob',
  'src/cli/commands/evaluate-run.ts': 'evaluate-run',
  'src/cli/commands/render-run.ts': 'render-run',
  'src/cli/language.ts': 'language',
  ...Object.fromEntries(CLI_WORDS.map((code) => [`src/cli/words/${code}.ts`, `words-${code}`])),
  'src/cli/evaluation-text.ts': 'evaluation-text',
  'src/evaluate/index.ts': 'evaluate',
  'src/render/render-evaluation.ts': 'render-evaluation',
  'src/render/render-plan.ts': 'render-plan',
  'src/render/date-pattern.ts': 'date-pattern',
  'src/schema/json-schema.ts': 'json-schema',
  ...Object.fromEntries(LOCALES.map((code) => [`src/locales/${code}/index.ts`, `locale-${code}`])),
};

/** An esbuild plugin: a dynamic import of one of {@link CLI_FILES} is left to load its file, at `prefix`. */
function lazyFiles(prefix: string): Plugin {
  return {
    name: 'lazy-files',
    setup(build) {
      build.onResolve({ filter: /\.js$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const source = relative(process.cwd(), resolve(dirname(args.importer), args.path.replace(/\.js$/, '.ts'))).split(sep).join('/');
        const file = CLI_FILES[source];
        if (file === undefined) throw new Error(`${args.importer} imports ${args.path} on demand: add it to CLI_FILES in tsup.config.ts`);
        return { path: `${prefix}${file}.cjs`, external: true };
      });
    },
  };
}

/** What the executable's builds share: CommonJS, packages bundled, `import()` as `require`, whitespace and syntax minified (names kept, for readable stack traces). */
const CLI_BUILD: Options = {
  format: ['cjs'],
  dts: false,
  clean: false,
  sourcemap: false,
  splitting: false,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  external: ['fast-check'],
  noExternal: [...bundledIntoCli, ...runtimeBundledIntoCli],
  minifyWhitespace: true,
  minifySyntax: true,
  outExtension: () => ({ js: '.cjs' }),
  esbuildOptions(options) {
    // jsonc-parser's `main` is UMD, whose requires esbuild cannot follow: take its ESM build
    options.mainFields = ['module', 'main'];
    // an import on demand becomes require() in a promise: no ES module loader
    options.supported = { ...options.supported, 'dynamic-import': false };
  },
};

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
      ...Object.fromEntries(LOCALES.map((code) => [`locales/${code}`, `src/locales/${code}/index.ts`])),
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
  // The `improvement-plan` executable: dist/cli.cjs (the shebang in src/cli/bin.ts is kept and
  // tsup marks the file executable) and the parts it loads on demand, dist/cli/*.cjs (CLI_FILES).
  { ...CLI_BUILD, entry: { cli: 'src/cli/bin.ts' }, esbuildPlugins: [lazyFiles('./cli/')], onSuccess: writeCliLicenses },
  { ...CLI_BUILD, entry: Object.fromEntries(Object.entries(CLI_FILES).map(([source, file]) => [`cli/${file}`, source])), esbuildPlugins: [lazyFiles('./')] },
]);
