import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, HAS_CRM_SAMPLE } from '../support/fixtures.js';

describe('examples/fairness-crm.ts', () => {
  it('runs as a script: the placement table by sales team, or a note where the shared sample is absent (the figures: test/fairness/crm-sample.test.ts)', { timeout: 60_000 }, () => {
    const root = join(FIXTURES, '..', '..');
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['examples/fairness-crm.ts', '--report'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    if (HAS_CRM_SAMPLE) {
      expect(run.stdout).toContain('8800 deal rows, 30 reps with deals');
      expect(run.stdout).toMatch(/^Sales team \(manager\)\s+reps\s+placed\s+rate/m);
      expect(run.stdout).toContain('# Fairness review: adverse impact of improvement plans');
    } else {
      expect(run.stdout).toContain('the shared Maven sample is not beside this checkout');
    }
  });
});
