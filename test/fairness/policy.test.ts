/**
 * The fairness policy on definePolicy: every override checked by its schema, a bad one reported as
 * `policy_invalid` at its path with the default used, never a throw; the documented defaults kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeAdverseImpact, DEFAULT_FAIRNESS_POLICY, FAIRNESS_POLICY, reviewFairness } from '../../src/index.js';
import { AS_OF, placedOf, populationOf } from './population.js';

const { population, groupOf } = populationOf([
  { label: 'East', states: placedOf(20, 2) },
  { label: 'West', states: placedOf(20, 6) },
]);

const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer({ min: -2, max: 30 }),
  fc.double(),
  fc.string({ maxLength: 5 }),
  fc.constantFrom('East', ' West ', '  '),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
const partial = fc.record({ minGroupSize: junk, impactRatioThreshold: junk, significanceLevel: junk, referenceGroup: junk, minGroupsize: junk }, { requiredKeys: [] });

describe('the fairness policy (definePolicy)', () => {
  it('keeps its documented defaults', () => {
    expect(DEFAULT_FAIRNESS_POLICY).toEqual({ minGroupSize: 5, impactRatioThreshold: 0.8, significanceLevel: 0.05, referenceGroup: null });
    expect(FAIRNESS_POLICY.defaults).toBe(DEFAULT_FAIRNESS_POLICY);
  });

  it('a field that cannot be read (a throwing getter) is reported, not thrown', () => {
    const policy = Object.defineProperty({}, 'minGroupSize', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['policy_invalid', ['policy', 'minGroupSize']]]);
    expect(r.policy).toEqual(DEFAULT_FAIRNESS_POLICY);
  });

  it('mistyped values, null and unknown fields are reported at their path; a label is taken trimmed', () => {
    const r = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy: { minGroupSize: '5', significanceLevel: null, referenceGroup: ' West ', minGroupsize: 3 } as never });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['policy_invalid', ['policy', 'minGroupSize']],
      ['policy_invalid', ['policy', 'significanceLevel']],
      ['policy_invalid', ['policy', 'minGroupsize']],
    ]);
    expect(r.issues[2]!.message).toContain('did you mean minGroupSize?');
    expect(r.policy).toEqual({ ...DEFAULT_FAIRNESS_POLICY, referenceGroup: 'West' });
    const nothing = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy: null as never });
    expect(nothing.issues.map((i) => [i.code, i.path])).toEqual([['policy_invalid', ['policy']]]);
  });

  it('any policy object: the analysis and the review report exactly the policy\'s problems and apply the policy it resolves to; never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(partial, junk), (policy) => {
        const expected = FAIRNESS_POLICY.resolve(policy);
        const r = analyzeAdverseImpact(population, { groupOf, asOf: AS_OF, policy: policy as never });
        expect(r.issues.filter((i) => i.code === 'policy_invalid')).toEqual(expected.issues);
        expect(r.policy).toEqual(expected.policy);
        const review = reviewFairness({ people: population.people, plans: population.plans }, { attributes: [{ name: 'Team', groupOf }], asOf: AS_OF, policy: policy as never });
        expect(review.issues.filter((i) => i.code === 'policy_invalid').map((i) => i.path)).toEqual(expected.issues.map((i) => i.path));
      }),
      { numRuns: 200 },
    );
  });
});
