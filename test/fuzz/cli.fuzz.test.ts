/**
 * Fuzz target: the command-line tool, in process (`runCli` with an in-memory outside world, as
 * test/cli does; no child process per input). Random argument lists: known and unknown commands,
 * flags with and without their values, values that are not allowed, repeated options, `--` and `-`;
 * over files that are plans (the fixtures, generated ones), plans with one field corrupted, JSON
 * that is not a plan, text that is not JSON, observation feeds and policies good and hostile,
 * folders, missing files and unwritable outputs; standard input likewise; "today" anywhere in the
 * calendar; `--locale` in every language the tool has words for. The tool must answer every one
 * with exit code 0, 1 or 2 (3 is a bug), never a stack trace, and a failure must be one line naming
 * the file (and the path in it) it is about; `validate`'s report holds only its own kinds of line,
 * in English or in the language asked for.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { findCliWords } from '../../src/cli/language.js';
import { CLI_WORDS_EN, type CliWords } from '../../src/cli/words/en.js';
import { observationsArbitrary, planArbitrary } from '../../src/testing/index.js';
import { assertPlan, planEndDate } from '../../src/index.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { corruptedDocument, fuzzRuns, hostileValue, prototypesClean } from '../support/hostile.js';
import { variedPlanDocument } from '../support/plan-variations.js';
import { memoryIo } from '../cli/memory-io.js';

// ---------------------------------------------------------------------------
// The files the tool can be pointed at
// ---------------------------------------------------------------------------

/** Deeply nested JSON text (past the schema's depth bound, far from the engine's stack limit). */
const deepJson = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;

/** File name -> text. Built once: the plans and feeds are sampled with fixed seeds. */
function filesOnDisk(): Record<string, string> {
  const files: Record<string, string> = {};
  PLAN_FIXTURES.forEach((name, i) => {
    files[`plan-${i}.json`] = JSON.stringify(readFixture(name), null, i === 0 ? 2 : 0);
  });
  const generated = fc.sample(planArbitrary({ withRecords: true, withObservations: true, maxGoals: 4 }), { numRuns: 6, seed: 28 });
  generated.forEach((document, i) => {
    files[`gen-${i}.json`] = JSON.stringify(document);
  });
  fc.sample(variedPlanDocument(), { numRuns: 6, seed: 29 }).forEach(({ input }, i) => {
    files[`varied-${i}.json`] = JSON.stringify(input);
  });
  fc.sample(corruptedDocument(planArbitrary({ withObservations: true })), { numRuns: 12, seed: 30 }).forEach((document, i) => {
    files[`corrupt-${i}.json`] = JSON.stringify(document) ?? 'undefined';
  });
  Object.assign(files, {
    'empty.json': '',
    'truncated.json': (files['plan-0.json'] as string).slice(0, 400),
    'bom.json': `\uFEFF${files['plan-1.json'] as string}`,
    'text.json': 'not json at all',
    'nul.json': '\u0000\u0001{"a":',
    'array.json': '[1, 2, 3]',
    'null.json': 'null',
    'string.json': '"a plan"',
    'object.json': '{}',
    'proto.json': '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    'deep.json': deepJson,
  });
  // observation feeds and policies, good and bad
  const plan = assertPlan(readFixture(PLAN_FIXTURES[0]));
  const [feed] = fc.sample(observationsArbitrary(plan.metrics, { from: plan.startDate, to: planEndDate(plan), maxPerMetric: 30 }), { numRuns: 1, seed: 31 });
  Object.assign(files, {
    'obs.json': JSON.stringify(feed),
    'obs-export.json': JSON.stringify({ exportedAt: '2026-03-02', observations: feed }),
    'obs-bad.json': JSON.stringify([{ metricId: 'm-calls', date: '2026-02-30', value: 3 }, { metricId: 'm-calls', date: '2026-02-02', value: 1e308 }]),
    'obs-proto.json': '[{"metricId":"__proto__","date":"2026-01-05","value":1,"__proto__":{"polluted":true}}]',
    'obs-object.json': '{"observations": "none"}',
    'policy.json': '{"successScore": 60, "workingDays": [1, 2, 3, 4]}',
    'policy-bad.json': '{"successScore": "high", "sustainShare": 7, "workingDays": [], "__proto__": {"polluted": true}}',
    'policy-list.json': '[{"successScore": 60}]',
  });
  return files;
}

