#!/usr/bin/env node
// Size budgets per entry point: how much of the library's own code an app ships (after `npm run build`).
// Each entry point of package.json `exports` that holds code (`.`, `./schema`, `./testing`, and any
// subpath added later) is measured the way an app that imports all of it would ship it: its ESM
// build bundled by esbuild (tree-shaken, minified) with the dependencies (zod, date-fns,
// @date-fns/utc, immer and the optional peer fast-check) left out, and gzipped (level 9). Beside
// them, "an app that imports only evaluatePlan": the figure issue 17 budgets at 13 KB.
// Prints a table of entries and sizes; `--verbose` lists the bytes each module adds (minified);
// `--parts` the gzipped bytes each module adds to the evaluatePlan app (the bundle gzipped with and
// without that module's code, read from the bundle's source map).
// Then the executable (dist/cli.cjs and its parts in dist/cli/, which bundle jsonc-parser and
// tinyglobby, devDependencies): what it loads to start must import no package and stay in budget.
// Fails (exit 1) when an entry has no budget or exceeds its budget. Part of `npm run check`.
// Usage: node test/size/run.mjs [--verbose]
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const verbose = process.argv.includes('--verbose');
const parts = process.argv.includes('--parts');
const external = ['zod', 'zod/*', 'date-fns', 'date-fns/*', '@date-fns/utc', 'immer', 'fast-check'];
const KB = 1024;

/**
 * Budgets in gzipped bytes, per entry (CI fails past them). They guard today's sizes (2026-12-04)
 * against regressions, with a little room; the evaluatePlan app's target is issue 17's 13 KB.
 */
