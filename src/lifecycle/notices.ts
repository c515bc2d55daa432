/**
 * The notices an accepted command's events call for: every change of status that concerns a
 * person, from HR's approval on, is told to them (the library sends nothing; the host delivers the
 * effects). Worked out from the events the command produced and the plan after it, so each handler
 * keeps to its own decision and no command is left out.
 *
 * - activation, pause, resume, extension, the start of the evaluation, the start and end of
 *   monitoring: the employee and the manager (with the dates: the new end date after a resume or an
 *   extension);
 * - close and withdrawal: the employee, the manager and HR, with the outcome.
 *
 * Drafting (`submit_for_review`, `request_changes`) is between the manager and HR: the employee is
 * told of the plan when HR has approved it (`acknowledgement_requested`). An amendment asks both
 * for the acknowledgement of its revision (its own handler's notice).
 *
 * @internal
 * @module
 */
import type { CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';
import { withMessage } from './messages.js';
import { recipients } from './outcome.js';
import type { LifecycleEffect, LifecycleEvent } from './types.js';

/** The notice asking the manager and the employee to acknowledge `revision` (approval, amendments). */
export function acknowledgementRequested(plan: Plan, revision: number): LifecycleEffect {
  return withMessage({ kind: 'notice', type: 'acknowledgement_requested', to: recipients(plan, ['manager', 'employee']), revision });
}

/** The notices for the events a command produced on `on`, addressed to the people of `next` (the plan after the command). */
export function noticesFor(next: Plan, produced: readonly LifecycleEvent[], on: CalendarDate): LifecycleEffect[] {
  const both = () => recipients(next, ['employee', 'manager']);
  const out: LifecycleEffect[] = [];
  for (const event of produced) {
    switch (event.type) {
      case 'plan_activated':
        out.push(withMessage({ kind: 'notice', type: 'plan_activated', to: both(), on, endDate: event.endDate }));
        break;
      case 'plan_paused':
        out.push(withMessage({ kind: 'notice', type: 'plan_paused', to: both(), on: event.on }));
        break;
      case 'plan_resumed':
        out.push(
          withMessage({
            kind: 'notice',
            type: 'plan_resumed',
            to: both(),
            on: event.on,
            pausedDays: event.pausedDays,
            endDate: event.endDate,
          }),
        );
        break;
      case 'plan_extended':
        out.push(
          withMessage({
            kind: 'notice',
            type: 'plan_extended',
            to: both(),
            on,
            days: event.days,
            previousEndDate: event.previousEndDate,
            newEndDate: event.newEndDate,
          }),
        );
        break;
      case 'evaluation_started':
        out.push(withMessage({ kind: 'notice', type: 'evaluation_started', to: both(), on, early: event.early }));
        break;
      case 'plan_closed':
        out.push(
          withMessage({
            kind: 'notice',
            type: 'plan_closed',
            to: recipients(next, ['employee', 'manager', 'hr']),
            on,
            outcome: event.outcome,
          }),
        );
        break;
      case 'monitoring_started':
        out.push(withMessage({ kind: 'notice', type: 'monitoring_started', to: both(), on, metricIds: event.metricIds }));
        break;
      case 'monitoring_ended':
        out.push(withMessage({ kind: 'notice', type: 'monitoring_ended', to: both(), on }));
        break;
      default:
        break;
    }
  }
  return out;
}
