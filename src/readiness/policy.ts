/**
 * Thresholds for the readiness assessment, defined once with {@link definePolicy}: its own fields
 * plus every gap field (the same definitions as the gap policy's). Callers override any of them
 * with a partial object merged over {@link DEFAULT_READINESS_POLICY}; a bad value is reported in
 * the assessment's `issues` (`policy_invalid`) and its default is used.
 *
 * @module
 */
import * as z from 'zod/mini';
import { DEFAULT_GAP_POLICY, GAP_POLICY_DESCRIPTIONS, GAP_POLICY_FIELDS, SEVERITY_ORDER, SHORTFALL_ALIAS } from '../gaps/policy.js';
import { definePolicy, wholeField, type PolicyDescriptions, type PolicyOf, type PolicyOverrides } from '../policy/index.js';

const READINESS_POLICY_SCHEMA = z.object({
  ...GAP_POLICY_FIELDS,
  minCoachingConversations: wholeField(0),
  coachingLookbackDays: wholeField(0),
  rampUpDays: wholeField(0),
});

/**
 * The readiness policy: schema, defaults and checks (see {@link assessReadiness}); the gap
 * thresholds decide when a period is short (by default 3 consecutive periods at least 10% short).
 *
 * @example
 * ```ts
 * READINESS_POLICY.resolve({ minCoachingConversations: -1 }).issues[0].path; // => ["policy", "minCoachingConversations"]
 * ```
 */
export const READINESS_POLICY = definePolicy(
  READINESS_POLICY_SCHEMA,
  {
    ...DEFAULT_GAP_POLICY,
    minCoachingConversations: 2,
    coachingLookbackDays: 180,
    rampUpDays: 90,
  },
  { relations: [SEVERITY_ORDER], aliases: [SHORTFALL_ALIAS] },
);

/** Thresholds for {@link assessReadiness}, with the gap policy that decides when a period is short. */
export type ReadinessPolicy = PolicyOf<typeof READINESS_POLICY_SCHEMA>;

/** Overrides of the readiness policy. */
export type ReadinessPolicyOverrides = PolicyOverrides<ReadinessPolicy>;

/**
 * What each field of {@link ReadinessPolicy} means, for the documentation (`fields(descriptions)`,
 * docs/policies.md): kept beside the policy, out of the code that applies it.
 */
export const READINESS_POLICY_DESCRIPTIONS: PolicyDescriptions<ReadinessPolicy> = {
  ...GAP_POLICY_DESCRIPTIONS,
  minCoachingConversations: 'Documented informal coaching conversations needed before a plan.',
  coachingLookbackDays: 'How far back, in days before `asOf`, a coaching conversation still counts.',
  rampUpDays: 'Days in the role before a plan is fair (ramp-up); periods starting earlier are not held against the rep.',
};

/** The default readiness policy (gap thresholds as in {@link DEFAULT_GAP_POLICY}: 3 consecutive periods at least 10% short). */
export const DEFAULT_READINESS_POLICY: ReadinessPolicy = READINESS_POLICY.defaults;
