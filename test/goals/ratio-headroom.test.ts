import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSmartGoal, DEFAULT_SMART_POLICY, type Goal, type PlanInput, type SmartCheck } from '../../src/index.js';
import { leadToDemoPlanInput, planOf } from '../support/plans.js';

// Goal 0 of the fixture measures lead-to-demo conversion: a ratio metric (unit `ratio`), higher is better.
// No gap is linked, so `target_beyond_standard` does not speak; no history, so the bound decides.
function ratioGoal(baseline: number, target: number, metricPatch: Record<string, unknown> = {}): { check: (policy?: object) => SmartCheck; goal: Goal } {
  const input = leadToDemoPlanInput() as PlanInput & { metrics: Record<string, unknown>[] };
  const metrics = input.metrics.map((m, i) => (i === 0 ? { ...m, ...metricPatch } : m));
  const goals = input.goals!.map((g, i) => (i === 0 ? { ...g, baseline, target, title: `Reach ${Math.round(target * 100)}% lead-to-demo conversion`, comparator: metricPatch['direction'] === 'lower_is_better' ? 'at_most' : 'at_least' } : g));
  const plan = planOf({ ...input, metrics, goals } as PlanInput);
  const goal = plan.goals[0]!;
  return { goal, check: (policy?: object) => checkSmartGoal(goal, plan, policy ? { policy } : {}) };
}

function unrealistic(check: SmartCheck) {
  return check.achievable.reasons.find((r) => r.code === 'improvement_unrealistic');
}

/** Headroom closed, from the domain: the share of the distance to 100% (or to 0% when lower is better) the target asks for. */
function headroom(baseline: number, target: number, lowerIsBetter = false): number {
  return lowerIsBetter ? (baseline - target) / baseline : (target - baseline) / (1 - baseline);
}

describe('improvement_unrealistic for ratio metrics: the headroom closed, not the change relative to the baseline', () => {
  it('30% -> 80% closes 71% of the headroom (+167% on the baseline): within the realistic 75%, no warning', () => {
    expect(headroom(0.3, 0.8)).toBeCloseTo(0.714, 3);
    const { check } = ratioGoal(0.3, 0.8);
    const result = check();
    expect(unrealistic(result)?.message).toBeUndefined();
    const within = result.achievable.reasons.find((r) => r.code === 'within_realistic_bound');
    expect(within?.message).toContain('71.43% of the headroom to 100%');
    expect(within?.message).toContain('within the realistic bound of 75% of the headroom');
  });

  it('10% -> 95% closes 94% of the headroom: warns, with the figures', () => {
    expect(headroom(0.1, 0.95)).toBeCloseTo(0.944, 3);
    const warning = unrealistic(ratioGoal(0.1, 0.95).check());
    expect(warning?.message).toContain('94.44% of the headroom to 100%');
    expect(warning?.message).toContain('more than the realistic bound of 75% of the headroom');
  });

  it('5% -> 12% closes 7% of the headroom (+140% on the baseline): no warning', () => {
    expect(headroom(0.05, 0.12)).toBeCloseTo(0.074, 3);
    expect(unrealistic(ratioGoal(0.05, 0.12).check())).toBeUndefined();
  });

  it('a low baseline is not "impossible" for a ratio: 2% -> 25% closes 23% of the headroom', () => {
    const result = ratioGoal(0.02, 0.25).check();
    expect(result.achievable.verdict).toBe('pass');
  });

  it('lower is better: the mirror, the share of the way to 0%', () => {
    const lower = { direction: 'lower_is_better' };
    expect(unrealistic(ratioGoal(0.4, 0.2, lower).check())).toBeUndefined(); // 50%
    expect(unrealistic(ratioGoal(0.4, 0.05, lower).check())?.message).toContain('87.5% of the headroom to 0%');
  });

  it('exactly at the bound is within it: 60% -> 90% closes exactly 75%, 60% -> 91% closes 77.5%', () => {
    expect(unrealistic(ratioGoal(0.6, 0.9).check())).toBeUndefined();
    expect(unrealistic(ratioGoal(0.6, 0.91).check())?.message).toContain('77.5% of the headroom');
    expect(unrealistic(ratioGoal(0.2, 0.6).check({ realisticRatioHeadroom: 0.5 }))).toBeUndefined();
    expect(unrealistic(ratioGoal(0.2, 0.6).check({ realisticRatioHeadroom: 0.49 }))).toBeDefined();
  });

  it('the bound is the policy field realisticRatioHeadroom (default 0.75)', () => {
    expect(DEFAULT_SMART_POLICY.realisticRatioHeadroom).toBe(0.75);
    expect(unrealistic(ratioGoal(0.3, 0.8).check({ realisticRatioHeadroom: 0.7 }))).toBeDefined();
    expect(ratioGoal(0.3, 0.8).check({ realisticRatioHeadroom: 1.5 }).issues.map((i) => i.code)).toEqual(['policy_invalid']);
  });

  it('property: for a ratio the warning fires iff the headroom closed exceeds the policy, boundary included; monotone in the target', () => {
    const percent = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(percent, percent, percent, fc.boolean(), (a, b, limitPercent, lowerIsBetter) => {
        fc.pre(a !== b);
        const [worse, better] = lowerIsBetter ? [Math.max(a, b), Math.min(a, b)] : [Math.min(a, b), Math.max(a, b)];
        const baseline = worse / 100;
        const target = better / 100;
        const limit = limitPercent / 100;
        // integer percents: the headroom is exactly at the limit whenever num * 100 = limit * den (20% -> 60% at 0.5)
        const { check } = ratioGoal(baseline, target, lowerIsBetter ? { direction: 'lower_is_better' } : {});
        const fired = unrealistic(check({ realisticRatioHeadroom: limit })) !== undefined;
        const num = lowerIsBetter ? worse - better : better - worse;
        const den = lowerIsBetter ? worse : 100 - worse;
        expect(fired, `${worse}% -> ${better}% (${lowerIsBetter ? 'lower' : 'higher'} is better), limit ${limit}`).toBe(num * 100 > limitPercent * den);
        // monotone: a target further from the baseline never loses a warning a nearer one has
        if (Math.abs(better - worse) > 1) {
          const nearer = lowerIsBetter ? better + 1 : better - 1;
          const { check: nearCheck } = ratioGoal(baseline, nearer / 100, lowerIsBetter ? { direction: 'lower_is_better' } : {});
          const { check: farCheck } = ratioGoal(baseline, target, lowerIsBetter ? { direction: 'lower_is_better' } : {});
          if (unrealistic(nearCheck({ realisticRatioHeadroom: limit }))) expect(unrealistic(farCheck({ realisticRatioHeadroom: limit }))).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
