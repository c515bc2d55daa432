/**
 * The lifecycle's thresholds and switches, defined once with {@link definePolicy}: its own fields,
 * the timeline policy (`timeline`) and the lint policy `submit_for_review` applies (`lint`), both
 * merged key by key and checked by their own definitions (their rules between fields included). `transition` refuses a command under a bad policy with `policy_invalid`
 * (the issues in the rejection), so no command is decided under a policy other than the one asked
 * for.
 *
 * @module
 */
import * as z from 'zod/mini';
import { LINT_POLICY, LINT_POLICY_SCHEMA } from '../lint/policy.js';
import {
  definePolicy,
  flagField,
  oneOfField,
  policyField,
  wholeField,
  type PolicyDescriptions,
  type PolicyOf,
  type PolicyOverrides,
} from '../policy/index.js';
import { COMPANY_SIDE_DEFAULTS, COMPANY_SIDE_DESCRIPTIONS, COMPANY_SIDE_FIELDS } from '../timeline/company-side.js';
import { TIMELINE_POLICY, TIMELINE_POLICY_SCHEMA } from '../timeline/policy.js';
import { DEFAULT_DELIVERY_TOLERANCE_DAYS } from '../timeline/support.js';

const REVIEW_BY = ['hr_partner', 'any_independent_hr'] as const;

/** Who may review a plan (approve it or request changes). */
export type ReviewBy = (typeof REVIEW_BY)[number];

const LIFECYCLE_POLICY_SCHEMA = z.object({
  timeline: policyField(TIMELINE_POLICY_SCHEMA, { type: 'policy_fields', policy: 'timeline' }),
  checkInReminderDays: wholeField(0),
  acknowledgementReminderDays: wholeField(0),
  autoBeginEvaluation: flagField(),
  requireDeliveredSupportForNotMet: flagField(),
  ...COMPANY_SIDE_FIELDS,
  deliveryToleranceDays: wholeField(0),
  reviewBy: oneOfField(REVIEW_BY),
  monitoringDays: wholeField(0),
  lint: policyField(LINT_POLICY_SCHEMA, { type: 'policy_fields', policy: 'lint' }),
});

/**
 * The lifecycle policy: schema, defaults and checks (see `transition`, which refuses a command
 * under a bad policy with `policy_invalid`).
 *
 * @example
 * ```ts
 * LIFECYCLE_POLICY.resolve({ timeline: { maxExtensions: -1 } }).issues[0].path; // => ["policy", "timeline", "maxExtensions"]
 * LIFECYCLE_POLICY.resolve({ autoBeginEvaluation: true }).policy.autoBeginEvaluation; // => true
 * ```
 */
export const LIFECYCLE_POLICY = definePolicy(LIFECYCLE_POLICY_SCHEMA, {
  timeline: TIMELINE_POLICY.defaults,
  checkInReminderDays: 1,
  acknowledgementReminderDays: 2,
  autoBeginEvaluation: false,
  requireDeliveredSupportForNotMet: true,
  ...COMPANY_SIDE_DEFAULTS,
  deliveryToleranceDays: DEFAULT_DELIVERY_TOLERANCE_DAYS,
  reviewBy: 'hr_partner',
  monitoringDays: 60,
  lint: LINT_POLICY.defaults,
}, { nested: { timeline: TIMELINE_POLICY, lint: LINT_POLICY } });

/**
 * The lifecycle's thresholds and switches. Every field's meaning, valid values and default:
 * {@link LIFECYCLE_POLICY} (`fields()`) and docs/policies.md; pass {@link LifecyclePolicyOverrides}
 * to change some.
 */
export type LifecyclePolicy = PolicyOf<typeof LIFECYCLE_POLICY_SCHEMA>;

/** Overrides of the lifecycle policy: every field optional; `timeline` and `lint` are themselves partial. */
export type LifecyclePolicyOverrides = PolicyOverrides<LifecyclePolicy>;

/** The lint policy `submit_for_review` passes to `lintPlan` (overrides of its fields). */
export type SubmitLintPolicy = LifecyclePolicyOverrides['lint'] & object;

/**
 * What each field of {@link LifecyclePolicy} means, for the documentation (`fields(descriptions)`,
 * docs/policies.md): kept beside the policy, out of the code that applies it.
 */
export const LIFECYCLE_POLICY_DESCRIPTIONS: PolicyDescriptions<LifecyclePolicy> = /* @__PURE__ */ (() => ({
  timeline: 'The timeline policy (grace days, phase weights, holidays, extension caps), merged key by key: every field of `TimelinePolicy` above.',
  checkInReminderDays: '`advance` reminds the manager and the employee when the next check-in is at most this many days away.',
  acknowledgementReminderDays: '`advance` reminds a signer whose acknowledgement has been pending at least this many days.',
  autoBeginEvaluation: 'When true, `advance` begins the evaluation itself once the end date is reached (otherwise it raises `evaluation_due` and a person sends `begin_evaluation`).',
  requireDeliveredSupportForNotMet:
    'When true, `close` refuses the outcome `not_met` unless the company kept its side by the one rule the recommender uses too (`companySideShortfall`): support delivered (`support_not_delivered`) and check-ins held (`check_ins_not_held`) at or above the shares below.',
  ...COMPANY_SIDE_DESCRIPTIONS,
  deliveryToleranceDays:
    "How many days before a support session's due date a delivery record may be dated and still count for that session (delivered early); a record dated on or after the due date always counts (delivered late). From the record's side: it counts for a session due on or before the record's date, or due at most this many days after the record's date, never for a session due later; one record fulfils one session. Used by the fairness rule on closing and the overdue reminders; the evaluation counts support with the default.",
  reviewBy:
    "Who reviews the plan (`approve`, `request_changes`): `'hr_partner'`, the plan's own HR partner only (a plan naming none can have changes requested by any HR person independent of it, so an HR partner gets named, but is approved by nobody); or `'any_independent_hr'`, any actor in the `hr` role who is neither the plan's manager nor its employee. The plan's manager and employee never review their own plan.",
  monitoringDays: 'Days of post-plan monitoring after which `advance` reminds to review and end it.',
  lint: 'The lint policy `submit_for_review` passes to `lintPlan`, merged key by key: every field of `LintPolicy` above.',
}))(); // pure: an app that never reads the descriptions drops them (the spread alone would keep them)

/** The default lifecycle policy. */
export const DEFAULT_LIFECYCLE_POLICY: LifecyclePolicy = LIFECYCLE_POLICY.defaults;
