/**
 * Issue 20: fairness issues are issues of the shared shape; `FAIRNESS_ISSUE_MESSAGES` writes their
 * message from their facts (data only: the values received as JSON text, dates, counts, which
 * check failed), so a stored issue re-words from its code and facts alone.
 */
import { describe, expect, it } from 'vitest';
import {
  analyzeAdverseImpact,
  FAIRNESS_FINDING_MESSAGES,
  FAIRNESS_ISSUE_CODES,
  FAIRNESS_ISSUE_MESSAGES,
  FAIRNESS_REASON_CODES,
  reviewFairness,
  type FairnessFinding,
  type FairnessIssue,
} from '../../src/index.js';
import { AS_OF, placedOf, planIn, populationOf } from './population.js';
import { expectWordedFromFacts } from '../support/issue-facts.js';

function check(issue: FairnessIssue): void {
  expectWordedFromFacts(issue, FAIRNESS_ISSUE_MESSAGES);
}

const base = populationOf([
  { label: 'East', states: placedOf(10, 1) },
  { label: 'West', states: placedOf(10, 3) },
  { label: 'Tiny', states: placedOf(2, 0) },
]);

describe('fairness issues are issues with facts', () => {
  it('the English catalog covers every issue code', () => {
    expect(Object.keys(FAIRNESS_ISSUE_MESSAGES).sort()).toEqual([...FAIRNESS_ISSUE_CODES].sort());
  });

  it('the period: which check failed, with the dates, is the fact; the sentence follows it', () => {
    const cases = [
      [{ start: '2026-13-01' }, ['period', 'start'], { problem: 'start_not_a_date', received: '"2026-13-01"' }, 'The period start "2026-13-01" is not a calendar date; the period has no lower bound.'],
      [{ end: 42 }, ['period', 'end'], { problem: 'end_not_a_date', received: '42', asOf: AS_OF }, `The period end 42 is not a calendar date; it ends at asOf (${AS_OF}).`],
      [{ end: '2099-01-01' }, ['period', 'end'], { problem: 'end_after_as_of', end: '2099-01-01', asOf: AS_OF }, `The period ends on 2099-01-01, after asOf (${AS_OF}); it ends at asOf.`],
      [{ start: '2026-03-01', end: '2026-02-01' }, ['period', 'start'], { problem: 'start_after_end', start: '2026-03-01', end: '2026-02-01' }, 'The period starts on 2026-03-01, after its end (2026-02-01); no plan is counted.'],
    ] as const;
    for (const [period, path, facts, message] of cases) {
      const r = analyzeAdverseImpact(base.population, { groupOf: base.groupOf, asOf: AS_OF, period: period as never });
      const issue = r.issues.find((i) => i.code === 'period_invalid')!;
      check(issue);
      expect([issue.path, issue.facts, issue.message]).toEqual([path, facts, message]);
    }
  });

  it('every other code: duplicates, unknown people, missing groups, an unusable reference group, asOf, the policy', () => {
    const people = [...base.population.people, { id: 'East#0', role: 'Account Executive' }, { id: 'nogroup', role: 'Account Executive' }];
    const plans = [...base.population.plans, planIn('active', 'ghost', 'plan-ghost')];
    const seen = new Set<string>();
    for (const referenceGroup of ['Tiny', 'Nowhere']) {
      const r = analyzeAdverseImpact({ people, plans }, { groupOf: base.groupOf, asOf: AS_OF, policy: { referenceGroup, impactRatioThreshold: 1.5 } as never });
      for (const issue of r.issues) {
        check(issue);
        seen.add(issue.code);
      }
      const reference = r.issues.find((i) => i.code === 'reference_group_unavailable')!;
      expect(reference.facts).toEqual(
        referenceGroup === 'Tiny' ? { problem: 'too_small', received: '"Tiny"', measure: 'placement', minGroupSize: 5 } : { problem: 'no_one_in_scope', received: '"Nowhere"' },
      );
      expect(r.issues.find((i) => i.code === 'group_missing')!.facts).toEqual({ minGroupSize: 5 });
      expect(r.issues.find((i) => i.code === 'person_duplicate')!.facts).toEqual({ received: '"East#0"' });
      expect(r.issues.find((i) => i.code === 'plan_person_unknown')!.facts).toEqual({ received: '"ghost"', planId: '"plan-ghost"' });
    }
    const tiny = analyzeAdverseImpact(base.population, { groupOf: base.groupOf, asOf: AS_OF, policy: { referenceGroup: 'Tiny' } });
    expect(tiny.issues[0]!.message).toBe('The reference group "Tiny" cannot be reported for placement (fewer than 5 people in its base); the group with the most favourable rate is used instead.');
    const bad = analyzeAdverseImpact(base.population, { groupOf: base.groupOf, asOf: '2026-02-30' });
    expect(bad.issues[0]!.facts).toEqual({ received: '"2026-02-30"' });
    check(bad.issues[0]!);
    seen.add(bad.issues[0]!.code);
    expect([...seen].sort()).toEqual(FAIRNESS_ISSUE_CODES.filter((code) => code !== 'period_invalid').sort()); // the period's: the test above
  });

  it('the review keeps the analyses\' issues once each, facts included', () => {
    const review = reviewFairness(
      { people: base.population.people, plans: base.population.plans },
      { attributes: [{ name: 'Team', groupOf: base.groupOf }], asOf: AS_OF, policy: { referenceGroup: 'Nowhere' } } as never,
    );
    expect(review.issues.length).toBeGreaterThan(0);
    for (const issue of review.issues) check(issue);
  });
});

describe('fairness findings are issues with facts', () => {
  function checkFinding(finding: FairnessFinding): void {
    expectWordedFromFacts(finding, FAIRNESS_FINDING_MESSAGES);
    expect(finding.path).toEqual(['population']);
  }

  it('the English catalog covers every finding code', () => {
    expect(Object.keys(FAIRNESS_FINDING_MESSAGES).sort()).toEqual([...FAIRNESS_REASON_CODES].sort());
  });

  it('comparisons carry their figures; a suppressed group only its label and the minimum size', () => {
    const p = populationOf([
      { label: 'East', states: placedOf(120, 6) },
      { label: 'West', states: placedOf(40, 8) },
      { label: 'Tiny', states: placedOf(3, 2) },
    ]);
    const report = analyzeAdverseImpact(p.population, { groupOf: p.groupOf, asOf: AS_OF, attribute: 'Sales team' });
    for (const finding of report.findings) checkFinding(finding);
    const significant = report.findings.find((f) => f.code === 'difference_significant' && f.measure === 'placement')!;
    expect(significant.facts).toMatchObject({ attribute: 'Sales team', measure: 'placement', group: 'West', reference: 'East', base: 40, adverse: 8, referenceBase: 120, referenceAdverse: 6, threshold: 0.8, significanceLevel: 0.05 });
    const suppressed = report.findings.find((f) => f.code === 'group_suppressed')!;
    expect(suppressed.facts).toEqual({ attribute: 'Sales team', measure: null, group: 'Tiny', minGroupSize: 5 });
  });
});
