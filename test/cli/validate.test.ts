/**
 * `validate` as ESLint is used: several files and patterns, the worst exit code, --quiet,
 * --max-warnings, positions as line:column, help <command>.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeIo, runCli } from '../../src/cli/index.js';
import { positionsIn } from '../../src/cli/validate/positions.js';
import { lintPlan, parsePlanJson } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { memoryIo } from './memory-io.js';

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8')) as Record<string, unknown> & { goals: Record<string, unknown>[] };
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
/** One warning (no HR partner), no error. */
const warningOnly = pretty({ ...fixture, hrPartner: undefined });
/** One error (no support) and one warning (no HR partner). */
const errorAndWarning = pretty({ ...fixture, hrPartner: undefined, support: [] });
const files: Record<string, string> = {
  'plans/a-valid.json': pretty(fixture),
  'plans/b-warning.json': warningOnly,
  'plans/c-errors.json': errorAndWarning,
  'plans/deep/d-valid.json': pretty(fixture),
  'other.json': warningOnly,
};

async function run(argv: string[], options: Parameters<typeof memoryIo>[1] = {}, world = files) {
  const io = memoryIo(world, options);
  const code = await runCli(argv, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr(), written: io.written };
}

/** The offset of a line and column (the inverse of the positions, by splitting the text). */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length, 0) + column - 1;
}

