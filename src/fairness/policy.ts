/**
 * Thresholds of the fairness analysis, defined once with {@link definePolicy}: every field has a
 * documented default; callers override any of them with a partial object merged over
 * {@link DEFAULT_FAIRNESS_POLICY}. A bad value (out of range, of the wrong type) is replaced by
 * its default and an unknown field ignored, each reported as a `policy_invalid` issue with its
 * path: the analysis never throws on a policy.
 *
 * @module
 */
import * as z from 'zod/mini';
import { definePolicy, policyField, wholeField, type PolicyDescriptions, type PolicyOf, type PolicyOverrides } from '../policy/index.js';

const FAIRNESS_POLICY_SCHEMA = z.object({
  minGroupSize: wholeField(1),
  impactRatioThreshold: policyField(z.number().check(z.gt(0), z.lte(1)), { type: 'share_above_zero' }),
  significanceLevel: policyField(z.number().check(z.gt(0), z.lt(1)), { type: 'probability' }),
  // A label is taken trimmed; a blank one is refused.
  referenceGroup: policyField(z.nullable(z.string().check(z.trim(), z.minLength(1))), { type: 'group_or_null' }),
});

/**
 * The fairness policy: schema, defaults and checks (see `analyzeAdverseImpact` and
 * `reviewFairness`, which report a bad field as a `policy_invalid` issue and use its default).
 *
 * @example
 * ```ts
 * FAIRNESS_POLICY.resolve({ minGroupSize: 0 }).issues[0].path; // => ["policy", "minGroupSize"]
 * FAIRNESS_POLICY.resolve({ referenceGroup: ' West ' }).policy.referenceGroup; // => "West"
 * ```
 */
export const FAIRNESS_POLICY = definePolicy(FAIRNESS_POLICY_SCHEMA, {
  minGroupSize: 5,
  impactRatioThreshold: 0.8,
  significanceLevel: 0.05,
  referenceGroup: null,
});

/**
 * Thresholds for `analyzeAdverseImpact` and `reviewFairness`. Every field's meaning, valid values
 * and default: {@link FAIRNESS_POLICY} (`fields()`) and docs/policies.md.
 */
export type FairnessPolicy = PolicyOf<typeof FAIRNESS_POLICY_SCHEMA>;

/** Overrides of the fairness policy: every field optional. */
export type FairnessPolicyOverrides = PolicyOverrides<FairnessPolicy>;

/**
 * What each field of {@link FairnessPolicy} means, for the documentation (`fields(descriptions)`,
 * docs/policies.md): kept beside the policy, out of the code that applies it.
 */
export const FAIRNESS_POLICY_DESCRIPTIONS: PolicyDescriptions<FairnessPolicy> = {
  minGroupSize:
    'Privacy: a group with fewer people in scope than this is reported by name only, never with a count or a rate; a count whose base (people placed, plans closed) is below it is suppressed too.',
  impactRatioThreshold:
    "The four-fifths rule (29 CFR 1607.4(D)): a group whose favourable rate is below this share of the reference group's favourable rate is flagged for adverse impact.",
  significanceLevel: "A difference is statistically significant when Fisher's exact test (two-sided) gives a p-value below this. `0.05` is about two standard deviations (|z| 1.96), `0.0027` about three.",
  referenceGroup: 'The group every other group is compared with (a label, taken trimmed); `null` picks, per measure, the group with the most favourable rate.',
};

/**
 * The default fairness policy. Every field is documented on {@link FAIRNESS_POLICY_DESCRIPTIONS}.
 *
 * @example
 * ```ts
 * DEFAULT_FAIRNESS_POLICY.impactRatioThreshold; // => 0.8 (the four-fifths rule)
 * ```
 */
export const DEFAULT_FAIRNESS_POLICY: FairnessPolicy = FAIRNESS_POLICY.defaults;
