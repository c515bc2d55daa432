import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../dates/calendar.js';
import type { ClosingOutcome, PlanInput, PlanStatus } from '../schema/types.js';

/** How far a generated plan has lived, and what happened on the way. */
export interface PlanLife {
  /** The state reached (a withdrawal then closes the plan from it). */
  readonly reach: PlanStatus;
  /** Withdrawn from `reach` (an open state): closed as `withdrawn`. */
  readonly withdrawn: boolean;
  /** HR requested changes once before approving. */
  readonly changesRequested: boolean;
  /** Acknowledgements given while awaiting them (0, 1: the manager, 2: both). */
  readonly acknowledgements: 0 | 1 | 2;
  /** Amendments while active, each acknowledged again by both. */
  readonly amendments: 0 | 1 | 2;
  /** Awaiting acknowledgement again after one more amendment (when `reach` is awaiting_acknowledgement). */
  readonly reacknowledging: boolean;
  /** Ended pauses while active (0-2); a paused plan has one more, open. */
  readonly pauses: 0 | 1 | 2;
  /** Days of one extension granted at the end (0: none). */
  readonly extensionDays: number;
  /** How a plan that reached closed, monitoring or completed closed. */
  readonly outcome: Exclude<ClosingOutcome, 'withdrawn'>;
}

const RANK: Readonly<Record<PlanStatus, number>> = {
  draft: 0,
  in_review: 1,
  awaiting_acknowledgement: 2,
  active: 3,
  paused: 3,
  in_evaluation: 4,
  closed: 5,
  monitoring: 6,
  completed: 7,
};

const OPEN: ReadonlySet<PlanStatus> = new Set(['draft', 'in_review', 'awaiting_acknowledgement', 'active', 'paused', 'in_evaluation']);

/**
 * Every life: any state, with or without a withdrawal, changes requested, acknowledgements,
 * amendments, pauses, an extension and any closing outcome.
 *
 * @internal
 */
export const planLifeArbitrary: fc.Arbitrary<PlanLife> = fc.record({
  reach: fc.constantFrom<PlanStatus>('draft', 'in_review', 'awaiting_acknowledgement', 'active', 'paused', 'in_evaluation', 'closed', 'monitoring', 'completed'),
  withdrawn: fc.boolean(),
  changesRequested: fc.boolean(),
  acknowledgements: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  amendments: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  reacknowledging: fc.boolean(),
  pauses: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  extensionDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
  outcome: fc.constantFrom('successful', 'not_met', 'extended_then_closed' as const),
});

/**
 * A generated draft lived to a state, with the records that state implies, dated as honest
 * `transition` calls date them: HR's reviews (changes requested, then the approval) before the
 * start, acknowledgements, activation on the start date, amendments (each acknowledged again),
 * pauses, evaluation at the end, an extension, the close, monitoring; or a withdrawal. The status,
 * phase, revision, reviews, signatures, amendments, pauses, extensions, closure and monitoring
 * always agree with each other (parsePlan checks that they do). The draft needs a start at least
 * three days after `createdOn`, a written length of 60 days or more, goals and an HR partner
 * (as {@link planArbitrary}'s drafts have).
 *
 * @internal
 */
