import * as z from 'zod/mini';
import { isCalendarDate, type CalendarDate } from '../dates/calendar.js';
import { definePolicy, policyField, wholeField, type PolicyDescriptions, type PolicyOf, type PolicyOverrides } from '../policy/index.js';

/** A holiday from the host's calendar: a date, optionally with its name (used in explanations). */
export type Holiday = CalendarDate | { readonly date: CalendarDate; readonly name: string };

const date = z.string().check(z.refine(isCalendarDate));
const positive = () => z.number().check(z.gt(0));

/** The policy's zod schema (the lifecycle policy nests it). @internal */
export const TIMELINE_POLICY_SCHEMA = z.object({
  graceDays: wholeField(0),
  earlyCheckInDays: wholeField(0),
  phaseWeights: policyField(
    z.readonly(z.tuple([positive(), positive(), positive()])),
    { type: 'phase_weights' }),
  holidays: policyField(
    z.readonly(z.array(z.union([date, z.readonly(z.object({ date, name: z.string() }))]))),
    { type: 'holidays' }),
  maxExtensions: wholeField(0),
  maxExtensionDays: wholeField(0),
});

/**
 * The timeline policy: schema, defaults and checks. {@link planTimeline} reports a bad value in
 * its `issues` (`policy_invalid`, the default used); the single views (`checkInSlots`,
 * `planPhases`, `phaseAt`, `planProgress`, `planMilestones`, `extensionAllowance`,
 * `proposeExtension`) have no room for issues and throw a {@link PolicyError} instead.
 *
 * @example
 * ```ts
 * TIMELINE_POLICY.resolve({ graceDays: -1 }).issues[0].message;
 * // => "Policy field graceDays must be a whole number of 0 or more, not -1; the default was used."
 * ```
 */
export const TIMELINE_POLICY = definePolicy(TIMELINE_POLICY_SCHEMA, {
  graceDays: 2,
  earlyCheckInDays: 3,
  phaseWeights: [30, 30, 30],
  holidays: [],
  maxExtensions: 1,
  maxExtensionDays: 30,
});

/**
 * The timeline's thresholds. Every field's meaning and default: {@link TIMELINE_POLICY}
 * (`fields()`) and docs/policies.md; pass {@link TimelinePolicyOverrides} to change some.
 */
export type TimelinePolicy = PolicyOf<typeof TIMELINE_POLICY_SCHEMA>;

/** Overrides of the timeline policy (lists are given whole). */
export type TimelinePolicyOverrides = PolicyOverrides<TimelinePolicy>;

/**
 * What each field of {@link TimelinePolicy} means, for the documentation (`fields(descriptions)`,
 * docs/policies.md): kept beside the policy, out of the code that applies it.
 */
export const TIMELINE_POLICY_DESCRIPTIONS: PolicyDescriptions<TimelinePolicy> = {
  graceDays: "Days after a check-in's date during which an unrecorded check-in is `overdue`; after them it is `missed`.",
  earlyCheckInDays: "A check-in record without `scheduledFor` held up to this many days before a slot's date still fulfils that slot.",
  phaseWeights: "Relative lengths of the three phases (diagnose and develop, practise and apply, measure and evaluate), scaled to the plan's written length: `[30, 30, 30]` is the spec's 90-day rhythm, so a 30-day plan has three 10-day phases.",
  holidays: "Holidays from the host's calendar, added to the check-in schedule's own `holidays`. A check-in falling on one moves to the next working day. One calendar: pass the same list as the `holidays` option of `evaluatePlan`, `renderPlan` and the CLI's `--holidays` (the timeline's own functions take that option too).",
  maxExtensions: 'Most extensions a plan may be granted (1: the usual "may be extended once").',
  maxExtensionDays: 'Most extension days in total, over all extensions.',
};

/** The default timeline policy. */
export const DEFAULT_TIMELINE_POLICY: TimelinePolicy = TIMELINE_POLICY.defaults;

/**
 * Merge overrides over the defaults for a view with no room for issues.
 *
 * @throws PolicyError when a field is bad or unknown.
 * @internal
 */
export function timelinePolicyOrThrow(overrides: TimelinePolicyOverrides | undefined): TimelinePolicy {
  return TIMELINE_POLICY.resolveOrThrow(overrides);
}
