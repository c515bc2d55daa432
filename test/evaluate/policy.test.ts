/**
 * Evaluation policy overrides: each field takes the values its documentation allows (the
 * boundaries included), and anything else is replaced by the default with a `policy_invalid`
 * issue that names the field, what it received and what it expects. The ranges below are the
 * ones docs/evaluation.md states for each kind of field.
 * (Written for mutation testing of src/evaluate/policy.ts.)
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_POLICY, evaluatePlan, type EvaluationPolicy, type EvaluationPolicyOverrides } from '../../src/index.js';
import { fixtureInput, planOf } from '../support/scenario.js';

const plan = planOf(fixtureInput());
const D = DEFAULT_EVALUATION_POLICY;

function resolve(overrides: Record<string, unknown>) {
  const e = evaluatePlan(plan, [], { asOf: '2026-02-02', policy: overrides as EvaluationPolicyOverrides });
  return { policy: e.policy, issues: e.issues.filter((issue) => issue.code === 'policy_invalid') };
}

type Field = keyof EvaluationPolicy;

/** Fields by the range docs/evaluation.md gives them, with values inside (boundaries) and outside it. */
const RANGES: readonly { fields: readonly Field[]; expected: string; good: readonly unknown[]; bad: readonly unknown[] }[] = [
  {
    fields: [
      'minPartialPeriodShare', 'sustainShare', 'periodMetShare', 'improvementShare', 'declineShare', 'defaultGoalFloor', 'minCoverage',
      'minDocumentedShare', 'minSupportDeliveredShare', 'minCommitmentDeliveredShare', 'minCheckInHeldShare', 'relapseLossShare', 'screenDeclineShare',
    ],
    expected: 'a share between 0 and 1',
    good: [0, 1, 0.37],
    bad: [-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY, '0.5', null],
  },
  {
    fields: ['flatTrendShare', 'onTrackTolerance', 'targetDeviationShare', 'durationDeviationShare', 'teamAverageTolerance'],
    expected: 'a number of 0 or more',
    good: [0, 0.2, 3],
    bad: [-0.01, Number.POSITIVE_INFINITY, Number.NaN, '1'],
  },
  { fields: ['successScore', 'extendScore'], expected: 'a score between 0 and 100', good: [0, 100, 55.5], bad: [-1, 100.5, Number.NaN, '80'] },
  {
    fields: ['minTrendPoints', 'relapsePeriods', 'screenLookbackPeriods', 'screenMinPoints', 'minPlansForMedian', 'maxIssues'],
    expected: 'a whole number of 1 or more',
    good: [1, 7],
    bad: [0, -1, 1.5, '3', Number.POSITIVE_INFINITY],
  },
  { fields: ['maxExtensions', 'commitmentGraceDays', 'checkInGraceDays'], expected: 'a whole number of 0 or more', good: [0, 30], bad: [-1, 0.5, '2'] },
  { fields: ['seriesUnit', 'screenUnit'], expected: 'day, week or month', good: ['day', 'week', 'month'], bad: ['year', 'Week', 1] },
  { fields: ['extendWhenLeadingImproves', 'windowsFollowPauses', 'recentLevelMeetsRequired'], expected: 'true or false', good: [true, false], bad: ['yes', 1, null] },
  { fields: ['shortfallOutcome'], expected: 'extend or insufficient_evidence', good: ['extend', 'insufficient_evidence'], bad: ['not_met', ''] },
];

const received = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value));

