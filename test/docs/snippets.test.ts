/**
 * Every ```ts snippet of README.md and docs/getting-started.md runs as shown: each is written to
 * a file (conventions in test/docs/snippets.ts: the library's imports, declared inputs, `// =>`
 * results, blocks that continue one another, skipped blocks), type-checked with the project's
 * compiler options, then run with tsx in a scratch directory; a `// =>` result that is not what
 * the code gives fails the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.js';
import { matches } from './snippet-check.js';
import { extractSnippets, HEADER_LINES, pageLine, programSource, snippetPrograms, type Snippet, type SnippetProgram } from './snippets.js';

const ROOT = join(FIXTURES, '..', '..');
const PAGES = ['README.md', 'docs/getting-started.md'];
const HELPERS = { inputs: join(ROOT, 'test', 'docs', 'snippet-inputs.js'), check: join(ROOT, 'test', 'docs', 'snippet-check.js') };
const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** A scratch directory inside node_modules (ignored by git), so packages resolve from the snippets' files. */
function scratch(): string {
  const base = join(ROOT, 'node_modules', '.cache');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'improvement-plan-snippets-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return dir;
}

/**
 * Runs the programs in one Node process with tsx (the library loads once): each is imported in
 * turn, and its error, if any, is reported. Returns each file's error text ('' when it ran).
 */
function runAll(files: readonly string[], cwd: string): Map<string, string> {
  const runner = join(cwd, 'run-all.ts');
  writeFileSync(
    runner,
    [
      'const results: Record<string, string> = {};',
      `for (const file of ${JSON.stringify(files)}) {`,
      '  try {',
      '    await import(file);',
      "    results[file] = '';",
      '  } catch (error) {',
      '    results[file] = error instanceof Error ? `${error.message}\n${error.stack ?? \'\'}` : String(error);',
      '  }',
      '}',
      "process.stdout.write(`\nRESULTS ${JSON.stringify(results)}\n`);",
      '',
    ].join('\n'),
  );
  const result = spawnSync(process.execPath, ['--import', TSX, runner], { cwd, encoding: 'utf8', timeout: 150_000 });
  const line = (result.stdout ?? '').split('\n').find((text) => text.startsWith('RESULTS '));
  if (!line) throw new Error(`the snippet runner failed (status ${result.status}): ${result.stdout}${result.stderr}${result.error ?? ''}`);
  return new Map(Object.entries(JSON.parse(line.slice('RESULTS '.length)) as Record<string, string>));
}

function typeCheck(files: readonly string[]): ts.Diagnostic[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  // Only the snippets' own diagnostics (the library is checked by `tsc`), which is much faster.
  return [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].concat(
    files.flatMap((file) => {
      const source = program.getSourceFile(file);
      return source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    }),
  );
}

