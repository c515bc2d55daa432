/**
 * Issue 13, finding 5: the dates of records and commands. A record (check-in, support delivery,
 * observation) dated after `asOf` has not happened yet; a check-in or a delivery dated before the
 * plan's start belongs to no plan day (observations before the start are the rep's baseline, and
 * prior coaching is part of the draft); a command dated before the plan was created, or before the
 * log's last entry, would run time backwards; two check-in records on one date are a duplicate.
 * Each is refused with its own code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_REJECTION_CODES, shiftDate, transition, type PlanCommand } from '../../src/index.js';
import { plan90 } from '../support/plans.js';
import { runs } from '../support/runs.js';
import { accept, activePlan, HR, MANAGER, refuse, SYSTEM } from './helpers.js';

describe('finding 5: records dated after asOf or before the start', () => {
  it('a check-in held on 2027-06-01 cannot be recorded on 2026-01-12 (record_in_future)', () => {
    const rejection = refuse(activePlan(), { type: 'record_check_in', checkIn: { date: '2027-06-01', status: 'held', notes: 'Next year.' } }, MANAGER, '2026-01-12');
    expect(rejection).toMatchObject({ code: 'record_in_future', path: ['checkIn', 'date'], date: '2026-01-12' });
    expect(rejection.message).toContain('2027-06-01');
  });

  it('a check-in before the plan starts is refused (record_before_start); so is a delivery', () => {
    const active = activePlan();
    const checkIn = refuse(active, { type: 'record_check_in', checkIn: { date: '2026-01-02', status: 'held', notes: 'Before the start.' } }, MANAGER, '2026-01-06');
    expect(checkIn).toMatchObject({ code: 'record_before_start', path: ['checkIn', 'date'], date: '2026-01-05' });
    const delivery = refuse(active, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: '2026-01-04', status: 'delivered' } }, MANAGER, '2026-01-06');
    expect(delivery).toMatchObject({ code: 'record_before_start', path: ['delivery', 'date'] });
    // on the start day both are accepted
    expect(accept(active, { type: 'record_check_in', checkIn: { date: '2026-01-05', status: 'held' } }, MANAGER, '2026-01-06').plan.checkIns).toHaveLength(1);
  });

  it('observations: dated after asOf refused, pointing at the observation; before the start accepted (the baseline)', () => {
    const active = activePlan();
    const future = refuse(
      active,
      { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-01-09', value: 30 }, { metricId: 'm-calls', date: '2026-01-16', value: 31 }] },
      SYSTEM,
      '2026-01-10',
    );
    expect(future).toMatchObject({ code: 'record_in_future', path: ['observations', 1, 'date'] });
    const baseline = accept(active, { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2025-12-12', value: 22 }] }, SYSTEM, '2026-01-10');
    expect(baseline.plan.observations).toHaveLength(1);
  });

  it('held and missed check-ins on the same date: the second is a duplicate (duplicate_check_in)', () => {
    const held = accept(activePlan(), { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held', notes: 'Week 2.' } }, MANAGER, '2026-01-12').plan;
    for (const status of ['missed', 'held'] as const) {
      const rejection = refuse(held, { type: 'record_check_in', checkIn: { date: '2026-01-12', status } }, MANAGER, '2026-01-13');
      expect(rejection, status).toMatchObject({ code: 'duplicate_check_in', path: ['checkIn', 'date'], date: '2026-01-12' });
    }
    // a missed one recorded by the nightly job is a record too
    const missed = accept(activePlan(), { type: 'advance' }, SYSTEM, '2026-01-15').plan;
    expect(missed.checkIns.map((c) => [c.date, c.status])).toContainEqual(['2026-01-12', 'missed']);
    expect(refuse(missed, { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held' } }, MANAGER, '2026-01-15').code).toBe('duplicate_check_in');
  });
});

describe('finding 5: commands dated before the plan was created, or before the last log entry', () => {
  it('submit_for_review dated 1990 is refused for a plan created 2025-12-29 (before_plan_created)', () => {
    const rejection = refuse(plan90(), { type: 'submit_for_review' }, MANAGER, '1990-01-01');
    expect(rejection).toMatchObject({ code: 'before_plan_created', date: '2025-12-29' });
    expect(rejection.message).toContain('2025-12-29');
    expect(refuse(plan90(), { type: 'withdraw', reason: 'Reorganisation.' }, HR, '2025-12-28').code).toBe('before_plan_created');
    expect(accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan.status).toBe('in_review');
  });

  it('a command dated before the last log entry is refused (clock_backwards)', () => {
    const active = activePlan();
    expect(refuse(active, { type: 'pause', reason: 'Leave.' }, MANAGER, '2026-01-04')).toMatchObject({ code: 'clock_backwards', date: '2026-01-05' });
  });

  it('property: a check-in is accepted exactly when dated from the start to asOf, on a date with no record yet', () => {
    const active = activePlan();
    const once = accept(active, { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held' } }, MANAGER, '2026-01-20').plan;
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 60 }), fc.integer({ min: 15, max: 60 }), fc.constantFrom('held' as const, 'missed' as const), (offset, asOfOffset, status) => {
        const date = shiftDate(active.startDate, offset);
        const asOf = shiftDate(active.startDate, asOfOffset);
        const command: PlanCommand = { type: 'record_check_in', checkIn: { date, status } };
        const result = transition(once, command, { asOf, actor: MANAGER });
        const expected = date > asOf ? 'record_in_future' : date < once.startDate ? 'record_before_start' : date === '2026-01-12' ? 'duplicate_check_in' : 'accepted';
        expect(result.ok ? 'accepted' : result.rejection.code, `${date} on ${asOf}`).toBe(expected);
      }),
      { numRuns: runs(150) },
    );
    expect(LIFECYCLE_REJECTION_CODES).toEqual(expect.arrayContaining(['record_in_future', 'record_before_start', 'duplicate_check_in', 'before_plan_created']));
  });
});