export function livePlan(draft: PlanInput, life: PlanLife): PlanInput {
  const created = toDayNumber(draft.createdOn);
  const start = toDayNumber(draft.startDate);
  const written = draft.durationDays ?? toDayNumber(draft.endDate ?? draft.startDate) - start + 1;
  const date = fromDayNumber;
  const hr = draft.hrPartner?.id ?? 'hr-1';
  const manager = draft.manager;
  const employee = draft.employee;
  const goal = draft.goals?.[0];
  const rank = RANK[life.reach];
  const extended = life.extensionDays > 0 && rank >= RANK.in_evaluation - 1 && !(life.reach === 'paused');
  const outcome = life.outcome === 'extended_then_closed' && !extended ? 'successful' : life.outcome;

  const reviews: NonNullable<PlanInput['reviews']>[number][] = [];
  const signatures: NonNullable<PlanInput['signatures']>[number][] = [];
  const amendments: NonNullable<PlanInput['amendments']>[number][] = [];
  const pauses: NonNullable<PlanInput['pauses']>[number][] = [];
  const extensions: NonNullable<PlanInput['extensions']>[number][] = [];
  const sign = (role: 'manager' | 'employee', day: number, revision: number) =>
    signatures.push({ role, signerId: role === 'manager' ? manager.id : employee.id, name: role === 'manager' ? manager.name : employee.name, date: date(day), revision });
  let last = created;
  let status: PlanStatus = 'draft';
  let revision = 0;

  if (life.changesRequested) reviews.push({ by: hr, date: date(created), decision: 'changes_requested', notes: 'Name the owner of each support commitment.' });
  if (rank >= RANK.in_review) status = 'in_review';
  if (rank >= RANK.awaiting_acknowledgement) {
    const approved = created + 1;
    reviews.push({ by: hr, date: date(approved), decision: 'approved' });
    status = 'awaiting_acknowledgement';
    last = approved;
    const acks = rank > RANK.awaiting_acknowledgement || life.reacknowledging ? 2 : life.acknowledgements;
    if (acks >= 1) sign('manager', approved, 0);
    if (acks >= 2) sign('employee', approved + 1, 0);
    last = approved + (acks >= 2 ? 1 : 0);
  }
  const activated = rank >= RANK.active || (life.reach === 'awaiting_acknowledgement' && life.reacknowledging);
  let end = start + written - 1;
  if (activated) {
    status = 'active';
    last = start;
    const amend = (day: number) => {
      revision += 1;
      // the goal as it was and as it is (the generated goal is the amended one: same terms both sides)
      const kept = goal ? { before: goal, after: goal } : {};
      amendments.push({ date: date(day), by: manager.id, reason: 'Target set for the new territory.', target: 'goal', targetId: goal?.id ?? 'g-1', revision, ...kept });
    };
    for (let k = 1; k <= life.amendments; k += 1) {
      amend(start + 5 * k);
      sign('manager', start + 5 * k, revision);
      sign('employee', start + 5 * k + 1, revision);
      last = start + 5 * k + 1;
    }
    for (let j = 0; j < life.pauses; j += 1) {
      pauses.push({ start: date(start + 20 + 10 * j), end: date(start + 24 + 10 * j), reason: 'Medical leave.' });
      end += 5;
      last = start + 24 + 10 * j;
    }
    if (life.reach === 'awaiting_acknowledgement') {
      amend(start + 40);
      status = 'awaiting_acknowledgement';
      last = start + 40;
    } else if (life.reach === 'paused') {
      pauses.push({ start: date(start + 40), reason: 'Parental leave.' });
      status = 'paused';
      last = start + 40;
    }
  }
  if (status === 'active' && rank >= RANK.active) {
    if (extended) {
      extensions.push({ grantedOn: date(end), by: hr, days: life.extensionDays, previousEndDate: date(end), newEndDate: date(end + life.extensionDays), reason: 'Real progress, not there yet.' });
      end += life.extensionDays;
    }
    last = Math.max(last, end);
    if (rank >= RANK.in_evaluation) status = 'in_evaluation';
  }

  const plan: PlanInput = { ...draft, reviews, signatures, amendments, pauses, extensions, revision };
  let closure: PlanInput['closure'];
  if (life.withdrawn && OPEN.has(life.reach)) {
    const on = last + 3;
    const open = pauses.at(-1);
    if (open && open.end === undefined) pauses[pauses.length - 1] = { ...open, end: date(on - 1) };
    closure = { outcome: 'withdrawn', date: date(on), by: hr, reason: 'Role eliminated in the reorganisation.' };
    status = 'closed';
  } else if (rank >= RANK.closed) {
    const closedAs = rank >= RANK.monitoring ? (outcome === 'not_met' ? 'successful' : outcome) : outcome;
    // the close rests on an evaluation of its own day recommending the outcome closed on (issue 19, item 4)
    const basis = { asOf: date(end + 1), score: closedAs === 'not_met' ? 42.5 : 81.5, recommendation: closedAs === 'not_met' ? ('not_met' as const) : ('successful' as const), reasonCodes: [] };
    closure = { outcome: closedAs, date: date(end + 1), by: hr, basis };
    status = 'closed';
    if (rank >= RANK.monitoring) {
      plan.monitoring = { start: date(end + 2), ...(life.reach === 'completed' ? { end: date(end + 62) } : {}) };
      status = life.reach;
    }
  }
  if (closure) plan.closure = closure;
  plan.status = status;
  if (status === 'active') plan.phase = extended ? 'measure_and_evaluate' : 'diagnose_and_develop';
  return plan;
}
