/**
 * The SMART check explains itself: every reason sits under its own letter, names the goal, carries
 * the figures, names and dates it turned on, points at a field that exists in the plan, and says
 * what to do (or "Nothing to do" when it passes). Written against the mutation-testing survivors
 * of src/goals (docs/quality.md): each expectation is something a reader of the check relies on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSmartGoal, findVagueWording, lintPlan, parsePlan, SMART_REASON_CODES, type Goal, type Plan, type PlanInput, type SmartCheck, type SmartReason } from '../../src/index.js';
import { pitfallPlanArbitrary, planArbitrary } from '../../src/testing/index.js';
import { leadToDemoPlanInput, planOf, unchecked } from '../support/plans.js';
import { runs } from '../support/runs.js';

const LETTERS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

/** Which letter each reason code belongs to (written out from the SMART criteria, independently of the code). */
const LETTER_OF: Record<string, (typeof LETTERS)[number]> = {
  metric_unknown: 'specific',
  vague_wording: 'specific',
  title_without_target: 'specific',
  target_against_direction: 'specific',
  specific_target: 'specific',
  metric_source_missing: 'measurable',
  target_outside_unit: 'measurable',
  skill_target_not_rubric: 'measurable',
  measurable_target: 'measurable',
  window_shorter_than_sales_cycle: 'achievable',
  sales_cycle_unknown: 'achievable',
  improvement_impossible: 'achievable',
  improvement_unrealistic: 'achievable',
  beyond_own_best: 'achievable',
  target_beyond_standard: 'achievable',
  rubric_climb_too_steep: 'achievable',
  within_sales_cycle: 'achievable',
  within_realistic_bound: 'achievable',
  reached_before: 'achievable',
  improvement_not_judged: 'achievable',
  goal_without_gap: 'relevant',
  gap_unknown: 'relevant',
  gap_metric_unrelated: 'relevant',
  linked_to_gap: 'relevant',
  goal_without_window: 'timeBound',
  goal_window_outside_plan: 'timeBound',
  milestone_outside_window: 'timeBound',
  milestone_not_monotone: 'timeBound',
  window_inside_plan: 'timeBound',
};

const RANK = { pass: 0, warn: 1, fail: 2 } as const;

function reasons(check: SmartCheck): SmartReason[] {
  return LETTERS.flatMap((letter) => [...check[letter].reasons]);
}

function find(check: SmartCheck, code: string): SmartReason {
  const reason = reasons(check).find((r) => r.code === code);
  if (!reason) throw new Error(`no ${code} in ${JSON.stringify(reasons(check).map((r) => r.code))}`);
  return reason;
}

/** The value at `path` in the plan (undefined when a step is missing). */
function at(plan: unknown, path: readonly (string | number)[]): unknown {
  let node = plan;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The structural promises of a check, for a goal of the plan. */
function checkExplains(plan: Plan, index: number, check: SmartCheck): void {
  const goal = plan.goals[index]!;
  expect(check.goalId).toBe(goal.id);
  let overall = 0;
  for (const letter of LETTERS) {
    const list = check[letter].reasons;
    expect(list.length, `${letter} says why`).toBeGreaterThan(0);
    const worst = Math.max(...list.map((r) => RANK[r.verdict]));
    expect(RANK[check[letter].verdict]).toBe(worst);
    overall = Math.max(overall, worst);
    for (const reason of list) {
      expect(SMART_REASON_CODES).toContain(reason.code);
      expect(reason.letter).toBe(letter);
      // (an unknown metric fails both Specific and Measurable)
      if (reason.code !== 'metric_unknown') expect(LETTER_OF[reason.code], reason.code).toBe(letter);
      // names the goal, with no unfilled figure
      expect(reason.message).toContain(`"${goal.title}" (${goal.id})`);
      expect(reason.message.replace(goal.title, '')).not.toMatch(/\?|undefined|NaN|\(\)|:\s*\)/);
      expect(reason.message.endsWith('.')).toBe(true);
      // a fix to act on; a passing reason asks for nothing
      expect(reason.fix.startsWith('Nothing to do'), reason.code).toBe(reason.verdict === 'pass');
      expect(reason.fix.length).toBeGreaterThan(10);
      // points into the plan: every step but the last exists, the last is a field name or an index
      expect(at(plan, reason.path.slice(0, -1)), JSON.stringify(reason.path)).toBeTypeOf('object');
      const last = reason.path.at(-1);
      expect(typeof last === 'number' || (typeof last === 'string' && last.length > 0)).toBe(true);
      expect(reason.path[0] === 'goals' ? reason.path[1] : index).toBe(index);
    }
  }
  expect(RANK[check.verdict]).toBe(overall);
}

