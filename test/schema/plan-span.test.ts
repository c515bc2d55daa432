/**
 * The plan's span is bounded (`LIMITS.planDays`): a plan whose written length, or an extension's
 * new end, takes it past that many days from its start is refused with `plan_too_long` at the
 * field that does it. (A millennia-long plan parsed before, and evaluating it took seconds.)
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, parsePlan, shiftDate, type PlanIssue } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';
import { planAt } from './states.js';

type Doc = Record<string, any>;

function issuesOf(input: unknown): readonly PlanIssue[] {
  const result = parsePlan(input);
  return result.ok ? [] : result.issues;
}

const codesAt = (input: unknown) => issuesOf(input).map((issue) => [issue.code, issue.path.join('.')]);

describe('the plan span bound (LIMITS.planDays)', () => {
  it('refuses a plan from 0001-01-01 to 9999-12-31 at endDate', () => {
    const doc = readFixture('plan-90-day-conversion.json') as Doc;
    const { durationDays: _dropped, ...rest } = doc;
    const far = { ...rest, createdOn: '0001-01-01', startDate: '0001-01-01', endDate: '9999-12-31' };
    expect(codesAt(far)).toContainEqual(['plan_too_long', 'endDate']);
  });

  it('accepts an endDate LIMITS.planDays days from the start (counting it), refuses one day more at endDate', () => {
    const doc = readFixture('plan-90-day-conversion.json') as Doc;
    const { durationDays: _dropped, ...rest } = doc;
    const start = doc['startDate'] as string;
    expect(codesAt({ ...rest, endDate: shiftDate(start, LIMITS.planDays - 1) })).toEqual([]);
    const over = issuesOf({ ...rest, endDate: shiftDate(start, LIMITS.planDays) });
    expect(over.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['plan_too_long', 'endDate']]);
    expect(over[0]!.message).toContain(`${LIMITS.planDays} days`);
    // durationDays has the same bound in its own shape (too_big), so it never needs this code
    expect(codesAt({ ...doc, durationDays: LIMITS.planDays + 1 })).toEqual([['too_big', 'durationDays']]);
  });

  it("refuses an extension whose new end takes the span past the bound, at the extension's newEndDate", () => {
    const extended = planAt('extended');
    const start = extended['startDate'] as string;
    const previous = extended['extensions'][0].previousEndDate as string;
    // the span from the start through the new end, counting both: (previous - start + 1) + days
    const spanBefore = Math.round((Date.parse(previous) - Date.parse(start)) / 86_400_000) + 1;
    const withDays = (days: number) => ({
      ...extended,
      extensions: [{ ...extended['extensions'][0], days, newEndDate: shiftDate(previous, days) }],
    });
    expect(codesAt(withDays(LIMITS.planDays - spanBefore))).toEqual([]);
    expect(codesAt(withDays(LIMITS.planDays - spanBefore + 1))).toEqual([['plan_too_long', 'extensions.0.newEndDate']]);
  });
});
