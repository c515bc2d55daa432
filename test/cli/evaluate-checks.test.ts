/**
 * Issue 13 in the CLI's `evaluate`: a feed that repeats the plan's own observations is counted
 * once and said so (finding 12); a bad `--policy` is an input error with its issues, not an
 * internal error (finding 13).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { weeklyObservations } from '../support/scenario.js';
import { SUCCESS_RULES } from '../render/evaluated-plan.js';
import { memoryIo } from './memory-io.js';

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'plan-90-day-conversion.json'), 'utf8')) as Record<string, unknown>;
const feed = weeklyObservations('2026-01-05', 13, SUCCESS_RULES);
const files = {
  'embedded.json': JSON.stringify({ ...fixture, observations: feed }),
  'feed.json': JSON.stringify(feed),
  'null-record.json': JSON.stringify({ coverageUnitByKind: null }),
  'unknown.json': JSON.stringify({ sucessScore: 60 }),
  'good.json': JSON.stringify({ successScore: 60 }),
};

async function run(argv: string[]) {
  const world = memoryIo(files);
  const code = await runCli(argv, world.io);
  return { code, stdout: world.stdout(), stderr: world.stderr() };
}

/** The text output without the warnings block: what the figures say. */
const figures = (text: string) => text.split('\n').filter((line) => line.trim() !== '' && !/warning|repeat|counted once/i.test(line));

describe('evaluate: observations given twice (the plan\'s own, and again in --observations)', () => {
  it('counts them once: the same figures as the plan alone, and a warning that says so', async () => {
    const alone = await run(['evaluate', 'embedded.json', '--as-of', '2026-04-06']);
    const twice = await run(['evaluate', 'embedded.json', '--observations', 'feed.json', '--as-of', '2026-04-06']);
    expect(alone.code).toBe(0);
    expect(twice.code).toBe(0);
    expect(figures(twice.stdout)).toEqual(figures(alone.stdout));
    expect(twice.stdout).toMatch(new RegExp(`${feed.length} .*repeat`, 'i'));
    expect(alone.stdout).not.toMatch(/repeat/i);
  });

  it('--json carries the warning with its code and count', async () => {
    const r = await run(['evaluate', 'embedded.json', '--observations', 'feed.json', '--as-of', '2026-04-06', '--json']);
    const out = JSON.parse(r.stdout) as { summary: { warnings?: { code: string; count: number }[] } };
    expect(out.summary.warnings?.map((w) => [w.code, w.count])).toEqual([['feed_repeats_plan', feed.length]]);
  });
});

describe('evaluate --policy with a bad policy', () => {
  for (const file of ['null-record.json', 'unknown.json']) {
    it(`${file}: an input error (exit 1) naming the field, not an internal error`, async () => {
      const r = await run(['evaluate', 'embedded.json', '--policy', file, '--as-of', '2026-04-06', '--json']);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as { command: string | null; ok: boolean; error: { code: string; file: string; path?: string; message: string } };
      expect(out).toMatchObject({ command: 'evaluate', ok: false, error: { code: 'invalid_input', file } });
      expect(out.error.message).toMatch(/coverageUnitByKind|sucessScore/);
      const text = await run(['evaluate', 'embedded.json', '--policy', file, '--as-of', '2026-04-06']);
      expect(text.code).toBe(1);
      expect(text.stderr).toMatch(new RegExp(`^improvement-plan: ${file.replace('.', '\\.')}`));
    });
  }

  it('a good policy still evaluates', async () => {
    expect((await run(['evaluate', 'embedded.json', '--policy', 'good.json', '--as-of', '2026-04-06'])).code).toBe(0);
  });
});