describe('SMART reasons explain themselves', () => {
  it('over generated plans and one-pitfall plans: letters, verdicts, goal named, figures filled, paths into the plan, fixes', () => {
    const documents = fc.oneof(
      planArbitrary(),
      pitfallPlanArbitrary().map((p) => p.input),
    );
    const seen = new Set<string>();
    fc.assert(
      fc.property(documents, (input) => {
        const parsed = parsePlan(input);
        if (!parsed.ok) return;
        parsed.plan.goals.forEach((goal, i) => {
          const check = checkSmartGoal(goal, parsed.plan);
          for (const r of reasons(check)) seen.add(r.code);
          checkExplains(parsed.plan, i, check);
          // a copy of the goal (not the plan's own object) is found by id: the same paths
          expect(checkSmartGoal({ ...goal }, parsed.plan)).toStrictEqual(check);
        });
      }),
      { numRuns: runs(150) },
    );
    expect(seen.size).toBeGreaterThan(5);
  }, 120_000);
});

/**
 * checkSmartGoal, with the promises every reason keeps checked on each call: a closed verdict, under
 * its own letter, the goal named, no unfilled figure, a fix (or "Nothing to do" when it passes), a
 * path whose last step is a field name or an index.
 */
function smart(goal: Goal, plan: Plan, context: Parameters<typeof checkSmartGoal>[2] = {}): SmartCheck {
  const check = checkSmartGoal(goal, plan, context);
  for (const letter of LETTERS) {
    for (const reason of check[letter].reasons) {
      expect(['pass', 'warn', 'fail']).toContain(reason.verdict);
      expect(reason.letter).toBe(letter);
      // (an unknown metric fails both Specific and Measurable)
      if (reason.code !== 'metric_unknown') expect(LETTER_OF[reason.code], reason.code).toBe(letter);
      expect(reason.message).toContain(`"${goal.title}" (${goal.id})`);
      expect(reason.message.replace(goal.title, ''), reason.message).not.toMatch(/\?|undefined|NaN|Stryker/);
      expect(reason.fix.length, reason.code).toBeGreaterThan(10);
      expect(reason.fix.startsWith('Nothing to do'), reason.code).toBe(reason.verdict === 'pass');
      const last = reason.path.at(-1);
      expect(typeof last === 'number' || (typeof last === 'string' && last.length > 0), JSON.stringify(reason.path)).toBe(true);
    }
  }
  return check;
}

// ---------------------------------------------------------------------------------------------
// The evidence each reason carries, on the spec's example plan (60 days from 2026-03-02; goal
// "Increase lead-to-demo conversion by 15% in 60 days": ratio 20% -> 23%; gap standard 25%).
// ---------------------------------------------------------------------------------------------

function example(patch: Partial<Goal> = {}, planPatch: Partial<PlanInput> = {}): { plan: Plan; goal: Goal } {
  const input = leadToDemoPlanInput();
  const goals = input.goals!.map((goal, i) => (i === 0 ? { ...goal, ...patch } : goal));
  const plan = planOf({ ...input, ...planPatch, goals });
  return { plan, goal: plan.goals[0]! };
}

