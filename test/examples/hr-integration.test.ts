import { PGlite } from '@electric-sql/pglite';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hrIntegration, PlanService, type Answer, type Walkthrough } from '../../examples/hr-integration.js';
import { FIXTURES } from '../support/fixtures.js';

const LABELS = [
  'manager submits',
  'employee approves',
  'HR approves',
  'HR approves (retried after a timeout)',
  'manager signs',
  'manager withdraws on a stale read',
  'employee signs',
  'malformed command',
  'HR activates',
  'manager records a check-in',
];

describe('examples/hr-integration.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'improvement-plan-hr-test-'));
  let run: Walkthrough;
  const byLabel = (label: string): Answer => run.answers[2 + LABELS.indexOf(label)]!;

  beforeAll(async () => {
    run = await hrIntegration(join(dir, 'plans'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects an invalid document with every issue and its path, and stores a valid one', () => {
    expect(run.answers[0]).toEqual({
      ok: false,
      error: 'invalid_plan',
      issues: [
        expect.objectContaining({ path: 'goals[1].baseline', code: 'invalid_type' }),
        expect.objectContaining({ path: 'goals[2].window.end', code: 'invalid_date' }),
      ],
    });
    expect(run.answers[1]).toMatchObject({ ok: true, planId: 'pip-2026-0007', status: 'draft', revision: 0 });
  });

  it('applies commands in the store and refuses those that do not fit, saying why', () => {
    expect(byLabel('employee approves')).toMatchObject({ ok: false, error: 'wrong_role' });
    expect(byLabel('malformed command')).toMatchObject({ ok: false, error: 'invalid_command', issues: [{ path: 'command.now', code: 'unknown_field' }] });
    expect(byLabel('manager withdraws on a stale read')).toMatchObject({ ok: false, error: 'conflict' });
    expect(byLabel('HR activates')).toMatchObject({ ok: true, status: 'active', revision: 5 });
    expect(byLabel('HR approves (retried after a timeout)')).toEqual({ ...byLabel('HR approves'), detail: 'a retry: the first answer, nothing appended' });
    expect(byLabel('manager records a check-in')).toMatchObject({ ok: true, revision: 6 });
  });

  it('stores only the accepted commands, ingests the feed idempotently, and audits intact in another session', () => {
    expect(run.lines).toContain('stored: the plan as received and 6 log entries (submit_for_review, approve, acknowledge, acknowledge, activate, record_check_in)');
    expect(run.lines.filter((line) => line.startsWith('CRM feed'))).toEqual([
      expect.stringMatching(/^CRM feed 2026-02-02: (\d+) rows, \1 new, 0 already stored$/),
      expect.stringMatching(/^CRM feed 2026-02-03: (\d+) rows, 0 new, \1 already stored$/),
    ]);
    expect(run.anchored?.seq).toBe(5);
    expect(run.lines.at(-1)).toMatch(/^audit: the hash chain of 6 entries holds, it ends at the anchored head, and replaying the log/);
  });

  it('notices a log entry edited in the database', async () => {
    const db = await PGlite.create(run.folder);
    await db.query(`UPDATE improvement_plan.log SET payload = replace(payload, 'Reviewed five calls', 'Reviewed no calls') WHERE seq = 5`);
    await db.close();
    const service = await PlanService.open(run.folder);
    const verified = await service.store.verify('pip-2026-0007', { anchor: { seq: run.anchored!.seq, hash: run.anchored!.hash } });
    await service.store.close();
    expect(verified.ok && verified.intact).toBe(false);
    expect(verified.ok && verified.firstBadSeq).toBe(5);
  }, 180_000);

  it('runs as a script, exit 0', { timeout: 180_000 }, () => {
    const root = join(FIXTURES, '..', '..');
    const script = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['examples/hr-integration.ts'], { cwd: root, encoding: 'utf8' });
    expect(script.status, script.stderr).toBe(0);
    expect(script.stdout).toContain('POST /plans (pip-2026-0008): rejected, invalid_plan\n    goals[1].baseline: invalid_type:');
    expect(script.stdout).toContain('replaying the log over the plan as received equals the stored current plan');
  });
});