describe('policy overrides, field by field', () => {
  it('covers every scalar field of the default policy', () => {
    const tested = new Set(RANGES.flatMap((range) => range.fields));
    const scalar = Object.keys(D).filter((key) => typeof D[key as Field] !== 'object');
    expect([...tested].sort()).toEqual(scalar.filter((key) => key !== 'atRiskTolerance').sort());
  });

  for (const { fields, expected, good, bad } of RANGES) {
    it(`${fields[0]} and the other fields that take ${expected}`, () => {
      for (const field of fields) {
        for (const value of good) {
          // atRiskTolerance must stay at least onTrackTolerance: move it along so only `field` is judged
          const r = resolve({ [field]: value, ...(field === 'onTrackTolerance' ? { atRiskTolerance: value } : {}) });
          expect(r.issues, `${field} = ${String(value)}`).toEqual([]);
          expect(r.policy[field]).toBe(value);
        }
        for (const value of bad) {
          const r = resolve({ [field]: value });
          expect(r.policy[field], `${field} = ${String(value)}`).toBe(D[field]);
          expect(r.issues.map((issue) => [issue.path, issue.message])).toEqual([
            [['policy', field], `Policy field ${field} must be ${expected}, not ${received(value)}; the default was used.`],
          ]);
        }
      }
    });
  }

  it('atRiskTolerance: a number of 0 or more, and at least onTrackTolerance', () => {
    expect(resolve({ atRiskTolerance: D.onTrackTolerance }).issues).toEqual([]);
    expect(resolve({ atRiskTolerance: 0.5 }).policy.atRiskTolerance).toBe(0.5);
    const below = resolve({ atRiskTolerance: D.onTrackTolerance / 2 });
    expect(below.policy.atRiskTolerance).toBe(D.onTrackTolerance);
    expect(below.issues.map((issue) => issue.message)).toEqual([
      `Policy field atRiskTolerance must be at least onTrackTolerance, not ${D.onTrackTolerance / 2}; the default was used.`,
    ]);
    const raised = resolve({ onTrackTolerance: 0.4 });
    expect(raised.policy.atRiskTolerance).toBe(0.4);
    expect(resolve({ atRiskTolerance: -1 }).issues[0]?.message).toBe('Policy field atRiskTolerance must be a number of 0 or more, not -1; the default was used.');
  });

  it('workingDays: a non-empty list of ISO weekdays, kept sorted and without repeats', () => {
    expect(resolve({ workingDays: [5, 1, 1, 3] }).policy.workingDays).toEqual([1, 3, 5]);
    expect(resolve({ workingDays: [7] }).policy.workingDays).toEqual([7]);
    expect(Object.isFrozen(resolve({ workingDays: [2, 1] }).policy.workingDays)).toBe(true);
    for (const bad of [[], [0], [8], [1.5], 'weekdays', [1, '2']]) {
      const r = resolve({ workingDays: bad });
      expect(r.policy.workingDays, JSON.stringify(bad)).toBe(D.workingDays);
      expect(r.issues.map((issue) => issue.message)).toEqual([
        `Policy field workingDays must be a non-empty list of ISO weekdays 1-7, not ${JSON.stringify(bad)}; the default was used.`,
      ]);
    }
    expect(resolve({}).policy.workingDays).toBe(D.workingDays);
  });

  it('coverageUnitByKind: merged kind by kind, a bad unit reported at its kind', () => {
    const r = resolve({ coverageUnitByKind: { behavior: 'day', skill: 'year', outcome: 'week' } });
    expect(r.policy.coverageUnitByKind).toEqual({ ...D.coverageUnitByKind, behavior: 'day', outcome: 'week' });
    expect(r.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['policy', 'coverageUnitByKind', 'skill'], 'Policy field coverageUnitByKind.skill must be day, week or month, not "year"; the default was used.'],
    ]);
    expect(Object.isFrozen(r.policy.coverageUnitByKind)).toBe(true);
    expect(resolve({ coverageUnitByKind: { activity: 'month' } }).policy.coverageUnitByKind).toEqual({ ...D.coverageUnitByKind, activity: 'month' });
  });

  it('sustainPeriods: merged unit by unit, each a whole number of 1 or more', () => {
    const r = resolve({ sustainPeriods: { week: 6, day: 0, month: 1.5 } });
    expect(r.policy.sustainPeriods).toEqual({ ...D.sustainPeriods, week: 6 });
    expect(r.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['policy', 'sustainPeriods', 'day'], 'Policy field sustainPeriods.day must be a whole number of 1 or more, not 0; the default was used.'],
      [['policy', 'sustainPeriods', 'month'], 'Policy field sustainPeriods.month must be a whole number of 1 or more, not 1.5; the default was used.'],
    ]);
    const partial = resolve({ sustainPeriods: { month: 1 } });
    expect(partial.policy.sustainPeriods).toEqual({ ...D.sustainPeriods, month: 1 });
    // units left out keep their defaults without an issue
    expect(partial.issues).toEqual([]);
    expect(Object.isFrozen(r.policy.sustainPeriods)).toBe(true);
  });

  it('reports values JSON cannot write (a BigInt, a cycle) as "?", without throwing', () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    const r = resolve({ sustainShare: 1n, successScore: cycle });
    expect(r.issues.map((issue) => issue.message)).toEqual([
      'Policy field sustainShare must be a share between 0 and 1, not ?; the default was used.',
      'Policy field successScore must be a score between 0 and 100, not ?; the default was used.',
    ]);
  });

  it('no overrides: the defaults themselves; any overrides: a frozen copy', () => {
    expect(resolve({}).policy).toEqual(D);
    const e = evaluatePlan(plan, [], { asOf: '2026-02-02' });
    expect(e.policy).toEqual(D);
    expect(Object.isFrozen(resolve({ successScore: 90 }).policy)).toBe(true);
  });
});