const LOG_METRIC = { id: 'm-log', name: 'Hours to log next steps', kind: 'behavior', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better', aggregation: 'mean', source: 'CRM audit' } as const;
const RUBRIC_METRIC = {
  id: 'm-rubric',
  name: 'Discovery rubric',
  kind: 'skill',
  unit: 'score',
  direction: 'higher_is_better',
  aggregation: 'latest',
  source: 'Call review',
  rubric: {
    levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}`, description: `Shows the skill at level ${value}.` })),
    standard: 4,
  },
} as const;

describe('Specific: the evidence', () => {
  it('vague wording lists the vague phrases, and says when there is no number', () => {
    const { plan, goal } = example({ title: 'Sell more and improve your attitude' });
    const bare = find(smart(goal, plan), 'vague_wording');
    expect(bare.message).toContain('"sell more", "improve attitude" with no number');
    expect(bare.path).toEqual(['goals', 0, 'title']);
    // with a number, only the always-vague phrase is held against it
    const quantified = find(smart({ ...goal, title: 'Sell more: 23% conversion, and a better attitude' }, plan), 'vague_wording');
    expect(quantified.message).toContain('("better attitude")');
    expect(quantified.message).not.toContain('sell more');
  });

  it('a target against the direction names both figures, the metric and its direction', () => {
    const { plan, goal } = example({ target: 0.15 });
    const reason = find(smart(goal, plan), 'target_against_direction');
    expect(reason.message).toContain('15%');
    expect(reason.message).toContain('20%');
    expect(reason.message).toContain('Lead-to-demo conversion');
    expect(reason.message).toContain('higher is better');
    const lower = planOf({ ...leadToDemoPlanInput(), metrics: [...leadToDemoPlanInput().metrics!, LOG_METRIC] });
    const slower: Goal = { id: 'g-log', title: 'Log next steps within 60 hours', category: 'conduct', metricId: 'm-log', gapIds: [], baseline: 48, target: 60, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } };
    const against = find(smart(slower, lower), 'target_against_direction');
    expect(against.message).toContain('lower is better');
    expect(against.message).toContain('60 hours');
    // keeping the baseline is not against the direction
    expect(reasons(smart({ ...slower, target: 48, title: 'Keep logging within 48 hours' }, lower)).map((r) => r.code)).not.toContain('target_against_direction');
  });

  it('a passing Specific names the metric and the target; an unknown metric is quoted', () => {
    const { plan, goal } = example();
    expect(find(smart(goal, plan), 'specific_target').message).toContain('Lead-to-demo conversion');
    expect(find(smart(goal, plan), 'specific_target').message).toContain('23%');
    const unknown = smart({ ...goal, metricId: 'm-nope' }, plan);
    expect(unknown.specific.reasons.map((r) => r.code)).toEqual(['metric_unknown']);
    expect(unknown.measurable.reasons.map((r) => r.code)).toEqual(['metric_unknown']);
    for (const letter of ['specific', 'measurable'] as const) {
      expect(unknown[letter].reasons[0]?.message).toContain('"m-nope"');
      expect(unknown[letter].reasons[0]?.path).toEqual(['goals', 0, 'metricId']);
    }
    // nothing else is judged against a metric that does not exist
    expect(unknown.achievable.reasons.map((r) => r.code)).toEqual(['improvement_not_judged']);
  });
});

describe('Measurable: the evidence', () => {
  it('a missing or blank data source names the metric', () => {
    const { plan, goal } = example();
    const blank = { ...plan, metrics: plan.metrics.map((m, i) => (i === 0 ? { ...m, source: '   ' } : m)) } as Plan;
    const reason = find(smart(goal, blank), 'metric_source_missing');
    expect(reason.message).toContain('Lead-to-demo conversion');
    expect(reason.path).toEqual(['metrics', 0, 'source']);
  });

  it('ratios are fractions from 0 to 1 inclusive; counts, money and durations are not negative; scores are free', () => {
    const { plan, goal } = example();
    const outside = (g: Goal, p: Plan = plan) => reasons(smart(g, p)).filter((r) => r.code === 'target_outside_unit');
    expect(outside({ ...goal, target: 1, title: 'Convert 100% of leads' })).toEqual([]);
    expect(outside({ ...goal, baseline: 0, target: 0.2 })).toEqual([]);
    const over = outside({ ...goal, target: 1.2 });
    expect(over.map((r) => r.path)).toEqual([['goals', 0, 'target']]);
    expect(over[0]?.message).toContain('the target');
    expect(over[0]?.message).toContain('1.2');
    expect(over[0]?.message).toContain('a ratio is a fraction between 0 and 1');
    const under = outside({ ...goal, baseline: -0.1 });
    expect(under.map((r) => r.path)).toEqual([['goals', 0, 'baseline']]);
    expect(under[0]?.message).toContain('the baseline');
    const calls = plan.goals[1]!;
    expect(outside({ ...calls, baseline: 0 })).toEqual([]);
    const negative = outside({ ...calls, baseline: -3 });
    expect(negative[0]?.message).toContain('a count cannot be negative');
    const money = outside({ ...calls, metricId: 'm-revenue', baseline: -100, target: 7_500_000 });
    expect(money[0]?.message).toContain('a currency cannot be negative');
    const slow = planOf({ ...leadToDemoPlanInput(), metrics: [...leadToDemoPlanInput().metrics!, LOG_METRIC] });
    expect(outside({ ...calls, metricId: 'm-log', baseline: -1, target: 24 }, slow)[0]?.message).toContain('a duration cannot be negative');
    const rubric = planOf({ ...leadToDemoPlanInput(), metrics: [...leadToDemoPlanInput().metrics!, RUBRIC_METRIC] });
    expect(outside({ ...calls, metricId: 'm-rubric', category: 'skill', baseline: -2, target: 4 }, rubric)).toEqual([]);
  });

  it('a skill goal needs a rubric, and its target must be one of the levels (listed)', () => {
    const { plan, goal } = example({ category: 'skill' });
    const noRubric = find(smart(goal, plan), 'skill_target_not_rubric');
    expect(noRubric.message).toContain('Lead-to-demo conversion has no rubric');
    // a skill metric without the skill category is a skill goal too (a score needs its rubric;
    // a ratio would be an assessment's share passed, measurable as it is)
    const skillMetric = { ...plan, metrics: plan.metrics.map((m, i) => (i === 0 ? { ...m, kind: 'skill' as const, unit: 'score' as const } : m)) } as Plan;
    expect(find(smart({ ...goal, category: 'activity' }, skillMetric), 'skill_target_not_rubric').path).toEqual(['metrics', 0, 'rubric']);
    const rubric = planOf({ ...leadToDemoPlanInput(), metrics: [...leadToDemoPlanInput().metrics!, RUBRIC_METRIC] });
    const skill: Goal = { id: 'g-skill', title: 'Reach level 4 on the discovery rubric', category: 'skill', metricId: 'm-rubric', gapIds: [], baseline: 2, target: 4, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } };
    expect(smart(skill, rubric).measurable.verdict).toBe('pass');
    expect(find(smart(skill, rubric), 'measurable_target').message).toContain('Call review');
    const between = smart({ ...skill, target: 3.5 }, rubric);
    const reason = find(between, 'skill_target_not_rubric');
    expect(reason.message).toContain('its target 3.5 is not a level of the rubric (1, 2, 3, 4, 5)');
    expect(reason.path).toEqual(['target']);
    // and Achievable does not judge a target that is not a level
    expect(between.achievable.reasons.map((r) => r.code)).toEqual(['improvement_not_judged']);
  });
});

describe('Achievable: the evidence', () => {
  it('the sales cycle: unknown, shorter than the window, or covered, with the days', () => {
    const { plan } = example();
    const revenue: Goal = { id: 'g-rev', title: 'Close USD 75,000.00 of new business', category: 'revenue', metricId: 'm-revenue', gapIds: [], baseline: 5_000_000, target: 7_500_000, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } };
    const short = find(smart(revenue, plan), 'window_shorter_than_sales_cycle');
    expect(short.message).toContain('60');
    expect(short.message).toContain('90');
    expect(short.path).toEqual(['window']);
    const covered = find(smart(revenue, plan, { salesCycleDays: 45 }), 'within_sales_cycle');
    expect(covered.message).toContain('60');
    expect(covered.message).toContain('45');
    const deadline = find(smart({ ...revenue, window: undefined, deadline: '2026-04-30' }, plan, { salesCycleDays: 45 }), 'within_sales_cycle');
    expect(deadline.path).toEqual(['deadline']);
    const unknown = planOf({ ...leadToDemoPlanInput(), salesCycleDays: undefined });
    const reason = find(smart(revenue, unknown), 'sales_cycle_unknown');
    expect(reason.verdict).toBe('warn');
    expect(reason.path).toEqual(['salesCycleDays']);
    expect(reason.message).toContain('60');
    // an outcome metric counts even outside the revenue category; an activity goal is not held to the cycle
    expect(find(smart({ ...revenue, category: 'customer' }, plan), 'window_shorter_than_sales_cycle').verdict).toBe('fail');
    expect(reasons(smart(plan.goals[1]!, plan)).map((r) => r.code)).not.toContain('window_shorter_than_sales_cycle');
  });

  it('the realistic and impossible bounds give the change and the bound', () => {
    const { plan, goal } = example();
    // a ratio metric (lead-to-demo conversion): the headroom closed decides (see ratio-headroom.test.ts)
    const within = find(smart(goal, plan), 'within_realistic_bound');
    expect(within.message).toContain('3 percentage points (+15% on the baseline)');
    expect(within.message).toContain('closing 3.75% of the headroom to 100%');
    expect(within.message).toContain('75% of the headroom');
    // a count metric (outbound calls, goal 1): the change relative to the baseline
    const calls = plan.goals[1]!;
    const countWithin = find(smart(calls, plan), 'within_realistic_bound');
    expect(countWithin.message).toContain('(+42.86% on the baseline)');
    expect(countWithin.message).toContain('150%');
    const unrealistic = find(smart({ ...calls, target: 77 }, plan), 'improvement_unrealistic');
    expect(unrealistic.message).toContain('+175% on the baseline');
    expect(unrealistic.message).toContain('150%');
    const impossible = find(smart({ ...calls, baseline: 4, target: 50 }, plan), 'improvement_impossible');
    expect(impossible.message).toContain('+1150% on the baseline');
    expect(impossible.message).toContain('900%');
    // exactly at a bound is still inside it
    expect(smart({ ...calls, baseline: 20, target: 50 }, plan).achievable.verdict).toBe('pass'); // +150%
    expect(find(smart({ ...calls, baseline: 2, target: 20 }, plan), 'improvement_unrealistic').verdict).toBe('warn'); // +900%, not impossible
  });

  it("the rep's own history: reached before, a little beyond the best, or far beyond, with the best", () => {
    const { plan, goal } = example({ target: 0.55, title: 'Reach 55% lead-to-demo conversion', gapIds: [] });
    const reached = find(smart(goal, plan, { history: [0.55] }), 'reached_before');
    expect(reached.message).toContain('55%');
    const near = find(smart(goal, plan, { history: [0.5, 0.45] }), 'within_realistic_bound');
    expect(near.message).toContain("10% beyond the rep's recent best of 50%");
    expect(near.message).toContain("25% beyond the rep's own best");
    // exactly the margin beyond the best is within it
    expect(find(smart({ ...goal, target: 0.5 }, plan, { history: [0.4] }), 'within_realistic_bound').verdict).toBe('pass');
    const far = find(smart(goal, plan, { history: [0.2, 0.25, 0.21] }), 'beyond_own_best');
    expect(far.message).toContain('120% beyond');
    expect(far.message).toContain('25%');
    const fromZero = find(smart(goal, plan, { history: [0, 0] }), 'beyond_own_best');
    expect(fromZero.message).toContain('above');
    // history judged, the relative bounds do not apply on top (only the impossible one)
    expect(smart(goal, plan, { history: [0.5] }).achievable.reasons.map((r) => r.code)).toEqual(['within_realistic_bound']);
    // non-numbers in the history are skipped
    expect(find(smart(goal, plan, { history: [0.5, undefined, Number.NaN] }), 'within_realistic_bound').message).toContain('best of 50%');
    // the best is the best in the metric's direction
    const lower = planOf({ ...leadToDemoPlanInput(), metrics: [...leadToDemoPlanInput().metrics!, LOG_METRIC] });
    const log: Goal = { id: 'g-log', title: 'Log next steps within 24 hours', category: 'conduct', metricId: 'm-log', gapIds: [], baseline: 48, target: 24, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } };
    expect(find(smart(log, lower, { history: [40, 20, 30] }), 'reached_before').message).toContain('20 hours');
  });

  it('a zero baseline is not judged on relative size (the path is the baseline); a history still judges it', () => {
    const { plan, goal } = example({ baseline: 0, target: 0.2, title: 'Reach 20% lead-to-demo conversion' });
    // a ratio from zero is judged on the headroom (20% of the way to 100%)
    expect(find(smart(goal, plan), 'within_realistic_bound').message).toContain('closing 20% of the headroom to 100%');
    const calls = { ...plan.goals[1]!, baseline: 0, target: 20 };
    const reason = find(smart(calls, plan), 'improvement_not_judged');
    expect(reason.path).toEqual(['goals', 1, 'baseline']);
    expect(reason.message).toContain('a zero baseline (20)');
    expect(smart(goal, plan, { history: [0.1] }).achievable.reasons.map((r) => r.code)).toEqual(['beyond_own_best']);
    // a target equal to the baseline asks for no change
    const same = find(smart({ ...goal, baseline: 0.2 }, plan), 'improvement_not_judged');
    expect(same.path).toEqual(['goals', 0, 'target']);
    expect(same.message).toContain('nothing to bound');
  });

  it("beyond the gap's standard: the standard and the gap, at most once, and only past the margin", () => {
    const { plan, goal } = example({ target: 0.3, title: 'Reach 30% lead-to-demo conversion', gapIds: ['gap-lead-demo', 'gap-lead-demo'] });
    const warned = reasons(smart(goal, plan)).filter((r) => r.code === 'target_beyond_standard');
    expect(warned).toHaveLength(1);
    expect(warned[0]?.message).toContain('30%');
    expect(warned[0]?.message).toContain('25%');
    expect(warned[0]?.message).toContain('gap-lead-demo');
    // 10% beyond the 25% standard is 27.5%: allowed; the standard itself is fine
    expect(reasons(smart({ ...goal, target: 0.275 }, plan)).map((r) => r.code)).not.toContain('target_beyond_standard');
    expect(reasons(smart({ ...goal, target: 0.25 }, plan)).map((r) => r.code)).not.toContain('target_beyond_standard');
    // a zero standard: anything beyond it warns
    const zero = { ...plan, gaps: plan.gaps.map((g) => ({ ...g, standard: 0, current: 0 })) } as Plan;
    expect(reasons(smart({ ...goal, baseline: 0.2, target: 0.21, title: 'Reach 21%' }, zero)).map((r) => r.code)).toContain('target_beyond_standard');
  });

  it('rubric climbs: levels counted, singular and plural, steep past the policy', () => {
    const rubric = planOf({ ...leadToDemoPlanInput(), metrics: [...leadToDemoPlanInput().metrics!, RUBRIC_METRIC] });
    const skill: Goal = { id: 'g-skill', title: 'Reach level 3 on the discovery rubric', category: 'skill', metricId: 'm-rubric', gapIds: [], baseline: 2, target: 3, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } };
    expect(find(smart(skill, rubric), 'within_realistic_bound').message).toContain('1 rubric level');
    expect(find(smart(skill, rubric), 'within_realistic_bound').message).not.toContain('1 rubric levels');
    expect(find(smart({ ...skill, target: 4, title: 'Reach level 4' }, rubric), 'within_realistic_bound').message).toContain('2 rubric levels');
    const steep = find(smart({ ...skill, baseline: 1, target: 4, title: 'Reach level 4' }, rubric), 'rubric_climb_too_steep');
    expect(steep.verdict).toBe('warn');
    expect(steep.message).toContain('3');
    expect(steep.message).toContain('2');
  });
});

describe('Relevant: the evidence', () => {
  it('an unknown gap is quoted at its position; an unrelated one names both metrics', () => {
    const { plan, goal } = example();
    const unknown = find(smart({ ...goal, gapIds: ['gap-lead-demo', 'gap-x'] }, plan), 'gap_unknown');
    expect(unknown.message).toContain('"gap-x"');
    expect(unknown.path).toEqual(['goals', 0, 'gapIds', 1]);
    const unrelated = find(smart({ ...plan.goals[1]!, metricId: 'm-revenue' }, plan), 'gap_metric_unrelated');
    expect(unrelated.message).toContain('New business closed');
    expect(unrelated.message).toContain('"gap-lead-demo"');
    expect(unrelated.message).toContain('Lead-to-demo conversion');
    const linked = find(smart(goal, plan), 'linked_to_gap');
    expect(linked.message).toContain('closes gap gap-lead-demo.');
  });

  it('a leading indicator closes a gap through the metrics it drives, directly or through others, cycles included', () => {
    const input = leadToDemoPlanInput();
    const metrics = input.metrics!.map((m) => (m.id === 'm-lead-demo' ? { ...m, drives: ['m-revenue'] } : m.id === 'm-revenue' ? { ...m, drives: ['m-calls'] } : m));
    const gaps = [...input.gaps!, { id: 'gap-revenue', metricId: 'm-revenue', current: 4_000_000, standard: 6_000_000, standardSource: 'team_average' as const, period: { start: '2025-11-01', end: '2026-01-31' }, evidence: ['CRM'] }];
    const plan = planOf({ ...input, metrics, gaps });
    const calls = { ...plan.goals[1]!, gapIds: ['gap-revenue'] };
    const check = smart(calls, plan);
    expect(check.relevant.verdict).toBe('pass');
    expect(find(check, 'linked_to_gap').message).toContain('gap gap-revenue through the metric it drives (New business closed)');
    // the revenue metric drives calls back: a cycle, and a gap the cycle never reaches
    const withOther = planOf({ ...input, metrics: [...metrics, LOG_METRIC], gaps: [...gaps, { id: 'gap-log', metricId: 'm-log', current: 48, standard: 24, standardSource: 'team_average', period: { start: '2025-11-01', end: '2026-01-31' }, evidence: ['CRM'] }] });
    expect(find(smart({ ...calls, gapIds: ['gap-log'] }, withOther), 'gap_metric_unrelated').message).toContain('Hours to log next steps');
  });
});

describe('Time-bound: the evidence', () => {
  it('windows and milestones name their dates and spans', () => {
    const { plan, goal } = example();
    const early = find(smart({ ...goal, window: { start: '2026-03-01', end: '2026-04-30' } }, plan), 'goal_window_outside_plan');
    expect(early.message).toContain('2026-03-01 .. 2026-04-30');
    expect(early.message).toContain('2026-03-02 .. 2026-04-30');
    expect(early.message).toContain('window');
    const late = find(smart({ ...goal, window: undefined, deadline: '2026-05-01' }, plan), 'goal_window_outside_plan');
    expect(late.path).toEqual(['goals', 0, 'deadline']);
    expect(late.message).toContain('deadline');
    expect(find(smart(goal, plan), 'window_inside_plan').message).toContain('2026-03-02 .. 2026-04-30');
    // milestones on the window's first and last days are inside it
    const edges = smart({ ...goal, milestones: [{ date: '2026-03-02', target: 0.2 }, { date: '2026-04-30', target: 0.23 }] }, plan);
    expect(edges.timeBound.reasons.map((r) => r.code)).toEqual(['window_inside_plan']);
    const outside = find(smart({ ...goal, milestones: [{ date: '2026-03-01', target: 0.21 }] }, plan), 'milestone_outside_window');
    expect(outside.message).toContain('2026-03-01');
    expect(outside.message).toContain('2026-03-02 .. 2026-04-30');
    const backwards = find(smart({ ...goal, milestones: [{ date: '2026-03-20', target: 0.22 }, { date: '2026-04-01', target: 0.21 }] }, plan), 'milestone_not_monotone');
    expect(backwards.path).toEqual(['goals', 0, 'milestones', 1, 'target']);
    expect(backwards.message).toContain('2026-04-01');
    expect(backwards.message).toContain('21%');
    expect(backwards.message).toContain('22%');
    // two milestones on one day keep their written order
    const sameDay = smart({ ...goal, milestones: [{ date: '2026-04-01', target: 0.22 }, { date: '2026-04-01', target: 0.21 }] }, plan);
    expect(find(sameDay, 'milestone_not_monotone').path).toEqual(['goals', 0, 'milestones', 1, 'target']);
    // a milestone equal to the previous step is still moving toward the target
    expect(smart({ ...goal, milestones: [{ date: '2026-03-20', target: 0.2 }, { date: '2026-04-01', target: 0.2 }] }, plan).timeBound.verdict).toBe('pass');
    // a target against the direction leaves the milestones unjudged
    const against = smart({ ...goal, target: 0.1, milestones: [{ date: '2026-03-20', target: 0.3 }] }, plan);
    expect(against.timeBound.reasons.map((r) => r.code)).toEqual(['window_inside_plan']);
  });

  it('an extension moves the plan end for goal windows (lint sees the extended plan)', () => {
    const { plan, goal } = example();
    const extended = planOf({
      ...leadToDemoPlanInput(),
      extensions: [{ grantedOn: '2026-04-20', by: 'hr-1', days: 15, previousEndDate: '2026-04-30', newEndDate: '2026-05-15', reason: 'Real progress.' }],
      goals: leadToDemoPlanInput().goals!.map((g, i) => (i === 0 ? { ...g, window: { start: '2026-03-02', end: '2026-05-15' } } : g)),
    });
    expect(smart(extended.goals[0]!, extended).timeBound.verdict).toBe('pass');
    expect(lintPlan(extended).map((f) => f.code)).not.toContain('goal_window_outside_plan');
    // an extension that ends earlier than the written end does not shorten the plan (a document
    // parsePlan refuses, extension_outside_plan: the check still copes)
    const shorter = unchecked(planOf(leadToDemoPlanInput()), {
      extensions: [{ grantedOn: '2026-04-20', by: 'hr-1', days: 1, previousEndDate: '2026-04-10', newEndDate: '2026-04-11', reason: 'Recorded late.' }],
    });
    expect(smart(shorter.goals[0]!, shorter).timeBound.verdict).toBe('pass');
    expect(smart(goal, plan).timeBound.verdict).toBe('pass');
  });
});

describe('findVagueWording: words are matched whole, numbers in any form count', () => {
  it.each([
    ['Improve your attitude', true],
    ['Asell more', false], // "asell" is not "sell"
    ['Sellz more', false], // nor is "sellz"
    ['Sell,  more deals', true], // punctuation and spaces separate words
    ['Sell\u007fmore', true], // so does a control character
    ['Sell more, 0 lost deals', false], // 0 is a number
    ['Sell more, 9 deals a month', false], // so is 9
    ['Sell more, twenty deals a month', false],
    ['Sell more to überclients', true], // letters beyond ASCII are letters
  ] as const)('%s: vague %s', (text, vague) => {
    expect(findVagueWording(text).vague).toBe(vague);
  });

  it('lists the phrases found, fillers left out', () => {
    expect(findVagueWording('Take ownership and improve your attitude').phrases).toEqual(['take ownership', 'improve attitude']);
    expect(findVagueWording('Close more deals').quantified).toBe(false);
    expect(findVagueWording('Close 5 more deals').quantified).toBe(true);
  });
});

describe('SMART: the remaining edges', () => {
  it('a goal without a gap or a window fails Relevant or Time-bound, with a fix', () => {
    const { plan, goal } = example();
    expect(find(smart({ ...goal, gapIds: [] }, plan), 'goal_without_gap')).toMatchObject({ verdict: 'fail', path: ['goals', 0, 'gapIds'] });
    expect(find(smart({ ...goal, window: undefined }, plan), 'goal_without_window')).toMatchObject({ verdict: 'fail', path: ['goals', 0, 'window'] });
    expect(find(smart({ ...goal, metricId: 'm-nope' }, plan), 'metric_unknown').verdict).toBe('fail');
    expect(find(smart({ ...goal, gapIds: ['gap-x'] }, plan), 'gap_unknown').verdict).toBe('fail');
  });

  it('a revenue goal is held to the sales cycle whatever its metric', () => {
    const { plan } = example();
    const calls = { ...plan.goals[1]!, category: 'revenue' as const };
    expect(find(smart(calls, plan), 'window_shorter_than_sales_cycle').verdict).toBe('fail');
  });

  it('a skill goal without a rubric is not judged on its improvement', () => {
    const { plan, goal } = example({ category: 'skill', target: 0.55, title: 'Reach 55% conversion' });
    expect(smart(goal, plan).achievable.reasons.map((r) => r.code)).toEqual(['improvement_not_judged']);
  });

  it('reached before wins over the relative bounds, even an impossible-looking one', () => {
    const { plan } = example();
    const goal = { ...plan.goals[1]!, baseline: 2, target: 25, title: 'Make 25 outbound calls per week' };
    expect(smart(goal, plan).achievable.reasons.map((r) => r.code)).toEqual(['improvement_impossible']);
    const reached = smart(goal, plan, { history: [30] });
    expect(reached.achievable.reasons.map((r) => [r.code, r.verdict])).toEqual([['reached_before', 'pass']]);
    expect(find(reached, 'reached_before').message).toContain('best 30');
  });

  it('history: periods without data anywhere are skipped; a zero baseline judged by history gives no relative figure', () => {
    const { plan, goal } = example({ target: 0.55, title: 'Reach 55% lead-to-demo conversion', gapIds: [] });
    expect(find(smart(goal, plan, { history: [undefined, 0.5] }), 'within_realistic_bound').message).toContain('best of 50%');
    const zero = smart({ ...goal, baseline: 0, target: 0.2, title: 'Reach 20%' }, plan, { history: [0.18] });
    expect(find(zero, 'within_realistic_bound').message).toContain('20 percentage points, 11.11% beyond');
  });

  it('exactly at the realistic bound is within it', () => {
    const { plan, goal } = example({ baseline: 0.25, target: 0.625, title: 'Reach 62.5% conversion' });
    expect(smart(goal, plan, { policy: { beyondStandardMargin: 9 } }).achievable.reasons.map((r) => r.code)).toEqual(['within_realistic_bound']); // +150%
  });

  it('a lower-is-better target short of a zero standard is not beyond it', () => {
    const input = leadToDemoPlanInput();
    const plan = planOf({
      ...input,
      metrics: [...input.metrics!, LOG_METRIC],
      gaps: [...input.gaps!, { id: 'gap-log', metricId: 'm-log', current: 48, standard: 0, standardSource: 'role_standard', period: { start: '2025-11-01', end: '2026-01-31' }, evidence: ['CRM audit'] }],
    });
    const log: Goal = { id: 'g-log', title: 'Log next steps within 24 hours', category: 'conduct', metricId: 'm-log', gapIds: ['gap-log'], baseline: 48, target: 24, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } };
    expect(reasons(smart(log, plan)).map((r) => r.code)).not.toContain('target_beyond_standard');
  });

  it('rubric levels climbed are counted in the sentence', () => {
    const rubric = planOf({ ...leadToDemoPlanInput(), metrics: [...leadToDemoPlanInput().metrics!, RUBRIC_METRIC] });
    const skill: Goal = { id: 'g-skill', title: 'Reach level 3 on the discovery rubric', category: 'skill', metricId: 'm-rubric', gapIds: [], baseline: 2, target: 3, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } };
    expect(find(smart(skill, rubric), 'within_realistic_bound').message).toContain('asks for 1 rubric level from its baseline');
    expect(find(smart({ ...skill, target: 4, title: 'Reach level 4' }, rubric), 'within_realistic_bound').message).toContain('asks for 2 rubric levels from its baseline');
  });

  it('milestones are judged in date order whatever order they are written in', () => {
    const { plan, goal } = example();
    const dated = [
      { date: '2026-03-20', target: 0.21 },
      { date: '2026-04-01', target: 0.22 },
      { date: '2026-04-20', target: 0.23 },
    ];
    expect(smart({ ...goal, milestones: dated }, plan).timeBound.verdict).toBe('pass');
    expect(smart({ ...goal, milestones: [...dated].reverse() }, plan).timeBound.verdict).toBe('pass');
    expect(smart({ ...goal, milestones: [dated[1]!, dated[2]!, dated[0]!] }, plan).timeBound.verdict).toBe('pass');
    // three on one day: judged in written order
    const sameDay = [0.21, 0.23, 0.22].map((target) => ({ date: '2026-04-01', target }));
    expect(find(smart({ ...goal, milestones: sameDay }, plan), 'milestone_not_monotone').path).toEqual(['goals', 0, 'milestones', 2, 'target']);
    // a goal that keeps its baseline: milestones may not overshoot it
    const keep = smart({ ...goal, target: 0.2, title: 'Keep lead-to-demo conversion at 20%', milestones: [{ date: '2026-04-01', target: 0.3 }] }, plan);
    expect(find(keep, 'milestone_not_monotone').path).toEqual(['goals', 0, 'milestones', 0, 'target']);
  });

  it("an apostrophe is part of a word, not a number", () => {
    expect(findVagueWording("Sell more, don't wait").vague).toBe(true);
    expect(findVagueWording('Sell, more').vague).toBe(true);
  });
});

describe('SMART: sentences name the metric', () => {
  it('a title without its number, a figure outside the unit, a measurable target: the metric by name', () => {
    const { plan, goal } = example();
    expect(find(smart({ ...goal, title: 'Raise lead-to-demo conversion' }, plan), 'title_without_target').message).toContain('(23%)');
    expect(find(smart({ ...goal, target: 1.2 }, plan), 'target_outside_unit').message).toContain('is not a value of Lead-to-demo conversion');
    expect(find(smart(goal, plan), 'measurable_target').message).toContain('in the unit of Lead-to-demo conversion, measured from CRM lead report');
  });
});

describe('SMART: bounds and lists in the sentences', () => {
  it('a rubric climb states the bound in levels; a goal closing two gaps lists both', () => {
    const rubric = planOf({ ...leadToDemoPlanInput(), metrics: [...leadToDemoPlanInput().metrics!, RUBRIC_METRIC] });
    const skill: Goal = { id: 'g-skill', title: 'Reach level 3 on the discovery rubric', category: 'skill', metricId: 'm-rubric', gapIds: [], baseline: 2, target: 3, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } };
    expect(find(smart(skill, rubric), 'within_realistic_bound').message).toContain('the realistic bound of 2 levels');
    const input = leadToDemoPlanInput();
    const gaps = [...input.gaps!, { ...input.gaps![0]!, id: 'gap-lead-demo-2', period: { start: '2025-08-01', end: '2025-10-31' } }];
    const plan = planOf({ ...input, gaps });
    expect(find(smart({ ...plan.goals[0]!, gapIds: ['gap-lead-demo', 'gap-lead-demo-2'] }, plan), 'linked_to_gap').message).toContain('closes gap gap-lead-demo, gap gap-lead-demo-2.');
  });
});
