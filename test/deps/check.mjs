#!/usr/bin/env node
// Dependency check (`npm run deps`, part of `npm run check`):
// 1. package.json's runtime `dependencies` are exactly zod, date-fns and immer (and @date-fns/utc
//    when used); no optional or bundled dependencies; fast-check only as an optional peer (for the
//    `testing` subpath);
// 2. the built files (dist/, when present) import no other package, and only the `testing` entry
//    imports the optional peer fast-check; the declarations load no date-fns typings;
// 3. the packages bundled into the executable (dist/cli.cjs and dist/cli/, see tsup.config.ts) are
//    devDependencies, never runtime ones: no built file imports them, no library module outside
//    src/cli imports them, and dist/cli-licenses.txt carries their licences. The library's own
//    runtime dependencies (zod, date-fns, @date-fns/utc, immer) are bundled, tree-shaken, into the
//    executable as well (its start-up, issue 21): they stay runtime dependencies, because the
//    library's entries import them from node_modules; the executable's files import no package
//    (but `render --locale`'s one date-fns locale, by path, at run time), and their licences ship
//    in dist/cli-licenses.txt too;
// 4. the layers: every import between src/ folders is one the table LAYERS below allows (a folder
//    imports only the folders under it; lifecycle and evaluate are siblings, neither imports the
//    other), so the order written in src/index.ts and docs/concepts.md stays true;
// 5. `npm audit --omit=dev` reports no vulnerability. When the registry does not serve the audit
//    endpoint (some mirrors answer 405), the audit is reported as not run; AUDIT_REQUIRED=1 makes
//    that a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, sep } from 'node:path';

