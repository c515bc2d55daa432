/**
 * `compareConsistency` at its edges: how targets are normalised before they are compared (levels
 * as they are, totals per week from per-day, per-month and window targets, windows from a
 * deadline or the plan), plans in id order, the role median thresholds ("more than" the share),
 * team averages (matched by metric and role, defaults, ignored when 0) and the evidence and
 * sentence of each finding. Expectations follow from the plans each test writes and the rules in
 * docs/evaluation.md. (Written for mutation testing of src/evaluate/consistency.ts.)
 */
import { describe, expect, it } from 'vitest';
import { compareConsistency, CONSISTENCY_MESSAGES, type Plan, type PlanInput } from '../../src/index.js';
import { expectWordedFromFacts } from '../support/issue-facts.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { fixtureInput, planOf } from '../support/scenario.js';

type GoalInput = NonNullable<PlanInput['goals']>[number];
type MetricInput = NonNullable<PlanInput['metrics']>[number];
type Report = ReturnType<typeof compareConsistency>;

const ROLE = 'Account Executive, Mid-Market';
const WINDOW = { start: '2026-01-05', end: '2026-04-04' };
const CONVERSION = 'Raise call-to-meeting conversion from 5% to 12% by 4 April 2026';
const REVENUE = 'Close $45,000 of new business in the 90 days';

interface Variant {
  readonly role?: string;
  readonly durationDays?: number;
  readonly goals?: (goals: GoalInput[]) => GoalInput[];
  readonly metrics?: readonly MetricInput[];
}

/** The fixture plan (90 days from 5 January, calls 40 a week, $45,000 over 90 days) with changes. */
function planFor(id: string, v: Variant = {}): Plan {
  const input = fixtureInput();
  return planOf({
    ...input,
    id,
    durationDays: v.durationDays ?? 90,
    employee: { ...input.employee, id: `emp-${id}`, role: v.role ?? ROLE },
    metrics: [...(input.metrics ?? []), ...(v.metrics ?? [])],
    goals: (v.goals ?? ((g) => g))(input.goals ?? []),
  });
}
const setGoal =
  (goalId: string, patch: Partial<GoalInput>) =>
  (goals: GoalInput[]): GoalInput[] =>
    goals.map((g) => (g.id === goalId ? { ...g, ...patch } : g));
/** The revenue goal ($45,000) with its window replaced by `when` (a deadline, or nothing). */
const revenueWithout =
  (when: { deadline?: string }) =>
  (goals: GoalInput[]): GoalInput[] =>
    goals.map((g) => {
      if (g.id !== 'g-revenue') return g;
      const rest = Object.fromEntries(Object.entries(g).filter(([key]) => key !== 'window')) as GoalInput;
      return { ...rest, ...when };
    });
const calls = (target: number) => ({ goals: setGoal('g-calls', { target }) });
const three = (third: Variant): Plan[] => [planFor('p1'), planFor('p2'), planFor('p3', third)];
const ofCode = (report: Report, code: string) => report.findings.filter((f) => f.code === code);
const row = (report: Report, metricId: string) => report.roles[0]!.metrics.find((m) => m.metricId === metricId);

