import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickstart } from '../../examples/quickstart.js';
import { FIXTURES } from '../support/fixtures.js';

describe('examples/quickstart.ts', () => {
  it('builds a valid plan from the template, lints it clean and renders it', () => {
    const result = quickstart();
    if ('problems' in result) throw new Error(result.problems.join('\n'));
    expect(result.plan.id).toBe('account-executive-emp-2231');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.markdown.split('\n')[0]).toBe('# Growth Plan: Mei Tanaka');
    expect(result.markdown).toContain('| **Close $75,000 of new business in 60 days** | Revenue / outcome | New business closed | $31,000 | at least $75,000 over the window | Mar 2, 2026 to Apr 30, 2026 | 30% | Yes |');
    expect(result.markdown).toContain('CRM closed-won report, Q4: $31,000 against a $75,000 quota');
  });

  it('runs as a script: Markdown on stdout, the summary on stderr, exit 0', { timeout: 60_000 }, () => {
    const root = join(FIXTURES, '..', '..');
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['examples/quickstart.ts'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('# Growth Plan: Mei Tanaka\n')).toBe(true);
    expect(run.stdout).toContain('## Support and resources');
    expect(run.stderr).toContain('account-executive-emp-2231: 5 goals, 5 gaps, 0 lint errors');
  });
});
