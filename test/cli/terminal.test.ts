/**
 * The CLI's text output is safe to print on a terminal (issue 13, finding 14): text taken from
 * the input (names, titles, keys, messages quoting them, file names) cannot add a line, move the
 * cursor, clear the screen, open a hyperlink or reorder what is shown. Control characters, ESC,
 * DEL, C1 controls, bidi overrides and isolates, and lone surrogates are written as visible
 * escapes (`\u001b`, `\n`). `--json` output is JSON and keeps the data as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { runs } from '../support/runs.js';
import { memoryIo } from './memory-io.js';

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8')) as Record<string, unknown> & {
  employee: Record<string, unknown>;
  goals: Record<string, unknown>[];
};

/** A character no line of the tool's text output may hold (the line breaks between lines aside). */
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const UNSAFE_NO_U = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function unsafeCharacters(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '\n') continue;
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      i += 1;
      continue;
    }
    if (UNSAFE_NO_U.test(char)) found.push(`U+${code.toString(16).padStart(4, '0')} at ${i}`);
  }
  return found;
}

async function run(argv: string[], files: Record<string, string>) {
  const world = memoryIo(files);
  const code = await runCli(argv, world.io);
  return { code, stdout: world.stdout(), stderr: world.stderr(), written: world.written };
}

const FORGED_KEY = 'x\nplan.json: valid plan, no errors\n\u001b[2J';
const ESC_NAME = 'Jordan \u001b[31mRED\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u202Egnp.exe\u202C\u2066x\u2069 \u009b2J\u007f\ttab\r\nforged line';