const BUDGETS = {
  // 109.3 KB before issues 13 (lifecycle half), 16 (the report that says why) and 19 (the working
  // calendar) were merged on 2026-12-04; 119.7 KB after; 122.0 KB (124,883 bytes) after the chart
  // label layout of issue 16 part 2 (+1.8 KB: label boxes, month ticks, wrapped bar labels); +0.6 KB
  // for the parse's fast path for observations (issue 21); 126.1 KB (129,103 bytes) after the merges of
  // issue 19 items 5-6 (amendments, notices) and issue 16's ratio headroom and team groups; 127.0 KB
  // (130,082 bytes) with issue 19's one not-met rule and the bounded date axis; 128.7 KB (131,799
  // bytes) with the figures-only results (issue 21), the close's basis (issue 19) and the rooms
  // and writers of issue 20; 129.6 KB (132,679 bytes) with issue 20's one issue shape, whose
  // issues now carry their facts (the catalogs a locale re-words them from), and the one deep freeze;
  // 130.1 KB (133,210 bytes) with the recommendation's reasons as facts and a catalog, and its
  // decision apart from its words (issues 20, 21); 130.6 KB (133,709 bytes) with one module per
  // lifecycle command, whose guards are functions the chart is drawn from (issue 20); 133.8 KB
  // (137,009 bytes) with the parse's zod-free reader of the whole plan (issue 21: +3.3 KB, the
  // plan's shape as plain data and its reader; the command line then validates a plan without zod)
  // 135.9 KB (139,111 bytes) with the Locale, its catalogs' merge and re-wording, plurals and
  // figures in a language (issue 17); 136.3 KB (139,622 bytes) with relapse and screen in a locale;
  // 137.3 KB (140,574 bytes) with the lifecycle, readiness, SMART and lint catalogs in a locale and
  // readiness and SMART reasons as data (issues 17, 20); 139.1 KB (142,395 bytes) with parse issues
  // as data (the English words of 53 problems, +1.2 KB) and the fairness analysis and report in a
  // locale (issues 17, 20); 140.0 KB (143,366 bytes) with policy issues as data (what a field takes
  // as a code with its bounds, worded by each locale; issue 17)
  '.': 140.5 * KB,
  // 14.8 KB before the parse's fast path (issue 21), 15.4 KB after; 16,390 bytes with the facts of
  // parse issues (issue 20); 18.8 KB (19,283 bytes) with the zod-free reader of the whole plan
  // (issue 21); 19.3 KB (19,795 bytes) with parse issues in a locale (the catalogs' merge, issue 17);
  // 20.5 KB (20,997 bytes) with parse issues as data: the English words of each problem a check of
  // the plan against its records finds, and of the type codes (issues 17, 20)
  './schema': 20.75 * KB,
  './testing': 11.5 * KB,
  // issue 17's target is 13 KB; 15.4 KB before the same merges, 17.5 KB after (the working
  // calendar 1.6 KB, the report's reasons and readings 0.3 KB, delivery matching by date 0.1 KB):
  // docs/performance.md says what is in it and what reaching 13 KB would take; 17.7 KB with the
  // open-pause bound and the not-running guard for records (issue 13's fuzz, issue 16); 18.1 KB
  // (18,498 bytes) with the shared memo of single calls (issue 21), exact-decimal severity bands and
  // the amendments' before and after (issues 16, 19); 18.6 KB (18,997 bytes) with the figures-only
  // switches in goal and evidence (issue 21) and the not-met rule's shared policy fields (issue 19);
  // 19,162 bytes with period readings built only for full results (issue 21)
  // 19,785 bytes with evaluatePlan's `locale` option (the catalogs' merge and the re-wording of
  // status notes, the triad, warnings and issues: +0.6 KB; issue 17); 20,291 bytes with policy
  // issues as data (+0.4 KB: the English words of every kind of value a policy field takes, in one
  // table the English catalog words a stored issue from; issue 17); 20,310 bytes with issueText where
  // a catalog entry was cast (issue 20)
  'app: evaluatePlan only': 20 * KB,
  // each locale on its own (issue 17): the English words are the library's own (10.2 KB, 10,410
  // bytes: the document words and the evaluation catalogs, relapse and team-screen findings included);
  // 21.3 KB (21,769 bytes) with the lifecycle's rejections and notices, readiness, SMART and lint
  // catalogs (their nested parse, policy and extension sentences come along); 21.9 KB (22,396
  // bytes) with the parse catalog and the words of where a protected term stands; 27.1 KB (27,773
  // bytes) with the fairness analysis's catalogs and the fairness report's words; 27.8 KB (28,506
  // bytes) with the policy catalogs (what each kind of policy field takes, the lint fix)
  './locales/en': 28 * KB,
  // German words and sentences, with the plural and figure writers (12.1 KB, 12,374 bytes with the
  // relapse and team-screen findings); the date-fns locale is date-fns' own, not counted; 16.6 KB
  // (17,047 bytes) with the lifecycle's rejections and notices and the readiness reasons; 23.4 KB
  // (23,944 bytes) with every SMART reason and lint finding and its fix; 32.5 KB (33,290 bytes)
  // with the fairness analysis and report (+4.8 KB) and every parse issue (+4.7 KB); 33.2 KB
  // (33,954 bytes) with the policy issues; 34,180 bytes with the parse catalogs' shared helpers
  // (parseWords: one place for the logic, a few hundred bytes of options per locale)
  './locales/de': 33.5 * KB,
  // French (12.6 KB, 12,912 bytes; 17.1 KB, 17,489 bytes with the lifecycle and readiness; 24.4 KB,
  // 24,991 bytes with every SMART reason and lint finding and its fix; 28.8 KB, 29,492 bytes with
  // the fairness findings, issues and report; 33.7 KB, 34,540 bytes with every parse issue; 34.5
  // KB, 35,373 bytes with the policy issues and the parse catalogs' shared helpers)
  './locales/fr': 34.75 * KB,
  // Spanish (12.1 KB, 12,359 bytes; 16.7 KB, 17,053 bytes with the lifecycle and readiness; 23.6 KB,
  // 24,121 bytes with every SMART reason and lint finding and its fix; 32.3 KB, 33,103 bytes with
  // the fairness findings, issues and report and every parse issue; 33.1 KB, 33,909 bytes with the
  // policy issues and the parse catalogs' shared helpers)
  './locales/es': 33.25 * KB,
  // Arabic, with all six plural forms of its counted nouns (14.9 KB, 15,218 bytes: two bytes a
  // letter in UTF-8; 20.3 KB, 20,784 bytes with the lifecycle and readiness; 29.5 KB, 30,171 bytes
  // with every SMART reason and lint finding and its fix; 40.7 KB, 41,664 bytes with the fairness
  // findings, issues and report and every parse issue; 41.9 KB, 42,897 bytes with the policy issues
  // and the parse catalogs' shared helpers)
  './locales/ar': 42.25 * KB,
};
const TARGETS = { 'app: evaluatePlan only': 13 * KB };
// the executable's start-up: the command tables, the argument parser, the messages and
// package.json: 10.6 KB gzipped file by file (16.5 KB before each command's code moved to a module
// it loads when it runs, issue 21). What
// must not come back is the library and its dependencies at start-up (zod, date-fns and its
// locales took about 2 s of module loading before the commands were loaded lazily).
const CLI_START_UP_BUDGET = 20 * KB;

