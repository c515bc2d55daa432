/**
 * reviewFairness: one adverse-impact analysis per attribute (each the same as analyzeAdverseImpact
 * alone), compareConsistency over the plans created in the period for the people in scope, the
 * count of what needs attention, and the issues once each.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAdverseImpact, compareConsistency, reviewFairness, type FairnessPerson, type Plan } from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { AS_OF, planIn } from './population.js';

// East: 12 people, 3 placed (plans of 60, 60 and 120 days); West: 10 people, 2 placed (60 days).
// One more East plan was created before the period (2025-10-01) and one for an SDR (out of scope).
const people: FairnessPerson[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, role: 'Account Executive', team: 'East' })),
  ...Array.from({ length: 10 }, (_, i) => ({ id: `w${i}`, role: 'Account Executive', team: 'West' })),
  { id: 'sdr', role: 'SDR', team: 'East' },
];
const days = (plan: Plan, durationDays: number): Plan => ({ ...plan, durationDays });
const plans: Plan[] = [
  planIn('active', 'e0', 'pe0'),
  planIn('not_met', 'e1', 'pe1'),
  days(planIn('active_extended', 'e2', 'pe2'), 120),
  planIn('successful', 'w0', 'pw0'),
  planIn('active', 'w1', 'pw1'),
  days(planIn('not_met', 'e3', 'pe3-old', '2025-10-01'), 30),
  planIn('active', 'sdr', 'p-sdr'),
];
const team = (id: string) => people.find((p) => p.id === id)?.team;
const band = (id: string) => (Number(id.slice(1)) % 2 === 0 ? 'Even' : 'Odd');
const options = {
  asOf: AS_OF,
  period: { start: '2026-01-01' },
  roles: ['Account Executive'],
  attributes: [
    { name: 'Sales team', groupOf: team },
    { name: 'Tenure band', groupOf: band },
  ],
};

describe('reviewFairness', () => {
  const review = reviewFairness({ people, plans }, options);

  it('analyses each attribute on its own, exactly as analyzeAdverseImpact does', () => {
    expect(review.analyses.map((a) => a.attribute)).toEqual(['Sales team', 'Tenure band']);
    for (const [i, a] of options.attributes.entries()) {
      expect(review.analyses[i]).toEqual(
        analyzeAdverseImpact({ people, plans }, { asOf: AS_OF, period: options.period, roles: options.roles, attribute: a.name, groupOf: a.groupOf }),
      );
    }
    // East 3 of 12, West 2 of 10 placed; Even (e0 e2 w0 ...) 3 of 11, Odd 2 of 11
    expect(review.analyses[0]!.groups.map((g) => [g.label, g.counts?.headcount, g.counts?.placed])).toEqual([
      ['East', 12, 3],
      ['West', 10, 2],
    ]);
    expect(review.analyses[1]!.groups.map((g) => [g.label, g.counts?.headcount, g.counts?.placed])).toEqual([
      ['Even', 11, 3],
      ['Odd', 11, 2],
    ]);
  });

  it('compares the consistency of the five plans created in the period for people in scope: the 120-day plan is off the 60-day median', () => {
    const inScope = plans.filter((p) => ['pe0', 'pe1', 'pe2', 'pw0', 'pw1'].includes(p.id));
    expect(review.consistency).toEqual(compareConsistency(inScope));
    expect(review.consistency.roles.map((r) => [r.role, r.planIds, r.medianDurationDays])).toEqual([['Account Executive', ['pe0', 'pe1', 'pe2', 'pw0', 'pw1'], 60]]);
    expect(review.consistency.findings.map((f) => [f.code, f.planId])).toEqual([['duration_off_role_median', 'pe2']]);
    expect(review.attention).toEqual({ adverseImpact: 0, significant: 0, disagreements: 0, consistency: 1 });
    expect(isDeepFrozen(review)).toBe(true);
  });

  it('reports an issue shared by the analyses once, and the period and policy it used', () => {
    const r = reviewFairness({ people, plans }, { ...options, policy: { minGroupSize: -1 } });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['policy_invalid', ['policy', 'minGroupSize']]]);
    expect(r.period).toEqual({ start: '2026-01-01', end: AS_OF });
    expect(r.policy.minGroupSize).toBe(5);
    const none = reviewFairness({ people, plans }, { asOf: AS_OF, attributes: [] });
    expect(none.analyses).toEqual([]);
    // without a period or a role filter every plan counts (the plans all carry the role Account Executive)
    expect(none.consistency.roles.map((x) => x.planIds.length)).toEqual([7]);
  });
});
