/**
 * The outputs shown in docs/cli.md are the tool's real outputs on the sample files the package
 * ships (examples/plans, examples/observations; package.json `files`), read from the disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoStory } from '../../examples/demo.js';
import { runCli } from '../../src/cli/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { memoryIo } from './memory-io.js';

const root = join(FIXTURES, '..', '..');
const doc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
const SAMPLES = ['examples/plans', 'examples/observations'];
const files: Record<string, string> = Object.fromEntries(
  SAMPLES.flatMap((folder) => readdirSync(join(root, folder)).map((name) => [`${folder}/${name}`, readFileSync(join(root, folder, name), 'utf8')])),
);

async function run(argv: string[], world = files) {
  const io = memoryIo(world);
  const code = await runCli(argv, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr(), written: io.written };
}

/** The body of the fenced block that follows a line of the doc. */
function blockAfter(line: string): string {
  const start = doc.indexOf(line);
  expect(start, line).toBeGreaterThan(-1);
  const open = doc.indexOf('```', start);
  const body = doc.indexOf('\n', open) + 1;
  return doc.slice(body, doc.indexOf('```', body));
}

/** The lines a `$ command` in the doc is followed by, up to the next blank line before a `$` or the end of the block. */
function shownOutput(command: string): string {
  const start = doc.indexOf(`$ ${command}\n`);
  expect(start, command).toBeGreaterThan(-1);
  const from = start + command.length + 3;
  const ends = [doc.indexOf('\n\n$ ', from), doc.indexOf('\n```', from)].filter((i) => i !== -1);
  return `${doc.slice(from, Math.min(...ends))}\n`;
}

describe('docs/cli.md', () => {
  it('its sample files are in the package', () => {
    for (const folder of SAMPLES) expect(pkg.files).toContain(folder);
    expect(Object.keys(files).sort()).toEqual([
      'examples/observations/observations-90-day.json',
      'examples/plans/does-not-parse.json',
      'examples/plans/draft-not-ready.json',
      'examples/plans/plan-90-day-conversion.json',
      'examples/plans/plan-90-day-lived.json',
    ]);
  });

  it('ships the plan the demo lives through its 13 weeks, as the demo writes it', () => {
    expect(files['examples/plans/plan-90-day-lived.json']).toBe(demoStory().reports['plan.json']);
  });

  it('shows the real output of validate: one file, a pattern, --quiet with --max-warnings', async () => {
    for (const [argv, code] of [
      [['validate', 'examples/plans/plan-90-day-conversion.json'], 0],
      [['validate', 'examples/plans/*.json'], 1],
      [['validate', 'examples/plans/draft-not-ready.json', '--quiet', '--max-warnings', '1'], 1],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code, argv.join(' ')).toBe(code);
      const typed = argv.map((a) => (a.includes('*') ? `'${a}'` : a)).join(' ');
      expect(shownOutput(`improvement-plan ${typed}`)).toBe(r.stdout);
    }
  });

  it('shows a real SARIF result and the real JSON shape of validate', async () => {
    const sarif = JSON.parse((await run(['validate', 'examples/plans/draft-not-ready.json', '--format', 'sarif'])).stdout) as { runs: { results: unknown[] }[] };
    const shownResult = JSON.parse(blockAfter('One result of `improvement-plan validate examples/plans/draft-not-ready.json --format sarif`')) as unknown;
    expect(sarif.runs[0]?.results).toContainEqual(shownResult);
    const json = JSON.parse((await run(['validate', 'examples/plans/draft-not-ready.json', '--json'])).stdout) as { files: { findings: unknown[] }[] };
    const shown = JSON.parse(blockAfter('`validate` (`--json` is `--format json`)')) as { files: { findings: unknown[] }[] };
    // the doc shows two of the findings, the rest as it is
    expect({ ...shown, files: shown.files.map((f) => ({ ...f, findings: [] })) }).toEqual({ ...json, files: json.files.map((f) => ({ ...f, findings: [] })) });
    for (const finding of shown.files[0]?.findings ?? []) expect(json.files[0]?.findings).toContainEqual(finding);
  });

  it('shows the real output of evaluate on the lived sample plan, and what the draft with the feed says instead', async () => {
    const r = await run(['evaluate', 'examples/plans/plan-90-day-lived.json', '--as-of', '2026-02-18']);
    expect(r.code).toBe(0);
    expect(shownOutput('improvement-plan evaluate examples/plans/plan-90-day-lived.json --as-of 2026-02-18')).toBe(r.stdout);
    expect(r.stdout).toContain('Provisional: the plan runs until 2026-04-04.');
    const draft = await run(['evaluate', 'examples/plans/plan-90-day-conversion.json', '--observations', 'examples/observations/observations-90-day.json', '--as-of', '2026-02-18']);
    expect(draft.code).toBe(0);
    const [, second = ''] = draft.stdout.split('\n');
    const notRunning = 'Not running: the plan has not been activated, so nothing is due under it yet.';
    expect(second).toBe(`Evaluated as of 2026-02-18. ${notRunning}`);
    expect(doc.replace(/\s+/g, ' ')).toContain(`the second line reads \`${notRunning}\``);
    expect(draft.stdout).toContain('Recommendation: Not enough evidence to decide (not running).');
    // the same goals: the feed is what the lived plan holds
    const goals = (out: string) => out.slice(out.indexOf('Goals:'), out.indexOf('\n\n', out.indexOf('Goals:')));
    expect(goals(draft.stdout)).toBe(goals(r.stdout));
  });

  it('shows the real output of render --evaluation on the lived sample plan', async () => {
    const base = ['render', 'examples/plans/plan-90-day-lived.json', '--evaluation', '--as-of', '2026-04-06'];
    const md = await run([...base, '--format', 'md']);
    expect(shownOutput('improvement-plan render examples/plans/plan-90-day-lived.json --evaluation --as-of 2026-04-06 \\\n    --format md | head -22')).toBe(`${md.stdout.split('\n').slice(0, 22).join('\n')}\n`);
    const html = await run([...base, '--audience', 'hr', '--out', 'report.html']);
    expect(html.code).toBe(0);
    expect(html.written.get('report.html')?.startsWith('<!doctype html>')).toBe(true);
    expect(doc).toContain(html.stderr.trim());
  });

  it('shows the real output of validate on a plan with a forged key (text output is safe for a terminal)', async () => {
    const plan = JSON.parse(files['examples/plans/plan-90-day-conversion.json'] as string) as Record<string, unknown>;
    const forged = { 'forged.json': JSON.stringify({ ...plan, ['x\nforged.json: valid plan, no errors\n\u001b[2J']: 1 }, null, 2) };
    const r = await run(['validate', 'forged.json'], forged);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(4);
    expect(shownOutput('improvement-plan validate forged.json')).toBe(r.stdout);
  });
});
