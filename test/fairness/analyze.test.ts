/**
 * analyzeAdverseImpact on populations whose figures are worked out by hand in each test: the
 * counts behind every measure, the rates, the reference group, the impact ratio, the adverse-rate
 * ratio, Fisher's p and z, the findings, suppression, the period, and every issue.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAdverseImpact, FAIRNESS_ISSUE_CODES, FAIRNESS_REASON_CODES, type AdverseImpactReport, type FairnessMeasure, type Plan } from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { AS_OF, placedOf, planIn, populationOf, type PersonState } from './population.js';

const measure = (r: AdverseImpactReport, m: FairnessMeasure) => r.measures.find((x) => x.measure === m)!;
const codes = (r: AdverseImpactReport, m?: FairnessMeasure | null) => r.findings.filter((f) => m === undefined || f.measure === m).map((f) => f.code);
const repeat = (state: PersonState, n: number): PersonState[] => Array.from({ length: n }, () => state);

describe('the known answer: 120 reps in East with 6 placed, 40 in West with 8 placed', () => {
  const { population, groupOf } = populationOf([
    { label: 'East', states: placedOf(120, 6) },
    { label: 'West', states: placedOf(40, 8) },
  ]);
  const report = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, attribute: 'Sales team' });
  const placement = measure(report, 'placement');

  it('rates: 6/120 = 5% and 8/40 = 20% placed; favourable 95% and 80%; East, the most favourable, is the reference', () => {
    expect(placement.rates).toEqual([
      { group: 'East', suppressed: false, base: 120, adverse: 6, adverseRate: 0.05, favourableRate: 0.95 },
      { group: 'West', suppressed: false, base: 40, adverse: 8, adverseRate: 0.2, favourableRate: 0.8 },
    ]);
    expect(placement.reference).toBe('East');
    expect(placement.referenceChosenBy).toBe('most_favourable');
  });

  it('impact ratio 0.80 / 0.95 = 0.8421 (within four fifths), adverse-rate ratio 0.20 / 0.05 = 4, Fisher p 0.0074, z 2.9076', () => {
    expect(placement.comparisons).toHaveLength(1);
    const c = placement.comparisons[0]!;
    expect(c).toMatchObject({ group: 'West', reference: 'East', base: 40, adverse: 8, referenceBase: 120, referenceAdverse: 6 });
    expect(c.impactRatio).toBeCloseTo(0.8 / 0.95, 12);
    expect(c.impactRatio).toBeCloseTo(0.8421, 4);
    expect(c.adverseRatio).toBeCloseTo(4, 12);
    expect(c.fisherP).toBeCloseTo(0.0074017363, 9);
    expect(c.z).toBeCloseTo(2.9075783294, 9); // 0.15 / sqrt(0.0875 x 0.9125 x (1/40 + 1/120))
    expect(c.zPValue).toBeCloseTo(0.0036423911, 9);
    expect(c.fourFifthsFlag).toBe(false);
    expect(c.significant).toBe(true);
  });

  it('says the difference is significant and that the four-fifths rule does not flag it: the two disagree', () => {
    expect(codes(report, 'placement')).toEqual(['difference_significant', 'significant_not_flagged']);
    const [significant, disagree] = report.findings.filter((f) => f.measure === 'placement');
    expect(significant!.message).toBe(
      'Sales team "West", placement on a plan: 8 of 40 in scope were placed on a plan in "West" (20%), against 6 of 120 in "East" (5%), 4 times the reference group\'s rate. The difference is statistically significant: Fisher\'s exact test (two-sided) p = 0.0074 against a significance level of 0.05; z = 2.91, between two and three standard deviations.',
    );
    expect(disagree!.message).toContain('the impact ratio 0.84 is within the four-fifths rule');
    expect(significant!.evidence.groups).toEqual(['West', 'East']);
    expect(significant!.evidence.figures).toMatchObject({ base: 40, adverse: 8, referenceBase: 120, referenceAdverse: 6, adverseRatio: 4, impactRatioThreshold: 0.8, significanceLevel: 0.05 });
  });

  it('with no one extended or closed, the other measures compare 0% with 0% (extension) or cannot be reported (not met)', () => {
    const extension = measure(report, 'extension');
    // Bases 6 and 8 placed, none extended: tie on the rate, the larger base (West, 8) is the reference.
    expect(extension.reference).toBe('West');
    expect(extension.comparisons[0]).toMatchObject({ group: 'East', adverse: 0, base: 6, impactRatio: 1, adverseRatio: null, fisherP: 1, z: null, zPValue: null });
    expect(codes(report, 'extension')).toEqual(['no_adverse_impact']);
    expect(measure(report, 'not_met').reference).toBeNull();
    expect(codes(report, 'not_met')).toEqual(['measure_suppressed', 'measure_suppressed', 'insufficient_population']);
  });

  it('totals cover the reported groups: 160 people, 14 placed; the result is deeply frozen', () => {
    expect(report.reported).toEqual({ groups: 2, suppressedGroups: 0, headcount: 160, placed: 14 });
    expect(report.issues).toEqual([]);
    expect(isDeepFrozen(report)).toBe(true);
  });

  it('with West named as the reference by the policy: impact ratio 0.95 / 0.80 = 1.1875, adverse ratio 0.25, the same p, z negated', () => {
    const r = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy: { referenceGroup: 'West' } });
    const c = measure(r, 'placement').comparisons[0]!;
    expect(measure(r, 'placement').referenceChosenBy).toBe('policy');
    expect(c.group).toBe('East');
    expect(c.impactRatio).toBeCloseTo(1.1875, 12);
    expect(c.adverseRatio).toBeCloseTo(0.25, 12);
    expect(c.fisherP).toBeCloseTo(0.0074017363, 9);
    expect(c.z).toBeCloseTo(-2.9075783294, 9);
    expect(codes(r, 'placement')).toEqual(['difference_significant', 'significant_not_flagged']);
  });
});

describe('the four-fifths rule without significance: 2 of 6 placed against 1 of 10', () => {
  it('impact ratio (4/6) / (9/10) = 0.7407 is below 0.8, Fisher p = 290/560 = 0.518: flagged, and the two disagree', () => {
    const { population, groupOf } = populationOf([
      { label: 'Small', states: placedOf(6, 2) },
      { label: 'Large', states: placedOf(10, 1) },
    ]);
    const r = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF });
    const c = measure(r, 'placement').comparisons[0]!;
    expect(c.group).toBe('Small');
    expect(c.impactRatio).toBeCloseTo(4 / 6 / 0.9, 12);
    expect(c.adverseRatio).toBeCloseTo(2 / 6 / 0.1, 12);
    expect(c.fisherP).toBeCloseTo(290 / 560, 12);
    // pooled 3/16; se = sqrt(3/16 x 13/16 x (1/6 + 1/10)) = 0.201556; z = (1/3 - 1/10) / 0.201556 = 1.1577
    expect(c.z).toBeCloseTo(1.157657523, 8);
    expect(codes(r, 'placement')).toEqual(['adverse_impact_flagged', 'flagged_not_significant']);
    expect(r.findings[0]!.message).toContain('an impact ratio of 0.74 (four-fifths threshold 0.8)');
    expect(r.findings[1]!.message).toContain('not statistically significant (p = 0.52)');
  });

  it('a stricter significance level or a lower threshold changes the verdict on the same figures', () => {
    const { population, groupOf } = populationOf([
      { label: 'East', states: placedOf(120, 6) },
      { label: 'West', states: placedOf(40, 8) },
    ]);
    const strict = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy: { significanceLevel: 0.0027 } });
    expect(codes(strict, 'placement')).toEqual(['no_adverse_impact']);
    const ninety = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy: { impactRatioThreshold: 0.9 } });
    expect(codes(ninety, 'placement')).toEqual(['adverse_impact_flagged', 'difference_significant']);
  });
});

describe('how plans end: extension and "not met", counted per person from the latest plan at asOf', () => {
  // Alpha: 16 people; 11 placed: 2 active, 1 active and extended, 3 successful, 2 not met,
  // 1 not met after an extension, 1 extended then closed, 1 withdrawn.
  // extended = 1 + 1 + 1 = 3 of 11; closed = 3 + 2 + 1 + 1 = 7 (withdrawn decides nothing); not met = 3 of 7; successful 3 of 7.
  const alpha: PersonState[] = [...repeat('none', 5), ...repeat('active', 2), 'active_extended', ...repeat('successful', 3), ...repeat('not_met', 2), 'not_met_extended', 'extended_then_closed', 'withdrawn'];
  // Beta: 20 people; 10 placed: 5 successful, 5 active. closed 5, not met 0 of 5, extended 0 of 10.
  const beta: PersonState[] = [...repeat('none', 10), ...repeat('successful', 5), ...repeat('active', 5)];
  const { population, groupOf } = populationOf([
    { label: 'Alpha', states: alpha },
    { label: 'Beta', states: beta },
  ]);

  it('counts and rates per group', () => {
    const r = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF });
    expect(r.groups).toEqual([
      { label: 'Alpha', suppressed: false, counts: { headcount: 16, placed: 11, extended: 3, closed: 7, withdrawn: 1, notMet: 3, successful: 3 }, rates: { placement: 11 / 16, extension: 3 / 11, notMet: 3 / 7, success: 3 / 7 } },
      { label: 'Beta', suppressed: false, counts: { headcount: 20, placed: 10, extended: 0, closed: 5, withdrawn: 0, notMet: 0, successful: 5 }, rates: { placement: 0.5, extension: 0, notMet: 0, success: 1 } },
    ]);
    // Not met: Alpha 3/7 against Beta 0/5; favourable 4/7 against 1: impact ratio 0.5714, flagged.
    const notMet = measure(r, 'not_met');
    expect(notMet.reference).toBe('Beta');
    const c = notMet.comparisons[0]!;
    expect(c.impactRatio).toBeCloseTo(4 / 7, 12);
    expect(c.adverseRatio).toBeNull();
    // Fisher on [[3, 4], [0, 5]]: margins 7 and 5, 3 not met of 12. P(x) = C(7,x) C(5,3-x) / C(12,3) = 220:
    // x = 0..3 -> 10, 70, 105, 35. Observed x = 3 (35): as or less likely 35 and 10 -> 45/220 = 0.2045.
    expect(c.fisherP).toBeCloseTo(45 / 220, 12);
    expect(codes(r, 'not_met')).toEqual(['adverse_impact_flagged', 'flagged_not_significant']);
    // Extension: Alpha 3/11 against Beta 0/10.
    expect(measure(r, 'extension').comparisons[0]).toMatchObject({ group: 'Alpha', adverse: 3, base: 11, referenceAdverse: 0, referenceBase: 10 });
  });

  it('at an earlier asOf, later extensions and closures do not count yet', () => {
    // 2026-05-01: after the extensions (2026-04-01), before the closures (2026-05-15).
    const may = analyzeAdverseImpact(population, { groupOf, asOf: '2026-05-01' });
    expect(may.groups[0]!.counts).toEqual({ headcount: 16, placed: 11, extended: 2, closed: 0, withdrawn: 0, notMet: null, successful: null });
    // 2026-03-01: no extension either.
    const march = analyzeAdverseImpact(population, { groupOf, asOf: '2026-03-01' });
    expect(march.groups[0]!.counts?.extended).toBe(0);
    // 2026-02-01: the plans (created 2026-02-02) do not exist yet.
    const before = analyzeAdverseImpact(population, { groupOf, asOf: '2026-02-01' });
    expect(before.groups.map((g) => g.counts?.placed)).toEqual([0, 0]);
  });

  it("a person's latest plan in the period decides the outcome; earlier plans and plans outside the period do not", () => {
    const people = [{ id: 'p1', role: 'AE' }];
    const old = planIn('not_met', 'p1', 'plan-old', '2026-01-05');
    const latest = planIn('active', 'p1', 'plan-new', '2026-03-01');
    const one = (plans: Plan[], period?: { start?: string; end?: string }) =>
      analyzeAdverseImpact({ people, plans }, { groupOf: () => 'G', asOf: AS_OF, policy: { minGroupSize: 1 }, ...(period ? { period } : {}) }).groups[0]!.counts;
    // closed 0: no base for "not met" (null), whatever minGroupSize
    expect(one([old, latest])).toMatchObject({ placed: 1, closed: 0, notMet: null });
    expect(one([latest, old])).toMatchObject({ placed: 1, closed: 0, notMet: null });
    expect(one([old])).toMatchObject({ placed: 1, closed: 1, notMet: 1 });
    expect(one([old], { start: '2026-02-01' })).toMatchObject({ placed: 0 });
    expect(one([old, latest], { end: '2026-02-28' })).toMatchObject({ placed: 1, closed: 1, notMet: 1 });
  });
});

describe('privacy: small groups and small bases are suppressed', () => {
  const { population, groupOf } = populationOf([
    { label: 'East', states: placedOf(120, 6) },
    { label: 'West', states: placedOf(40, 8) },
    { label: 'North', states: placedOf(4, 3) },
  ]);
  const r = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, attribute: 'Sales team' });

  it('a group of 4 (fewer than 5) is reported by name only: no counts, no rates, out of every measure and total', () => {
    expect(r.groups.find((g) => g.label === 'North')).toEqual({ label: 'North', suppressed: true, counts: null, rates: null });
    for (const m of r.measures) {
      expect(m.rates.find((x) => x.group === 'North')).toEqual({ group: 'North', suppressed: true, base: null, adverse: null, adverseRate: null, favourableRate: null });
      expect(m.comparisons.map((c) => c.group)).not.toContain('North');
    }
    expect(r.reported).toEqual({ groups: 2, suppressedGroups: 1, headcount: 160, placed: 14 });
    const finding = r.findings.find((f) => f.group === 'North')!;
    expect(finding.code).toBe('group_suppressed');
    expect(finding.message).toBe('Sales team "North" has fewer than 5 people in scope: its figures are suppressed to protect the people in it.');
    expect(finding.evidence).toEqual({ groups: ['North'], figures: { minGroupSize: 5 } });
  });

  it('with minGroupSize 3, North is reported: 3 of 4 placed, against East', () => {
    const open = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy: { minGroupSize: 3 } });
    expect(open.groups.find((g) => g.label === 'North')?.counts).toMatchObject({ headcount: 4, placed: 3, extended: 0 });
    expect(measure(open, 'placement').comparisons.map((c) => c.group)).toEqual(['North', 'West']);
  });

  it('a base below 5 for one measure suppresses that measure only, and the counts over that base', () => {
    // East: 6 placed, 4 of them closed not met -> closed 4 < 5: not met and successful suppressed, closed shown.
    const east: PersonState[] = [...repeat('none', 114), ...repeat('not_met', 4), ...repeat('active', 2)];
    const p = populationOf([{ label: 'East', states: east }, { label: 'West', states: placedOf(40, 8) }]);
    const res = analyzeAdverseImpact(p.population, { groupOf: p.groupOf, asOf: AS_OF });
    expect(res.groups[0]!.counts).toEqual({ headcount: 120, placed: 6, extended: 0, closed: 4, withdrawn: 0, notMet: null, successful: null });
    expect(res.groups[0]!.rates).toEqual({ placement: 0.05, extension: 0, notMet: null, success: null });
    expect(res.findings.filter((f) => f.code === 'measure_suppressed').map((f) => [f.group, f.measure])).toEqual([
      ['East', 'not_met'],
      ['West', 'not_met'],
    ]);
  });

  it('one reportable group only: insufficient_population for every measure, nothing compared', () => {
    const p = populationOf([{ label: 'Only', states: placedOf(30, 10) }, { label: 'Tiny', states: placedOf(2, 1) }]);
    const res = analyzeAdverseImpact(p.population, { groupOf: p.groupOf, asOf: AS_OF });
    expect(res.measures.map((m) => m.reference)).toEqual([null, null, null]);
    expect(codes(res, 'placement')).toEqual(['insufficient_population']);
    expect(res.findings.find((f) => f.code === 'insufficient_population')!.message).toBe(
      'Placement on a plan by group: fewer than two groups have at least 5 people in scope, so there is nothing to compare.',
    );
  });
});

describe('scope and issues', () => {
  const base = populationOf([
    { label: 'East', states: placedOf(10, 1) },
    { label: 'West', states: placedOf(10, 3) },
  ]);

  it('people hired after the period, in other roles, or without a group are out of scope', () => {
    const people = [
      ...base.population.people,
      { id: 'late', role: 'Account Executive', hireDate: '2026-07-01' },
      { id: 'sdr', role: 'SDR' },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `nogroup-${i}`, role: 'Account Executive' })),
    ];
    const groupOf = (id: string) => (id === 'late' || id === 'sdr' ? 'East' : base.groupOf(id));
    const r = analyzeAdverseImpact({ people, plans: base.population.plans }, { groupOf, asOf: AS_OF, roles: ['Account Executive'] });
    expect(r.groups.map((g) => g.counts?.headcount)).toEqual([10, 10]);
    expect(r.issues).toEqual([{ code: 'group_missing', path: ['population', 'people'], facts: { count: 6 }, message: '6 people in scope have no group for this attribute and are left out of every group.' }]);
    const few = analyzeAdverseImpact({ people: [...base.population.people, { id: 'x', role: 'AE' }], plans: [] }, { groupOf: base.groupOf, asOf: AS_OF });
    expect(few.issues[0]!.message).toBe('Fewer than 5 people in scope have no group for this attribute and are left out of every group.');
  });

  it('duplicate people, plans for unknown people, a period past asOf or upside down, an invalid asOf', () => {
    const people = [...base.population.people, { id: 'East#0', role: 'Account Executive' }];
    const plans = [...base.population.plans, planIn('active', 'ghost', 'plan-ghost')];
    const r = analyzeAdverseImpact({ people, plans }, { groupOf: base.groupOf, asOf: AS_OF, period: { start: '2026-08-01', end: '2026-12-31' } });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['period_invalid', ['period', 'end']],
      ['period_invalid', ['period', 'start']],
      ['person_duplicate', ['population', 'people', 20, 'id']],
    ]);
    expect(r.period).toEqual({ start: '2026-08-01', end: AS_OF });
    expect(r.reported.placed).toBe(0);
    const inPeriod = analyzeAdverseImpact({ people, plans }, { groupOf: base.groupOf, asOf: AS_OF });
    expect(inPeriod.issues.find((i) => i.code === 'plan_person_unknown')).toEqual({
      code: 'plan_person_unknown',
      path: ['population', 'plans', 4, 'employee', 'id'],
      facts: { received: '"ghost"', planId: '"plan-ghost"' },
      message: 'Plan "plan-ghost" is for person "ghost", who is not among the people in scope; it is left out.',
    });
    const bad = analyzeAdverseImpact(base.population, { groupOf: base.groupOf, asOf: '2026-02-30' });
    expect(bad.issues.map((i) => i.code)).toEqual(['as_of_invalid']);
    expect(bad.groups).toEqual([]);
  });

  it('policy values out of range are replaced by their defaults and reported with their path; never thrown', () => {
    const r = analyzeAdverseImpact(base.population, {
      groupOf: base.groupOf,
      asOf: AS_OF,
      policy: { minGroupSize: 0, impactRatioThreshold: 1.5, significanceLevel: Number.NaN, referenceGroup: '  ' } as never,
    });
    expect(r.issues.map((i) => i.path)).toEqual([['policy', 'minGroupSize'], ['policy', 'impactRatioThreshold'], ['policy', 'significanceLevel'], ['policy', 'referenceGroup']]);
    expect(r.issues[0]!.message).toBe('Policy field minGroupSize must be a whole number of 1 or more, not 0; the default was used.');
    expect(r.policy).toEqual({ minGroupSize: 5, impactRatioThreshold: 0.8, significanceLevel: 0.05, referenceGroup: null });
    const notObject = analyzeAdverseImpact(base.population, { groupOf: base.groupOf, asOf: AS_OF, policy: 'strict' as never });
    expect(notObject.issues.map((i) => [i.code, i.path])).toEqual([['policy_invalid', ['policy']]]);
  });

  it('a reference group the policy names but that cannot be reported falls back to the most favourable group, with an issue', () => {
    const p = populationOf([{ label: 'East', states: placedOf(10, 1) }, { label: 'West', states: placedOf(10, 3) }, { label: 'Tiny', states: placedOf(2, 0) }]);
    for (const name of ['Tiny', 'Nowhere']) {
      const r = analyzeAdverseImpact(p.population, { groupOf: p.groupOf, asOf: AS_OF, policy: { referenceGroup: name } });
      expect(measure(r, 'placement')).toMatchObject({ reference: 'East', referenceChosenBy: 'most_favourable' });
      expect(r.issues[0]).toMatchObject({ code: 'reference_group_unavailable', path: ['policy', 'referenceGroup'] });
    }
  });

  it('does not change its input, and every code it writes is listed', () => {
    const snapshot = JSON.stringify(base.population);
    const r = analyzeAdverseImpact(base.population, { groupOf: base.groupOf, asOf: AS_OF });
    expect(JSON.stringify(base.population)).toBe(snapshot);
    for (const f of r.findings) expect(FAIRNESS_REASON_CODES).toContain(f.code);
    for (const i of r.issues) expect(FAIRNESS_ISSUE_CODES).toContain(i.code);
  });
});