const REQUIRED = ['date-fns', 'immer', 'zod'];
/** Bundled into the executable only (tsup.config.ts `bundledIntoCli`): jsonc-parser for positions, tinyglobby for patterns. */
const BUNDLED_INTO_CLI = ['jsonc-parser', 'tinyglobby', 'fdir', 'picomatch'];
/** The library's runtime dependencies, bundled into the executable as well (tsup.config.ts `runtimeBundledIntoCli`). */
const RUNTIME_BUNDLED_INTO_CLI = ['zod', 'date-fns', '@date-fns/utc', 'immer'];
const ALLOWED = new Set([...REQUIRED, '@date-fns/utc']);
const PEERS = new Set(['fast-check']);
const failures = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// 1. the declared runtime dependencies
const runtime = Object.keys(pkg.dependencies ?? {}).sort();
const missing = REQUIRED.filter((name) => !runtime.includes(name));
const extra = runtime.filter((name) => !ALLOWED.has(name));
if (missing.length > 0) failures.push(`missing runtime dependencies: ${missing.join(', ')}`);
if (extra.length > 0) failures.push(`runtime dependencies beyond zod, date-fns (+ @date-fns/utc) and immer: ${extra.join(', ')}`);
for (const field of ['optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
  if (pkg[field] && Object.keys(pkg[field]).length > 0) failures.push(`package.json has ${field}`);
}
for (const name of Object.keys(pkg.peerDependencies ?? {})) {
  if (!PEERS.has(name) || pkg.peerDependenciesMeta?.[name]?.optional !== true) failures.push(`peer dependency ${name} is not an optional fast-check peer`);
}
console.log(`runtime dependencies: ${runtime.join(', ')}`);

// 2. what the built code imports
if (existsSync('dist')) {
  const imported = new Set();
  // (a literal that goes on with `+` is not a specifier: tsup's `require('u' + 'rl')` in the executable)
  const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"'./][^"']*)["'](?!\s*\+)/gm;
  // the ESM build is one file per module in folders; the CJS build is bundled at the top level
  const files = readdirSync('dist', { recursive: true })
    .map((f) => String(f).split(sep).join('/'))
    .filter((f) => /\.(c|m)?js$/.test(f));
  for (const file of files) {
    for (const match of readFileSync(join('dist', file), 'utf8').matchAll(specifier)) {
      const name = match[1].startsWith('@') ? match[1].split('/').slice(0, 2).join('/') : match[1].split('/')[0];
      // Node's own modules, with or without the `node:` prefix (the bundler may drop it)
      if (name.startsWith('node:') || builtinModules.includes(name)) continue;
      imported.add(name);
      // the executable bundles its packages: a static or literal import of one is a build mistake
      if (file === 'cli.cjs' || file.startsWith('cli/')) failures.push(`dist/${file} imports the package ${name}: the executable bundles its packages (tsup.config.ts)`);
      // the optional peer is for the `testing` subpath only: the main entry must load without it
      if (PEERS.has(name) && !file.startsWith('testing.') && !file.startsWith('testing/')) failures.push(`dist/${file} imports the optional peer ${name}`);
    }
  }
  const undeclared = [...imported].filter((name) => !runtime.includes(name) && !PEERS.has(name));
  if (undeclared.length > 0) failures.push(`dist/ imports packages that are not runtime dependencies: ${undeclared.join(', ')}`);
  console.log(`packages imported by dist/: ${[...imported].sort().join(', ')}`);
  // The published declarations load no date-fns typings: date-fns' CommonJS declarations
  // (index.d.cts, locale/*.d.cts) fail to compile in a CommonJS TypeScript project with
  // `module: node16` and `skipLibCheck: false` (TS1479, TS1541), so the library declares the
  // locale shape it needs (src/render/date-locale.ts) instead of importing date-fns' `Locale`.
  const declarations = readdirSync('dist', { recursive: true })
    .map((f) => String(f).split(sep).join('/'))
    .filter((f) => /\.d\.(c|m)?ts$/.test(f));
  const dateFnsTypes = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](date-fns(?:\/[^"']*)?|@date-fns\/[^"']*)["']/m;
  // the code of a declaration file, without its comments (TSDoc examples import date-fns locales)
  const code = (file) => readFileSync(join('dist', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const file of declarations) {
    const match = code(file).match(dateFnsTypes);
    if (match) failures.push(`dist/${file} imports date-fns typings ('${match[1]}'): CommonJS node16 consumers fail on them (TS1479)`);
  }
  console.log(`declarations that load date-fns typings: ${declarations.filter((f) => dateFnsTypes.test(code(f))).length} of ${declarations.length}`);
} else {
  console.log('dist/ not built: the import scan is skipped (npm run build first)');
}

// 3. the packages bundled into the executable
const direct = ['jsonc-parser', 'tinyglobby'];
for (const name of direct) {
  if (pkg.dependencies?.[name]) failures.push(`${name} is bundled into the executable: it must be a devDependency, not a runtime dependency`);
  if (!pkg.devDependencies?.[name]) failures.push(`${name} (bundled into the executable) is not a devDependency`);
}
const sourceImport = new RegExp(`from\\s+['"](${BUNDLED_INTO_CLI.join('|')})(/[^'"]*)?['"]|import\\(\\s*['"](${BUNDLED_INTO_CLI.join('|')})(/[^'"]*)?['"]`);
for (const file of readdirSync('src', { recursive: true }).map((f) => String(f).split(sep).join('/'))) {
  if (!file.endsWith('.ts') || file.startsWith('cli/')) continue;
  if (sourceImport.test(readFileSync(join('src', file), 'utf8'))) failures.push(`src/${file} imports a package bundled into the executable only`);
}
if (existsSync('dist')) {
  const licences = existsSync('dist/cli-licenses.txt') ? readFileSync('dist/cli-licenses.txt', 'utf8') : '';
  for (const name of [...BUNDLED_INTO_CLI, ...RUNTIME_BUNDLED_INTO_CLI]) if (!licences.includes(`${name}@`)) failures.push(`dist/cli-licenses.txt does not carry the licence of ${name}, bundled into the executable`);
}
for (const name of RUNTIME_BUNDLED_INTO_CLI) {
  if (!pkg.dependencies?.[name]) failures.push(`${name} is bundled into the executable as a runtime dependency of the library, but package.json does not list it in dependencies`);
}
console.log(`bundled into the executable (devDependencies): ${BUNDLED_INTO_CLI.join(', ')}; and, tree-shaken, the library's runtime dependencies: ${RUNTIME_BUNDLED_INTO_CLI.join(', ')}`);

// 4. the layers: folder -> the src/ folders it may import (its own files always). `(root)` is
// src/index.ts. A folder missing from the table, or an import the table does not allow, fails.
const FOUNDATIONS = ['frozen', 'dates', 'numbers', 'policy'];
const BASE = [...FOUNDATIONS, 'schema', 'metrics'];
const LAYERS = {
  // foundations: the one deep freeze under everything; calendar dates, exact decimals, policy validation
  frozen: [],
  dates: [],
  numbers: [],
  policy: ['frozen'],
  // the plan as data
  schema: ['frozen', 'dates', 'numbers'],
  // observations as series; role templates
  metrics: ['frozen', 'dates', 'numbers', 'schema'],
  templates: ['frozen', 'dates', 'numbers', 'schema'],
  // checks before and around a plan
  gaps: BASE,
  goals: [...BASE, 'gaps'],
  lint: [...BASE, 'gaps', 'goals'],
  readiness: [...BASE, 'gaps'],
  adapters: [...BASE, 'gaps'],
  // the plan's dates on the calendar
  timeline: BASE,
  // siblings: the lifecycle runs the checks, the evaluation reads observations; neither imports the other
  lifecycle: [...BASE, 'gaps', 'goals', 'lint', 'timeline'],
  evaluate: [...BASE, 'timeline'],
  // services over evaluations
  team: [...BASE, 'gaps', 'timeline', 'evaluate'],
  monitoring: [...BASE, 'timeline', 'evaluate', 'lifecycle'],
  fairness: [...BASE, 'timeline', 'evaluate', 'team'],
  // documents
  render: [...BASE, 'timeline', 'evaluate', 'fairness'],
  // languages: the Locale shape over every catalog, and one folder per shipped locale
  locales: [...BASE, 'gaps', 'goals', 'lint', 'readiness', 'adapters', 'templates', 'timeline', 'lifecycle', 'evaluate', 'team', 'monitoring', 'fairness', 'render'],
  // generators for tests (the `testing` subpath)
  testing: [...BASE, 'gaps', 'goals', 'lint'],
  // the executable and the entry point see everything (the CLI not the test generators)
  cli: [...BASE, 'gaps', 'goals', 'lint', 'readiness', 'adapters', 'templates', 'timeline', 'lifecycle', 'evaluate', 'team', 'monitoring', 'fairness', 'render', 'locales'],
};
// the issue shape and message catalogs (src/issues): the bottom layer, importable by every folder
for (const name of Object.keys(LAYERS)) LAYERS[name] = [...LAYERS[name], 'issues'];
LAYERS.issues = [];
LAYERS['(root)'] = Object.keys(LAYERS).filter((name) => name !== 'cli');
const relativeImport = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
const folderOf = (file) => (file.includes('/') ? file.split('/')[0] : '(root)');
let crossings = 0;
for (const file of readdirSync('src', { recursive: true }).map((f) => String(f).split(sep).join('/'))) {
  if (!file.endsWith('.ts')) continue;
  const from = folderOf(file);
  const allowed = LAYERS[from];
  if (allowed === undefined) {
    failures.push(`layers: src/${from}/ is not in the layer table (test/deps/check.mjs LAYERS): say which folders it may import`);
    continue;
  }
  // comments out (TSDoc examples), then every relative import and re-export
  const code = readFileSync(join('src', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(relativeImport)) {
    const target = posix.normalize(posix.join(posix.dirname(file), match[1]));
    // outside src/ (package.json): not a layer
    if (target.startsWith('../')) continue;
    const to = folderOf(target);
    if (to === from) continue;
    crossings += 1;
    if (!allowed.includes(to)) failures.push(`layers: src/${file} imports '${match[1]}' (src/${to}/), but ${from} may import only ${allowed.length === 0 ? 'nothing' : allowed.join(', ')}`);
  }
}
console.log(`layers: ${crossings} imports across src/ folders checked against ${Object.keys(LAYERS).length} folders' allowances`);

// 5. npm audit of the production tree
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const total = Object.entries(counts).filter(([level]) => level !== 'total').reduce((sum, [, n]) => sum + n, 0);
  console.log(`npm audit --omit=dev: ${total} vulnerabilities (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}); ${report.metadata.dependencies?.prod ?? '?'} production packages`);
  if (total > 0) failures.push(`npm audit --omit=dev found ${total} vulnerabilities`);
} else {
  const reason = report?.message ?? report?.error?.summary ?? (audit.stderr.trim().split('\n').at(-1) || 'no report');
  console.log(`npm audit --omit=dev: not run, the registry's audit endpoint is unavailable (${reason})`);
  if (process.env.AUDIT_REQUIRED === '1') failures.push('npm audit could not run (AUDIT_REQUIRED=1)');
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`deps: ${failure}`);
  process.exit(1);
}
console.log('deps: ok');
