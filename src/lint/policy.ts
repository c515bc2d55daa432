/**
 * Thresholds for plan linting, defined once with {@link definePolicy}: its own fields plus every
 * SMART and gap field (the same definitions as theirs). Callers override any of them with a
 * partial object merged over {@link DEFAULT_LINT_POLICY}; a bad value is a `policy_invalid`
 * finding and its default is used.
 *
 * @module
 */
import * as z from 'zod/mini';
import { DEFAULT_GAP_POLICY, GAP_POLICY_DESCRIPTIONS, GAP_POLICY_FIELDS, SEVERITY_ORDER } from '../gaps/policy.js';
import { DEFAULT_SMART_POLICY, IMPROVEMENT_ORDER, SMART_POLICY_DESCRIPTIONS, SMART_POLICY_FIELDS } from '../goals/policy.js';
import { definePolicy, wholeField, type PolicyDescriptions, type PolicyOf, type PolicyOverrides } from '../policy/index.js';

/** The policy's zod schema (the lifecycle policy nests it). @internal */
export const LINT_POLICY_SCHEMA = z.object({
  ...SMART_POLICY_FIELDS,
  ...GAP_POLICY_FIELDS,
  minPlanDays: wholeField(1),
  minSkillPlanDays: wholeField(1),
  maxCheckInIntervalDays: wholeField(1),
  minPriorCoaching: wholeField(0),
  rampUpDays: wholeField(0),
  minGapPeriodDays: wholeField(0),
});

/**
 * The lint policy: schema, defaults and checks (see {@link lintPlan}).
 *
 * @example
 * ```ts
 * LINT_POLICY.resolve({ minPlanDays: 0 }).issues[0].path; // => ["policy", "minPlanDays"]
 * ```
 */
export const LINT_POLICY = definePolicy(
  LINT_POLICY_SCHEMA,
  {
    ...DEFAULT_SMART_POLICY,
    ...DEFAULT_GAP_POLICY,
    minPlanDays: 30,
    minSkillPlanDays: 60,
    maxCheckInIntervalDays: 14,
    minPriorCoaching: 2,
    rampUpDays: 90,
    minGapPeriodDays: 60,
  },
  { relations: [IMPROVEMENT_ORDER, SEVERITY_ORDER] },
);

/** Thresholds for {@link lintPlan}: its own, plus the SMART and gap policies it applies. */
export type LintPolicy = PolicyOf<typeof LINT_POLICY_SCHEMA>;

/** Overrides of the lint policy. */
export type LintPolicyOverrides = PolicyOverrides<LintPolicy>;

/**
 * What each field of {@link LintPolicy} means, for the documentation (`fields(descriptions)`,
 * docs/policies.md): kept beside the policy, out of the code that applies it.
 */
export const LINT_POLICY_DESCRIPTIONS: PolicyDescriptions<LintPolicy> = {
  ...SMART_POLICY_DESCRIPTIONS,
  ...GAP_POLICY_DESCRIPTIONS,
  minPlanDays: 'The shortest plan, in days (start and end included).',
  minSkillPlanDays: 'The shortest plan when a gap is a skill gap (skills take 60-90 days to build).',
  maxCheckInIntervalDays: 'The longest interval between check-ins, in days (bi-weekly is 14).',
  minPriorCoaching: 'Documented informal coaching conversations expected before a plan starts.',
  rampUpDays: 'Days in the role before a plan is fair (the ramp-up period).',
  minGapPeriodDays: "The shortest period a gap's evidence should cover, in days (not one bad month).",
};

/** The default lint policy. */
export const DEFAULT_LINT_POLICY: LintPolicy = LINT_POLICY.defaults;
