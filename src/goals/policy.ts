/**
 * Thresholds for the SMART check, defined once with {@link definePolicy}: each field's meaning,
 * valid values and default are listed by `SMART_POLICY.fields()` (and in docs/policies.md).
 * Callers override any of them with a partial object merged over {@link DEFAULT_SMART_POLICY};
 * a bad value is reported as a `policy_invalid` issue and its default is used.
 *
 * @module
 */
import * as z from 'zod/mini';
import { SMART_DEFAULTS } from './policy-defaults.js';
import { definePolicy, nonNegativeField, shareField, wholeField, type PolicyDescriptions, type PolicyOf, type PolicyOverrides } from '../policy/index.js';

/**
 * The fields of the SMART policy, shared by the lint policy that includes them.
 *
 * @internal
 */
export const SMART_POLICY_FIELDS = {
  realisticImprovement: nonNegativeField(),
  impossibleImprovement: nonNegativeField(),
  realisticRatioHeadroom: shareField(),
  maxRubricLevels: wholeField(0),
  historyPeriods: wholeField(1),
  beyondBestMargin: nonNegativeField(),
  beyondStandardMargin: nonNegativeField(),
};

const SMART_POLICY_SCHEMA = z.object(SMART_POLICY_FIELDS);

/**
 * `impossibleImprovement` must be at least `realisticImprovement`: a target cannot fail
 * Achievable before it warns.
 *
 * @internal
 */
export const IMPROVEMENT_ORDER = {
  field: 'impossibleImprovement',
  expected: { type: 'at_least', field: 'realisticImprovement' },
  holds: (p: { readonly realisticImprovement: number; readonly impossibleImprovement: number }) => p.impossibleImprovement >= p.realisticImprovement,
  repair: (p: { readonly realisticImprovement: number }) => p.realisticImprovement,
} as const;

/**
 * The SMART policy: schema, defaults and checks (see {@link checkSmartGoal}).
 *
 * @example
 * ```ts
 * SMART_POLICY.resolve({ historyPeriods: 0 }).issues[0].path; // => ["policy", "historyPeriods"]
 * ```
 */
export const SMART_POLICY = definePolicy(
  SMART_POLICY_SCHEMA,
  SMART_DEFAULTS,
  { relations: [IMPROVEMENT_ORDER] },
);

/** Thresholds for {@link checkSmartGoal}. */
export type SmartPolicy = PolicyOf<typeof SMART_POLICY_SCHEMA>;

/** Overrides of the SMART policy. */
export type SmartPolicyOverrides = PolicyOverrides<SmartPolicy>;

/**
 * What each field of {@link SmartPolicy} means, for the documentation (`fields(descriptions)`,
 * docs/policies.md): kept beside the policy, out of the code that applies it.
 */
export const SMART_POLICY_DESCRIPTIONS: PolicyDescriptions<SmartPolicy> = {
  realisticImprovement: 'The largest realistic change from baseline, relative to the baseline, toward the target (`1.5` = the target is at most 150% better than the baseline). Above it, Achievable warns. Not used for ratio metrics (see `realisticRatioHeadroom`).',
  impossibleImprovement: 'The relative change above which a target is not achievable at all and Achievable fails (9: a target ten times the baseline). At least `realisticImprovement`. Not used for ratio metrics, which cannot go past 100% or below 0%.',
  realisticRatioHeadroom:
    'For ratio metrics (unit `ratio`), the largest realistic share of the headroom a target closes: (target - baseline) / (1 - baseline), or (baseline - target) / baseline when lower is better (0.75: three quarters of the way from the baseline to 100%). Above it, Achievable warns. A bound relative to the baseline would be harsh on low ratios (30% to 80% is +167% but closes 71% of the headroom).',
  maxRubricLevels: 'Rubric levels a skill goal may climb in one plan before Achievable warns.',
  historyPeriods: "How many of the most recent periods of the rep's own history count.",
  beyondBestMargin: "How far beyond the best level the rep reached in those periods a target may go, relative to that best, before Achievable warns (0.25: 25% beyond the rep's own best).",
  beyondStandardMargin: "How far beyond the linked gap's standard a target may go, relative to the standard, before Achievable warns (asking more than the standard is more than closing the gap).",
};

/** The default SMART policy. */
export const DEFAULT_SMART_POLICY: SmartPolicy = SMART_POLICY.defaults;
