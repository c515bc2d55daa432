#!/usr/bin/env node
// Consumer matrix: pack the library and use it the way other projects do.
// Each case installs the packed tarball into a throwaway project outside the repo and runs it.
// Usage: node test/consumers/run.mjs   (after `npm run build`)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const work = mkdtempSync(join(tmpdir(), 'improvement-plan-consumers-'));
const fixture = join(root, 'test', 'fixtures', 'plan-90-day-conversion.json');

// Node and tsc resolve packages in every folder above a project too: a node_modules above the
// throwaway projects (say /tmp/node_modules) would lend them packages they do not install, and the
// "without fast-check" consumer would pass for the wrong reason. Refuse to run rather than mislead.
for (let dir = work; ; dir = dirname(dir)) {
  const above = join(dirname(dir), 'node_modules');
  if (dirname(dir) !== dir && existsSync(above)) {
    console.error(`consumers: ${above} is above the consumer projects and would lend them its packages; remove it or set TMPDIR elsewhere`);
    process.exit(1);
  }
  if (dirname(dir) === dir) break;
}

function sh(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function npmInstall(cwd, specs) {
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], cwd);
}

const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], root));
const tarball = join(work, packed[0].filename);
console.log(`packed ${packed[0].filename} (${packed[0].size} bytes, ${packed[0].entryCount} files)`);

const results = [];
// CONSUMERS=ts-node16-cjs,cli runs only those scenarios (the others are reported as skipped)
const only = process.env.CONSUMERS ? new Set(process.env.CONSUMERS.split(',')) : undefined;
function scenario(name, run) {
  if (only && !only.has(name)) return;
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(here, name), dir, { recursive: true });
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(JSON.parse(sh('cat', [fixture]))));
  try {
    const output = run(dir).trim();
    results.push({ name, ok: true, output });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    // tsc's errors: count them by code and show the first few, not the hundreds of lines
    const errors = output.match(/error TS\d+/g) ?? [];
    if (errors.length > 0) {
      const byCode = {};
      for (const e of errors) byCode[e.slice(6)] = (byCode[e.slice(6)] ?? 0) + 1;
      const first = output.split('\n').filter((line) => /error TS\d+/.test(line)).slice(0, 3);
      results.push({ name, ok: false, output: `${errors.length} tsc errors (${Object.entries(byCode).map(([c, n]) => `${c}: ${n}`).join(', ')})\n${first.join('\n')}` });
    } else {
      results.push({ name, ok: false, output: `${output}${error.message}` });
    }
  }
}

scenario('node-esm', (dir) => {
  npmInstall(dir, [tarball]);
  return sh('node', ['index.mjs'], dir);
});
scenario('node-cjs', (dir) => {
  npmInstall(dir, [tarball]);
  return sh('node', ['index.cjs'], dir);
});
scenario('ts-node16', (dir) => {
  npmInstall(dir, [tarball, 'fast-check@^4']);
  return sh('node', [tsc, '-p', 'tsconfig.json'], dir) || 'tsc --noEmit: no errors';
});
// CommonJS TypeScript with tsc's defaults for library checking (skipLibCheck false): the
// `require` conditions and so dist/*.d.cts, with and without the optional peer fast-check.
scenario('ts-node16-cjs', (dir) => {
  npmInstall(dir, [tarball, 'fast-check@^4']);
  return sh('node', [tsc, '-p', 'tsconfig.json'], dir) || 'tsc --noEmit: no errors';
});
scenario('ts-node16-cjs-no-fast-check', (dir) => {
  npmInstall(dir, [tarball]);
  const compiled = sh('node', [tsc, '-p', 'tsconfig.json'], dir) || 'tsc --noEmit: no errors';
  // what such a project sees if it does import `testing`: the missing peer named, nothing else
  let probe = '';
  try {
    probe = sh('node', [tsc, '-p', 'tsconfig.testing.json'], dir);
  } catch (error) {
    probe = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
  const errors = probe.split('\n').filter((line) => /error TS\d+/.test(line));
  if (errors.length !== 1 || !/error TS2307: Cannot find module 'fast-check'/.test(errors[0])) {
    throw new Error(`importing 'improvement-plan/testing' without fast-check should be exactly TS2307 for 'fast-check', got:\n${probe}`);
  }
  return `${compiled}; importing testing without the peer: ${errors[0].replace(/^.*error /, '')}`;
});
scenario('ts-bundler', (dir) => {
  npmInstall(dir, [tarball, 'fast-check@^4']);
  return sh('node', [tsc, '-p', 'tsconfig.json'], dir) || 'tsc --noEmit: no errors';
});
scenario('workspace', (dir) => {
  // A monorepo package that depends on the library by path.
  const app = join(dir, 'packages', 'app', 'package.json');
  const manifest = JSON.parse(sh('cat', [app]));
  manifest.dependencies['improvement-plan'] = `file:${root}`;
  writeFileSync(app, JSON.stringify(manifest, null, 2));
  npmInstall(dir, []);
  return sh('node', ['packages/app/index.mjs'], dir);
});
scenario('cli', (dir) => {
  npmInstall(dir, [tarball]);
  return sh('node', ['run.mjs'], dir);
});

for (const result of results) {
  console.log(`${result.ok ? 'PASS' : 'FAIL'} ${result.name}: ${result.output.split('\n').join(' | ')}`);
}
if (!process.env.KEEP_CONSUMERS) rmSync(work, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`${failed.length} of ${results.length} consumer checks failed`);
  process.exit(1);
}
console.log(`all ${results.length} consumer checks passed (${readdirSync(here).length - 1} scenarios defined${only ? `, ${only.size} selected by CONSUMERS` : ''})`);