// ---------------------------------------------------------------------------
// Argument lists
// ---------------------------------------------------------------------------

const COMMAND_NAMES = ['validate', 'evaluate', 'render', 'schema'] as const;
const DATES = ['2026-02-02', '2026-04-06', '2026-02-29', '2026-02-30', '2026-13-01', '0001-01-01', '9999-12-31', '0000-01-01', 'today', ''] as const;

/** `--locale` values: every language with words of its own (with a region too), English, and a date-fns locale without words. */
const LOCALE_TAGS = ['de', 'fr', 'fr-CA', 'es', 'ar', 'en-GB', 'pt-BR'] as const;

/** One token of an argument list. */
function token(fileNames: readonly string[]): fc.Arbitrary<string[]> {
  const file = fc.oneof(
    { arbitrary: fc.constantFrom(...fileNames), weight: 8 },
    { arbitrary: fc.constantFrom('-', 'missing.json', 'folder/', '', '/missing/plan.json'), weight: 2 },
  );
  const single = (s: fc.Arbitrary<string>) => s.map((t) => [t]);
  return fc.oneof(
    { arbitrary: single(file), weight: 6 },
    { arbitrary: single(fc.constantFrom('--json', '--help', '-h', '--version', '-V', '--evaluation', '--include-metadata', '--', '-')), weight: 4 },
    // options with their value as the next token, or inline, or missing
    { arbitrary: fc.tuple(fc.constantFrom('--as-of', '--as-of='), fc.constantFrom(...DATES)).map(([o, d]) => (o.endsWith('=') ? [`${o}${d}`] : [o, d])), weight: 3 },
    { arbitrary: fc.tuple(fc.constantFrom('--observations', '--policy', '--out', '-o'), file).map(([o, f]) => [o, f]), weight: 3 },
    { arbitrary: fc.tuple(fc.constantFrom('--format', '-f', '--format='), fc.constantFrom('md', 'markdown', 'html', 'pdf', '')).map(([o, v]) => (o.endsWith('=') ? [`${o}${v}`] : [o, v])), weight: 3 },
    { arbitrary: fc.constantFrom('employee', 'manager', 'hr', 'boss').map((a) => ['--audience', a]), weight: 1 },
    { arbitrary: fc.constantFrom(...LOCALE_TAGS, 'xx-YY', 'constructor', '__proto__').map((l) => [`--locale=${l}`]), weight: 1 },
    { arbitrary: fc.constantFrom('PP', 'yyyy-MM-dd', 'Y', 'YYYY', 'DDD', 'D', "'unclosed", 'QQQQQ', 'do MMMM', "'Year' yyyy").map((p) => ['--date-format', p]), weight: 1 },
    { arbitrary: fc.constantFrom('Growth Plan', '', '<script>alert(1)</script>').map((t) => ['--terminology', t]), weight: 1 },
    // --private-metadata takes JSON Pointers (RFC 6901); a dotted path is not one (a usage error, exit 2)
    { arbitrary: fc.constantFrom('/notes', '/hr/private', '/salary.band', '/a~1b~0c', '/__proto__', 'hr.private').map((p) => ['--private-metadata', p]), weight: 1 },
    // options that take no value given one, unknown options, an option's value missing at the end
    { arbitrary: single(fc.constantFrom('--json=1', '--help=yes', '--unknown', '-x', '--=', '---', '-hV', '--as-of', '--format', '--observations')), weight: 2 },
    { arbitrary: single(fc.string({ maxLength: 12 })), weight: 2 },
  );
}

