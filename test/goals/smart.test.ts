import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  checkSmartGoal,
  DEFAULT_SMART_POLICY,
  findVagueWording,
  SMART_REASON_CODES,
  type Goal,
  type PlanInput,
  type SmartCheck,
  type SmartLetterCheck,
  type SmartReasonCode,
  type SmartVerdict,
} from '../../src/index.js';
import { isDeepFrozen, readFixture } from '../support/fixtures.js';
import { leadToDemoPlanInput, planOf } from '../support/plans.js';

const LETTERS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

function codes(letter: SmartLetterCheck): SmartReasonCode[] {
  return letter.reasons.map((reason) => reason.code);
}

function withGoal(patch: Partial<Goal>, planPatch: Partial<PlanInput> = {}) {
  const input = leadToDemoPlanInput();
  const goals = input.goals!.map((goal, i) => (i === 0 ? { ...goal, ...patch } : goal));
  const plan = planOf({ ...input, ...planPatch, goals });
  return { plan, goal: plan.goals[0]! };
}

describe('checkSmartGoal: the spec examples', () => {
  it('"Increase lead-to-demo conversion by 15% in 60 days" passes every letter', () => {
    const { plan, goal } = withGoal({});
    const check = checkSmartGoal(goal, plan);
    for (const letter of LETTERS) expect(check[letter].verdict, `${letter}: ${JSON.stringify(check[letter].reasons)}`).toBe('pass');
    expect(check.verdict).toBe('pass');
    // every verdict says why
    for (const letter of LETTERS) expect(check[letter].reasons.length).toBeGreaterThan(0);
    expect(codes(check.achievable)).toContain('within_realistic_bound');
    expect(check.achievable.reasons.find((r) => r.code === 'within_realistic_bound')?.message).toContain('3 percentage points (+15% on the baseline)');
    expect(codes(check.relevant)).toEqual(['linked_to_gap']);
  });

  it('"close more deals" fails Specific with vague_wording at the title', () => {
    const { plan, goal } = withGoal({ title: 'close more deals' });
    const check = checkSmartGoal(goal, plan);
    expect(check.specific.verdict).toBe('fail');
    const reason = check.specific.reasons.find((r) => r.code === 'vague_wording')!;
    expect(reason.path).toEqual(['goals', 0, 'title']);
    expect(reason.message).toContain('"close more deals"');
    expect(reason.fix).toMatch(/number/);
    expect(check.verdict).toBe('fail');
  });

  it('"Complete 40 outbound calls per day for 30 days" passes every letter (30-day fixture)', () => {
    const plan = planOf(readFixture('plan-30-day-activity.json'));
    const goal = plan.goals.find((g) => g.title === 'Complete 40 outbound calls per day for 30 days')!;
    const check = checkSmartGoal(goal, plan);
    for (const letter of LETTERS) expect(check[letter].verdict, `${letter}: ${JSON.stringify(check[letter].reasons)}`).toBe('pass');
  });

  it('a 30-day revenue goal with a 90-day sales cycle fails Achievable', () => {
    const input = leadToDemoPlanInput();
    input.gaps = [...input.gaps!, { id: 'gap-revenue', metricId: 'm-revenue', current: 2_000_000, standard: 3_000_000, standardSource: 'quota', period: { start: '2025-11-01', end: '2026-01-31' }, evidence: ['CRM closed-won'] }];
    input.goals = [
      ...input.goals!,
      { id: 'g-revenue', title: 'Close $25,000 of new business in 30 days', category: 'revenue', metricId: 'm-revenue', gapIds: ['gap-revenue'], baseline: 2_000_000, target: 2_500_000, basis: 'window', window: { start: '2026-03-02', end: '2026-03-31' } },
    ];
    const plan = planOf(input);
    const check = checkSmartGoal(plan.goals[2]!, plan);
    expect(plan.salesCycleDays).toBe(90);
    expect(check.achievable.verdict).toBe('fail');
    const reason = check.achievable.reasons.find((r) => r.code === 'window_shorter_than_sales_cycle')!;
    expect(reason.path).toEqual(['goals', 2, 'window']);
    expect(reason.message).toContain('30-day window, shorter than the role\'s 90-day sales cycle');
    // the same goal over 90 days is fine
    const longer = checkSmartGoal({ ...plan.goals[2]!, window: { start: '2026-03-02', end: '2026-04-30' } }, { ...plan, salesCycleDays: 60 });
    expect(codes(longer.achievable)).toContain('within_sales_cycle');
    expect(longer.achievable.verdict).toBe('pass');
  });
});

