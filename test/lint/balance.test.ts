/**
 * Issue 19, item 7: the balance check reads goal categories and how the weight is spread, not
 * only metric kinds. The 90-day fixture (activity 35 + 15, skill 25, revenue 25) is balanced;
 * each test changes one thing and works the figures out by hand.
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_POLICY, lintPlan, parsePlan, type GoalCategory, type LintFinding, type Plan } from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { plan90 } from '../support/plans.js';
import { runs } from '../support/runs.js';

const BALANCE = new Set(['goals_single_category', 'weight_concentrated', 'only_outcome_goals', 'leading_indicator_missing']);
const balance = (findings: readonly LintFinding[]) => findings.filter((f) => BALANCE.has(f.code) || f.code === 'policy_invalid');
const brief = (findings: readonly LintFinding[]) => balance(findings).map((f) => [f.severity, f.code, f.path.join('.')]);

/** The 90-day plan with each goal's category and weight replaced (undefined leaves it out). */
function withGoals(categories: readonly GoalCategory[], weights?: readonly (number | undefined)[]): Plan {
  return produce(plan90(), (draft) => {
    draft.goals.forEach((goal, i) => {
      goal.category = categories[i] ?? goal.category;
      if (weights === undefined) delete goal.weight;
      else if (weights[i] === undefined) delete goal.weight;
      else goal.weight = weights[i];
    });
  });
}

describe('lintPlan: balance by category', () => {
  it('the 90-day fixture is balanced: three categories, no goal or category above 60%', () => {
    const plan = plan90();
    expect(plan.goals.map((g) => [g.category, g.weight])).toEqual([['activity', 35], ['activity', 15], ['skill', 25], ['revenue', 25]]);
    expect(brief(lintPlan(plan))).toEqual([]);
  });

  it('a plan whose goals are all categorised "revenue" is a warning with the figures (was silent: the metric kinds are mixed)', () => {
    // The metrics are still behavior, activity, skill and outcome: the kinds rule has nothing to say.
    const plan = withGoals(['revenue', 'revenue', 'revenue', 'revenue'], [25, 25, 25, 25]);
    const findings = lintPlan(plan);
    expect(brief(findings)).toEqual([['warning', 'goals_single_category', 'goals']]);
    const finding = balance(findings)[0];
    expect(finding?.message).toBe('All 4 goals are in the category revenue; a balanced plan mixes at least 2 of revenue, activity, skill, customer and conduct goals.');
    expect(finding?.fix).toMatch(/leading activity goal/);
    expect(finding?.evidence).toEqual({ goalIds: ['g-conversion', 'g-calls', 'g-discovery', 'g-revenue'], figures: { goals: 4, categories: 1, minGoalCategories: 2 } });
  });

  it('minGoalCategories is a policy: 1 turns the check off, 3 asks for three categories', () => {
    const single = withGoals(['revenue', 'revenue', 'revenue', 'revenue'], [25, 25, 25, 25]);
    expect(brief(lintPlan(single, { minGoalCategories: 1 }))).toEqual([]);
    const two = withGoals(['activity', 'activity', 'skill', 'skill'], [25, 25, 25, 25]);
    expect(brief(lintPlan(two))).toEqual([]);
    const strict = lintPlan(two, { minGoalCategories: 3 });
    expect(brief(strict)).toEqual([['warning', 'goals_single_category', 'goals']]);
    expect(balance(strict)[0]?.message).toMatch(/^The 4 goals are in 2 categories only \(activity and skill\); a balanced plan mixes at least 3 of/);
    expect(DEFAULT_LINT_POLICY.minGoalCategories).toBe(2);
  });
});

