/**
 * Time zones: the public pipeline (parse, lint, SMART checks, timeline, evaluation, lifecycle) gives
 * byte-identical JSON under UTC, Los Angeles, Kiritimati (UTC+14) and Pago Pago (UTC-11), for
 * generated plans (start dates spread over 2024-2030, so across many DST changes, some moved to the
 * ends of the calendar) and the three fixtures. Each zone runs in its own child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planArbitrary } from '../../src/testing/index.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { variedPlanDocument } from '../support/plan-variations.js';
import { runs } from '../support/runs.js';
import { pipelineSnapshot } from './pipeline-snapshot.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The zones of the issue: no offset, a DST zone, the earliest and the latest offsets in use. */
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'] as const;

/** The snapshot of `documents` computed in a child process under `zone`: [offsets line, output]. */
function snapshotUnder(zone: string, file: string): [string, string] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'pipeline-snapshot.ts'), file], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${zone}: ${run.stderr}`);
  const newline = run.stdout.indexOf('\n');
  return [run.stdout.slice(0, newline), run.stdout.slice(newline + 1)];
}

describe('time zones', () => {
  it('the pipeline output is byte-identical under UTC, Los Angeles, Kiritimati and Pago Pago', () => {
    const documents = fc.tuple(
      fc.array(planArbitrary({ withRecords: true, withObservations: true, maxGoals: 3 }), { minLength: runs(8), maxLength: runs(8) }),
      fc.array(variedPlanDocument().map((v) => v.input), { minLength: runs(4), maxLength: runs(4) }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'improvement-plan-zones-'));
    try {
      fc.assert(
        fc.property(documents, ([generated, varied]) => {
          const batch = [...PLAN_FIXTURES.map((name) => readFixture(name)), ...generated, ...varied];
          const expected = pipelineSnapshot(batch);
          // the snapshot covers whole lives: plans reach the end of the lifecycle
          expect(expected).toContain('"status":"completed"');
          // and evaluations: the 90-day fixture with its CRM feed read to a recommendation
          expect(expected).toContain('"recommendation":{"outcome"');
          expect(expected).toContain('"goalId":"g-conversion"');
          const file = join(dir, 'documents.json');
          writeFileSync(file, JSON.stringify(batch));
          const offsets = new Set<string>();
          for (const zone of ZONES) {
            const [offset, output] = snapshotUnder(zone, file);
            offsets.add(offset);
            expect(output === expected, `${zone} differs from this process (${process.env['TZ'] ?? 'default zone'})`).toBe(true);
          }
          expect(offsets.size, 'each zone has its own UTC offsets').toBe(ZONES.length);
        }),
        { numRuns: 2 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
