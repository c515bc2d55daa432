import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CLI_VERSION, runCli } from '../../src/cli/index.js';
import { planJsonSchema } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { weeklyObservations } from '../support/scenario.js';
import { SUCCESS_RULES } from '../render/evaluated-plan.js';
import { memoryIo } from './memory-io.js';

const fixture = readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8');
const noSupport = JSON.stringify({ ...JSON.parse(fixture), support: [] }, null, 2);
const brokenWeights = JSON.stringify(
  {
    ...JSON.parse(fixture),
    goals: (JSON.parse(fixture) as { goals: { weight: number }[] }).goals.map((g, i) => (i === 0 ? { ...g, weight: 32.5 } : g)),
  },
  null,
  '\t',
);
const feed = weeklyObservations('2026-01-05', 13, SUCCESS_RULES);
const files = {
  'plan.json': fixture,
  'no-support.json': noSupport,
  'weights.json': brokenWeights,
  'bad.json': '{"schemaVersion": 1,',
  'obs.json': JSON.stringify(feed),
  'export.json': JSON.stringify({ exportedAt: '2026-03-02', observations: feed }),
  'bad-obs.json': JSON.stringify([{ metricId: 'm-calls', date: '2026-02-30', value: 3 }]),
  'policy.json': JSON.stringify({ successScore: 60 }),
  'list.json': '[1, 2]',
};

