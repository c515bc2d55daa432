import { dateText, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import type { Plan, PlanPhase } from '../schema/types.js';
import { planClock, shiftedDay } from './clock.js';
import { phaseOfDay } from './phases.js';
import { timelinePolicyOrThrow, type TimelinePolicyOverrides } from './policy.js';

/** Where a milestone stands at `asOf`. */
export type MilestoneStatus = 'passed' | 'due' | 'upcoming';

/** A goal's milestone placed on the plan's timeline. */
export interface TimelineMilestone {
  readonly goalId: string;
  readonly goalTitle: string;
  /** Position in the goal's `milestones` list. */
  readonly index: number;
  readonly label?: string;
  readonly target: number;
  /** The date written in the plan. */
  readonly writtenDate: CalendarDate;
  /** The date once paused days are counted. */
  readonly date: CalendarDate;
  readonly status: MilestoneStatus;
  readonly phase: PlanPhase | undefined;
}

/**
 * Every goal milestone on the timeline, in date order, moved by paused days like the rest of the
 * plan, with its phase and status at `asOf`.
 *
 * @throws PolicyError when `policy` has a bad or unknown field (planTimeline reports those as data).
 * @example
 * ```ts
 * planMilestones(plan90, { asOf: '2026-02-10' }).map((m) => `${m.label} ${m.date} ${m.status}`);
 * // => ["Day 30 2026-02-03 passed", "Day 60 2026-03-05 upcoming"]
 * ```
 */
export function planMilestones(
  plan: Plan,
  options: { readonly asOf: CalendarDate; readonly policy?: TimelinePolicyOverrides },
): readonly TimelineMilestone[] {
  const clock = planClock(plan, options.asOf);
  const policy = timelinePolicyOrThrow(options.policy);
  const asOfDay = toDayNumber(options.asOf);
  const out: { day: number; milestone: TimelineMilestone }[] = [];
  for (const goal of plan.goals) {
    (goal.milestones ?? []).forEach((milestone, index) => {
      const day = shiftedDay(clock, toDayNumber(milestone.date));
      out.push({
        day,
        milestone: Object.freeze({
          goalId: goal.id,
          goalTitle: goal.title,
          index,
          ...(milestone.label !== undefined ? { label: milestone.label } : {}),
          target: milestone.target,
          writtenDate: milestone.date,
          date: dateText(day),
          status: day < asOfDay ? 'passed' : day === asOfDay ? 'due' : 'upcoming',
          phase: phaseOfDay(clock, policy, day),
        }),
      });
    });
  }
  out.sort((a, b) => a.day - b.day);
  return Object.freeze(out.map((entry) => entry.milestone));
}
