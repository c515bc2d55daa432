import { dateText, type CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';
import { checkInSlots, withHostHolidays, type CheckInSlot } from './check-ins.js';
import { planClock } from './clock.js';
import { extensionAllowance, type ExtensionAllowance } from './extensions.js';
import { planMilestones, type TimelineMilestone } from './milestones.js';
import { phaseSpansOf, planProgress, type PhaseSpan, type PlanProgress } from './phases.js';
import type { PolicyIssue } from '../policy/index.js';
import { TIMELINE_POLICY, type Holiday, type TimelinePolicyOverrides } from './policy.js';
import { supportSessions, type SupportSession } from './support.js';

/** A span during which the plan clock stood still. */
export interface PausedPeriod {
  readonly start: CalendarDate;
  /** Last paused day (inclusive); for an open pause, `asOf`. */
  readonly end: CalendarDate;
  readonly days: number;
  /** True while the pause has not ended. */
  readonly open: boolean;
}

/** The whole timeline of a plan at `asOf`. */
export interface PlanTimeline {
  readonly startDate: CalendarDate;
  /** The end as written (start + duration - 1, or `endDate`). */
  readonly writtenEndDate: CalendarDate;
  /** The end once pauses and extensions are counted. */
  readonly endDate: CalendarDate;
  /** True when an open pause will move the end date further. */
  readonly endDateProvisional: boolean;
  readonly progress: PlanProgress;
  readonly phases: readonly PhaseSpan[];
  readonly pauses: readonly PausedPeriod[];
  readonly checkIns: readonly CheckInSlot[];
  readonly milestones: readonly TimelineMilestone[];
  readonly supportSessions: readonly SupportSession[];
  readonly extensions: ExtensionAllowance;
  /** `policy_invalid` issues of the policy given (the defaults were used for those fields); empty when it is valid. */
  readonly issues: readonly PolicyIssue[];
}

/**
 * Everything the timeline knows about a plan at `asOf`, in one value: dates, progress, phases,
 * pauses, check-in slots, milestones, support sessions and the extensions still allowed. A bad
 * policy value is reported in `issues` (`policy_invalid`) and its default used: the views this
 * value gathers (`checkInSlots`, `planPhases` ...) throw a `PolicyError` for it instead. The host's
 * `holidays` are added to the schedule's and the policy's (a bad one throws a RangeError).
 *
 * @example
 * ```ts
 * const t = planTimeline(plan90, { asOf: '2026-02-10' });
 * [t.endDate, t.progress.phase, t.checkIns.length]; // => ["2026-04-04", "practise_and_apply", 13]
 * ```
 */
export function planTimeline(
  plan: Plan,
  options: { readonly asOf: CalendarDate; readonly policy?: TimelinePolicyOverrides; readonly holidays?: readonly Holiday[] },
): PlanTimeline {
  const resolved = TIMELINE_POLICY.resolve(options.policy);
  const { issues } = resolved;
  // The host's holidays (the `holidays` option) join the policy's: one calendar for every view.
  const policy = withHostHolidays(resolved.policy, options.holidays);
  const withPolicy = { asOf: options.asOf, policy };
  const clock = planClock(plan, options.asOf);
  return Object.freeze({
    startDate: plan.startDate,
    writtenEndDate: dateText(clock.startDay + clock.writtenLength - 1),
    endDate: dateText(clock.endDay),
    endDateProvisional: clock.provisional,
    progress: Object.freeze(planProgress(plan, withPolicy)),
    phases: Object.freeze(phaseSpansOf(clock, policy).map((span) => Object.freeze(span))),
    pauses: Object.freeze(
      clock.paused.map((span) => Object.freeze({ start: dateText(span.start), end: dateText(span.end), days: span.end - span.start + 1, open: span.open })),
    ),
    checkIns: checkInSlots(plan, withPolicy),
    milestones: planMilestones(plan, withPolicy),
    supportSessions: supportSessions(plan, withPolicy),
    extensions: extensionAllowance(plan, { policy }),
    issues: Object.freeze(issues),
  });
}
