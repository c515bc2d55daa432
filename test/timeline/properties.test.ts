import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_MOVE_MESSAGES,
  assertPlan,
  checkInSlots,
  fromDayNumber,
  isoWeekday,
  phaseAt,
  planEndDate,
  planPhases,
  planProgress,
  planTimeline,
  shiftDate,
  toDayNumber,
  type Plan,
} from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { unchecked } from '../support/plans.js';
import { runs } from '../support/runs.js';

interface Scenario {
  readonly plan: Plan;
  readonly unpaused: Plan;
  readonly pausedDays: ReadonlySet<number>;
  readonly holidays: readonly string[];
}

/** A generated plan with up to three closed pauses, up to two extensions, holidays and maybe business days only. */
const scenario: fc.Arbitrary<Scenario> = planArbitrary({ maxGoals: 3 }).chain((input) => {
  const start = toDayNumber(input.startDate);
  const pause = fc.record({ offset: fc.integer({ min: 0, max: 130 }), length: fc.integer({ min: 1, max: 15 }) });
  return fc
    .record({
      pauses: fc.array(pause, { maxLength: 3 }),
      extensions: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 2 }),
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: 150 }), { maxLength: 8 }),
      businessDaysOnly: fc.boolean(),
    })
    .map(({ pauses, extensions, holidays, businessDaysOnly }): Scenario => {
      const holidayDates = holidays.map((offset) => fromDayNumber(start + offset));
      const draft = assertPlan({ ...input, checkInSchedule: { ...input.checkInSchedule!, businessDaysOnly, holidays: holidayDates } });
      // Random pauses overlap and extensions are dated anyhow: documents parsePlan refuses, which
      // the plan clock must still count right (test/support/plans.ts `unchecked`).
      const extensionRecords = extensions.map((days, i) => ({
        grantedOn: fromDayNumber(start + 50 + i),
        by: 'hr-1',
        days,
        previousEndDate: fromDayNumber(start + 100 + i * 40),
        newEndDate: fromDayNumber(start + 100 + i * 40 + days),
        reason: 'Real progress, not there yet.',
      }));
      const pausedDays = new Set<number>();
      for (const p of pauses) for (let d = 0; d < p.length; d += 1) pausedDays.add(start + p.offset + d);
      const plan = unchecked(draft, {
        extensions: extensionRecords,
        pauses: pauses.map((p) => ({ start: fromDayNumber(start + p.offset), end: fromDayNumber(start + p.offset + p.length - 1), reason: 'Leave' })),
      });
      return { plan, unpaused: unchecked(draft, { extensions: extensionRecords }), pausedDays, holidays: holidayDates };
    });
});

/** The oracle: walk the calendar one day at a time, counting plan days and skipping paused ones. */
function walkToEnd(plan: Plan, pausedDays: ReadonlySet<number>): string {
  const total = (plan.durationDays ?? toDayNumber(plan.endDate!) - toDayNumber(plan.startDate) + 1) + plan.extensions.reduce((s, e) => s + e.days, 0);
  let day = toDayNumber(plan.startDate);
  let counted = 0;
  for (;;) {
    if (!pausedDays.has(day)) counted += 1;
    if (counted === total) return fromDayNumber(day);
    day += 1;
  }
}

describe('timeline properties', () => {
  it('the end date is the day the plan clock reaches its length, skipping paused days', () => {
    fc.assert(
      fc.property(scenario, ({ plan, pausedDays }) => {
        expect(planEndDate(plan)).toBe(walkToEnd(plan, pausedDays));
      }),
      { numRuns: runs(300) },
    );
  });

  it('pauses move check-ins but never drop them; no check-in falls on a paused day, a holiday or (business days only) a weekend', () => {
    let moved = 0;
    fc.assert(
      fc.property(scenario, ({ plan, unpaused, pausedDays, holidays }) => {
        const asOf = plan.startDate;
        const slots = checkInSlots(plan, { asOf });
        expect(slots.length).toBe(checkInSlots(unpaused, { asOf }).length);
        const holidaySet = new Set(holidays);
        const end = planEndDate(plan);
        slots.forEach((slot, i) => {
          if (i > 0) expect(slot.date > slots[i - 1]!.date).toBe(true);
          expect(pausedDays.has(toDayNumber(slot.date))).toBe(false);
          expect(slot.date <= end).toBe(true);
          // a slot that could not move forward within the plan moved back; either way it is not on a day off
          const dayOff = holidaySet.has(slot.date) || (plan.checkInSchedule?.businessDaysOnly === true && isoWeekday(slot.date) >= 6);
          expect(dayOff).toBe(false);
          if (slot.date !== slot.scheduledFor) expect(slot.moves.at(-1)?.to).toBe(slot.date);
          if (slot.scheduledFor !== slot.writtenDate) expect(slot.moves[0]?.reason).toBe('pause');
          // every move is worded again from its own stored fields (what a locale relies on)
          for (const move of slot.moves) {
            const stored = JSON.parse(JSON.stringify(move)) as typeof move;
            expect((CHECK_IN_MOVE_MESSAGES[stored.reason] as (facts: unknown) => string)(stored)).toBe(move.message);
            if (move.reason === 'pause') moved += 1;
          }
          expect(slot.status).toBe(slot.date === asOf ? 'due' : 'upcoming');
        });
      }),
      { numRuns: runs(300) },
    );
    expect(moved).toBeGreaterThan(0);
  });

  it('the three phases tile the plan from its start to its end; phaseAt agrees with them', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -5, max: 200 }), ({ plan, pausedDays }, offset) => {
        const phases = planPhases(plan);
        let first = toDayNumber(plan.startDate);
        while (pausedDays.has(first)) first += 1; // a pause on the start day delays plan day 1
        expect(phases[0]?.start).toBe(fromDayNumber(first));
        expect(phases.at(-1)?.end).toBe(planEndDate(plan));
        const total = planProgress(plan, { asOf: plan.startDate }).totalDays;
        expect(phases.reduce((sum, p) => sum + p.days, 0)).toBe(total);
        for (let i = 1; i < phases.length; i += 1) {
          let next = toDayNumber(phases[i - 1]!.end) + 1;
          while (pausedDays.has(next)) next += 1;
          expect(phases[i]!.start).toBe(fromDayNumber(next));
        }
        const date = shiftDate(plan.startDate, offset);
        const span = phases.find((p) => p.start <= date && date <= p.end);
        if (!pausedDays.has(toDayNumber(date))) expect(phaseAt(plan, date)).toBe(span?.phase);
        const progress = planProgress(plan, { asOf: date });
        expect(progress.daysElapsed + progress.daysRemaining).toBe(total);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never mutates the plan and returns frozen values', () => {
    fc.assert(
      fc.property(scenario, ({ plan }) => {
        const before = JSON.stringify(plan);
        const timeline = planTimeline(plan, { asOf: shiftDate(plan.startDate, 20) });
        expect(JSON.stringify(plan)).toBe(before);
        expect(isDeepFrozen(timeline)).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });
});
