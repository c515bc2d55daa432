/**
 * The outputs shown in docs/cli.md are the tool's real outputs on the fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { memoryIo } from './memory-io.js';

const root = join(FIXTURES, '..', '..');
const doc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');
const files = {
  'test/fixtures/plan-90-day-conversion.json': readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8'),
  'test/fixtures/observations-90-day.json': readFileSync(join(FIXTURES, 'observations-90-day.json'), 'utf8'),
};

async function run(argv: string[]) {
  const world = memoryIo(files);
  const code = await runCli(argv, world.io);
  return { code, stdout: world.stdout(), stderr: world.stderr(), written: world.written };
}

describe('docs/cli.md', () => {
  it('shows the real output of evaluate on the fixtures', async () => {
    const r = await run(['evaluate', 'test/fixtures/plan-90-day-conversion.json', '--observations', 'test/fixtures/observations-90-day.json', '--as-of', '2026-02-18']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(20);
    // the doc shortens the long shortfall reason with "..."
    for (const line of lines) if (!line.includes('fell short')) expect(doc, line).toContain(line);
  });

  it('shows the real output of render --evaluation on the fixtures', async () => {
    const base = ['render', 'test/fixtures/plan-90-day-conversion.json', '--evaluation', '--observations', 'test/fixtures/observations-90-day.json', '--as-of', '2026-04-06'];
    const md = await run([...base, '--format', 'md']);
    for (const line of md.stdout.split('\n').slice(0, 22)) expect(doc, line).toContain(line);
    const html = await run([...base, '--format', 'html', '--audience', 'hr', '--out', 'report.html']);
    expect(doc).toContain(html.stderr.trim());
  });

  it('shows the real output of validate on a plan with a forged key (text output is safe for a terminal)', async () => {
    const plan = JSON.parse(files['test/fixtures/plan-90-day-conversion.json']) as Record<string, unknown>;
    const world = memoryIo({ 'forged.json': JSON.stringify({ ...plan, ['x\nforged.json: valid plan, no errors\n\u001b[2J']: 1 }) });
    expect(await runCli(['validate', 'forged.json'], world.io)).toBe(1);
    const lines = world.stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(doc, line).toContain(line);
  });
});
