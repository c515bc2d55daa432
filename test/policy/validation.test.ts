/**
 * Issue 13, finding 13: policy values are validated the same way everywhere. A bad value is
 * reported as a `policy_invalid` issue with the path of the field and a sentence, as data in the
 * result (never a TypeError), and its default is used; a record given as a word, or an unknown
 * field, is reported rather than ignored; thresholds that made a check meaningless are refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzeTeamGaps,
  assessReadiness,
  checkInSlots,
  checkSmartGoal,
  crmDealsToObservations,
  CRM_METRIC_IDS,
  DEFAULT_GAP_POLICY,
  DEFAULT_TIMELINE_POLICY,
  evaluatePlan,
  lintPlan,
  planTimeline,
  type EvaluationPolicyOverrides,
} from '../../src/index.js';
import { readCsv } from '../support/csv.js';
import { FIXTURES } from '../support/fixtures.js';
import { leadToDemoPlanInput, plan90, planOf } from '../support/plans.js';
import { fixtureInput } from '../support/scenario.js';

type Issue = { readonly code: string; readonly path: readonly (string | number)[]; readonly message: string };
const policyIssues = (issues: readonly Issue[] | undefined) => (issues ?? []).filter((issue) => issue.code === 'policy_invalid').map((issue) => [issue.path, issue.message]);

describe('evaluatePlan: every policy value is checked, none throws', () => {
  const plan = planOf(fixtureInput());
  const evaluate = (policy: unknown) => evaluatePlan(plan, [], { asOf: '2026-02-02', policy: policy as EvaluationPolicyOverrides });

  it('a nested record given as null is reported at its path, not a TypeError', () => {
    for (const field of ['coverageUnitByKind', 'sustainPeriods']) {
      const evaluation = evaluate({ [field]: null });
      expect(policyIssues(evaluation.issues).map(([path]) => path)).toEqual([['policy', field]]);
      expect(evaluation.policy).toEqual(evaluate(undefined).policy);
    }
  });

  it('a nested record given as a word is reported, not silently ignored', () => {
    const evaluation = evaluate({ coverageUnitByKind: 'week' });
    expect(policyIssues(evaluation.issues)).toEqual([
      [['policy', 'coverageUnitByKind'], expect.stringMatching(/^Policy field coverageUnitByKind must be .+, not "week"; the default was used\.$/)],
    ]);
  });

  it('an unknown field is reported (a misspelt threshold would otherwise do nothing)', () => {
    const evaluation = evaluate({ sucessScore: 75 });
    expect(policyIssues(evaluation.issues)).toEqual([[['policy', 'sucessScore'], expect.stringContaining('successScore')]]);
  });

  it('a policy that is not an object at all is reported', () => {
    expect(policyIssues(evaluate(['successScore']).issues).map(([path]) => path)).toEqual([['policy']]);
  });
});

describe('analyzeTeamGaps: thresholds that flag everyone are refused', () => {
  const crm = crmDealsToObservations(readCsv(readFileSync(join(FIXTURES, 'crm-deals.csv'), 'utf8')).rows, { unit: 'month' });
  const request = { metricId: CRM_METRIC_IDS.wonRevenue, span: { start: '2017-03-01', end: '2017-06-30' }, unit: 'month' as const };

  it('moderateAt -1 and sustainedPeriods 0 are reported; the defaults decide', () => {
    const bad = analyzeTeamGaps(crm.team, request, { moderateAt: -1, sustainedPeriods: 0 });
    expect(policyIssues(bad.issues).map(([path]) => path)).toEqual([
      ['policy', 'moderateAt'],
      ['policy', 'sustainedPeriods'],
    ]);
    expect(bad.policy).toEqual(DEFAULT_GAP_POLICY);
    const byDefault = analyzeTeamGaps(crm.team, request);
    expect(bad.reps.map((r) => r.sustained)).toEqual(byDefault.reps.map((r) => r.sustained));
    expect(bad.reps.filter((r) => r.sustained).length).toBeLessThan(bad.reps.length);
  });
});

describe('the other checks report policy problems in their results', () => {
  const plan = planOf(leadToDemoPlanInput());

  it('lintPlan: a policy_invalid finding (error) with the field path', () => {
    const findings = lintPlan(plan, { minPlanDays: -5, maxCheckInIntervalDays: Number.NaN });
    expect(findings.filter((f) => f.code === ('policy_invalid' as string)).map((f) => [f.severity, f.path])).toEqual([
      ['error', ['policy', 'minPlanDays']],
      ['error', ['policy', 'maxCheckInIntervalDays']],
    ]);
  });

  it('checkSmartGoal: issues beside the letters', () => {
    const check = checkSmartGoal(plan.goals[0]!, plan, { policy: { historyPeriods: 0 } });
    expect(policyIssues((check as unknown as { issues?: Issue[] }).issues).map(([path]) => path)).toEqual([['policy', 'historyPeriods']]);
  });

  it('assessReadiness: issues beside the reasons', () => {
    const period = { key: '2026-01', start: '2026-01-01', end: '2026-01-31' };
    const assessment = assessReadiness(
      { asOf: '2026-02-15', metric: { id: 'm', name: 'Calls', unit: 'count', direction: 'higher_is_better' }, periods: [{ period, value: 50, standard: 100 }] },
      [],
      { minCoachingConversations: -1 },
    );
    expect(policyIssues((assessment as unknown as { issues?: Issue[] }).issues).map(([path]) => path)).toEqual([['policy', 'minCoachingConversations']]);
  });

  it('planTimeline: a negative grace is reported, not clamped to 0 in silence', () => {
    const timeline = planTimeline(plan90(), { asOf: '2026-02-10', policy: { graceDays: -1, phaseWeights: [1, 0, 2] } });
    expect(policyIssues((timeline as unknown as { issues?: Issue[] }).issues).map(([path]) => path)).toEqual([
      ['policy', 'graceDays'],
      ['policy', 'phaseWeights'],
    ]);
    expect(timeline.phases.map((p) => p.days)).toEqual(planTimeline(plan90(), { asOf: '2026-02-10' }).phases.map((p) => p.days));
  });

  it('the timeline views with no room for issues throw a PolicyError with them', () => {
    expect(() => checkInSlots(plan90(), { asOf: '2026-02-10', policy: { graceDays: -1 } })).toThrow(expect.objectContaining({ name: 'PolicyError' }));
    expect(() => checkInSlots(plan90(), { asOf: '2026-02-10', policy: DEFAULT_TIMELINE_POLICY })).not.toThrow();
  });
});
