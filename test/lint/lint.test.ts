import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DEFAULT_LINT_POLICY,
  LINT_CODES,
  LINT_RULES,
  checkSmartGoal,
  lintPlan,
  summarizeFindings,
  type LintCode,
  type LintFinding,
  type LintSeverity,
  type Plan,
} from '../../src/index.js';
import { pitfallPlanArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen, PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { leadToDemoPlanInput, planOf } from '../support/plans.js';

/** Every code any example in this file produced, checked against LINT_CODES at the end. */
const produced = new Set<LintCode>();

function lint(plan: Plan, policy: Parameters<typeof lintPlan>[1] = {}): readonly LintFinding[] {
  const findings = lintPlan(plan, policy);
  for (const finding of findings) produced.add(finding.code);
  return findings;
}

const brief = (findings: readonly LintFinding[]) => findings.map((f) => [f.severity, f.code, f.path.join('.')]);

describe('lintPlan: the example plans', () => {
  it.each(PLAN_FIXTURES)('%s lints without errors', (name) => {
    const findings = lint(planOf(readFixture(name)));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports only the warnings the fixtures genuinely deserve', () => {
    expect(brief(lint(planOf(readFixture('plan-90-day-conversion.json'))))).toEqual([]);
    // February alone is one month of meetings data: maybe one bad month; and both goals
    // (dials, meetings booked) are activity goals: a narrow plan (issue 19, item 7)
    expect(brief(lint(planOf(readFixture('plan-30-day-activity.json'))))).toEqual([
      ['warning', 'gap_period_short', 'gaps.1.period'],
      ['warning', 'goals_single_category', 'goals'],
    ]);
    expect(brief(lint(planOf(readFixture('plan-60-day-skill.json'))))).toEqual([
      ['warning', 'gap_period_missing', 'gaps.0.period'],
      // 10% -> 90% of demos opened with a recap is +800% on the baseline: a human should confirm it
      ['warning', 'improvement_unrealistic', 'goals.1.target'],
    ]);
  });
});

/** The lead-to-demo plan's two goals are both activity goals: one category (issue 19, item 7). */
const ONE_CATEGORY = ['warning', 'goals_single_category', 'goals'];

describe('lintPlan: the spec examples and rules', () => {
  it('a plan with no support is an error (support_missing, the contract code)', () => {
    const plan = planOf({ ...leadToDemoPlanInput(), support: [] });
    const findings = lint(plan);
    expect(brief(findings)).toEqual([ONE_CATEGORY, ['error', 'support_missing', 'support']]);
    expect(findings[1]?.message).toBe('The plan lists no support: a plan is a two-way commitment.');
    expect(findings[1]?.fix).toMatch(/owner and dates/);
    expect(summarizeFindings(findings)).toEqual({ errors: 1, warnings: 1, infos: 0, blocking: true });
  });

  it('the lead-to-demo plan is clean but for its one category (two activity goals)', () => {
    const findings = lint(planOf(leadToDemoPlanInput()));
    expect(brief(findings)).toEqual([ONE_CATEGORY]);
    expect(findings[0]?.message).toBe('All 2 goals are in the category activity; a balanced plan mixes at least 2 of revenue, activity, skill, customer and conduct goals.');
    expect(lint(planOf(leadToDemoPlanInput()), { minGoalCategories: 1 })).toEqual([]);
  });

  it('vague goals and 30-day quotas for a 90-day cycle are errors with their paths', () => {
    const input = leadToDemoPlanInput();
    input.gaps = [...input.gaps!, { id: 'gap-rev', metricId: 'm-revenue', current: 2_000_000, standard: 3_000_000, standardSource: 'quota', period: { start: '2025-11-01', end: '2026-01-31' }, evidence: ['CRM'] }];
    input.goals = [
      { ...input.goals![0]!, title: 'Close more deals' },
      input.goals![1]!,
      { id: 'g-rev', title: 'Close $25,000 in 30 days', category: 'revenue', metricId: 'm-revenue', gapIds: ['gap-rev'], baseline: 2_000_000, target: 2_500_000, basis: 'window', window: { start: '2026-03-02', end: '2026-03-31' } },
    ];
    const findings = lint(planOf(input));
    expect(brief(findings)).toEqual([
      ['error', 'vague_wording', 'goals.0.title'],
      ['error', 'window_shorter_than_sales_cycle', 'goals.2.window'],
      // two of the three unweighted goals are activity goals: 2 / 3 of the score
      ['warning', 'weight_concentrated', 'goals.0.category'],
    ]);
    expect(findings[1]?.message).toContain('30-day window, shorter than the role\'s 90-day sales cycle');
  });

  it('no goals, no gaps', () => {
    const plan = planOf({ ...leadToDemoPlanInput(), gaps: [], goals: [], support: [{ id: 's', kind: 'coaching', description: 'Weekly', owner: 'mgr-1', cadence: { every: 'week' }, goalIds: [] }] });
    expect(brief(lint(plan))).toEqual([
      ['error', 'gaps_missing', 'gaps'],
      ['error', 'goals_missing', 'goals'],
    ]);
  });

  it('weights that do not add up, on a plan changed after parsing (immer, no re-parse)', () => {
    const plan = planOf(leadToDemoPlanInput());
    const partial = produce(plan, (draft) => {
      draft.goals[0]!.weight = 60;
    });
    expect(brief(lint(partial))).toEqual([['error', 'weights_incomplete', 'goals.1.weight'], ONE_CATEGORY]);
    const drifting = produce(plan, (draft) => {
      draft.goals[0]!.weight = 64.1;
      draft.goals[1]!.weight = 35.8;
    });
    expect(brief(lint(drifting))).toEqual([['error', 'weights_sum', 'goals'], ONE_CATEGORY]);
    expect(lint(drifting)[0]?.message).toBe('Goal weights add up to 99.9, not exactly 100.');
    const exact = produce(plan, (draft) => {
      draft.goals[0]!.weight = 64.2;
      draft.goals[1]!.weight = 35.8; // 64.2 + 35.8 is 100.00000000000001 in floats
    });
    // the weights add up; 64.2% on one goal is more than the 60% a goal should carry
    expect(brief(lint(exact))).toEqual([ONE_CATEGORY, ['warning', 'weight_concentrated', 'goals.0.weight']]);
  });

  it('references a changed plan no longer resolves: unknown metric and gap', () => {
    const plan = produce(planOf(leadToDemoPlanInput()), (draft) => {
      draft.goals[0]!.metricId = 'm-gone';
      draft.goals[1]!.gapIds = ['gap-gone'];
    });
    const codes = lint(plan).map((f) => f.code);
    expect(codes).toContain('metric_unknown');
    expect(codes).toContain('gap_unknown');
  });

  it('check-in cadence against a stricter policy; the policy merges over the defaults', () => {
    const plan = planOf({ ...leadToDemoPlanInput(), checkInSchedule: { cadence: 'biweekly', weekday: 'monday' } });
    expect(brief(lint(plan))).toEqual([ONE_CATEGORY]);
    expect(brief(lint(plan, { maxCheckInIntervalDays: 7 }))).toEqual([ONE_CATEGORY, ['warning', 'check_in_cadence_sparse', 'checkInSchedule.cadence']]);
    expect(DEFAULT_LINT_POLICY.maxCheckInIntervalDays).toBe(14);
    expect(DEFAULT_LINT_POLICY.realisticImprovement).toBe(1.5);
  });

  it('a bad policy value is an error finding, first, and its default decides (issue 13)', () => {
    const plan = planOf({ ...leadToDemoPlanInput(), checkInSchedule: { cadence: 'biweekly', weekday: 'monday' } });
    const findings = lint(plan, { maxCheckInIntervalDays: 0, severeAt: 0.05 } as never);
    expect(brief(findings)).toEqual([
      ['error', 'policy_invalid', 'policy.maxCheckInIntervalDays'],
      ['error', 'policy_invalid', 'policy.severeAt'],
      ONE_CATEGORY,
    ]);
    expect(findings[0]?.message).toBe('Policy field maxCheckInIntervalDays must be a whole number of 1 or more, not 0; the default was used.');
    expect(findings[1]?.message).toBe('Policy field severeAt must be at least moderateAt, not 0.05; the default was used.');
    expect(brief(lint(plan, { minPlanDayz: 20 } as never))).toEqual([['error', 'policy_invalid', 'policy.minPlanDayz'], ONE_CATEGORY]);
  });

  it('readiness rules use the policy: ramp-up and prior coaching', () => {
    const plan = planOf({ ...leadToDemoPlanInput(), employee: { id: 'emp-7', name: 'Ana Ferreira', role: 'SDR', roleStartDate: '2025-12-15' } });
    const findings = lint(plan);
    expect(brief(findings)).toEqual([ONE_CATEGORY, ['error', 'rep_ramping', 'employee.roleStartDate']]);
    expect(findings[1]?.message).toContain('2025-12-15 and is still ramping up until 2026-03-14');
    expect(brief(lint(plan, { rampUpDays: 60 }))).toEqual([ONE_CATEGORY]);
    expect(brief(lint(planOf(leadToDemoPlanInput()), { minPriorCoaching: 3 }))).toEqual([ONE_CATEGORY, ['warning', 'prior_coaching_insufficient', 'priorCoaching']]);
  });

  it('returns frozen findings in a fixed order and leaves the plan untouched', () => {
    const plan = planOf({ ...leadToDemoPlanInput(), support: [], purpose: '' });
    const before = structuredClone(plan);
    const findings = lint(plan);
    expect(isDeepFrozen(findings)).toBe(true);
    expect(plan).toEqual(before);
    expect(findings.map((f) => f.code)).toEqual(['purpose_missing', 'goals_single_category', 'support_missing']);
  });

  it('LINT_RULES severities agree with the SMART verdicts they come from (fail is error, warn is warning)', () => {
    let compared = 0;
    for (const { input } of fc.sample(pitfallPlanArbitrary(), 300)) {
      const plan = planOf(input);
      for (const goal of plan.goals) {
        const check = checkSmartGoal(goal, plan);
        for (const letter of [check.specific, check.measurable, check.achievable, check.relevant, check.timeBound]) {
          for (const reason of letter.reasons) {
            if (reason.verdict === 'pass') continue;
            expect(reason.code in LINT_RULES, reason.code).toBe(true);
            expect(LINT_RULES[reason.code as LintCode].severity, reason.code).toBe(reason.verdict === 'fail' ? 'error' : 'warning');
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  }, 120_000);
});

describe('lint code coverage', () => {
  it('every lint code is produced by an example above or by a one-pitfall plan', () => {
    for (const pitfall of fc.sample(pitfallPlanArbitrary(), 1_500)) produced.add(pitfall.code);
    expect(LINT_CODES.filter((code) => !produced.has(code))).toEqual([]);
  }, 120_000);
});

describe('public types', () => {
  it('findings keep the shared contract shape', () => {
    expectTypeOf(lintPlan).returns.toEqualTypeOf<readonly LintFinding[]>();
    expectTypeOf<LintFinding['severity']>().toEqualTypeOf<LintSeverity>();
    expectTypeOf<LintFinding['code']>().toExtend<string>();
    expectTypeOf<'support_missing'>().toExtend<LintCode>();
    expectTypeOf<LintFinding['path']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<LintFinding['fix']>().toEqualTypeOf<string>();
  });
});