describe('validate: several files and patterns', () => {
  it('checks each file once, in order, and exits with the worst code', async () => {
    const r = await run(['validate', 'plans/*.json', 'other.json', 'plans/a-valid.json']);
    expect(r.code).toBe(1);
    const headers = r.stdout.split('\n').filter((line) => line !== '' && !line.startsWith(' ') && !/^\d+ files?:/.test(line));
    expect(headers).toEqual(['plans/b-warning.json', 'plans/c-errors.json', 'other.json']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('4 files: 1 error, 3 warnings, 0 notes');
    // ** reaches into folders; only warnings: exit 0
    const deep = await run(['validate', 'plans/**/*-valid.json', 'plans/b-*.json']);
    expect(deep.code).toBe(0);
    expect(deep.stdout.trimEnd().split('\n').at(-1)).toBe('3 files: no errors (1 warning, 0 notes)');
    // an unreadable file or a pattern that names none is exit 2, after the others were checked
    const worst = await run(['validate', 'plans/c-errors.json', 'missing.json', 'none/*.json']);
    expect(worst.code).toBe(2);
    expect(worst.stderr).toBe('improvement-plan: missing.json: cannot be read: no such file\nimprovement-plan: none/*.json: no file matches this pattern\n');
    expect(worst.stdout).toContain('plans/c-errors.json\n');
    expect(worst.stdout.trimEnd().split('\n').at(-1)).toBe('2 files: 1 error, 1 warning, 0 notes; 1 cannot be read, 1 pattern names no file');
  });

  it('standard input once, beside files', async () => {
    const r = await run(['validate', '-', 'plans/a-valid.json'], { stdin: errorAndWarning });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('<stdin>');
    const twice = await run(['validate', '-', '-']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe("improvement-plan: standard input (-) can be read only once. Run 'improvement-plan validate --help' for usage.\n");
  });

  it('nodeIo expands patterns on the disk: sorted, node_modules skipped, a file named like a pattern is that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'improvement-plan-glob-'));
    const cwd = process.cwd();
    try {
      for (const path of ['plans/b.json', 'plans/a.json', 'plans/sub/c.json', 'node_modules/x/plan.json', 'plans/[draft].json', 'plans/d.json']) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), pretty(fixture));
      }
      process.chdir(dir);
      const io = nodeIo();
      expect(await io.glob('plans/*.json')).toEqual(['plans/[draft].json', 'plans/a.json', 'plans/b.json', 'plans/d.json']);
      expect(await io.glob('**/*.json')).toEqual(['plans/[draft].json', 'plans/a.json', 'plans/b.json', 'plans/d.json', 'plans/sub/c.json']);
      expect(await io.glob('plans/[draft].json')).toEqual(['plans/[draft].json']);
      expect(await io.glob('plans/[ab].json')).toEqual(['plans/a.json', 'plans/b.json']);
      expect(await io.glob('plans/{a,d}.json')).toEqual(['plans/a.json', 'plans/d.json']);
      expect(await io.glob(join(dir, 'plans', 'sub', '*.json'))).toEqual([join(dir, 'plans', 'sub', 'c.json')]);
      expect(await io.glob('nothing/*.json')).toEqual([]);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('nodeIo reads a node_modules folder the pattern names (a package\'s shipped examples), never one it would only search', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'improvement-plan-glob-'));
    const cwd = process.cwd();
    try {
      for (const path of ['node_modules/pkg/examples/a.json', 'node_modules/pkg/examples/sub/b.json', 'node_modules/pkg/node_modules/dep/c.json', 'plans/d.json']) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), pretty(fixture));
      }
      process.chdir(dir);
      const io = nodeIo();
      // docs/cli.md: the samples can be read in place under node_modules/improvement-plan/examples/
      expect(await io.glob('node_modules/pkg/examples/*.json')).toEqual(['node_modules/pkg/examples/a.json']);
      expect(await io.glob('node_modules/pkg/examples/**/*.json')).toEqual(['node_modules/pkg/examples/a.json', 'node_modules/pkg/examples/sub/b.json']);
      expect(await io.glob(join(dir, 'node_modules', 'pkg', 'examples', '*.json'))).toEqual([join(dir, 'node_modules', 'pkg', 'examples', 'a.json')]);
      // below the folder named, an installed package is still not searched; nor from outside
      expect(await io.glob('node_modules/pkg/**/*.json')).toEqual(['node_modules/pkg/examples/a.json', 'node_modules/pkg/examples/sub/b.json']);
      expect(await io.glob('**/*.json')).toEqual(['plans/d.json']);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('validate: --quiet and --max-warnings', () => {
  it('--quiet shows errors only, and nothing at all when there is none', async () => {
    const r = await run(['validate', 'plans/c-errors.json', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('support_missing');
    expect(r.stdout).not.toContain('hr_partner_missing');
    expect(r.stdout).not.toMatch(/ warning /);
    const clean = await run(['validate', 'plans/b-warning.json', '-q']);
    expect(clean).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const json = JSON.parse((await run(['validate', 'plans/c-errors.json', '--quiet', '--json'])).stdout);
    // the counts are of everything found; the lists hold the errors
    expect(json).toMatchObject({ errors: 1, warnings: 1, files: [{ errors: 1, warnings: 1 }] });
    expect(json.files[0].findings.map((f: { severity: string }) => f.severity)).toEqual(['error']);
  });

  it('--max-warnings N: exit 1 past N warnings over all files, quiet or not', async () => {
    const argv = ['validate', 'plans/b-warning.json', 'other.json'];
    expect((await run([...argv, '--max-warnings', '2'])).code).toBe(0);
    const over = await run([...argv, '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stdout.trimEnd().split('\n').at(-1)).toBe('too many warnings: 2, more than --max-warnings 1');
    const quiet = await run([...argv, '--max-warnings=1', '--quiet']);
    expect(quiet).toMatchObject({ code: 1, stdout: 'too many warnings: 2, more than --max-warnings 1\n' });
    expect(JSON.parse((await run([...argv, '--max-warnings', '0', '--json'])).stdout)).toMatchObject({ ok: false, errors: 0, warnings: 2, maxWarnings: 0, tooManyWarnings: true });
    for (const bad of ['-1', 'x', '1.5', '']) {
      const r = await run([...argv, `--max-warnings=${bad}`]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toBe(`improvement-plan: --max-warnings must be a whole number, 0 or more, not ${JSON.stringify(bad)}. Run 'improvement-plan validate --help' for usage.\n`);
    }
  });
});

describe('validate: formats and --out', () => {
  it('--json is --format json; --json with another format is a usage error', async () => {
    const a = await run(['validate', 'plans/c-errors.json', '--json']);
    const b = await run(['validate', 'plans/c-errors.json', '--format', 'json']);
    expect(b).toEqual(a);
    const conflict = await run(['validate', 'plans/c-errors.json', '--json', '--format', 'sarif']);
    expect(conflict.code).toBe(2);
    expect(JSON.parse(conflict.stdout).error.message).toMatch(/^--json asks for --format json, not --format sarif/);
    expect((await run(['validate', 'plan.json', '--format', 'xml'])).stderr).toMatch(/option --format must be one of stylish, json, sarif, not "xml"/);
  });

  it('--out writes the report to a file', async () => {
    const r = await run(['validate', 'plans/c-errors.json', '--format', 'sarif', '--out', 'report.sarif']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = r.written.get('report.sarif') ?? '';
    expect(JSON.parse(report)).toMatchObject({ version: '2.1.0' });
    expect(r.stderr).toBe(`wrote report.sarif (${Buffer.byteLength(report)} bytes)\n`);
    const failed = await run(['validate', 'plans/c-errors.json', '-o', '/missing/r.txt']);
    expect(failed.code).toBe(2);
  });
});

describe('validate: positions', () => {
  it('a problem is at its key, or at the object that lacks a field; the last of twice-given keys counts', () => {
    const text = '{\n  "a": 1,\n  "b": {\r\n\t"c": [10, {"d": true}]\r\n  },\n  "a": 2\n}';
    const at = positionsIn(text).at;
    expect(at([])).toEqual({ line: 1, column: 1 });
    expect(at(['b'])).toEqual({ line: 3, column: 3 });
    expect(at(['b', 'c'])).toEqual({ line: 4, column: 2 });
    expect(at(['b', 'c', 1])).toEqual({ line: 4, column: 12 });
    expect(at(['b', 'c', 1, 'd'])).toEqual({ line: 4, column: 13 });
    expect(at(['b', 'missing', 0])).toEqual({ line: 3, column: 3 });
    expect(at(['b', 'c', 7])).toEqual({ line: 4, column: 2 });
    expect(at(['a'])).toEqual({ line: 6, column: 3 });
    expect(positionsIn('{"a": [1, }').syntaxError()).toEqual({ line: 1, column: 11 });
    expect(positionsIn('').at(['x'])).toEqual({ line: 1, column: 1 });
  });

  it('property: every path of any JSON document, however indented and with any line ends, is placed at its key or value', () => {
    const document = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 6 });
    fc.assert(
      fc.property(document, fc.constantFrom(undefined, 2, '\t'), fc.constantFrom('\n', '\r\n', '\r'), (value, indent, newline) => {
        const text = JSON.stringify(value, null, indent).replaceAll('\n', newline);
        const finder = positionsIn(text);
        const visit = (node: unknown, path: (string | number)[]): void => {
          if (node === null || typeof node !== 'object') return;
          const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
          for (const [key, child] of entries) {
            const place = finder.at([...path, key]);
            const offset = offsetOf(text, place.line, place.column);
            if (typeof key === 'string') expect(text.startsWith(JSON.stringify(key), offset), JSON.stringify({ text, path: [...path, key] })).toBe(true);
            else if (child === null || typeof child !== 'object') expect(text.startsWith(JSON.stringify(child), offset)).toBe(true);
            else expect(text[offset]).toBe(Array.isArray(child) ? '[' : '{');
            visit(child, [...path, key]);
          }
        };
        visit(value, []);
      }),
    );
  });

  it('each problem of a real plan is at the line and column of its field', async () => {
    const text = files['plans/c-errors.json'] as string;
    const r = JSON.parse((await run(['validate', 'plans/c-errors.json', '--json'])).stdout);
    const lines = text.split('\n');
    for (const finding of r.files[0].findings as { path: string[]; line: number; column: number }[]) {
      const key = finding.path.at(-1);
      // the field is there: its key starts at the position; a missing one is at the plan itself
      if (key !== undefined && key in JSON.parse(text)) expect(lines[finding.line - 1]?.slice(finding.column - 1)).toMatch(new RegExp(`^"${key}":`));
      else expect([finding.line, finding.column]).toEqual([1, 1]);
    }
  });
});

describe('validate: exit codes', () => {
  /** The exit code from the domain: 2 for a file that cannot be read or a pattern that names none, else 1 for any error (a parse issue, a lint error) or too many warnings, else 0. */
  function expectedExit(targets: readonly string[], world: Record<string, string>, maxWarnings: number | undefined): number {
    let errors = 0;
    let warnings = 0;
    let failed = false;
    for (const file of new Set(targets)) {
      // a file that is not there, or a pattern (none/*.json) that names none
      const text = world[file];
      if (text === undefined) {
        failed = true;
        continue;
      }
      const parsed = parsePlanJson(text);
      if (!parsed.ok) {
        errors += parsed.issues.length;
        continue;
      }
      for (const finding of lintPlan(parsed.plan)) {
        if (finding.severity === 'error') errors += 1;
        else if (finding.severity === 'warning') warnings += 1;
      }
    }
    if (failed) return 2;
    return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
  }

  it('property: the worst over all files, the same in every format and with --quiet; json says ok, SARIF says whether the run succeeded', async () => {
    const world = { ...files, 'broken.json': pretty({ ...fixture, startDate: '2026-02-30' }) };
    const names = [...Object.keys(world), 'missing.json', 'none/*.json'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 5 }), fc.option(fc.nat({ max: 3 }), { nil: undefined }), fc.boolean(), async (targets, maxWarnings, quiet) => {
        const options = [...(maxWarnings === undefined ? [] : ['--max-warnings', String(maxWarnings)]), ...(quiet ? ['--quiet'] : [])];
        const expected = expectedExit(targets, world, maxWarnings);
        const stylish = await run(['validate', ...targets, ...options], {}, world);
        expect(stylish.code, targets.join(' ')).toBe(expected);
        const json = await run(['validate', ...targets, ...options, '--format', 'json'], {}, world);
        expect(json.code).toBe(expected);
        expect((JSON.parse(json.stdout) as { ok: boolean }).ok).toBe(expected === 0);
        const sarif = await run(['validate', ...targets, ...options, '--format', 'sarif'], {}, world);
        expect(sarif.code).toBe(expected);
        expect((JSON.parse(sarif.stdout) as { runs: { invocations: { executionSuccessful: boolean }[] }[] }).runs[0]?.invocations[0]?.executionSuccessful).toBe(expected !== 2);
      }),
      { numRuns: 60 },
    );
  });

  it('bad usage is exit 2, in one line, with nothing checked', async () => {
    for (const argv of [['validate'], ['validate', 'plans/a-valid.json', '--colour'], ['validate', 'plans/a-valid.json', '--format'], ['validate', 'plans/a-valid.json', '-q=1'], ['validate', 'plans/a-valid.json', '--out', 'a', '--out', 'b']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });
});

describe('parse issues carry a severity', () => {
  it('every parse issue is an error, lint findings keep their rule\'s severity', async () => {
    const broken = pretty({ ...fixture, startDate: '2026-02-30', goals: fixture.goals.map((g) => ({ ...g, weight: 1 })) });
    const issues = parsePlanJson(broken);
    expect(issues.ok).toBe(false);
    const r = JSON.parse((await run(['validate', 'x.json', '--json'], {}, { 'x.json': broken })).stdout);
    expect(r.files[0].issues.length).toBe(issues.ok ? 0 : issues.issues.length);
    expect(new Set(r.files[0].issues.map((i: { severity: string }) => i.severity))).toEqual(new Set(['error']));
    const lint = JSON.parse((await run(['validate', 'plans/c-errors.json', '--json'])).stdout);
    const plan = parsePlanJson(errorAndWarning);
    expect(lint.files[0].findings.map((f: { severity: string; code: string }) => [f.code, f.severity])).toEqual(plan.ok ? lintPlan(plan.plan).map((f) => [f.code, f.severity]) : []);
  });
});

describe('help <command>', () => {
  it('is the same as <command> --help; help alone is --help; an unknown command is a usage error', async () => {
    for (const command of ['validate', 'evaluate', 'render', 'schema']) {
      const a = await run(['help', command]);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe((await run([command, '--help'])).stdout);
      expect(JSON.parse((await run(['help', command, '--json'])).stdout)).toEqual(JSON.parse((await run([command, '--help', '--json'])).stdout));
    }
    expect((await run(['help'])).stdout).toBe((await run(['--help'])).stdout);
    expect((await run(['--help'])).stdout).toMatch(/^ {2}help \[command\] +Show the help of a command/m);
    const unknown = await run(['help', 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`improvement-plan: unknown command "frobnicate". Run 'improvement-plan --help' for usage.\n`);
    expect((await run(['help', 'validate', 'render'])).code).toBe(2);
    expect((await run(['help', '--colour'])).code).toBe(2);
  });

  it('validate --help lists its options', async () => {
    const help = (await run(['validate', '--help'])).stdout;
    for (const option of ['-f, --format <stylish|json|sarif>', '-q, --quiet', '--max-warnings <n>', '-o, --out <file>']) expect(help).toContain(option);
    expect(help).toContain('Usage: improvement-plan validate <file|->... [options]');
  });
});

describe('validate --locale', () => {
  it('writes the lint findings and fixes in the language; codes, positions and the exit code as in English', async () => {
    const english = await run(['validate', 'plans/c-errors.json', '--format', 'json']);
    const german = await run(['validate', 'plans/c-errors.json', '--format', 'json', '--locale', 'de']);
    expect(german.code).toBe(english.code);
    type Report = { files: { findings: { code: string; line: number; message: string; fix?: string }[] }[] };
    const [en, de] = [english, german].map((r) => (JSON.parse(r.stdout) as Report).files[0]!.findings);
    expect(de!.map((p) => [p.code, p.line])).toEqual(en!.map((p) => [p.code, p.line]));
    // written by hand: the finding of a plan without an HR partner
    expect(de!.find((p) => p.code === 'hr_partner_missing')?.message).toBe(
      'Es ist keine HR-Ansprechperson benannt; HR prüft den Plan vor der Unterzeichnung auf Fairness und Einheitlichkeit.',
    );
    expect(de!.every((p, i) => p.message !== en![i]!.message)).toBe(true);
  });

  it('writes the parse issues of a file that does not parse in the language, as parsePlanJson words them', async () => {
    const broken = JSON.stringify({ ...fixture, durationDays: 1.5, support: 'none' }, null, 2);
    const world = { ...files, 'broken.json': broken };
    const { de } = await import('../../src/locales/de/index.js');
    const worded = parsePlanJson(broken, { locale: de });
    if (worded.ok) throw new Error('the broken plan parsed');
    const german = await run(['validate', 'broken.json', '--format', 'json', '--locale', 'de'], {}, world);
    const english = await run(['validate', 'broken.json', '--format', 'json'], {}, world);
    expect(german.code).toBe(english.code);
    type Report = { files: { issues: { code: string; message: string }[] }[] };
    const found = (JSON.parse(german.stdout) as Report).files[0]!.issues;
    expect(found.map((p) => [p.code, p.message])).toEqual(worded.issues.map((i) => [i.code, i.message]));
    expect(found.length).toBeGreaterThan(1);
  });

  it('keeps English for a date-fns locale without words, and refuses a tag it does not know (exit 2)', async () => {
    const english = await run(['validate', 'plans/c-errors.json']);
    expect((await run(['validate', 'plans/c-errors.json', '--locale', 'nl'])).stdout).toBe(english.stdout);
    const unknown = await run(['validate', 'plans/c-errors.json', '--locale', 'xx-nonsense']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--locale "xx-nonsense"');
  });
});
