import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanService, hrIntegration } from '../../examples/hr-integration.js';
import { parsePlanJson, type PlanEvent } from '../../src/index.js';
import { FIXTURES, readFixture } from '../support/fixtures.js';

describe('examples/hr-integration.ts', () => {
  const { lines, service, answers } = hrIntegration();

  it('rejects an invalid document with every issue and its path, and stores a valid one', () => {
    expect(answers[0]).toEqual({
      ok: false,
      error: 'invalid_plan',
      issues: [
        expect.objectContaining({ path: 'goals[1].baseline', code: 'invalid_type' }),
        expect.objectContaining({ path: 'goals[2].window.end', code: 'invalid_date' }),
      ],
    });
    expect(service.store.has('pip-2026-0008')).toBe(false);
    expect(answers[1]).toMatchObject({ ok: true, planId: 'pip-2026-0007', status: 'draft' });
  });

  it('applies commands with transition and refuses those that do not fit, saying why', () => {
    const byLabel = (label: string) => answers[2 + ['manager submits', 'employee approves', 'HR approves', 'manager signs', 'employee signs', 'malformed command', 'HR activates', 'CRM feed'].indexOf(label)];
    expect(byLabel('employee approves')).toMatchObject({ ok: false, error: 'wrong_role' });
    expect(byLabel('malformed command')).toMatchObject({ ok: false, error: 'invalid_command', issues: [{ path: 'command', code: 'unrecognized_keys' }] });
    expect(byLabel('HR activates')).toMatchObject({ ok: true, status: 'active' });
    // six accepted commands, six stored log entries; refusals leave no trace
    const stored = service.store.get('pip-2026-0007')!;
    expect(stored.events).toHaveLength(6);
    expect(stored.events.map((e) => (JSON.parse(e) as PlanEvent).command['type'])).toEqual(['submit_for_review', 'approve', 'acknowledge', 'acknowledge', 'activate', 'record_observations']);
  });

  it('rebuilds the current plan from the stored JSON with replay: equal to the stored plan', () => {
    const stored = service.store.get('pip-2026-0007')!;
    const rebuilt = service.rebuild('pip-2026-0007');
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    const replayed = parsePlanJson(rebuilt.json);
    const current = parsePlanJson(stored.current);
    expect(replayed.ok && current.ok && replayed.plan).toEqual(current.ok ? current.plan : undefined);
    expect(rebuilt.json).toBe(stored.current);
    expect(lines.at(-1)).toMatch(/^replay of 6 log entries over the plan as received equals the stored current plan/);
  });

  it('notices a tampered log', () => {
    const copy = new PlanService();
    copy.receive(JSON.stringify(readFixture('plan-90-day-conversion.json')));
    copy.apply({ planId: 'pip-2026-0007', actor: { id: 'mgr-dana', role: 'manager' }, asOf: '2025-12-29', command: { type: 'submit_for_review' } });
    const stored = copy.store.get('pip-2026-0007')!;
    const entry = JSON.parse(stored.events[0]!) as PlanEvent;
    stored.events[0] = JSON.stringify({ ...entry, seq: 3 });
    const rebuilt = copy.rebuild('pip-2026-0007');
    expect(rebuilt).toMatchObject({ ok: false });
  });

  it('runs as a script, exit 0', { timeout: 60_000 }, () => {
    const root = join(FIXTURES, '..', '..');
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['examples/hr-integration.ts'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('POST /plans (pip-2026-0008): rejected, invalid_plan\n    goals[1].baseline: invalid_type:');
    expect(run.stdout).toContain('equals the stored current plan');
  });
});