const RESPONSE: MetricInput = { id: 'm-response', name: 'First response time', kind: 'behavior', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better', aggregation: 'mean' };
const responseGoal = (target: number): GoalInput => ({ id: 'g-response', title: `Answer new leads within ${target} hours`, category: 'activity', metricId: 'm-response', gapIds: [], baseline: 30, target, basis: 'window', window: WINDOW, weight: 0 });
const ESCALATIONS: MetricInput = { id: 'm-escalations', name: 'Customer escalations', kind: 'behavior', unit: 'count', direction: 'lower_is_better', aggregation: 'sum' };
const escalationsGoal = (target: number): GoalInput => ({ id: 'g-escalations', title: 'No customer escalations', category: 'conduct', metricId: 'm-escalations', gapIds: [], baseline: 2, target, basis: 'per_week', window: WINDOW, weight: 0 });

describe('targets normalised before they are compared', () => {
  it('levels (ratios, rubric levels) are compared as they are, written without "per week"', () => {
    const report = compareConsistency(three({ goals: setGoal('g-conversion', { target: 0.16 }) }));
    expect(row(report, 'm-call-meeting')).toEqual({ metricId: 'm-call-meeting', normalisedAs: 'level', goals: 3, median: 0.12 });
    expect(row(report, 'm-discovery')).toEqual({ metricId: 'm-discovery', normalisedAs: 'level', goals: 3, median: 3 });
    // |0.16 - 0.12| / 0.12 = 0.3333, past the 25% allowed.
    expect(ofCode(report, 'target_off_role_median')).toEqual([
      {
        code: 'target_off_role_median',
        path: [2, 'goals', 0, 'target'],
        facts: {
          planId: 'p3',
          goalTitle: CONVERSION,
          metricName: 'Call-to-meeting conversion',
          metric: { unit: 'ratio', currency: null, durationUnit: null },
          normalisedAs: 'level',
          target: 0.16,
          reference: 0.12,
          share: 0.3333,
          threshold: 0.25,
        },
        role: ROLE,
        planId: 'p3',
        goalId: 'g-conversion',
        metricId: 'm-call-meeting',
        message: `Goal "${CONVERSION}" (plan p3) targets 16% for "Call-to-meeting conversion", 33.3% away from the role's median of 12% (policy allows 25%).`,
        evidence: { goalIds: ['g-conversion'], figures: { target: 0.16, median: 0.12, deviation: 0.3333, targetDeviationShare: 0.25 }, dates: {} },
      },
    ]);
  });

  it('a per-day total counts every working day: 12 a day is 60 a week, 72 with six working days', () => {
    const plans = three({ goals: setGoal('g-calls', { target: 12, basis: 'per_day', title: 'Make 12 calls a day' }) });
    const five = compareConsistency(plans);
    expect(row(five, 'm-calls')).toEqual({ metricId: 'm-calls', normalisedAs: 'per_week', goals: 3, median: 40 });
    const [off] = ofCode(five, 'target_off_role_median');
    // (60 - 40) / 40 = 0.5
    expect(off!.evidence.figures).toEqual({ target: 60, median: 40, deviation: 0.5, targetDeviationShare: 0.25 });
    expect(off!.message).toBe(`Goal "Make 12 calls a day" (plan p3) targets 60 per week for "Outbound calls", 50% away from the role's median of 40 per week (policy allows 25%).`);
    const six = compareConsistency(plans, { policy: { workingDays: [1, 2, 3, 4, 5, 6] } });
    // 12 x 6 = 72: (72 - 40) / 40 = 0.8
    expect(ofCode(six, 'target_off_role_median')[0]!.evidence.figures).toMatchObject({ target: 72, deviation: 0.8 });
  });

  it('a per-month total is 12/52 of it a week: 260 a month is 60 a week', () => {
    const report = compareConsistency(three({ goals: setGoal('g-calls', { target: 260, basis: 'per_month' }) }));
    // 260 x 12 / 52 = 60
    expect(ofCode(report, 'target_off_role_median').map((f) => f.evidence.figures)).toEqual([{ target: 60, median: 40, deviation: 0.5, targetDeviationShare: 0.25 }]);
  });

  it('a window total is spread over the window\'s days; a deadline window runs from the plan\'s start', () => {
    // $45,000 over 28 days (5 January to 1 February) is $11,250 a week; the others' $3,500 a week is the median.
    const expected = { target: 1_125_000, median: 350_000, deviation: 2.2143, targetDeviationShare: 0.25 }; // 775,000 / 350,000
    const sentence = `Goal "${REVENUE}" (plan p3) targets USD 11,250 per week for "New business closed", 221.4% away from the role's median of USD 3,500 per week (policy allows 25%).`;
    const windowed = compareConsistency(three({ goals: setGoal('g-revenue', { window: { start: '2026-01-05', end: '2026-02-01' } }) }));
    const deadline = compareConsistency(three({ goals: revenueWithout({ deadline: '2026-02-01' }) }));
    for (const report of [windowed, deadline]) {
      expect(ofCode(report, 'target_off_role_median').map((f) => [f.goalId, f.evidence.figures, f.message])).toEqual([['g-revenue', expected, sentence]]);
    }
  });

  it('a goal with neither window nor deadline spreads its total over the plan\'s written duration', () => {
    // Plan p3 runs 63 days: $45,000 x 7 / 63 = $5,000 a week; (500,000 - 350,000) / 350,000 = 0.4286.
    const report = compareConsistency(three({ durationDays: 63, goals: revenueWithout({}) }));
    expect(ofCode(report, 'target_off_role_median').map((f) => [f.goalId, f.evidence.figures['target'], f.evidence.figures['deviation']])).toEqual([['g-revenue', 500_000, 0.4286]]);
  });

  it('skips a goal whose metric the plan does not define (a hand-built plan)', () => {
    const base = planFor('p1');
    const ghost = { ...base, goals: [...base.goals, { ...base.goals[1]!, id: 'g-ghost', metricId: 'm-ghost' }] } as Plan;
    const report = compareConsistency([ghost, planFor('p2'), planFor('p3')]);
    expect(report.roles[0]!.metrics.map((m) => [m.metricId, m.goals])).toEqual([['m-call-meeting', 3], ['m-calls', 3], ['m-discovery', 3], ['m-won-revenue', 3]]);
    expect(report.findings).toEqual([]);
  });
});

describe('roles, plans and rows in order', () => {
  it('roles by name, plans by id, rows by metric, findings in that order, whatever the input order', () => {
    const reversed = { goals: (g: GoalInput[]) => [...g].reverse() };
    const plans = [
      planFor('s2', { role: 'SDR', ...reversed }),
      planFor('p4', { durationDays: 120, ...reversed }),
      planFor('p2', reversed),
      planFor('p3', { durationDays: 60, ...reversed }),
      planFor('s1', { role: 'SDR', ...reversed }),
      planFor('p1', reversed),
    ];
    const report = compareConsistency(plans);
    expect(report.roles.map((r) => [r.role, r.planIds, r.medianDurationDays])).toEqual([
      [ROLE, ['p1', 'p2', 'p3', 'p4'], 90], // durations 90, 90, 60, 120: median 90
      ['SDR', ['s1', 's2'], null],
    ]);
    expect(report.roles[0]!.metrics.map((m) => m.metricId)).toEqual(['m-call-meeting', 'm-calls', 'm-discovery', 'm-won-revenue']);
    // 60 and 120 days are both 30 days (33.3%) from 90.
    expect(report.findings.map((f) => [f.code, f.role, f.planId])).toEqual([
      ['duration_off_role_median', ROLE, 'p3'],
      ['duration_off_role_median', ROLE, 'p4'],
      ['too_few_plans', 'SDR', null],
    ]);
  });
});

describe('medians need enough plans', () => {
  it('too few plans: no median for durations or targets, one finding with its count and threshold', () => {
    const report = compareConsistency([planFor('s1', { role: 'SDR', ...calls(40) }), planFor('s2', { role: 'SDR', ...calls(80) })]);
    expect(report.findings).toEqual([
      {
        code: 'too_few_plans',
        path: [],
        facts: { count: 2, threshold: 3 },
        role: 'SDR',
        planId: null,
        goalId: null,
        metricId: null,
        message: 'Only 2 comparable plans for the role; at least 3 are needed for a median.',
        evidence: { goalIds: [], figures: { plans: 2, minPlansForMedian: 3 }, dates: {} },
      },
    ]);
    // Calls 40 and 80 are not compared: two goals are too few for a median.
    expect(row(report, 'm-calls')).toEqual({ metricId: 'm-calls', normalisedAs: 'per_week', goals: 2, median: null });
    const two = compareConsistency([planFor('s1', { role: 'SDR', ...calls(40) }), planFor('s2', { role: 'SDR', ...calls(80) })], { policy: { minPlansForMedian: 2 } });
    expect(two.roles[0]!.medianDurationDays).toBe(90);
    expect(row(two, 'm-calls')!.median).toBe(60);
  });
});

describe('durations off the role median ("more than" the share)', () => {
  it('exactly 25% from the median is not flagged; 26% is, with the figures and the sentence', () => {
    const at = compareConsistency([planFor('p1', { durationDays: 100 }), planFor('p2', { durationDays: 100 }), planFor('p3', { durationDays: 125 })]);
    expect(ofCode(at, 'duration_off_role_median')).toEqual([]);
    const past = compareConsistency([planFor('p1', { durationDays: 100 }), planFor('p2', { durationDays: 100 }), planFor('p3', { durationDays: 126 })]);
    expect(ofCode(past, 'duration_off_role_median')).toEqual([
      {
        code: 'duration_off_role_median',
        path: [2],
        facts: { planId: 'p3', days: 126, medianDays: 100, share: 0.26, threshold: 0.25 },
        role: ROLE,
        planId: 'p3',
        goalId: null,
        metricId: null,
        message: 'Plan p3 runs 126 days, 26% away from the role\'s median of 100 days (policy allows 25%).',
        evidence: { goalIds: [], figures: { durationDays: 126, medianDurationDays: 100, deviation: 0.26, durationDeviationShare: 0.25 }, dates: { startDate: '2026-01-05' } },
      },
    ]);
  });

  it('follows durationDeviationShare: 10% allowed flags 111 days against 100, not 110', () => {
    const policy = { durationDeviationShare: 0.1 };
    const of = (days: number) => compareConsistency([planFor('p1', { durationDays: 100 }), planFor('p2', { durationDays: 100 }), planFor('p3', { durationDays: days })], { policy });
    expect(ofCode(of(110), 'duration_off_role_median')).toEqual([]);
    expect(ofCode(of(111), 'duration_off_role_median').map((f) => f.evidence.figures)).toEqual([{ durationDays: 111, medianDurationDays: 100, deviation: 0.11, durationDeviationShare: 0.1 }]);
  });
});

describe('targets off the role median ("more than" the share)', () => {
  it('50 calls against a median of 40 (25%) is not flagged; 50.4 (26%) is', () => {
    expect(ofCode(compareConsistency(three(calls(50))), 'target_off_role_median')).toEqual([]);
    expect(ofCode(compareConsistency(three(calls(50.4))), 'target_off_role_median').map((f) => [f.goalId, f.evidence.figures['deviation']])).toEqual([['g-calls', 0.26]]);
    const loose = compareConsistency(three(calls(50.4)), { policy: { targetDeviationShare: 0.3 } });
    expect(ofCode(loose, 'target_off_role_median')).toEqual([]);
  });

  it('a median of 0 is never divided by: a target of 5 against 0, 0 is not flagged', () => {
    const plan = (id: string, target: number) => planFor(id, { metrics: [ESCALATIONS], goals: (g) => [...g, escalationsGoal(target)] });
    const report = compareConsistency([plan('p1', 0), plan('p2', 0), plan('p3', 5)]);
    expect(row(report, 'm-escalations')).toEqual({ metricId: 'm-escalations', normalisedAs: 'per_week', goals: 3, median: 0 });
    expect(report.findings).toEqual([]);
  });
});

describe('targets stricter than the team\'s own average', () => {
  it('an average for the role applies; one for another role or another metric is ignored', () => {
    const plans = [planFor('p1'), planFor('p2'), planFor('p3')];
    const forRole = compareConsistency(plans, { teamAverages: [{ role: ROLE, metricId: 'm-calls', value: 30, basis: 'per_week' }] });
    // (40 - 30) / 30 = 0.3333 in each plan.
    expect(ofCode(forRole, 'target_stricter_than_team')[0]).toEqual({
      code: 'target_stricter_than_team',
      path: [0, 'goals', 1, 'target'],
      facts: {
        planId: 'p1',
        goalTitle: 'Make 40 outbound calls per week',
        metricName: 'Outbound calls',
        metric: { unit: 'count', currency: null, durationUnit: null },
        normalisedAs: 'per_week',
        target: 40,
        reference: 30,
        share: 0.3333,
      },
      role: ROLE,
      planId: 'p1',
      goalId: 'g-calls',
      metricId: 'm-calls',
      message: 'Goal "Make 40 outbound calls per week" (plan p1) targets 40 per week for "Outbound calls", stricter than the team\'s own average of 30 per week by 33.3%.',
      evidence: { goalIds: ['g-calls'], figures: { target: 40, teamAverage: 30, beyondAverage: 0.3333, teamAverageTolerance: 0.05 }, dates: {} },
    });
    expect(ofCode(forRole, 'target_stricter_than_team').map((f) => f.planId)).toEqual(['p1', 'p2', 'p3']);
    const otherRole = compareConsistency(plans, { teamAverages: [{ role: 'SDR', metricId: 'm-calls', value: 30, basis: 'per_week' }, { metricId: 'm-calls', value: 38, basis: 'per_week' }] });
    // The SDR average is skipped; the average for all roles (38) applies: 2 / 38 = 0.0526.
    expect(ofCode(otherRole, 'target_stricter_than_team').map((f) => f.evidence.figures['teamAverage'])).toEqual([38, 38, 38]);
    expect(compareConsistency(plans, { teamAverages: [{ metricId: 'm-other', value: 1, basis: 'per_week' }] }).findings).toEqual([]);
  });

  it('an average without basis is a window total over its days, or over the goal\'s window', () => {
    const over42 = compareConsistency([planFor('p1')], { teamAverages: [{ metricId: 'm-calls', value: 228, days: 42 }] });
    // 228 x 7 / 42 = 38 a week: (40 - 38) / 38 = 0.0526
    expect(ofCode(over42, 'target_stricter_than_team').map((f) => f.evidence.figures)).toEqual([{ target: 40, teamAverage: 38, beyondAverage: 0.0526, teamAverageTolerance: 0.05 }]);
    const overGoal = compareConsistency([planFor('p1')], { teamAverages: [{ metricId: 'm-won-revenue', value: 4_000_000 }] });
    // Both over the goal's 90 days: (4,500,000 - 4,000,000) / 4,000,000 = 0.125; 28,000,000 / 90 = 311,111.11 a week.
    const [stricter] = ofCode(overGoal, 'target_stricter_than_team');
    expect(stricter!.evidence.figures['beyondAverage']).toBe(0.125);
    expect(stricter!.evidence.figures['teamAverage']).toBeCloseTo(28_000_000 / 90, 6);
    expect(stricter!.message).toBe(`Goal "${REVENUE}" (plan p1) targets USD 3,500 per week for "New business closed", stricter than the team's own average of USD 3,111.11 per week by 12.5%.`);
  });

  it('an average of 0 is ignored', () => {
    expect(compareConsistency([planFor('p1')], { teamAverages: [{ metricId: 'm-calls', value: 0, basis: 'per_week' }] }).findings.map((f) => f.code)).toEqual(['too_few_plans']);
  });

  it('"more than" the tolerance: 42 against 40 (5%) is not stricter, 42.04 (5.1%) is', () => {
    const of = (target: number) => ofCode(compareConsistency([planFor('p1', calls(target))], { teamAverages: [{ metricId: 'm-calls', value: 40, basis: 'per_week' }] }), 'target_stricter_than_team');
    expect(of(42)).toEqual([]);
    expect(of(42.04).map((f) => f.evidence.figures['beyondAverage'])).toEqual([0.051]);
  });

  it('lower is better: 20 hours against a team average of 24 is stricter, 25 hours is not', () => {
    const of = (target: number) =>
      compareConsistency([planFor('p1', { metrics: [RESPONSE], goals: (g) => [...g, responseGoal(target)] })], { teamAverages: [{ metricId: 'm-response', value: 24 }] });
    // -(20 - 24) / 24 = 0.1667
    expect(ofCode(of(20), 'target_stricter_than_team').map((f) => [f.evidence.figures, f.message])).toEqual([
      [
        { target: 20, teamAverage: 24, beyondAverage: 0.1667, teamAverageTolerance: 0.05 },
        'Goal "Answer new leads within 20 hours" (plan p1) targets 20 hours for "First response time", stricter than the team\'s own average of 24 hours by 16.7%.',
      ],
    ]);
    expect(ofCode(of(25), 'target_stricter_than_team')).toEqual([]);
  });
});

it('returns a deeply frozen report', () => {
  const report = compareConsistency(three(calls(60)), { teamAverages: [{ metricId: 'm-calls', value: 38, basis: 'per_week' }] });
  expect(report.findings.length).toBeGreaterThan(0);
  expect(isDeepFrozen(report)).toBe(true);
});

describe('findings on the shared issue shape (issue 20)', () => {
  it('every finding is worded from its facts by CONSISTENCY_MESSAGES, also once stored as JSON, and its path leads to what it is about', () => {
    const plans = [planFor('p1', { durationDays: 60 }), planFor('p2', { durationDays: 100 }), planFor('p3', { durationDays: 126, goals: setGoal('g-conversion', { target: 0.16 }) })];
    const input = [...plans, planFor('s1', { role: 'SDR' })];
    const report = compareConsistency(input, { teamAverages: [{ metricId: 'm-calls', value: 30, basis: 'per_week' }] });
    const codes = new Set(report.findings.map((f) => f.code));
    expect([...codes].sort()).toEqual(['duration_off_role_median', 'target_off_role_median', 'target_stricter_than_team', 'too_few_plans']);
    for (const finding of report.findings) {
      expectWordedFromFacts(finding, CONSISTENCY_MESSAGES);
      if (finding.code === 'too_few_plans') expect(finding.path).toEqual([]);
      else {
        const plan = input[finding.path[0] as number]!;
        expect(plan.id).toBe(finding.planId);
        if (finding.code !== 'duration_off_role_median') expect(plan.goals[finding.path[2] as number]!.id).toBe(finding.goalId);
      }
    }
  });
});