describe('checkSmartGoal: each letter', () => {
  it('Specific: unknown metric, target against the direction, title without its number', () => {
    const { plan, goal } = withGoal({});
    expect(codes(checkSmartGoal({ ...goal, metricId: 'm-nope' }, plan).specific)).toContain('metric_unknown');
    const worse = checkSmartGoal({ ...goal, target: 0.15 }, plan);
    expect(worse.specific.reasons.find((r) => r.code === 'target_against_direction')?.path).toEqual(['goals', 0, 'target']);
    const wordy = checkSmartGoal({ ...goal, title: 'Raise lead-to-demo conversion' }, plan);
    expect(wordy.specific.verdict).toBe('warn');
    expect(codes(wordy.specific)).toEqual(['title_without_target']);
    expect(wordy.specific.reasons[0]?.message).toContain('23%');
  });

  it('Measurable: a data source, a value of the unit, a rubric level for skills', () => {
    const { plan, goal } = withGoal({});
    const noSource = { ...plan, metrics: plan.metrics.map((m) => (m.id === 'm-lead-demo' ? { ...m, source: undefined } : m)) } as typeof plan;
    const check = checkSmartGoal(goal, noSource);
    expect(check.measurable.reasons.find((r) => r.code === 'metric_source_missing')?.path).toEqual(['metrics', 0, 'source']);
    const percentNotFraction = checkSmartGoal({ ...goal, target: 23 }, plan);
    expect(percentNotFraction.measurable.reasons.find((r) => r.code === 'target_outside_unit')?.path).toEqual(['goals', 0, 'target']);
    // Achievable is not judged on a target outside the unit
    expect(codes(percentNotFraction.achievable)).not.toContain('improvement_impossible');
    const skill = checkSmartGoal({ ...goal, category: 'skill' }, plan);
    expect(skill.measurable.reasons.find((r) => r.code === 'skill_target_not_rubric')?.path).toEqual(['metrics', 0, 'rubric']);
  });

  it('Measurable: "score >= 90% on the product assessment" is a skill measured without a rubric', () => {
    const { plan, goal } = withGoal({});
    const assessment = {
      ...plan,
      metrics: plan.metrics.map((m) => (m.id === 'm-lead-demo' ? { ...m, kind: 'skill' as const, name: 'Product assessment score' } : m)),
    } as typeof plan;
    const check = checkSmartGoal({ ...goal, category: 'skill', title: 'Score at least 90% on the product assessment', baseline: 0.8, target: 0.9 }, assessment);
    expect(codes(check.measurable)).not.toContain('skill_target_not_rubric');
    expect(check.measurable.verdict).toBe('pass');
  });

  it('Time-bound: milestones of a window total are cumulative from zero', () => {
    const { plan } = withGoal({});
    const revenue = {
      id: 'g-rev', title: 'Close $75,000 of new business in 60 days', category: 'revenue' as const, metricId: 'm-revenue', gapIds: ['gap-lead-demo'],
      baseline: 3_100_000, target: 7_500_000, basis: 'window' as const, window: { start: '2026-03-02', end: '2026-04-30' },
    };
    const ok = checkSmartGoal({ ...revenue, milestones: [{ date: '2026-03-31', target: 3_000_000 }] }, plan);
    expect(codes(ok.timeBound)).not.toContain('milestone_not_monotone');
    const backwards = checkSmartGoal({ ...revenue, milestones: [{ date: '2026-03-20', target: 4_000_000 }, { date: '2026-04-10', target: 3_000_000 }] }, plan);
    expect(backwards.timeBound.reasons.find((r) => r.code === 'milestone_not_monotone')?.path.slice(-3)).toEqual(['milestones', 1, 'target']);
  });

  it('Achievable: the realistic and impossible bounds, overridable', () => {
    const { plan, goal } = withGoal({});
    // a ratio: 20% -> 85% closes 81.25% of the headroom, and is beyond the 25% team average the gap names
    expect(codes(checkSmartGoal({ ...goal, target: 0.85 }, plan).achievable)).toEqual(['improvement_unrealistic', 'target_beyond_standard']);
    expect(codes(checkSmartGoal({ ...goal, target: 0.85 }, plan, { policy: { realisticRatioHeadroom: 0.9, beyondStandardMargin: 3 } }).achievable)).toEqual(['within_realistic_bound']);
    // a count (outbound calls): +175% warns, +1150% fails
    const calls = plan.goals[1]!;
    expect(codes(checkSmartGoal({ ...calls, target: 77 }, plan).achievable)).toEqual(['improvement_unrealistic']);
    expect(codes(checkSmartGoal({ ...calls, target: 77 }, plan, { policy: { realisticImprovement: 2 } }).achievable)).toEqual(['within_realistic_bound']);
    expect(checkSmartGoal({ ...calls, baseline: 4, target: 50 }, plan).achievable.verdict).toBe('fail'); // +1150%
    expect(DEFAULT_SMART_POLICY.realisticImprovement).toBe(1.5);
  });

  it('Achievable: judged against the rep\'s own history when given', () => {
    const { plan, goal } = withGoal({ target: 0.55, title: 'Reach 55% lead-to-demo conversion', gapIds: [] });
    const reached = checkSmartGoal(goal, plan, { history: [0.31, 0.56, 0.4, undefined, 0.22] });
    expect(codes(reached.achievable)).toEqual(['reached_before']);
    expect(reached.achievable.reasons[0]?.message).toContain('best 56%');
    const near = checkSmartGoal(goal, plan, { history: [0.5, 0.45] });
    expect(codes(near.achievable)).toEqual(['within_realistic_bound']);
    const far = checkSmartGoal(goal, plan, { history: [0.2, 0.25, 0.21] });
    expect(codes(far.achievable)).toEqual(['beyond_own_best']);
    expect(far.achievable.verdict).toBe('warn');
    // only the last `historyPeriods` count: an old best does not help
    const old = checkSmartGoal(goal, plan, { history: [0.6, 0.2, 0.2, 0.2], policy: { historyPeriods: 3 } });
    expect(codes(old.achievable)).toEqual(['beyond_own_best']);
  });

  it('Achievable: a target far beyond the gap\'s standard warns; a zero baseline is not judged', () => {
    const { plan, goal } = withGoal({ target: 0.3, title: 'Reach 30% lead-to-demo conversion' });
    expect(codes(checkSmartGoal(goal, plan).achievable)).toEqual(['within_realistic_bound', 'target_beyond_standard']);
    const fromZero = checkSmartGoal({ ...plan.goals[1]!, baseline: 0, target: 20 }, plan);
    expect(codes(fromZero.achievable)).toEqual(['improvement_not_judged']);
  });

  it('Relevant: linked to a gap on its metric, or on a metric it drives', () => {
    const { plan } = withGoal({});
    const calls = checkSmartGoal(plan.goals[1]!, plan);
    expect(calls.relevant.verdict).toBe('pass');
    expect(calls.relevant.reasons[0]?.message).toContain('through the metric it drives (Lead-to-demo conversion)');
    const none = checkSmartGoal({ ...plan.goals[0]!, gapIds: [] }, plan);
    expect(none.relevant.reasons.map((r) => [r.code, r.path])).toEqual([['goal_without_gap', ['goals', 0, 'gapIds']]]);
    const revenue = checkSmartGoal({ ...plan.goals[1]!, metricId: 'm-revenue' }, plan);
    expect(revenue.relevant.reasons.map((r) => [r.code, r.path])).toEqual([['gap_metric_unrelated', ['goals', 1, 'gapIds', 0]]]);
    expect(codes(checkSmartGoal({ ...plan.goals[0]!, gapIds: ['gap-x'] }, plan).relevant)).toEqual(['gap_unknown']);
  });

  it('Time-bound: a window inside the plan, milestones inside it and monotone toward the target', () => {
    const { plan, goal } = withGoal({});
    expect(codes(checkSmartGoal({ ...goal, window: undefined }, plan).timeBound)).toEqual(['goal_without_window']);
    const late = checkSmartGoal({ ...goal, window: { start: '2026-03-02', end: '2026-05-31' } }, plan);
    expect(late.timeBound.reasons.map((r) => [r.code, r.path])).toEqual([['goal_window_outside_plan', ['goals', 0, 'window']]]);
    expect(late.timeBound.reasons[0]?.message).toContain('2026-03-02 .. 2026-04-30');
    const milestones = checkSmartGoal(
      {
        ...goal,
        milestones: [
          { date: '2026-04-01', target: 0.21 },
          { date: '2026-03-20', target: 0.22 }, // earlier date, higher target: out of order once sorted
          { date: '2026-05-15', target: 0.23 },
        ],
      },
      plan,
    );
    expect(milestones.timeBound.reasons.map((r) => [r.code, r.path])).toEqual([
      ['milestone_not_monotone', ['goals', 0, 'milestones', 0, 'target']],
      ['milestone_outside_window', ['goals', 0, 'milestones', 2, 'date']],
    ]);
    const fine = checkSmartGoal({ ...goal, milestones: [{ date: '2026-03-31', target: 0.21 }, { date: '2026-04-15', target: 0.22 }] }, plan);
    expect(fine.timeBound.verdict).toBe('pass');
    const overshoot = checkSmartGoal({ ...goal, milestones: [{ date: '2026-03-31', target: 0.3 }] }, plan);
    expect(codes(overshoot.timeBound)).toEqual(['milestone_not_monotone']);
  });

  it('lower-is-better goals: milestones go down, a higher target is against the direction', () => {
    const plan = planOf({
      ...leadToDemoPlanInput(),
      metrics: [...leadToDemoPlanInput().metrics!, { id: 'm-log', name: 'Hours to log next steps', kind: 'behavior', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better', aggregation: 'mean', source: 'CRM audit' }],
    });
    const goal: Goal = { id: 'g-log', title: 'Log next steps within 24 hours', category: 'conduct', metricId: 'm-log', gapIds: [], baseline: 48, target: 24, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' }, milestones: [{ date: '2026-03-31', target: 36 }] };
    const check = checkSmartGoal(goal, plan);
    expect(check.timeBound.verdict).toBe('pass');
    expect(check.specific.verdict).toBe('pass');
    expect(check.achievable.reasons[0]?.message).toContain('24 hours (+50% on the baseline)');
    expect(codes(checkSmartGoal({ ...goal, target: 60, milestones: [] }, plan).specific)).toContain('target_against_direction');
  });

  it('returns a frozen result, never mutates the goal or plan, and pathless reasons for a goal outside the plan', () => {
    const { plan, goal } = withGoal({});
    const check = checkSmartGoal(goal, plan);
    expect(isDeepFrozen(check)).toBe(true);
    const outside = { ...goal, id: 'g-new', title: 'Sell more' };
    const copy = structuredClone(outside);
    const result = checkSmartGoal(outside, plan);
    expect(outside).toEqual(copy);
    expect(result.specific.reasons[0]?.path).toEqual(['title']);
  });
});

describe('findVagueWording', () => {
  it('flags the spec\'s vague goals and accepts the SMART ones', () => {
    for (const text of ['Improve your attitude', 'Be more engaged', 'Sell more', 'Do better', 'Build more pipeline', 'close more deals', 'Show more commitment and try harder']) {
      expect(findVagueWording(text).vague, text).toBe(true);
    }
    for (const text of [
      'Increase lead-to-demo conversion by 15% in 60 days',
      'Complete 40 outbound calls per day for 30 days',
      'Build more pipeline: 10 qualified opportunities per month',
      'Close $75,000 new business in 60 days',
      'Log all interactions and next steps in the CRM within 24 hours',
    ]) {
      expect(findVagueWording(text).vague, text).toBe(false);
    }
    // attitude words stay vague whatever the numbers
    expect(findVagueWording('Improve attitude by 50%').vague).toBe(true);
    expect(findVagueWording('Close more deals').phrases).toEqual(['close more deals', 'more deals']);
  });
});

describe('public types', () => {
  it('letters carry verdicts from a closed union and reasons with codes', () => {
    expectTypeOf(checkSmartGoal).returns.toEqualTypeOf<SmartCheck>();
    expectTypeOf<SmartCheck['timeBound']>().toEqualTypeOf<SmartLetterCheck>();
    expectTypeOf<SmartVerdict>().toEqualTypeOf<'pass' | 'warn' | 'fail'>();
    expectTypeOf<'vague_wording'>().toExtend<SmartReasonCode>();
    expect(SMART_REASON_CODES).toContain('window_shorter_than_sales_cycle');
  });
});
