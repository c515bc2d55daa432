/**
 * Thresholds for plan linting, defined once with {@link definePolicy}: its own fields plus every
 * SMART and gap field (the same definitions as theirs). Callers override any of them with a
 * partial object merged over {@link DEFAULT_LINT_POLICY}; a bad value is a `policy_invalid`
 * finding and its default is used.
 *
 * @module
 */
import * as z from 'zod/mini';
import { GAP_POLICY_DESCRIPTIONS, GAP_POLICY_FIELDS, SEVERITY_ORDER, SHORTFALL_ALIAS } from '../gaps/policy.js';
import { IMPROVEMENT_ORDER, SMART_POLICY_DESCRIPTIONS, SMART_POLICY_FIELDS } from '../goals/policy.js';
import { definePolicy, policyField, shareField, wholeField, type PolicyDescriptions, type PolicyOf, type PolicyOverrides } from '../policy/index.js';
import { LINT_DEFAULTS } from './policy-defaults.js';
import { hasWords } from './wording.js';

/** A language tag: `en`, `de`, `fr-CA`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** Phrases by language tag (`{ en: ['...'] }`): at most 1,000 per language, each with a word in it. */
function termsField() {
  const phrase = z.string().check(z.minLength(1), z.maxLength(200), z.refine(hasWords));
  return policyField(
    z.record(z.string().check(z.regex(LANGUAGE_TAG)), z.array(phrase).check(z.maxLength(1_000))),
    { type: 'phrases_by_language' },
  );
}

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
  minGoalCategories: wholeField(1),
  maxGoalWeightShare: shareField(),
  maxCategoryWeightShare: shareField(),
  protectedTermsAdded: termsField(),
  protectedTermsAllowed: termsField(),
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
  LINT_DEFAULTS,
  { relations: [IMPROVEMENT_ORDER, SEVERITY_ORDER], aliases: [SHORTFALL_ALIAS] },
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
  minGoalCategories:
    "Goal categories (revenue, activity, skill, customer, conduct) a plan's goals should cover; fewer is `goals_single_category` (1 turns the check off).",
  maxGoalWeightShare:
    "The largest share of the plan's weight one goal should carry (declared weights, or equal shares without them); above it is `weight_concentrated`.",
  maxCategoryWeightShare: "The largest share of the plan's weight the two or more goals of one category should carry together; above it is `weight_concentrated`.",
  protectedTermsAdded:
    "Words and phrases about protected characteristics to flag besides the built-in list (`protected_characteristic`), by language tag: `{ en: ['political views'] }` where political opinion is protected. Matched whole, case-insensitively.",
  protectedTermsAllowed:
    "Phrases that are fine in the host's business though they contain a listed term, by language tag: `{ en: ['Catholic Health'] }` (a customer). A term sharing a word with an allowed phrase found in the same text is not reported.",
};

/** The default lint policy. */
export const DEFAULT_LINT_POLICY: LintPolicy = LINT_POLICY.defaults;