/** The code entries of package.json `exports`: subpath -> the ESM file an `import` resolves to. */
function codeEntries() {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = [];
  for (const [subpath, target] of Object.entries(exports)) {
    const file = typeof target === 'string' ? target : (target.import?.default ?? target.default);
    if (typeof file === 'string' && /\.m?js$/.test(file)) entries.push([subpath, join(root, file)]);
  }
  return entries;
}

/** The VLQ mappings of a source map: per generated line, its segments [column, source index, ...]. */
function decodeMappings(mappings) {
  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line === ''
      ? []
      : line.split(',').map((segment) => {
          const fields = [];
          let value = 0;
          let shift = 0;
          for (const char of segment) {
            const digit = DIGITS.indexOf(char);
            value += (digit & 31) << shift;
            if (digit & 32) shift += 5;
            else {
              fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
              value = 0;
              shift = 0;
            }
          }
          return fields.map((delta, i) => (state[i] += delta));
        });
  });
}

/** What each module adds to the gzipped bundle: the bundle gzipped whole, less gzipped without that module's code. */
function gzippedParts(code, map) {
  const lines = code.split('\n');
  const segments = [];
  let offset = 0;
  decodeMappings(map.mappings).forEach((segs, li) => {
    const line = lines[li] ?? '';
    segs.forEach((seg, i) => {
      const end = i + 1 < segs.length ? segs[i + 1][0] : line.length;
      segments.push([offset + seg[0], offset + end, seg.length > 1 ? map.sources[seg[1]] : '']);
    });
    offset += line.length + 1;
  });
  const whole = gzipSync(code, { level: 9 }).length;
  const sources = [...new Set(segments.map(([, , source]) => source))].filter((source) => /dist\//.test(source));
  return sources
    .map((source) => {
      const without = segments.filter(([, , s]) => s !== source).map(([start, end]) => code.slice(start, end)).join('');
      return [`dist/${source.split('dist/')[1]}`, whole - gzipSync(without, { level: 9 }).length];
    })
    .sort((a, b) => b[1] - a[1]);
}

async function bundle(name, contents, withParts = false) {
  const work = mkdtempSync(join(tmpdir(), 'improvement-plan-size-'));
  try {
    const entry = join(work, `${name}.mjs`);
    writeFileSync(entry, contents);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      treeShaking: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      external,
      write: false,
      metafile: true,
      ...(withParts ? { sourcemap: 'external', outfile: join(work, `${name}.js`) } : {}),
      logLevel: 'silent',
      nodePaths: [join(root, 'node_modules')],
      alias: { 'improvement-plan': join(root, 'dist', 'index.js') },
    });
    const output = result.outputFiles.find((file) => !file.path.endsWith('.map'));
    const code = output.contents;
    const inputs = Object.entries(result.metafile.outputs).find(([file]) => !file.endsWith('.map'))[1].inputs;
    const perFile = Object.entries(inputs)
      .map(([file, info]) => [relative(root, resolve(root, file)), info.bytesInOutput])
      .filter(([file]) => !file.startsWith('..'))
      .sort((a, b) => b[1] - a[1]);
    const map = withParts ? JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text) : undefined;
    return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, perFile, ...(map ? { parts: gzippedParts(output.text, map) } : {}) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const measured = [];