/** A command line a person would type: a command, its file, options it takes (values good or bad). */
function plausible(fileNames: readonly string[]): fc.Arbitrary<string[]> {
  const plans = fileNames.filter((n) => !n.startsWith('obs') && !n.startsWith('policy'));
  const file = fc.oneof({ arbitrary: fc.constantFrom(...plans), weight: 12 }, { arbitrary: fc.constantFrom('-', 'missing.json', 'folder/', ''), weight: 1 });
  const feed = fc.oneof({ arbitrary: fc.constantFrom(...fileNames.filter((n) => n.startsWith('obs'))), weight: 6 }, { arbitrary: fc.constantFrom('-', 'missing.json', 'text.json', 'plan-0.json'), weight: 1 });
  const policy = fc.oneof({ arbitrary: fc.constantFrom(...fileNames.filter((n) => n.startsWith('policy'))), weight: 6 }, { arbitrary: fc.constantFrom('missing.json', 'text.json', 'null.json'), weight: 1 });
  const date = fc.oneof({ arbitrary: fc.constantFrom('2026-02-02', '2026-04-06', '2026-06-30', '2027-01-01'), weight: 6 }, { arbitrary: fc.constantFrom(...DATES), weight: 1 });
  const opt = (name: string, value: fc.Arbitrary<string>) => fc.option(value.map((v) => [name, v]), { nil: undefined, freq: 2 });
  const flag = (name: string) => fc.option(fc.constant<string[]>([name]), { nil: undefined, freq: 2 });
  const json = flag('--json');
  const line = (command: string, ...parts: fc.Arbitrary<string[] | undefined>[]) =>
    fc.tuple(...parts).map((chosen) => [command, ...chosen.flatMap((p) => p ?? [])]);
  const format = fc.oneof({ arbitrary: fc.constantFrom('md', 'html', 'markdown'), weight: 8 }, { arbitrary: fc.constantFrom('pdf', ''), weight: 1 });
  return fc.oneof(
    line(
      'validate',
      fc.array(fc.oneof({ arbitrary: file, weight: 6 }, { arbitrary: fc.constantFrom('*.json', 'plan-*.json', 'gen-[0-2].json', '{obs,policy}*.json', 'none/*.json', '**'), weight: 1 }), { minLength: 1, maxLength: 4 }),
      opt('--format', fc.constantFrom('stylish', 'json', 'sarif', 'xml')),
      flag('--quiet'),
      opt('--max-warnings', fc.constantFrom('0', '1', '10', '-1', 'x')),
      opt('--out', fc.constantFrom('report.txt', '/missing/report.sarif')),
      opt('--locale', fc.constantFrom(...LOCALE_TAGS)),
      json,
    ),
    line('evaluate', file.map((f) => [f]), opt('--observations', feed), opt('--as-of', date), opt('--policy', policy), opt('--locale', fc.constantFrom(...LOCALE_TAGS, 'xx-YY')), json),
    line(
      'render',
      file.map((f) => [f]),
      fc.option(format.map((f) => ['--format', f]), { nil: undefined, freq: 8 }),
      opt('--audience', fc.constantFrom('employee', 'manager', 'hr')),
      opt('--as-of', date),
      flag('--evaluation'),
      opt('--observations', feed),
      opt('--policy', policy),
      opt('--locale', fc.constantFrom(...LOCALE_TAGS, 'xx-YY')),
      opt('--date-format', fc.constantFrom('PP', 'yyyy-MM-dd', 'YYYY', 'Y', 'DDD')),
      opt('--terminology', fc.constantFrom('Growth Plan', '<b>Plan</b>')),
      flag('--include-metadata'),
      opt('--private-metadata', fc.constantFrom('/notes', '/hr/private', '/salary.band', '/a~1b~0c')),
      opt('--out', fc.constantFrom('report.html', '/missing/report.md', '')),
      json,
    ),
    line('schema', opt('--out', fc.constantFrom('schema.json', '/missing/schema.json')), json),
  );
}

/** An argument list: mostly a plausible command line; else a known command among random tokens, or only tokens. */
function argvs(fileNames: readonly string[]): fc.Arbitrary<string[]> {
  const command = fc.oneof(
    { arbitrary: fc.constantFrom(...COMMAND_NAMES), weight: 12 },
    { arbitrary: fc.constantFrom('help', 'VALIDATE', 'evaluat', 'toString', '__proto__', 'constructor'), weight: 1 },
  );
  const tokens = fc.array(token(fileNames), { maxLength: 7 }).map((lists) => lists.flat());
  return fc.oneof(
    { arbitrary: plausible(fileNames), weight: 12 },
    { arbitrary: fc.tuple(command, tokens).map(([c, t]) => [c, ...t]), weight: 4 },
    { arbitrary: fc.tuple(tokens, command, tokens).map(([a, c, b]) => [...a, c, ...b]), weight: 2 },
    { arbitrary: tokens, weight: 1 },
  );
}

