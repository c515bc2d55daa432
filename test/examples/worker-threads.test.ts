import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crmFeed, evaluateJob, organisation, toCsv } from '../../examples/worker-threads.js';
import { evaluatePlan, parsePlanJson, recommendOutcome } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';

const asOf = '2026-03-30';

describe('examples/worker-threads.ts', () => {
  it('a job gives, plan by plan, what evaluatePlan and recommendOutcome give', () => {
    const texts = organisation(6);
    const rows = evaluateJob({ texts, asOf });
    expect(rows.map((r) => r.planId)).toEqual(texts.map((t) => (JSON.parse(t) as { id: string }).id));
    texts.forEach((text, i) => {
      const parsed = parsePlanJson(text);
      if (!parsed.ok) throw new Error('example plan does not parse');
      const evaluation = evaluatePlan(parsed.plan, crmFeed(parsed.plan), { asOf });
      expect(rows[i]).toEqual({
        planId: evaluation.planId,
        employee: evaluation.employee.name,
        score: evaluation.score.value,
        progress: evaluation.progress,
        triad: evaluation.triad.code,
        outcome: recommendOutcome(evaluation).outcome,
      });
    });
  });

  it('runs on worker threads: the rows in the plans\' order, as one thread gives them', { timeout: 120_000 }, () => {
    const root = join(FIXTURES, '..', '..');
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['examples/worker-threads.ts', '12', '3'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toMatch(/^12 plans on 3 threads in \d+ ms/m);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(toCsv(evaluateJob({ texts: organisation(12), asOf })));
  });
});
