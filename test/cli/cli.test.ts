import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_VERSION, runCli } from '../../src/cli/index.js';
import { planJsonSchema } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { memoryIo } from './memory-io.js';

const fixture = readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8');
const noSupport = JSON.stringify({ ...JSON.parse(fixture), support: [] });
const brokenWeights = JSON.stringify({
  ...JSON.parse(fixture),
  goals: (JSON.parse(fixture) as { goals: { weight: number }[] }).goals.map((g, i) => (i === 0 ? { ...g, weight: 32.5 } : g)),
});
const files = { 'plan.json': fixture, 'no-support.json': noSupport, 'weights.json': brokenWeights, 'bad.json': '{"schemaVersion": 1,' };

async function run(argv: string[], options: Parameters<typeof memoryIo>[1] = {}) {
  const world = memoryIo(files, options);
  const code = await runCli(argv, world.io);
  return { code, stdout: world.stdout(), stderr: world.stderr(), written: world.written };
}

describe('validate', () => {
  it('exits 0 on a valid plan and says so', async () => {
    const r = await run(['validate', 'plan.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('plan.json: valid plan, no errors\n');
    expect(r.stderr).toBe('');
  });

  it('exits 1 with lint findings: file, path, severity, code, message, fix', async () => {
    const r = await run(['validate', 'no-support.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no-support.json:support: error support_missing: The plan lists no support');
    expect(r.stdout).toContain('  fix: Add at least one support commitment');
    expect(r.stdout).toContain('no-support.json: 1 error, 0 warnings');
  });

  it('exits 1 with parse issues and their paths', async () => {
    const r = await run(['validate', 'weights.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^weights\.json:goals: error weights_sum: goals: goal weights must add up to exactly 100, they add up to 97\.5\.$/m);
    expect(r.stdout).toContain('weights.json: does not parse (1 issue)');
  });

  it('malformed JSON is a document error (exit 1, code invalid_json)', async () => {
    const r = await run(['validate', 'bad.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.json:plan: error invalid_json: /m);
  });

  it('reads standard input for -', async () => {
    const r = await run(['validate', '-'], { stdin: fixture });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('<stdin>: valid plan, no errors\n');
  });

  it('exits 2 when the file cannot be read, in one line naming the file, no stack', async () => {
    const r = await run(['validate', 'missing.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('improvement-plan: missing.json: cannot be read: no such file\n');
    const dir = await run(['validate', 'some/folder/']);
    expect(dir.stderr).toBe('improvement-plan: some/folder/: cannot be read: it is a folder\n');
  });

  it('--json: findings and issues as data', async () => {
    const ok = JSON.parse((await run(['validate', 'plan.json', '--json'])).stdout);
    expect(ok).toEqual({ command: 'validate', file: 'plan.json', ok: true, parsed: true, errors: 0, warnings: 0, infos: 0, issues: [], findings: [] });
    const lint = await run(['validate', '--json', 'no-support.json']);
    expect(lint.code).toBe(1);
    const report = JSON.parse(lint.stdout);
    expect(report).toMatchObject({ ok: false, parsed: true, errors: 1 });
    expect(report.findings[0]).toMatchObject({ severity: 'error', code: 'support_missing', path: ['support'], at: 'support' });
    const parse = JSON.parse((await run(['validate', 'weights.json', '--json'])).stdout);
    expect(parse).toMatchObject({ ok: false, parsed: false, errors: 1 });
    expect(parse.issues[0]).toMatchObject({ code: 'weights_sum', path: ['goals'], at: 'goals' });
    const missing = await run(['validate', 'missing.json', '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual({ command: 'validate', ok: false, error: { code: 'unreadable', file: 'missing.json', message: 'cannot be read: no such file' } });
    expect(missing.stderr).toBe('');
  });
});

describe('render', () => {
  it('writes Markdown to stdout, statuses as of today (the injected clock), stated in the document', async () => {
    const r = await run(['render', 'plan.json', '--format', 'md'], { today: '2026-02-02' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# Performance Improvement Plan: Jordan Reyes');
    expect(r.stdout).toContain('Statuses as of Feb 2, 2026.');
  });

  it('writes HTML to --out for an audience, with the options passed through', async () => {
    const r = await run(['render', 'plan.json', '--format=html', '--audience', 'manager', '--out', 'out/plan.html', '--terminology', 'Growth Plan', '--as-of', '2026-01-20', '--locale', 'en-GB', '--date-format', 'd MMM yyyy']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = r.written.get('out/plan.html') ?? '';
    expect(r.stderr).toBe(`wrote out/plan.html (${Buffer.byteLength(html)} bytes)\n`);
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('data-audience="manager"');
    expect(html).toContain('Growth Plan: Jordan Reyes');
    expect(html).toContain('Statuses as of 20 Jan 2026.');
  });

  it('--json: the document in `content`, or where it was written', async () => {
    const inline = JSON.parse((await run(['render', 'plan.json', '--format', 'md', '--json', '--as-of', '2026-02-02'])).stdout);
    expect(inline).toMatchObject({ command: 'render', ok: true, file: 'plan.json', format: 'markdown', audience: 'employee', asOf: '2026-02-02' });
    expect(inline.content).toContain('## Goals');
    const out = JSON.parse((await run(['render', 'plan.json', '--format', 'html', '--json', '--out', 'x.html'])).stdout);
    expect(out).toMatchObject({ command: 'render', out: 'x.html', format: 'html', asOf: '2026-02-02' });
    expect(out.bytes).toBeGreaterThan(1000);
  });

  it('exits 1 on a plan that does not parse, naming the file and the path', async () => {
    const r = await run(['render', 'weights.json', '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^improvement-plan: weights\.json:goals: not a valid plan \(1 issue, the first: goals: goal weights must add up to exactly 100, they add up to 97\.5\.\); run 'improvement-plan validate weights\.json' for all of them\n$/);
  });

  it('exits 2 on bad usage, in one line', async () => {
    const cases: [string[], RegExp][] = [
      [['render', 'plan.json'], /missing argument --format <md\|html>/],
      [['render', 'plan.json', '--format', 'pdf'], /option --format must be one of md, markdown, html, not "pdf"/],
      [['render', 'plan.json', '--format'], /option --format needs a value/],
      [['render', '--format', 'md'], /missing argument <plan>/],
      [['render', 'a.json', 'b.json', '--format', 'md'], /unexpected argument "b\.json"/],
      [['render', 'plan.json', '--format', 'md', '--as-of', '2026-02-30'], /--as-of must be a calendar date YYYY-MM-DD, not "2026-02-30"/],
      [['render', 'plan.json', '--format', 'md', '--locale', 'xx-YY'], /--locale "xx-YY" is not a date-fns locale/],
      [['render', 'plan.json', '--format', 'md', '--date-format', 'yyyy-MM-dd Tomorrow'], /--date-format "yyyy-MM-dd Tomorrow" is not a date-fns pattern/],
      [['render', 'plan.json', '--format', 'md', '--colour'], /unknown option --colour/],
      [['render', 'plan.json', '--format', 'md', '--out', '/missing/x.md'], /\/missing\/x\.md: cannot be written: the folder does not exist/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('schema, help, version', () => {
  it('schema prints the JSON Schema, or writes it with --out', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(planJsonSchema());
    const out = await run(['schema', '--out', 'docs/plan.schema.json', '--json']);
    expect(JSON.parse(out.written.get('docs/plan.schema.json') ?? '')).toEqual(planJsonSchema());
    expect(JSON.parse(out.stdout)).toMatchObject({ command: 'schema', ok: true, out: 'docs/plan.schema.json' });
  });

  it('--version and --help, plain and --json', async () => {
    const pkg = JSON.parse(readFileSync(join(FIXTURES, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(CLI_VERSION).toBe(pkg.version);
    expect((await run(['--version'])).stdout).toBe(`improvement-plan ${pkg.version}\n`);
    expect(JSON.parse((await run(['-V', '--json'])).stdout)).toEqual({ name: 'improvement-plan', version: pkg.version });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['validate <file|->', 'render <plan|->', 'schema']) expect(help.stdout).toContain(command);
    const renderHelp = await run(['render', '--help']);
    expect(renderHelp.stdout).toContain('--audience <who>');
    const helpJson = JSON.parse((await run(['--help', '--json'])).stdout);
    expect(helpJson.commands.map((c: { name: string }) => c.name)).toEqual(['validate', 'render', 'schema']);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: improvement-plan <command>');
  });

  it('a bug is exit 3 in one line; the stack only with IMPROVEMENT_PLAN_DEBUG', async () => {
    const world = memoryIo(files);
    const broken = { ...world.io, today: () => { throw new Error('clock broke'); } };
    expect(await runCli(['render', 'plan.json', '--format', 'md'], broken)).toBe(3);
    expect(world.stderr()).toBe('improvement-plan: internal error: clock broke (this is a bug; set IMPROVEMENT_PLAN_DEBUG=1 to see the stack)\n');
    const debug = memoryIo(files, { env: { IMPROVEMENT_PLAN_DEBUG: '1' } });
    await runCli(['render', 'plan.json', '--format', 'md'], { ...debug.io, today: () => { throw new Error('clock broke'); } });
    expect(debug.stderr()).toMatch(/\n\s+at /);
  });

  it('the bin wrapper runs the same tool with the real files, exit code included', { timeout: 60_000 }, () => {
    const root = join(FIXTURES, '..', '..');
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const ok = spawnSync(tsx, ['src/cli/bin.ts', 'validate', 'test/fixtures/plan-90-day-conversion.json'], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('test/fixtures/plan-90-day-conversion.json: valid plan, no errors\n');
    const missing = spawnSync(tsx, ['src/cli/bin.ts', 'validate', 'nope.json'], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('improvement-plan: nope.json: cannot be read: no such file\n');
  });
});