/** `line:column` of the first occurrence of a piece of text, found by plain string search (the oracle for the tool's positions). */
function lineAndColumn(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1) as string).length + 1}`;
}

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

  it('exits 1 with lint findings: the file, then line:column, severity, message, code and fix', async () => {
    const r = await run(['validate', 'no-support.json']);
    expect(r.code).toBe(1);
    const at = lineAndColumn(noSupport, '"support"');
    expect(r.stdout).toBe(
      [
        'no-support.json',
        `  ${at}  error  The plan lists no support: a plan is a two-way commitment.  support_missing`,
        `  ${' '.repeat(at.length)}         fix: Add at least one support commitment (coaching, training, mentorship, tools) with an owner and dates.`,
        '',
        'no-support.json: 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 with parse issues, each an error at its line and column', async () => {
    const r = await run(['validate', 'weights.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('weights.json (does not parse)\n');
    expect(r.stdout).toContain(`  ${lineAndColumn(brokenWeights, '"goals"')}  error  goals: goal weights must add up to exactly 100, they add up to 97.5.  weights_sum\n`);
    expect(r.stdout).toMatch(/\nweights\.json: does not parse \(1 issue\)\n$/);
  });

  it('malformed JSON is a document error (exit 1, code invalid_json) at the place it stops being JSON', async () => {
    const r = await run(['validate', 'bad.json']);
    expect(r.code).toBe(1);
    // '{"schemaVersion": 1,' ends where a key should be: line 1, after its 20 characters
    expect(r.stdout).toMatch(/^ {2}1:21 {2}error {2}plan is not valid JSON: .* {2}invalid_json$/m);
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

  it('names an empty file name as "" (found by the CLI fuzz target: the line named no file)', async () => {
    const r = await run(['validate', '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('improvement-plan: "": cannot be read: no such file\n');
    const json = await run(['evaluate', '', '--json', '--as-of', '2026-02-02']);
    expect(JSON.parse(json.stdout).error).toEqual({ code: 'unreadable', file: '""', message: 'cannot be read: no such file' });
  });

  it('--json: findings and issues as data, per file, with severity, line and column', async () => {
    const ok = JSON.parse((await run(['validate', 'plan.json', '--json'])).stdout);
    expect(ok).toEqual({
      command: 'validate', ok: true, errors: 0, warnings: 0, infos: 0, maxWarnings: null, tooManyWarnings: false,
      files: [{ file: 'plan.json', ok: true, parsed: true, errors: 0, warnings: 0, infos: 0, issues: [], findings: [] }],
    });
    const lint = await run(['validate', '--json', 'no-support.json']);
    expect(lint.code).toBe(1);
    const report = JSON.parse(lint.stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, files: [{ parsed: true, errors: 1 }] });
    const [line, column] = lineAndColumn(noSupport, '"support"').split(':').map(Number);
    expect(report.files[0].findings[0]).toMatchObject({ severity: 'error', code: 'support_missing', path: ['support'], at: 'support', line, column });
    const parse = JSON.parse((await run(['validate', 'weights.json', '--json'])).stdout);
    expect(parse).toMatchObject({ ok: false, errors: 1, files: [{ ok: false, parsed: false, errors: 1 }] });
    expect(parse.files[0].issues[0]).toMatchObject({ severity: 'error', code: 'weights_sum', path: ['goals'], at: 'goals' });
    const missing = await run(['validate', 'missing.json', '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ command: 'validate', ok: false, files: [{ file: 'missing.json', ok: false, error: { code: 'unreadable', file: 'missing.json', message: 'cannot be read: no such file' } }] });
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

  it('--locale de writes the document in German: words, dates and numbers; a region keeps the words with its own dates', async () => {
    const r = await run(['render', 'plan.json', '--format=html', '--as-of', '2026-01-20', '--locale', 'de']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
    expect(r.stdout).toContain('Eckdaten und Zweck des Plans');
    expect(r.stdout).toContain('20. Jan. 2026');
    const at = await run(['render', 'plan.json', '--format=md', '--as-of', '2026-01-20', '--locale', 'de-AT']);
    expect(at.stdout).toContain('Eckdaten und Zweck des Plans');
    expect(at.stdout).toContain('20. Jän. 2026');
    // a date-fns locale the library has no words for: its dates, English words
    const nl = await run(['render', 'plan.json', '--format=md', '--as-of', '2026-01-20', '--locale', 'nl']);
    expect(nl.stdout).toContain('Plan basics and purpose');
    expect(nl.stdout).toMatch(/20 jan\.? 2026/);
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

  it('refuses Y… and D… date tokens itself, in one line and with nothing on the console (date-fns would warn there)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const cases: [string, string][] = [
        ['YYYY-MM-dd', 'YYYY is the week-numbering year; write yyyy for the calendar year'],
        ['d MMM Y', 'Y is the week-numbering year; write y for the calendar year'],
        ['DDD', 'DDD is the day of the year; write d or dd for the day of the month'],
      ];
      for (const [pattern, detail] of cases) {
        const r = await run(['render', 'plan.json', '--format', 'md', '--date-format', pattern]);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`improvement-plan: --date-format ${JSON.stringify(pattern)} is not a date-fns pattern: ${detail}\n`);
      }
      // quoted text is text: 'Day' and 'Year' are fine
      const quoted = await run(['render', 'plan.json', '--format', 'md', '--date-format', "'Day' d 'of Year' yyyy"]);
      expect(quoted.code).toBe(0);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('exits 2 on bad usage, in one line', async () => {
    const cases: [string[], RegExp][] = [
      [['render', 'plan.json'], /missing argument --format <md\|html>/],
      [['render', 'plan.json', '--format', 'pdf'], /option --format must be one of md, markdown, html, not "pdf"/],
      [['render', 'plan.json', '--format'], /option --format needs a value/],
      [['render', '--format', 'md'], /missing argument <plan>/],
      [['render', 'a.json', 'b.json', '--format', 'md'], /unexpected argument "b\.json"/],
      [['render', 'plan.json', '--format', 'md', '--as-of', '2026-02-30'], /--as-of must be a calendar date YYYY-MM-DD, not "2026-02-30"/],
      [['render', 'plan.json', '--format', 'md', '--locale', 'xx-YY'], /--locale "xx-YY" is neither a language the library ships \(en, de, fr, es, ar\) nor a date-fns locale/],
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

  it('an argument after "--" is a file, never an option: "--json" there does not ask for JSON (found by the CLI fuzz target)', async () => {
    const usage = await run(['render', 'plan.json', '--colour', '--', '--json']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^improvement-plan: unknown option --colour\./);
    const file = await run(['validate', '--', '--json']);
    expect(file.code).toBe(2);
    expect(file.stdout).toBe('');
    expect(file.stderr).toBe('improvement-plan: --json: cannot be read: no such file\n');
  });
});

describe('evaluate', () => {
  it('prints every goal, the reading of the plan and the recommendation with its reasons, as of the given day', async () => {
    const r = await run(['evaluate', 'plan.json', '--observations', 'obs.json', '--as-of', '2026-04-06']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('pip-2026-0007: Performance Improvement Plan, Jordan Reyes (Account Executive, Mid-Market)');
    // the fixture is a draft: evaluated for its goals, but not running (issue 16)
    expect(lines[1]).toBe('Evaluated as of 2026-04-06. Not running: the plan has not been activated, so nothing is due under it yet.');
    // 164 meetings from 1,300 connected calls; 551 calls in 13 weeks (the two holiday weeks read
    // on their 4 working days: 571.75 a week's worth, 43.98 a week); four $12,000 deals
    expect(r.stdout).toContain('  [Met] Raise call-to-meeting conversion from 5% to 12% by 4 April 2026\n      observed 12.6%; baseline 5%, target at least 12% over the window; attainment 100%; trend improving');
    expect(r.stdout).toContain('      observed 43.98 per week; baseline 25, target at least 40 per week;');
    expect(r.stdout).toContain('      observed 3 (Proficient); baseline 2 (Developing), target at least 3 (Proficient) over the window;');
    expect(r.stdout).toContain('      observed $48,000; baseline $28,000, target at least $45,000 over the window;');
    // a draft: nothing is due under it, and no outcome is read from it (issue 16)
    expect(r.stdout).toContain('Check-ins: 0 of 0 due held, 0 documented. Support: 0 of 0 due delivered.');
    expect(r.stdout).toContain('Recommendation: Not enough evidence to decide (not running). Why:\n  1. The plan is not running:');
  });

  it('states the default day: today, from the clock', async () => {
    const r = await run(['evaluate', 'plan.json', '--observations', 'obs.json'], { today: '2026-02-20' });
    expect(r.stdout.split('\n')[1]).toBe('Evaluated as of 2026-02-20 (today; pass --as-of YYYY-MM-DD for another day). Not running: the plan has not been activated, so nothing is due under it yet.');
  });

  it('reads a feed as an array or as an object with "observations", and a policy file', async () => {
    const array = JSON.parse((await run(['evaluate', 'plan.json', '--observations', 'obs.json', '--as-of', '2026-03-02', '--json'])).stdout);
    const object = JSON.parse((await run(['evaluate', 'plan.json', '--observations', 'export.json', '--as-of', '2026-03-02', '--json'])).stdout);
    expect(object.summary).toEqual(array.summary);
    const stricter = JSON.parse((await run(['evaluate', 'plan.json', '--observations', 'obs.json', '--as-of', '2026-03-02', '--policy', 'policy.json', '--json'])).stdout);
    expect(stricter.summary.recommendation).toBeDefined();
    const withoutFeed = JSON.parse((await run(['evaluate', 'plan.json', '--as-of', '2026-03-02', '--json'])).stdout);
    expect(withoutFeed.summary.coverage.withData).toBe(0);
    expect(array.summary.coverage.withData).toBeGreaterThan(0);
  });

  it('--json: the evaluation summary with where it came from', async () => {
    const r = await run(['evaluate', 'plan.json', '--observations', 'obs.json', '--json'], { today: '2026-02-20' });
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ command: 'evaluate', ok: true, file: 'plan.json', observations: 'obs.json', asOf: '2026-02-20', asOfDefaulted: true });
    expect(out.summary).toMatchObject({ kind: 'evaluation_summary', version: 1, plan: { id: 'pip-2026-0007', asOf: '2026-02-20', final: false } });
    expect(out.summary.goals.map((g: { goalId: string }) => g.goalId)).toEqual(['g-conversion', 'g-calls', 'g-discovery', 'g-revenue']);
  });

  it('exits 1 on invalid observations or a plan that does not parse, 2 on bad usage, in one line', async () => {
    const badObs = await run(['evaluate', 'plan.json', '--observations', 'bad-obs.json']);
    expect(badObs.code).toBe(1);
    expect(badObs.stderr).toMatch(/^improvement-plan: bad-obs\.json:\[0\]\.date: not a valid observation feed \(1 issue, the first: .*2026-02-30.*\)/);
    const notJson = await run(['evaluate', 'plan.json', '--observations', 'bad.json']);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^improvement-plan: bad\.json: is not JSON: /);
    expect((await run(['evaluate', 'weights.json'])).code).toBe(1);
    expect((await run(['evaluate', 'plan.json', '--policy', 'list.json'])).stderr).toMatch(/list\.json: is not an evaluation policy/);
    const cases: [string[], RegExp][] = [
      [['evaluate'], /missing argument <plan>/],
      [['evaluate', 'plan.json', '--as-of', 'tomorrow'], /--as-of must be a calendar date/],
      [['evaluate', '-', '--observations', '-'], /cannot both come from standard input/],
      [['evaluate', 'plan.json', '--observations', 'missing.json'], /missing\.json: cannot be read: no such file/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const json = JSON.parse((await run(['evaluate', 'plan.json', '--observations', 'bad-obs.json', '--json'])).stdout);
    expect(json).toMatchObject({ command: 'evaluate', ok: false, error: { code: 'invalid_input', file: 'bad-obs.json', path: '[0].date' } });
  });

  it('reads the plan from standard input', async () => {
    const r = await run(['evaluate', '-', '--observations', 'obs.json', '--as-of', '2026-04-06'], { stdin: fixture });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('observed $48,000');
  });
});

describe('render --evaluation', () => {
  it('renders the evaluation report with a chart per goal, as of the given day', async () => {
    const r = await run(['render', 'plan.json', '--evaluation', '--observations', 'obs.json', '--format', 'html', '--audience', 'hr', '--as-of', '2026-03-02', '--out', 'report.html']);
    expect(r.code).toBe(0);
    const html = r.written.get('report.html') ?? '';
    expect(html).toContain('<h1>Performance Improvement Plan evaluation: Jordan Reyes</h1>');
    expect(html.match(/data-chart="goal-/g)).toHaveLength(4);
    expect(html).toContain('data-audience="hr"');
    expect(html).toContain('Mar 2, 2026');
  });

  it('Markdown to stdout; the default day is today, stated in the report; --json says which report', async () => {
    const r = await run(['render', 'plan.json', '--evaluation', '--observations', 'obs.json', '--format', 'md'], { today: '2026-02-20' });
    expect(r.stdout.split('\n')[0]).toBe('# Performance Improvement Plan evaluation: Jordan Reyes');
    expect(r.stdout).toContain('- **As of:** Feb 20, 2026 _(not running)_');
    expect(r.stdout).toContain('Evaluation of the Performance Improvement Plan as of Feb 20, 2026.');
    const json = JSON.parse((await run(['render', 'plan.json', '--evaluation', '--format', 'md', '--json', '--terminology', 'Growth Plan'], { today: '2026-02-20' })).stdout);
    expect(json).toMatchObject({ command: 'render', ok: true, report: 'evaluation', asOf: '2026-02-20', asOfDefaulted: true, observations: null });
    expect(json.content.split('\n')[0]).toBe('# Growth Plan evaluation: Jordan Reyes');
    const plain = JSON.parse((await run(['render', 'plan.json', '--format', 'md', '--json'])).stdout);
    expect(plain.report).toBe('plan');
  });

  it('--observations and --policy need --evaluation', async () => {
    const r = await run(['render', 'plan.json', '--format', 'md', '--observations', 'obs.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--observations and --policy go with --evaluation/);
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
    for (const command of ['validate <file|->', 'evaluate <plan|->', 'render <plan|->', 'schema']) expect(help.stdout).toContain(command);
    const renderHelp = await run(['render', '--help']);
    expect(renderHelp.stdout).toContain('--audience <who>');
    const helpJson = JSON.parse((await run(['--help', '--json'])).stdout);
    expect(helpJson.commands.map((c: { name: string }) => c.name)).toEqual(['validate', 'evaluate', 'render', 'schema']);
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