describe('lintPlan: weight concentration', () => {
  it('one revenue goal at 85% of the weight is a warning at its weight, with the share (was silent)', () => {
    const plan = withGoals([], [5, 5, 5, 85]);
    const findings = lintPlan(plan);
    expect(brief(findings)).toEqual([['warning', 'weight_concentrated', 'goals.3.weight']]);
    const finding = balance(findings)[0];
    // 85 / 100 = 0.85 > 0.6; the revenue category (only this goal) is not reported again
    expect(finding?.message).toBe("Goal g-revenue carries 85% of the plan's weight, more than the 60% the policy allows; the other goals carry 15% together, so the verdict rests on it.");
    expect(finding?.evidence).toEqual({ goalIds: ['g-revenue'], figures: { weightShare: 0.85, maxGoalWeightShare: 0.6, goals: 4 } });
    expect(finding?.fix).toMatch(/Spread the weight/);
  });

  it('the limit is "above": exactly 60% is fine, 60.25% is not', () => {
    // revenue 60 / 100 = 0.6: not above; activity 15 + 10 = 25%, skill 15%
    expect(brief(lintPlan(withGoals([], [15, 10, 15, 60])))).toEqual([]);
    expect(brief(lintPlan(withGoals([], [14.75, 10, 15, 60.25])))).toEqual([['warning', 'weight_concentrated', 'goals.3.weight']]);
  });

  it('a category above 60% together, no goal above it alone: one finding at its first goal\'s category', () => {
    // activity: 45 + 20 = 65% (0.65 > 0.6); skill 20, revenue 15
    const findings = lintPlan(withGoals([], [45, 20, 20, 15]));
    expect(brief(findings)).toEqual([['warning', 'weight_concentrated', 'goals.0.category']]);
    expect(balance(findings)[0]?.message).toBe("The activity goals (g-conversion and g-calls) carry together 65% of the plan's weight, more than the 60% the policy allows; the other goals carry 35% together, so the verdict rests on it.");
    expect(balance(findings)[0]?.evidence).toEqual({ goalIds: ['g-conversion', 'g-calls'], figures: { weightShare: 0.65, maxCategoryWeightShare: 0.6, goals: 2 } });
  });

  it('without weights the goals count equally, as the evaluation scores them', () => {
    // 4 unweighted goals, 3 of them revenue: 3 / 4 = 75% > 60%; each goal 25%
    const findings = lintPlan(withGoals(['revenue', 'revenue', 'skill', 'revenue']));
    expect(brief(findings)).toEqual([['warning', 'weight_concentrated', 'goals.0.category']]);
    expect(balance(findings)[0]?.evidence?.figures).toEqual({ weightShare: 0.75, maxCategoryWeightShare: 0.6, goals: 3 });
    // two categories of two goals each: 50% each
    expect(brief(lintPlan(withGoals(['revenue', 'revenue', 'skill', 'skill'])))).toEqual([]);
  });

  it('the shares are policies; weights that are wrong already are not read again', () => {
    const plan = withGoals([], [5, 5, 5, 85]);
    expect(brief(lintPlan(plan, { maxGoalWeightShare: 0.9 }))).toEqual([]);
    expect(brief(lintPlan(withGoals([], [45, 20, 20, 15]), { maxCategoryWeightShare: 0.7 }))).toEqual([]);
    expect(brief(lintPlan(plan, { maxGoalWeightShare: 1.5 } as never))).toEqual([
      ['error', 'policy_invalid', 'policy.maxGoalWeightShare'],
      ['warning', 'weight_concentrated', 'goals.3.weight'],
    ]);
    // incomplete weights (an error of their own): no share is computed from them
    const incomplete = lintPlan(withGoals([], [85, undefined, 5, 5]));
    expect(incomplete.map((f) => f.code)).toContain('weights_incomplete');
    expect(brief(incomplete)).toEqual([]);
  });

  it('property: on generated plans, the findings are exactly the rules worked out independently', () => {
    fc.assert(
      fc.property(planArbitrary(), (input) => {
        const parsed = parsePlan(input);
        if (!parsed.ok) return;
        const plan = parsed.plan;
        const n = plan.goals.length;
        const weighted = plan.goals.every((g) => g.weight !== undefined);
        const shares = plan.goals.map((g) => (weighted ? (g.weight as number) / 100 : 1 / n));
        const categories = [...new Set(plan.goals.map((g) => g.category))];
        const expected: string[] = [];
        if (categories.length < 2) expected.push('goals_single_category goals');
        const heavy = new Set<number>();
        shares.forEach((s, i) => {
          if (s > 0.6 + 1e-12) {
            heavy.add(i);
            expected.push(`weight_concentrated goals.${i}${weighted ? '.weight' : ''}`);
          }
        });
        if (categories.length >= 2) {
          for (const category of ['revenue', 'activity', 'skill', 'customer', 'conduct']) {
            const members = plan.goals.flatMap((g, i) => (g.category === category ? [i] : []));
            if (members.length < 2 || members.some((i) => heavy.has(i))) continue;
            const total = members.reduce((sum, i) => sum + (shares[i] as number), 0);
            if (total > 0.6 + 1e-9) expected.push(`weight_concentrated goals.${members[0]}.category`);
          }
        }
        const got = lintPlan(plan).filter((f) => f.code === 'goals_single_category' || f.code === 'weight_concentrated').map((f) => `${f.code} ${f.path.join('.')}`);
        expect(got).toEqual(expected);
      }),
      { numRuns: runs(300) },
    );
  });
});
