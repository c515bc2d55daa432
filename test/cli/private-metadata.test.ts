/**
 * `render --private-metadata` takes JSON Pointers (issue 13, finding 1): `/salary.band` is the
 * key "salary.band", `/review/score` the key "score" inside "review", `~1` a "/" and `~0` a "~"
 * in a key. Anything else is a usage error that says to use a JSON Pointer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { parseJsonPointer, pointerToken } from '../../src/cli/json-pointer.js';
import { FIXTURES } from '../support/fixtures.js';
import { runs } from '../support/runs.js';
import { memoryIo } from './memory-io.js';

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8')) as Record<string, unknown>;
const metadata = {
  'salary.band': 'SECRET-L5',
  review: { score: 'nested-secret', public: 'review-public' },
  'a/b': { 'c~d': 'slash-tilde-secret' },
  '': 'empty-key-secret',
  team: 'visible-team',
};
const files = { 'plan.json': JSON.stringify({ ...fixture, metadata }) };

async function run(argv: string[]) {
  const world = memoryIo(files);
  const code = await runCli(argv, world.io);
  return { code, stdout: world.stdout(), stderr: world.stderr() };
}

describe('render --private-metadata <JSON Pointer>', () => {
  it('a key with a dot, nested keys, keys with "/" and "~" and the empty key are kept out of the employee copy, plan and report, Markdown and HTML', async () => {
    const hide = ['/salary.band', '/review/score', '/a~1b/c~0d', '/'];
    for (const format of ['md', 'html']) {
      for (const report of [[], ['--evaluation']]) {
        const argv = ['render', 'plan.json', '--format', format, '--include-metadata', '--as-of', '2026-02-02', ...report, ...hide.flatMap((p) => ['--private-metadata', p])];
        const employee = await run(argv);
        expect(employee.code, argv.join(' ')).toBe(0);
        for (const secret of ['SECRET-L5', 'nested-secret', 'slash-tilde-secret', 'empty-key-secret']) expect(employee.stdout, `${argv.join(' ')}: ${secret}`).not.toContain(secret);
        expect(employee.stdout).toContain('visible-team');
        expect(employee.stdout).toContain('review-public');
        const manager = await run([...argv, '--audience', 'manager']);
        for (const secret of ['SECRET-L5', 'nested-secret', 'slash-tilde-secret', 'empty-key-secret']) expect(manager.stdout).toContain(secret);
      }
    }
  });

  it('a value that is not a JSON Pointer is a usage error (exit 2, one line) saying to use one, with the pointer for that key', async () => {
    const r = await run(['render', 'plan.json', '--format', 'md', '--include-metadata', '--private-metadata', 'salary.band']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^improvement-plan: --private-metadata "salary\.band" is not a JSON Pointer: use a JSON Pointer, .*, e\.g\. \/salary\.band\. Run 'improvement-plan render --help' for usage\.\n$/);
    const slash = await run(['render', 'plan.json', '--format', 'md', '--private-metadata', 'a/b']);
    expect(slash.stderr).toContain('e.g. /a~1b.');
    for (const bad of ['', 'review', '/a~2', '/a~', '~0']) {
      const other = await run(['render', 'plan.json', '--format', 'md', '--private-metadata', bad]);
      expect(other.code, JSON.stringify(bad)).toBe(2);
      expect(other.stderr, JSON.stringify(bad)).toContain('is not a JSON Pointer');
      expect(other.stderr.split('\n'), JSON.stringify(bad)).toHaveLength(2);
    }
    const json = await run(['render', 'plan.json', '--format', 'md', '--private-metadata', 'salary.band', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ command: 'render', ok: false, error: { code: 'usage' } });
  });

  it('parseJsonPointer reads back what pointerToken writes, for any keys (RFC 6901)', () => {
    expect(parseJsonPointer('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(parseJsonPointer('/~01')).toEqual(['~1']);
    expect(parseJsonPointer('/')).toEqual(['']);
    expect(parseJsonPointer('//')).toEqual(['', '']);
    expect(parseJsonPointer('')).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('~', '/', '0', '1', '.', 'a', ' ', 'é') }), { minLength: 1, maxLength: 4 }), (keys) => {
        expect(parseJsonPointer(keys.map((key) => `/${pointerToken(key)}`).join(''))).toEqual(keys);
      }),
      { numRuns: runs(300) },
    );
  });
});