describe('the snippet conventions', () => {
  const page = [
    '# A page',
    '```ts',
    "import { shiftDate } from 'improvement-plan';",
    'declare const start: string; // a date',
    "shiftDate(start, 1); // => '2026-01-02'",
    '```',
    '',
    '<!-- snippet: continues -->',
    '```ts',
    "const next = shiftDate(start, 2); // => '2026-01-03'",
    '```',
    '<!-- snippet: skip -->',
    '```ts',
    'server.listen();',
    '```',
    '```sh',
    'npm test',
    '```',
  ].join('\n');

  it('finds the ts blocks, their lines and markers', () => {
    const snippets = extractSnippets(page, 'page.md');
    expect(snippets.map(({ line, marker }) => ({ line, marker }))).toEqual([
      { line: 3, marker: undefined },
      { line: 10, marker: 'continues' },
      { line: 14, marker: 'skip' },
    ]);
    const programs = snippetPrograms(snippets);
    expect(programs).toHaveLength(1);
    expect(programs[0]!.parts.map((part) => part.line)).toEqual([3, 10]);
  });

  it('resolves the library, gives declared inputs their values, checks the results shown', () => {
    const [program] = snippetPrograms(extractSnippets(page, 'page.md'));
    const source = programSource(program!, '/repo', { inputs: '/repo/inputs.js', check: '/repo/check.js' }).split('\n');
    expect(source.slice(HEADER_LINES)).toEqual([
      "import { shiftDate } from '/repo/src/index.js';",
      'const start: string = __inputs.start; // a date',
      `__check("page.md:5", (shiftDate(start, 1)), ('2026-01-02'));`,
      `const next = shiftDate(start, 2); __check("page.md:10", next, ('2026-01-03'));`,
      '',
    ]);
    expect(pageLine(program!, HEADER_LINES + 3)).toBe('page.md:5');
    expect(pageLine(program!, HEADER_LINES + 4)).toBe('page.md:10');
  });

  it('refuses a continued block with nothing before it', () => {
    const lone: Snippet = { file: 'page.md', line: 2, code: '1;', marker: 'continues' };
    expect(() => snippetPrograms([lone])).toThrow('page.md:2: a block marked "continues" has no block before it');
  });

  it('matches a result on the keys shown, arrays and values whole', () => {
    expect(matches({ ok: false, issues: [1] }, { ok: false })).toBe(true);
    expect(matches({ ok: true }, { ok: false })).toBe(false);
    expect(matches([1, 2], [1])).toBe(false);
    expect(matches('in_review', 'in_review')).toBe(true);
    expect(matches(undefined, null)).toBe(false);
  });
});

describe('the documentation snippets', { timeout: 180_000 }, () => {
  const pages = PAGES.map((file) => ({ file, snippets: extractSnippets(readFileSync(join(ROOT, file), 'utf8'), file) }));
  const programs: SnippetProgram[] = pages.flatMap((page) => snippetPrograms(page.snippets));
  const files = new Map<SnippetProgram, string>();
  // A program whose shown result is wrong: the run must fail, with the page line.
  const [wrong] = snippetPrograms(extractSnippets(['```ts', "import { shiftDate } from 'improvement-plan';", "shiftDate('2026-01-01', 1); // => '2026-01-03'", '```'].join('\n'), 'wrong.md'));
  let dir: string;
  let results: Map<string, string>;

  beforeAll(() => {
    dir = scratch();
    [...programs, wrong!].forEach((program, index) => {
      const file = join(dir, `${program.file.replace(/[^\w]+/g, '-')}-${index + 1}.ts`);
      writeFileSync(file, programSource(program, ROOT, HELPERS));
      files.set(program, file);
    });
    results = runAll([...files.values()], dir);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the snippets: the README tour and template, the getting-started walk-through', () => {
    const counts = Object.fromEntries(pages.map((page) => [page.file, { blocks: page.snippets.length, skipped: page.snippets.filter((s) => s.marker === 'skip').length }]));
    console.log(`documentation snippets: ${JSON.stringify(counts)}; ${programs.length} programs`);
    expect(counts['README.md']!.blocks - counts['README.md']!.skipped).toBeGreaterThanOrEqual(2);
    expect(counts['docs/getting-started.md']!.blocks).toBeGreaterThanOrEqual(3);
  });

  it('type-checks every snippet with the project compiler options', () => {
    const byFile = new Map([...files].filter(([program]) => program !== wrong).map(([program, file]) => [file, program]));
    const problems = typeCheck([...byFile.keys()]).map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      if (!diagnostic.file || diagnostic.start === undefined) return message;
      const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
      return `${pageLine(byFile.get(diagnostic.file.fileName)!, line) ?? `${diagnostic.file.fileName}:${line}`}: ${message}`;
    });
    expect(problems).toEqual([]);
  });

  it.each(programs.map((program) => [`${program.file}:${program.parts[0]!.line}`, program] as const))('runs %s as shown', (_name, program) => {
    expect(results.get(files.get(program)!)).toBe('');
  });

  it('fails a snippet whose shown result is not what the code gives', () => {
    expect(results.get(files.get(wrong!)!)).toContain('wrong.md:3: the snippet shows "2026-01-03", the code gives "2026-01-02"');
  });
});
