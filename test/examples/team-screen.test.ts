import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CSV, readCsv, screenExport, teamScreen } from '../../examples/team-screen.js';
import { FIXTURES, HAS_CRM_SAMPLE } from '../support/fixtures.js';

describe('examples/team-screen.ts', () => {
  const result = teamScreen(undefined);

  it('reads the fixture with its own tiny CSV reader, quoted fields included', () => {
    const rows = readCsv(readFileSync(FIXTURE_CSV, 'utf8'));
    expect(rows).toHaveLength(37);
    expect(rows.find((row) => row['opportunity_id'] === 'CD09')).toMatchObject({ account: 'Hottechi, Inc.', deal_stage: 'Engaging', engage_date: '2017-06-10' });
    expect(rows[0]).toMatchObject({ sales_agent: 'Ada Brooks', deal_stage: 'Won', close_date: '2017-03-06', close_value: '5400' });
  });

  it('flags Ada Brooks as declining (deals closed 3, 2, 2, 1 from March to June, a Theil-Sen loss of 1.75 on a typical 2) and Ben and Cruz early, on deals engaged alone', () => {
    expect(result.fixture.flagged).toEqual(['Ada Brooks', 'Ben Cho', 'Cruz Diaz']);
    const text = result.fixture.lines.join('\n');
    expect(text).toContain('  DECLINING  Ada Brooks');
    expect(text).toContain('"Deals closed" is already getting worse: over the last 4 periods its trend moved 87.5% of its typical level (2) the wrong way.');
    expect(text).toContain('  EARLY WARNING  Ben Cho');
    expect(text).toContain('  EARLY WARNING  Cruz Diaz');
    expect(text).toContain('Outcomes have not dropped yet: this is the time to coach, before a plan is needed.');
    expect(text).toContain('37 rows, 30 used, 7 left out; 4 reps');
  });

  it('says a plan is not appropriate for her yet: in June she is above the team average (5,200 against a mean of 3,200)', () => {
    expect(result.fixture.readiness).toEqual({ 'Ada Brooks': 'not_appropriate', 'Ben Cho': 'not_yet', 'Cruz Diaz': 'not_yet' });
    expect(result.fixture.lines.join('\n')).toContain('(2017-06: USD 5,200.00 vs USD 3,200.00, no gap)');
  });

  it.skipIf(!HAS_CRM_SAMPLE)('screens the shared Maven sample: every flagged rep gets a readiness verdict, "ready" only with a sustained gap', () => {
    const shared = teamScreen().shared;
    expect(shared).toBeDefined();
    expect(shared!.lines[0]).toMatch(/^\.\.\/shared\/data\/crm-sales-opportunities\/sales_pipeline\.csv: 8800 rows, 8800 used, 0 left out; 30 reps/);
    expect(shared!.flagged.length).toBeGreaterThan(0);
    expect(Object.keys(shared!.readiness).sort()).toEqual([...shared!.flagged].sort());
    const text = shared!.lines.join('\n');
    for (const [name, verdict] of Object.entries(shared!.readiness)) {
      const shown = text.includes(`  ${name}\n`);
      if (verdict === 'ready' && shown) expect(text, name).toContain(`${name} has been short of the standard on Won revenue for`);
    }
  });

  it('works on any rows: an empty export screens no one', () => {
    const empty = screenExport([], { label: 'empty', asOf: '2017-06-30', months: 4, span: { start: '2017-03-01', end: '2017-06-30' }, coaching: [] });
    expect(empty.flagged).toEqual([]);
    expect(empty.lines[0]).toContain('0 rows, 0 used, 0 left out; 0 reps');
  });

  it('runs as a script', { timeout: 60_000 }, () => {
    const root = join(FIXTURES, '..', '..');
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['examples/team-screen.ts'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('test/fixtures/crm-deals.csv: 37 rows, 30 used, 7 left out');
    expect(run.stdout).toContain(HAS_CRM_SAMPLE ? 'sales_pipeline.csv: 8800 rows' : 'the shared Maven sample is not beside this checkout');
  });
});