for (const [subpath, file] of codeEntries()) {
  measured.push([subpath, `import 'improvement-plan${subpath.slice(1)}' (everything)`, await bundle(`entry-${measured.length}`, `export * from ${JSON.stringify(file)};\n`)]);
}
measured.push([
  'app: evaluatePlan only',
  "import { evaluatePlan } from 'improvement-plan'",
  await bundle('evaluate-only', "import { evaluatePlan } from 'improvement-plan';\nexport const run = (plan, feed, asOf) => evaluatePlan(plan, feed, { asOf });\n", parts),
]);

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [['entry', 'what the app imports', 'minified', 'min+gz', 'bytes', 'budget', 'target', '']];
let failed = false;
for (const [name, what, size] of measured) {
  const budget = BUDGETS[name];
  const ok = budget !== undefined && size.gzipped <= budget;
  if (!ok) failed = true;
  const target = TARGETS[name];
  rows.push([
    name,
    what,
    kb(size.minified),
    kb(size.gzipped),
    size.gzipped.toLocaleString('en-US'),
    budget === undefined ? 'none' : kb(budget),
    target === undefined ? '' : `${kb(target)} ${size.gzipped <= target ? 'met' : 'not met'}`,
    ok ? 'ok' : budget === undefined ? 'FAIL: no budget' : 'FAIL: over budget',
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd());
for (const [name, , size] of measured) {
  if (!verbose && name !== 'app: evaluatePlan only') continue;
  console.log(`\n${name}: bytes each module adds (minified)`);
  const shown = verbose ? size.perFile : size.perFile.slice(0, 12);
  for (const [file, bytes] of shown) console.log(`  ${String(bytes).padStart(7)} B  ${file}`);
  if (shown.length < size.perFile.length) console.log(`  ... ${size.perFile.length - shown.length} more files (--verbose lists all)`);
}
for (const [name, , size] of measured) {
  if (size.parts === undefined) continue;
  console.log(`\n${name}: gzipped bytes each module adds (the bundle gzipped, less gzipped without it; they overlap, so they do not sum to the total)`);
  for (const [file, bytes] of size.parts) console.log(`  ${String(bytes).padStart(7)} B  ${file}`);
}
/** The executable's files loaded at start-up: dist/cli.cjs and what it requires outside a function (the parts of dist/cli/ are loaded on demand), and the packages. */
function cliStartUp() {
  const files = new Set();
  const packages = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(root, 'dist', file), 'utf8');
    // the bundle's requires at the top level (`var fs = require('fs');`); the parts loaded on
    // demand are required inside a promise (`.then(() => require("./cli/validate.cjs"))`)
    for (const match of text.matchAll(/^(?:var|const|let)\s+\w+\s*=\s*require\(['"]([^'"]+)['"]\)/gm)) {
      const specifier = match[1];
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit('cli.cjs');
  return { files: [...files], packages: [...packages] };
}

if (existsSync(join(root, 'dist', 'cli.cjs'))) {
  const startUp = cliStartUp();
  const bytes = (files) => files.reduce((sum, f) => sum + statSync(join(root, 'dist', f)).size, 0);
  const gzipped = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(root, 'dist', f)), { level: 9 }).length, 0);
  const size = { minified: bytes(startUp.files), gzipped: gzipped(startUp.files), perFile: startUp.files.map((f) => [`dist/${f}`, statSync(join(root, 'dist', f)).size]) };
  const ok = size.gzipped <= CLI_START_UP_BUDGET;
  const foreign = startUp.packages.filter((name) => !name.startsWith('node:') && !['fs', 'fs/promises', 'path', 'util', 'url', 'os'].includes(name));
  if (!ok || foreign.length > 0) failed = true;
  console.log(
    `${ok && foreign.length === 0 ? 'ok  ' : 'FAIL'} the executable's start-up (dist/cli.cjs and its requires): ${kb(size.gzipped)} gzipped, budget ${kb(CLI_START_UP_BUDGET)} gzipped ` +
      `(${kb(size.minified)} whitespace-minified); packages loaded at start-up: ${startUp.packages.join(', ') || 'none'}`,
  );
  if (foreign.length > 0) console.log(`       start-up imports packages (load them in the command that needs them): ${foreign.join(', ')}`);
  for (const [file, b] of size.perFile) console.log(`       ${String(b).padStart(7)} B  ${file}`);
  const all = ['cli.cjs', ...readdirSync(join(root, 'dist', 'cli')).map((f) => `cli/${f}`)];
  console.log(`info the executable in all: ${all.length} files, ${kb(bytes(all))}, ${kb(gzipped(all))} gzipped (each file on its own), loaded command by command`);
} else {
  console.log('dist/cli.cjs not built: the executable is not measured (npm run build first)');
}
process.exit(failed ? 1 : 0);
