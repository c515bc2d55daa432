/**
 * `render` takes its format from `--out`'s extension; an explicit `--format` wins over a name that
 * implies none, and a `--format` that contradicts the name is a usage error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { formatOfFile } from '../../src/cli/commands/render-run.js';
import { FIXTURES } from '../support/fixtures.js';
import { memoryIo } from './memory-io.js';

const files = { 'plan.json': readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8') };

async function run(argv: string[]) {
  const world = memoryIo(files);
  const code = await runCli(argv, world.io);
  return { code, stdout: world.stdout(), stderr: world.stderr(), written: world.written };
}

const isHtml = (text: string) => text.startsWith('<!doctype html>');
const isMarkdown = (text: string) => text.startsWith('# ');

describe('render: the format from --out', () => {
  it('.html and .htm are HTML, .md and .markdown Markdown, in any case', async () => {
    for (const [out, check] of [['plan.html', isHtml], ['PLAN.HTM', isHtml], ['docs/plan.md', isMarkdown], ['plan.v2.Markdown', isMarkdown]] as const) {
      const r = await run(['render', 'plan.json', '--out', out]);
      expect(r.code, out).toBe(0);
      expect(check(r.written.get(out) ?? ''), out).toBe(true);
    }
    const json = JSON.parse((await run(['render', 'plan.json', '--out', 'plan.html', '--json'])).stdout);
    expect(json).toMatchObject({ format: 'html', out: 'plan.html' });
  });

  it('an explicit --format wins over a name that implies none, and agrees with one that does', async () => {
    const txt = await run(['render', 'plan.json', '--out', 'plan.txt', '--format', 'md']);
    expect(txt.code).toBe(0);
    expect(isMarkdown(txt.written.get('plan.txt') ?? '')).toBe(true);
    expect((await run(['render', 'plan.json', '--out', 'plan.md', '--format', 'markdown'])).code).toBe(0);
    expect((await run(['render', 'plan.json', '-o', 'plan.html', '-f', 'html'])).code).toBe(0);
  });

  it('a mismatch, or a name that implies no format without --format, is a usage error (exit 2, nothing written)', async () => {
    const cases: [string[], string][] = [
      [['--out', 'plan.md', '--format', 'html'], `--format html does not match --out "plan.md", which names a Markdown file`],
      [['--out', 'plan.html', '--format', 'md'], `--format md does not match --out "plan.html", which names an HTML file`],
      [['--out', 'plan.txt'], `cannot tell the format from --out "plan.txt": give --format md or html, or end the file name in .md or .html`],
      [['--out', 'plan'], `cannot tell the format from --out "plan": give --format md or html, or end the file name in .md or .html`],
      [[], 'missing argument --format <md|html> (or --out <file> ending in .md or .html)'],
    ];
    for (const [options, message] of cases) {
      const r = await run(['render', 'plan.json', ...options]);
      expect(r.code, options.join(' ')).toBe(2);
      expect(r.stderr).toBe(`improvement-plan: ${message}. Run 'improvement-plan render --help' for usage.\n`);
      expect(r.written.size).toBe(0);
    }
  });

  it('formatOfFile reads the last extension only', () => {
    expect(formatOfFile('a.md.html')).toBe('html');
    expect(formatOfFile('md')).toBeUndefined();
    expect(formatOfFile('dir.md/plan')).toBeUndefined();
    expect(formatOfFile('.html')).toBe('html');
  });
});
