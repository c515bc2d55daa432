/**
 * What the command line loads (issue 21): `validate` of a valid plan loads no package at all (not
 * zod, not date-fns: the zod parse is a file loaded only to report what is wrong), nor the render
 * or evaluate code, and `render --locale` finds every date-fns
 * locale by loading its one module. Import graphs are read from the sources (static imports, plus
 * the dynamic import each step takes); no timing.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as allLocales from 'date-fns/locale';
import { build, type Metafile } from 'esbuild';
import type { Options } from 'tsup';
import { describe, expect, it } from 'vitest';
import tsupConfig from '../../tsup.config.js';
import { findLocale } from '../../src/cli/commands/render-run.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every module reachable from `entries` by static imports (type-only imports skipped): source files and packages. */
function staticGraph(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (match[1] !== undefined) continue;
      const specifier = match[2]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  };
  for (const entry of entries) visit(join(root, entry));
  return { files, packages };
}

/**
 * One of tsup.config.ts's builds of the executable (the same entries, packages bundled and kept
 * out, splitting and plugins), built in memory by esbuild: what each entry loads, file by file.
 * `which`: the start-up build (dist/cli.js and its chunks) or validate's own files.
 */
async function builtExecutable(which: 'cli' | 'validate') {
  const configs = tsupConfig as Options[];
  const isEntry = (c: Options, name: string) => typeof c.entry === 'object' && !Array.isArray(c.entry) && name in c.entry;
  const config = configs.find((c) => isEntry(c, which === 'cli' ? 'cli' : 'cli/validate'))!;
  const options: { mainFields?: string[]; supported?: Record<string, boolean> } = {};
  (config.esbuildOptions as ((o: typeof options, context: { format: string }) => void) | undefined)?.(options, { format: 'cjs' });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
  const bundled = (config.noExternal ?? []) as string[];
  // tsup keeps a package's dependencies and peers out of a bundle unless noExternal names them
  const external = [...((config.external ?? []) as string[]), ...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].filter((name) => !bundled.includes(name));
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: config.entry as Record<string, string>,
    bundle: true,
    write: false,
    outdir: 'dist',
    format: 'cjs',
    splitting: false,
    platform: 'node',
    target: 'node20',
    mainFields: options.mainFields ?? [],
    supported: options.supported ?? {},
    external,
    plugins: config.esbuildPlugins ?? [],
    metafile: true,
    logLevel: 'silent',
  });
  return metafile;
}

/**
 * The source files and the packages (kept out of the bundle) that loading `entry`'s file loads,
 * and the executable's other parts it loads on demand (`require` of a file of dist/cli/ inside a
 * promise: never at start).
 */
function loadedBy(metafile: Metafile, entry: string): { inputs: string[]; packages: string[]; onDemand: string[] } {
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === entry);
  if (start === undefined) throw new Error(`no output for ${entry}`);
  const packages = new Set<string>();
  const onDemand = new Set<string>();
  for (const imported of outputs[start]!.imports) {
    if (!imported.external) continue;
    if (imported.path.startsWith('.')) onDemand.add(imported.path);
    else if (!imported.path.startsWith('node:') && !builtinModules.includes(imported.path)) packages.add(imported.path);
  }
  return { inputs: Object.keys(outputs[start]!.inputs), packages: [...packages], onDemand: [...onDemand].sort() };
}

describe('the executable, as built, loads what the command needs (issue 21)', () => {
  it('start-up (every command, --help, --version) loads the command line only: no library module, no package', async () => {
    const { inputs, packages, onDemand } = loadedBy(await builtExecutable('cli'), 'src/cli/bin.ts');
    // each command's code is a file of its own, required when the command runs
    expect(onDemand).toEqual(['./cli/evaluate-run.cjs', './cli/glob.cjs', './cli/input.cjs', './cli/json-schema.cjs', './cli/render-run.cjs', './cli/validate.cjs']);
    expect(inputs).toContain('src/cli/run.ts');
    expect(inputs.filter((file) => !file.startsWith('src/cli/') && file !== 'package.json')).toEqual([]);
    // the commands' code is loaded when a command runs
    expect(inputs.filter((file) => /^src\/cli\/(commands\/.*-run|validate\/|input)/.test(file))).toEqual([]);
    expect(packages).toEqual([]);
  }, 60_000);

  it('validate is one file of its own that loads no package, not even zod: no parse by zod, render, evaluate or lifecycle code, no date-fns, no jsonc-parser', async () => {
    const metafile = await builtExecutable('validate');
    const { inputs, packages, onDemand } = loadedBy(metafile, 'src/cli/validate/run.ts');
    // a valid plan is read by the zod-free fast path and linted with the default policy as data
    expect(inputs).toContain('src/schema/fast-plan.ts');
    expect(inputs).toContain('src/lint/lint.ts');
    expect(packages).toEqual([]);
    expect(inputs.filter((file) => file.startsWith('node_modules/'))).toEqual([]);
    expect(inputs.filter((file) => /^src\/(render|evaluate|lifecycle)\//.test(file) || /^src\/schema\/(parse|entities|primitives|plan-shape)\.ts$/.test(file) || /^src\/\w+\/policy\.ts$/.test(file))).toEqual([]);
    // the zod parse (what is wrong with a plan), jsonc-parser (a text that is not JSON) and the
    // languages of --locale are files loaded only then
    expect(onDemand).toEqual(['./language.cjs', './parse.cjs', './positions.cjs']);
    // the zod parse carries zod's default English messages only (the library words its own issues)
    const parse = loadedBy(metafile, 'src/schema/parse.ts');
    expect(parse.inputs.filter((file) => file.startsWith('node_modules/zod/')).length).toBeGreaterThan(0);
    expect(parse.inputs.filter((file) => /^node_modules\/zod\/.*\/locales\//.test(file) && !file.endsWith('/locales/en.js'))).toEqual([]);
    expect(parse.packages).toEqual([]);
  }, 60_000);
});

describe('the command line loads what the command needs', () => {
  it('validate: start-up plus the validate run load neither date-fns/locale nor the date-fns root, nor zod, render or evaluate code', () => {
    // start-up (bin.ts and its static imports), then validateCommand.run's import('../validate/run.js')
    const { files, packages } = staticGraph(['src/cli/bin.ts', 'src/cli/validate/run.ts']);
    const names = [...files].map((f) => relative(root, f));
    expect(names).toContain('src/schema/fast-plan.ts');
    expect([...packages]).toEqual([]);
    expect(names.filter((f) => f.startsWith('src/render/') || f.startsWith('src/evaluate/'))).toEqual([]);
    // nor does any module loaded at start-up import the whole table of locales when it runs
    expect(names.filter((f) => /import\(\s*['"]date-fns(?:\/locale)?['"]\s*\)/.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });

  it('the library imports date-fns pieces by path, never the root', () => {
    const { packages } = staticGraph(['src/index.ts']);
    expect([...packages].filter((p) => p === 'date-fns' || p === 'date-fns/locale')).toEqual([]);
  });

  it('render --locale finds every date-fns locale, by its export name and by its BCP 47 tag', async () => {
    const table = allLocales as unknown as Record<string, unknown>;
    for (const [name, locale] of Object.entries(table)) {
      expect(await findLocale(name)).toBe(locale);
      const tag = name.replace(/^([a-z]+)([A-Z]{2})$/, '$1-$2');
      expect(await findLocale(tag)).toBe(locale);
    }
    expect(await findLocale('xx-YY')).toBeUndefined();
    expect(await findLocale('../../package')).toBeUndefined();
    expect(await findLocale('en-gb')).toBe(table['enGB']);
  });
});
