/**
 * The close guard's side of the one not-met rule (issue 19, item 3): the tally of support sessions
 * and check-ins at `asOf`, counted as the evaluation counts them, judged by
 * {@link companySideShortfall} (the rule the recommender's fairness guard uses too).
 */
import { dayOf, type CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';
import { checkInSlots, supportSessions } from '../timeline/index.js';
import { companySideShortfall, type CompanySideShortfall, type CompanySideTally } from '../timeline/company-side.js';
import type { LifecyclePolicy } from './policy.js';

/** A support session missed or overdue at `asOf`. */
export interface UndeliveredSession {
  readonly commitmentId: string;
  readonly dueDate: CalendarDate;
  readonly status: string;
}

/** The tally, the rule's verdict and the sessions not delivered, at `asOf`. */
export interface NotMetCheck extends CompanySideShortfall {
  readonly tally: CompanySideTally;
  readonly undelivered: readonly UndeliveredSession[];
}

/**
 * The company's side of the plan at `asOf`: support due and delivered (a delivery record counts for
 * the session the timeline matched it to, and not when dated after `asOf`), check-ins due and held
 * (missed once past the evaluation's check-in grace days), and the shared rule's verdict.
 *
 * @internal
 */
export function notMetCheck(plan: Plan, asOf: CalendarDate, policy: LifecyclePolicy): NotMetCheck {
  const asOfDay = dayOf(asOf);
  const pastGrace = asOfDay - dayOf(plan.startDate) + 1 > policy.commitmentGraceDays;
  const undelivered: UndeliveredSession[] = [];
  const byCommitment = new Map(plan.support.map((c) => [c.id, { due: 0, delivered: 0 }]));
  let due = 0;
  let delivered = 0;
  for (const session of supportSessions(plan, { asOf, deliveryToleranceDays: policy.deliveryToleranceDays })) {
    const recorded = session.delivery !== undefined && session.delivery.date <= asOf ? session.delivery.status : undefined;
    const status = recorded ?? (session.dueDate < asOf ? 'overdue' : 'upcoming');
    if (status === 'upcoming') continue;
    const own = byCommitment.get(session.commitmentId);
    due += 1;
    if (own) own.due += 1;
    if (status === 'delivered') {
      delivered += 1;
      if (own) own.delivered += 1;
    } else undelivered.push({ commitmentId: session.commitmentId, dueDate: session.dueDate, status });
  }
  // The evaluation's calendar: the schedule's holidays plus the host's (the lifecycle policy's
  // `timeline.holidays`, the list a host passes to `evaluatePlan` as `holidays`).
  const slots = checkInSlots(plan, { asOf, graceDays: policy.checkInGraceDays, holidays: policy.timeline.holidays });
  let checkInsDue = 0;
  let held = 0;
  if (slots.length > 0) {
    for (const slot of slots) {
      const status = slot.checkIn && slot.checkIn.date > asOf ? 'upcoming' : slot.status;
      if (status === 'held') held += 1;
      if (status === 'held' || status === 'missed') checkInsDue += 1;
    }
  } else {
    for (const record of plan.checkIns) {
      if (record.date > asOf) continue;
      if (record.status === 'held') held += 1;
      if (record.status === 'held' || record.status === 'missed') checkInsDue += 1;
    }
  }
  const tally: CompanySideTally = {
    support: { due, delivered, commitments: [...byCommitment.values()], nothingCommitted: plan.support.length === 0 && pastGrace },
    checkIns: { due: checkInsDue, held, noneHeld: slots.length === 0 && held === 0 && pastGrace },
  };
  return { ...companySideShortfall(tally, policy), tally, undelivered };
}