// ---------------------------------------------------------------------------
// What every answer must look like
// ---------------------------------------------------------------------------

/** A line of a stack trace (`    at fn (file.ts:12:3)`), or Node's `Error:` prefix at the start of a line. */
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$|^\w*Error: /m;
/** Failure codes about one input file: the message must name it. */
const ABOUT_A_FILE = new Set(['unreadable', 'invalid_input', 'invalid_plan']);

interface Answer {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The words of every language asked for, loaded once (`findCliWords` is asynchronous; the checks are not). */
const WORDS = new Map<string, CliWords>();

/** The `--locale` values in the arguments. */
function tagsOf(options: readonly string[]): string[] {
  return options.flatMap((arg, i) => (arg.startsWith('--locale=') ? [arg.slice('--locale='.length)] : options[i - 1] === '--locale' ? [arg] : []));
}

/** The command line's lines an answer may be in: English, and the words of each `--locale` in the arguments. */
function wordsOf(options: readonly string[]): readonly CliWords[] {
  return [CLI_WORDS_EN, ...tagsOf(options).flatMap((tag) => WORDS.get(tag) ?? [])];
}

/** The `--locale` values a `validate` text report was checked in (every one must come up at full count). */
const REPORTED_IN = new Set<string>();

/** The longest start two lines share: what a line of that kind always begins with (`2 Dateien: ` of the summary; counts of 1, 2 and a large one, whose words and digits share nothing). */
function sharedStart(a: string, ...others: string[]): string {
  let i = 0;
  while (i < a.length && others.every((b) => a[i] === b[i])) i += 1;
  return a.slice(0, i);
}

/** A line of the language's own in `validate`'s report: a fix, the run's totals, too many warnings. */
function isOwnLine(words: CliWords, line: string): boolean {
  const v = words.validate;
  const [fixBefore = '', fixAfter = ''] = v.fix('\u0000').split('\u0000');
  if (/^ +\S/.test(line) && line.trimStart().startsWith(fixBefore) && line.endsWith(fixAfter)) return true;
  const zero = { errors: 0, warnings: 0, infos: 0 };
  for (let files = 0; files <= 200; files += 1) {
    const start = sharedStart(v.summary(files, zero, 0, 0, 0), v.summary(files, { ...zero, errors: 1 }, 0, 0, 0));
    if (start.length > 3 && start.includes(':') && line.startsWith(start)) return true;
  }
  const tooMany = sharedStart(v.tooManyWarnings(1, 0), v.tooManyWarnings(2, 0), v.tooManyWarnings(1_234_567, 0));
  return tooMany.length > 3 && line.startsWith(tooMany) && line.includes('--max-warnings');
}

/**
 * `validate`'s stylish report: per file a heading (the file), rows `line:column  severity  message  code`
 * with their fix, blank lines, and a last line for the run; failures one line each on stderr. Its
 * own lines in English or in the language of a `--locale` (src/cli/words/).
 */
function checkValidateText(context: string, code: number, stdout: string, stderr: string, labels: ReadonlySet<string>, out: boolean, languages: readonly CliWords[]): void {
  // with --out, the report goes to the file and one `wrote FILE (N bytes)` line to stderr
  const wrote = (line: string) => [...labels].some((label) => label !== '' && languages.some((w) => line.startsWith(sharedStart(w.wrote(label, 1), w.wrote(label, 2), w.wrote(label, 1_234_567))) && /\d/.test(line)));
  for (const line of stderr === '' ? [] : stderr.trimEnd().split('\n')) expect(line.startsWith('improvement-plan: ') || (out && wrote(line)), `${context} ${JSON.stringify(line)}`).toBe(true);
  if (stdout === '') return;
  const lines = stdout.trimEnd().split('\n');
  for (const line of lines) {
    if (line === '' || /^ {2}\d+:\d+ +(error|warning|info) {2}.+ {2}\S+$/.test(line) || languages.some((w) => isOwnLine(w, line))) continue;
    // a heading or a single file's verdict: it names the file
    const named = [...labels].some((label) => label !== '' && (line === label || languages.some((w) => line === `${label} ${w.validate.notParsed}`) || (line.startsWith(label) && /^\s?: /.test(line.slice(label.length)))));
    expect(named, `${context} ${JSON.stringify(line)}`).toBe(true);
  }
  if (code === 0) expect(stdout, context).not.toMatch(/^ {2}\d+:\d+ +error /m);
}

function checkAnswer(argv: readonly string[], answer: Answer, fileNames: readonly string[] = []): void {
  const { code, stdout, stderr } = answer;
  const context = JSON.stringify({ argv, code, stdout: stdout.slice(0, 300), stderr: stderr.slice(0, 300) });
  expect([0, 1, 2], context).toContain(code);
  expect(STACK.test(stdout) || STACK.test(stderr), context).toBe(false);
  const labels = new Set([...argv, ...fileNames, '<stdin>', '""']);
  const command = argv.find((arg) => !arg.startsWith('-'));
  // options are the arguments before `--`; after it every argument is a file
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  const format = options.find((arg, i) => (options[i - 1] === '--format' && !arg.startsWith('--')) || arg.startsWith('--format='))?.replace('--format=', '');
  if (command === 'validate' && format === 'sarif' && !options.includes('--json') && !options.some((a) => a === '--out' || a === '-o')) {
    if (stdout === '') {
      // no log: a usage error, one line on stderr
      expect(code, context).toBe(2);
      expect(stderr.startsWith('improvement-plan: ') || stderr.startsWith('Usage: '), context).toBe(true);
      return;
    }
    // a SARIF log on stdout, nothing on stderr; a file that cannot be read or a pattern that names
    // none is a notification, the execution unsuccessful and the exit code 2
    expect(stderr, context).toBe('');
    const log = JSON.parse(stdout) as { version: string; runs: { invocations: { executionSuccessful: boolean }[] }[] };
    expect(log.version, context).toBe('2.1.0');
    expect(log.runs[0]?.invocations[0]?.executionSuccessful, context).toBe(code !== 2);
    return;
  }
  if (options.includes('--json') || (command === 'validate' && format === 'json')) {
    // machine-readable: one JSON document on stdout, nothing on stderr
    expect(stderr, context).toBe('');
    if (stdout === '' && options.some((a) => a === '--out' || a === '-o')) return;
    const document = JSON.parse(stdout) as { ok?: unknown; error?: { code: string; message: string; file?: string; path?: string }; files?: { error?: { code: string; file?: string } }[] };
    // validate: a file that cannot be read, or a pattern that names none, is named
    for (const file of document.files ?? []) if (file.error) expect(labels.has(file.error.file as string), context).toBe(true);
    if (code !== 0 && document.error) {
      const { error } = document;
      expect(error.message.length, context).toBeGreaterThan(5);
      if (ABOUT_A_FILE.has(error.code)) expect(labels.has(error.file as string), context).toBe(true);
      // a plan that does not parse: the path of its first issue
      if (error.code === 'invalid_plan') expect(typeof error.path, context).toBe('string');
    }
    return;
  }
  // `validate --help` / `--version`: the command's help or the version on stdout
  const helpOrVersion = options.some((a) => /^-[hV]+$|^--(help|version)$/.test(a)) && (stdout.startsWith('Usage: improvement-plan validate') || /^improvement-plan \d+\.\d+\.\d+\n$/.test(stdout));
  if (command === 'validate' && code === 0 && helpOrVersion) return;
  if (command === 'validate' && !stderr.startsWith('Usage: ') && !/for usage\.\n$/.test(stderr)) {
    // an output file that cannot be written: the run's last line, exit 2
    if (/cannot be written/.test(stderr)) {
      expect(code, context).toBe(2);
      expect(stderr.trimEnd().split('\n').at(-1), context).toMatch(/^improvement-plan: .+: cannot be written: /);
    }
    if (stdout !== '') for (const tag of tagsOf(options)) REPORTED_IN.add(tag);
    checkValidateText(context, code, stdout, stderr, labels, options.some((a) => a === '--out' || a === '-o' || a.startsWith('--out=')), wordsOf(options));
    return;
  }
  if (code === 0) return;
  if (stderr !== '') {
    if (stderr.startsWith('Usage: ')) {
      // no command at all: the general help, on stderr, exit 2
      expect(code, context).toBe(2);
      return;
    }
    // a failure: one line, the tool's name, the file (and path) when it is about one
    expect(stderr.endsWith('\n') && stderr.indexOf('\n') === stderr.length - 1, context).toBe(true);
    expect(stderr.startsWith('improvement-plan: '), context).toBe(true);
    if (/ cannot be read: | is not JSON: |not a valid (plan|observation feed)|is not an evaluation policy/.test(stderr)) {
      const named = [...labels].some((label) => label !== '' && stderr.startsWith(`improvement-plan: ${label}:`));
      expect(named, context).toBe(true);
    }
    if (/not a valid plan \(/.test(stderr)) {
      // the file, then the path in it: `improvement-plan: plan.json:goals[0].target: ...`
      expect(/^improvement-plan: [^:]+:[^:\s]+: not a valid plan/.test(stderr), context).toBe(true);
    }
    return;
  }
  // `validate` reports a document's problems on stdout, every line naming the file and the path
  expect(code, context).toBe(1);
  const lines = stdout.trimEnd().split('\n');
  expect(lines.length, context).toBeGreaterThan(0);
  const label = lines.at(-1)!.split(':')[0]!;
  expect(labels.has(label), context).toBe(true);
  for (const line of lines) if (!line.startsWith('  fix: ')) expect(line.startsWith(`${label}:`), context).toBe(true);
}

describe('fuzz: the CLI', () => {
  let files: Record<string, string> = {};
  beforeAll(async () => {
    files = filesOnDisk();
    for (const tag of LOCALE_TAGS) WORDS.set(tag, await findCliWords(tag));
  }, 120_000);

  it('answers arbitrary argument lists over good and hostile files: exit 0, 1 or 2, no stack trace, one-line errors naming the file', async () => {
    const names = Object.keys(files);
    const runs = fuzzRuns(10_000);
    const slowest = new SlowestInput();
    const codes = new Map<number, number>();
    const stdin = fc.oneof(
      { arbitrary: fc.constantFrom(...names).map((name) => files[name] as string), weight: 4 },
      { arbitrary: fc.oneof(fc.string(), fc.json(), hostileValue().map((v) => JSON.stringify(v) ?? '')), weight: 1 },
    );
    const today = fc.constantFrom('2026-02-02', '2026-04-06', '0001-01-01', '9999-12-31');
    // everything the tool says goes through its io: nothing on the console (date-fns warns there)
    const consoleSpies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((name) => vi.spyOn(console, name).mockImplementation(() => undefined));
    await fc.assert(
      fc.asyncProperty(argvs(names), stdin, today, async (argv, input, day) => {
        const world = memoryIo(files, { stdin: input, today: day });
        const start = performance.now();
        const code = await runCli(argv, world.io);
        slowest.ms = Math.max(slowest.ms, performance.now() - start);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        checkAnswer(argv, { code, stdout: world.stdout(), stderr: world.stderr() }, names);
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: runs },
    );
    for (const spy of consoleSpies) {
      expect(spy.mock.calls.slice(0, 3), 'console output').toEqual([]);
      spy.mockRestore();
    }
    // every kind of answer came up: success, document problems, usage errors
    if (runs >= 1_000) for (const code of [0, 1, 2]) expect(codes.get(code) ?? 0, `exit ${code}`).toBeGreaterThan(runs / 100);
    // and validate's report in every language of LOCALE_TAGS
    if (runs >= 1_000) for (const tag of LOCALE_TAGS) expect(REPORTED_IN.has(tag), `validate --locale ${tag}`).toBe(true);
    recordFuzz('CLI (runCli)', runs, slowest.ms);
  });
});
