/**
 * Hand-worked boundaries of the timeline's day counts (they replace the frozen copy of the timeline
 * test/evaluate/reference/ held): a check-in's grace days and a support delivery's early tolerance.
 */
import { describe, expect, it } from 'vitest';
import { checkInSlots, planEndDate, shiftDate, supportSessions } from '../../src/index.js';
import { plan90 } from '../support/plans.js';

describe('an unrecorded check-in: due on its day, overdue for the grace days after it, missed later', () => {
  // Weekly Monday check-ins from Monday 2026-01-05 (no holidays): the first is due on 2026-01-05.
  const plan = plan90({ checkInSchedule: { cadence: 'weekly', weekday: 'monday' } });
  const first = (asOf: string, graceDays?: number) => checkInSlots(plan, graceDays === undefined ? { asOf } : { asOf, graceDays })[0]!;

  it('with the default grace of 2 days', () => {
    expect(first('2026-01-05').date).toBe('2026-01-05');
    expect(first('2026-01-04').status).toBe('upcoming');
    expect(first('2026-01-05').status).toBe('due');
    expect(first('2026-01-06').status).toBe('overdue');
    expect(first('2026-01-07').status).toBe('overdue'); // 2 days after: still within the grace
    expect(first('2026-01-08').status).toBe('missed'); // 3 days after
  });

  it('with a grace of 0 and of 5 days', () => {
    expect(first('2026-01-06', 0).status).toBe('missed');
    expect(first('2026-01-10', 5).status).toBe('overdue');
    expect(first('2026-01-11', 5).status).toBe('missed');
  });
});

describe('a support delivery counts for a session due on or before its date or at most the tolerance after it', () => {
  // One workshop due Tuesday 2026-01-20; the record is dated `early` days before it.
  const sessionWith = (early: number, deliveryToleranceDays?: number) => {
    const plan = plan90({
      support: [{ id: 'sup-x', kind: 'training', description: 'Discovery workshop', owner: 'enablement-1', dueDates: ['2026-01-20'], goalIds: ['g-discovery'] }],
      supportDeliveries: [{ commitmentId: 'sup-x', date: shiftDate('2026-01-20', -early), status: 'delivered' }],
    });
    const options = deliveryToleranceDays === undefined ? { asOf: '2026-02-15' } : { asOf: '2026-02-15', deliveryToleranceDays };
    const session = supportSessions(plan, options).find((s) => s.commitmentId === 'sup-x')!;
    return session.delivery === undefined ? 'not delivered' : session.status;
  };

  it('3 days early by default, not 4; late always', () => {
    expect(sessionWith(0)).toBe('delivered');
    expect(sessionWith(3)).toBe('delivered');
    expect(sessionWith(4)).toBe('not delivered');
    expect(sessionWith(-10)).toBe('delivered');
  });

  it('with a tolerance of 0 and of 7 days', () => {
    expect(sessionWith(1, 0)).toBe('not delivered');
    expect(sessionWith(7, 7)).toBe('delivered');
    expect(sessionWith(8, 7)).toBe('not delivered');
  });
});

describe('an extension moves the end by exactly its days', () => {
  it('90 days from Monday 2026-01-05 end on 2026-04-04 (the start counts); 14 more on 2026-04-18', () => {
    expect(planEndDate(plan90())).toBe('2026-04-04');
    const extended = plan90({ extensions: [{ grantedOn: '2026-04-01', by: 'hr-priya', days: 14, previousEndDate: '2026-04-04', newEndDate: '2026-04-18', reason: 'More time' }] });
    expect(planEndDate(extended)).toBe('2026-04-18');
  });
});