describe('terminal output', () => {
  it('sanity: the UNSAFE pattern sees what it should', () => {
    expect(UNSAFE.test('a\u001bb')).toBe(true);
    expect(unsafeCharacters('ok\nline\u0085\u202E\uD800x\uD83D\uDE00')).toEqual(['U+0085 at 7', 'U+202e at 8', 'U+d800 at 9']);
  });

  it('validate: an unknown key holding a forged "valid plan" line and a clear-screen code is printed escaped, on its own line', async () => {
    const plan = JSON.stringify({ ...fixture, [FORGED_KEY]: 1 });
    const r = await run(['validate', 'plan.json'], { 'plan.json': plan });
    const reference = await run(['validate', 'plan.json'], { 'plan.json': JSON.stringify({ ...fixture, x: 1 }) });
    expect(r.code).toBe(1);
    expect(unsafeCharacters(r.stdout)).toEqual([]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).not.toContain('plan.json: valid plan, no errors');
    // as many lines as for an innocent unknown key: the file, the problem, a blank line, the verdict
    expect(lines).toHaveLength(reference.stdout.trimEnd().split('\n').length);
    expect(lines[0]).toBe('plan.json (does not parse)');
    expect(lines.at(-1)).toBe('plan.json: does not parse (1 issue)');
    expect(r.stdout).toContain('\\u001b[2J');
    expect(r.stdout).toContain('x\\nplan.json: valid plan');
    // --json keeps the key as it is (JSON escapes it)
    const json = await run(['validate', 'plan.json', '--json'], { 'plan.json': plan });
    const document = JSON.parse(json.stdout) as { files: { issues: { path: unknown[] }[] }[] };
    expect(document.files[0]?.issues.some((issue) => issue.path.includes(FORGED_KEY))).toBe(true);
  });

  it('evaluate: names and titles with colours, OSC-8 links, bidi overrides, C1 controls, tabs and newlines are printed escaped', async () => {
    const goals = fixture.goals.map((g, i) => (i === 0 ? { ...g, title: `Goal \u001b[1mBOLD\u001b[0m\n  [met] forged goal` } : g));
    const plan = JSON.stringify({ ...fixture, employee: { ...fixture.employee, name: ESC_NAME }, goals });
    const plain = JSON.stringify(fixture);
    const r = await run(['evaluate', 'plan.json', '--as-of', '2026-02-20'], { 'plan.json': plan });
    const reference = await run(['evaluate', 'plan.json', '--as-of', '2026-02-20'], { 'plan.json': plain });
    expect(r.code).toBe(0);
    expect(unsafeCharacters(r.stdout)).toEqual([]);
    // as many lines as with plain names: no line was added
    expect(r.stdout.split('\n')).toHaveLength(reference.stdout.split('\n').length);
    expect(r.stdout).toContain('Jordan \\u001b[31mRED\\u001b[0m \\u001b]8;;https://evil.example\\u0007link');
    expect(r.stdout).toContain('\\u202egnp.exe\\u202c\\u2066x\\u2069 \\u009b2J\\u007f\\ttab\\r\\nforged line');
    expect(r.stdout).toContain('Goal \\u001b[1mBOLD\\u001b[0m\\n  [met] forged goal');
    // --json: the data as it is
    const json = await run(['evaluate', 'plan.json', '--as-of', '2026-02-20', '--json'], { 'plan.json': plan });
    expect((JSON.parse(json.stdout) as { summary: { plan: { employee: { name: string } } } }).summary.plan.employee.name).toBe(ESC_NAME);
  });

  it('one-line failures: a file name, an option value or a path from the input cannot add a line or a control code', async () => {
    const cases: string[][] = [
      ['validate', 'evil\u001b[2J\n.json'],
      ['render', 'plan.json', '--format', 'md', '--as-of', '2026\u009b-01-01\u202E'],
      ['render', 'plan.json', '--format', 'md', '--locale', 'en\u001b]8;;x\u0007'],
      ['frobnicate\u001b[2J'],
      ['validate', 'plan.json', '--unknown\u001b[31m'],
    ];
    for (const argv of cases) {
      const r = await run(argv, { 'plan.json': JSON.stringify(fixture) });
      expect(r.code, JSON.stringify(argv)).toBe(2);
      expect(unsafeCharacters(r.stderr), JSON.stringify(argv)).toEqual([]);
      expect(r.stderr.endsWith('\n') && r.stderr.indexOf('\n') === r.stderr.length - 1, JSON.stringify(argv)).toBe(true);
    }
    const missing = await run(['validate', 'evil\u001b[2J\n.json'], {});
    // "[" makes it a glob pattern, which names no file
    expect(missing.stderr).toBe('improvement-plan: evil\\u001b[2J\\n.json: no file matches this pattern\n');
    const unreadable = await run(['validate', 'evil\u001b\n.json'], {});
    expect(unreadable.stderr).toBe('improvement-plan: evil\\u001b\\n.json: cannot be read: no such file\n');
  });

  it('render --out: the "wrote" line names the file escaped; the document itself is written as rendered', async () => {
    const r = await run(['render', 'plan.json', '--format', 'md', '--out', 'out\u001b[2J.md'], { 'plan.json': JSON.stringify(fixture) });
    expect(r.code).toBe(0);
    expect(unsafeCharacters(r.stderr)).toEqual([]);
    expect(r.stderr).toMatch(/^wrote out\\u001b\[2J\.md \(\d+ bytes\)\n$/);
    expect(r.written.has('out\u001b[2J.md')).toBe(true);
  });

  it('property: whatever the employee name and goal titles hold, evaluate prints no unsafe character and no extra line', async () => {
    const unit = fc.oneof(
      fc.constantFrom('\u001b', '\u009b', '\u0085', '\u007f', '\n', '\r', '\t', '\u0007', '\u0000', '\u202E', '\u2067', '\u2069', '\uD800', '\uDFFF', '\u200F'),
      fc.constantFrom('a', ' ', '[', ']', ';', '8', '\\', 'é', '😀'),
    );
    const text = fc.string({ unit, minLength: 1, maxLength: 24 });
    const plain = await run(['evaluate', 'plan.json', '--as-of', '2026-02-20'], { 'plan.json': JSON.stringify(fixture) });
    const expectedLines = plain.stdout.split('\n').length;
    let evaluated = 0;
    await fc.assert(
      fc.asyncProperty(text, text, async (name, title) => {
        const goals = fixture.goals.map((g, i) => (i === 1 ? { ...g, title: `T${title}` } : g));
        const plan = JSON.stringify({ ...fixture, employee: { ...fixture.employee, name: `N${name}` }, goals });
        const r = await run(['evaluate', 'plan.json', '--as-of', '2026-02-20'], { 'plan.json': plan });
        expect(unsafeCharacters(r.stdout)).toEqual([]);
        expect(unsafeCharacters(r.stderr)).toEqual([]);
        if (r.code !== 0) {
          // a name the schema refuses: one line on stderr
          expect(r.stderr.split('\n')).toHaveLength(2);
          return;
        }
        evaluated += 1;
        expect(r.stdout.split('\n')).toHaveLength(expectedLines);
      }),
      { numRuns: runs(60) },
    );
    expect(evaluated).toBeGreaterThan(0);
  });
});
