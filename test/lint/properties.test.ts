import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintPlan, parsePlan, type LintFinding } from '../../src/index.js';
import { PLAN_PITFALLS, pitfallPlanArbitrary, planArbitrary } from '../../src/testing/index.js';
import { writtenPlanDays as writtenDurationDays } from '../../src/dates/windows.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { planOf } from '../support/plans.js';
import { runs } from '../support/runs.js';

const key = (f: Pick<LintFinding, 'code' | 'path'>): string => `${f.code} @ ${f.path.join('.')}`;

describe('lintPlan properties', () => {
  it('a well-formed generated plan has no lint errors', () => {
    fc.assert(
      fc.property(planArbitrary({ withRecords: true }), (input) => {
        const findings = lintPlan(planOf(input));
        expect(findings.filter((f) => f.severity === 'error').map(key)).toEqual([]);
        expect(isDeepFrozen(findings)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  }, 120_000);

  it('each one-pitfall variant adds exactly the expected finding at the expected path', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(pitfallPlanArbitrary({ withRecords: true }), ({ pitfall, input, base, code, path }) => {
        const parsed = parsePlan(input);
        if (!parsed.ok) throw new Error(`${pitfall}: variant does not parse: ${JSON.stringify(parsed.issues)}`);
        const before = new Set(lintPlan(planOf(base)).map(key));
        const added = lintPlan(parsed.plan).filter((f) => !before.has(key(f)));
        expect(added.map(key), pitfall).toEqual([key({ code, path })]);
        seen.add(pitfall);
      }),
      { numRuns: runs(1_500) },
    );
    // the run covered (almost) every pitfall
    expect(seen.size).toBeGreaterThanOrEqual(PLAN_PITFALLS.length - 2);
  }, 120_000);

  it('never mutates the plan it lints', () => {
    fc.assert(
      fc.property(planArbitrary(), (input) => {
        const result = parsePlan(input);
        if (!result.ok) return;
        const copy = structuredClone(result.plan);
        lintPlan(result.plan);
        expect(result.plan).toEqual(copy);
      }),
      { numRuns: runs(100) },
    );
  });

  it('thresholds are exact: a plan at a limit passes it, one day past it is found, and nothing else changes', () => {
    const keys = (plan: Parameters<typeof lintPlan>[0], policy: Parameters<typeof lintPlan>[1]) => lintPlan(plan, policy).map(key);
    fc.assert(
      fc.property(planArbitrary({ withRecords: true }), (input) => {
        const plan = planOf(input);
        const days = writtenDurationDays(plan);
        const base = keys(plan, { minPlanDays: 1, minSkillPlanDays: 1, maxCheckInIntervalDays: 60 });
        const durationPath = plan.endDate !== undefined ? 'endDate' : 'durationDays';
        // The shortest plan: at the plan's own length, nothing; one day longer, plan_too_short (and the length rules after it stop).
        expect(keys(plan, { minPlanDays: days, minSkillPlanDays: 1, maxCheckInIntervalDays: 60 })).toEqual(base);
        expect(keys(plan, { minPlanDays: days + 1, minSkillPlanDays: 1, maxCheckInIntervalDays: 60 })).toContain(`plan_too_short @ ${durationPath}`);
        // The shortest skill plan, for plans with a skill gap or a skill cause.
        const skill = plan.gaps.some((g) => plan.metrics.find((m) => m.id === g.metricId)?.kind === 'skill') || plan.diagnostic?.rootCause === 'skill';
        expect(keys(plan, { minPlanDays: 1, minSkillPlanDays: days, maxCheckInIntervalDays: 60 })).toEqual(base);
        const longer = keys(plan, { minPlanDays: 1, minSkillPlanDays: days + 1, maxCheckInIntervalDays: 60 });
        expect(longer.filter((k) => !base.includes(k))).toEqual(skill ? [`skill_gap_needs_time @ ${durationPath}`] : []);
        // The longest interval between check-ins: the cadence's days pass, one fewer is sparse.
        const schedule = plan.checkInSchedule;
        if (schedule && (schedule.firstDate === undefined || schedule.firstDate === plan.startDate)) {
          const interval = schedule.cadence === 'weekly' ? 7 : 14;
          expect(keys(plan, { minPlanDays: 1, minSkillPlanDays: 1, maxCheckInIntervalDays: interval })).toEqual(base);
          const sparse = keys(plan, { minPlanDays: 1, minSkillPlanDays: 1, maxCheckInIntervalDays: interval - 1 });
          expect(sparse.filter((k) => !base.includes(k))).toEqual(['check_in_cadence_sparse @ checkInSchedule.cadence']);
        }
      }),
      { numRuns: runs(150) },
    );
  }, 120_000);
});
