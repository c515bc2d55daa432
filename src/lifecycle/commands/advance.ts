/**
 * `advance`: time passes (a host's nightly job). Crosses phase boundaries and the end date, marks
 * check-ins that passed unheld (beyond the grace days) as missed, and computes the reminders due
 * today. Idempotent: the phase is state, missed check-ins become records, and `evaluation_due` is
 * raised once per end date (the log is searched for it). Accepted in every state, by the system;
 * from `active` it begins the evaluation when the policy says so and the end date is reached (the
 * chart's second edge, taken when its guard holds).
 *
 * @internal
 * @module
 */
import type { CalendarDate } from '../../dates/calendar.js';
import type { CheckIn, Plan, PlanStatus } from '../../schema/types.js';
import { LIMITS } from '../../schema/limits.js';
import { checkInSlots, PLAN_PHASES, planPhases, supportSessions, type CheckInSlot } from '../../timeline/index.js';
import { ALL, command, S, type CommandModule, type Guard } from '../command.js';
import { acknowledgementPendingSince, activePhase, daysFrom, endDateAt, missingAcknowledgements, uniqueId } from '../guards.js';
import { withMessage } from '../messages.js';
import { recipients, refuse, type Outcome, type ResolvedContext } from '../outcome.js';
import type { LifecycleEffect, LifecycleEvent } from '../types.js';

/** The `advance` command's shape. */
export const AdvanceSchema = command('advance', {});

/** Above this many missed check-ins in one tick, they are reported as one summary event. */
const MISSED_EVENTS_LIMIT = Math.floor(LIMITS.listItems / 2);

function evaluationDueRaised(plan: Plan, endDate: CalendarDate): boolean {
  for (let i = plan.events.length - 1; i >= 0; i -= 1) {
    const produced = plan.events[i]?.produced ?? [];
    if (produced.some((event) => event.type === 'evaluation_due' && event['endDate'] === endDate)) return true;
  }
  return false;
}

function missedCheckIns(slots: readonly CheckInSlot[], ctx: ResolvedContext, produced: LifecycleEvent[]): CheckIn[] {
  const added = new Set<string>();
  const taken = { has: (id: string) => added.has(id) || ctx.index.checkInId(id) };
  const dates = new Set<string>();
  const records: CheckIn[] = [];
  const events: LifecycleEvent[] = [];
  for (const slot of slots) {
    if (slot.status !== 'missed' || slot.checkIn) continue;
    // One check-in record per day: a day that already has one (fulfilling another slot) gets no second.
    if (ctx.index.checkInOn(slot.date) || dates.has(slot.date)) continue;
    dates.add(slot.date);
    const id = uniqueId(`check-in-missed-${slot.scheduledFor}`, taken);
    added.add(id);
    records.push({ id, date: slot.date, scheduledFor: slot.scheduledFor, status: 'missed' });
    events.push({ type: 'check_in_missed', scheduledFor: slot.scheduledFor, date: slot.date });
  }
  if (events.length > MISSED_EVENTS_LIMIT) {
    produced.push({ type: 'check_ins_missed', count: records.length, first: records[0]?.date ?? ctx.asOf, last: records.at(-1)?.date ?? ctx.asOf });
  } else produced.push(...events);
  return records;
}

function checkInReminder(plan: Plan, slots: readonly CheckInSlot[], ctx: ResolvedContext): LifecycleEffect | undefined {
  const slot = slots.find(
    (s) => s.checkIn === undefined && (s.status === 'due' || s.status === 'upcoming'),
  );
  if (!slot) return undefined;
  const inDays = daysFrom(ctx.asOf, slot.date);
  if (inDays > ctx.policy.checkInReminderDays) return undefined;
  return withMessage({ kind: 'reminder', type: 'check_in_due', to: recipients(plan, ['manager', 'employee']), date: slot.date, inDays });
}

function supportReminders(plan: Plan, ctx: ResolvedContext): LifecycleEffect[] {
  return supportSessions(plan, { asOf: ctx.asOf, deliveryToleranceDays: ctx.policy.deliveryToleranceDays })
    .filter((session) => session.status === 'overdue')
    .map((session) => {
      const overdueDays = daysFrom(session.dueDate, ctx.asOf);
      const to = [...(session.owner !== undefined ? [{ role: 'support_owner' as const, id: session.owner }] : []), ...recipients(plan, ['manager'])];
      return withMessage({ kind: 'reminder', type: 'support_session_overdue', to, commitmentId: session.commitmentId, dueDate: session.dueDate, overdueDays } as const);
    });
}

function acknowledgementReminders(plan: Plan, ctx: ResolvedContext): LifecycleEffect[] {
  const since = acknowledgementPendingSince(plan);
  if (since === undefined) return [];
  const pendingDays = daysFrom(since, ctx.asOf);
  if (pendingDays < ctx.policy.acknowledgementReminderDays) return [];
  return missingAcknowledgements(plan).map((role) =>
    withMessage({ kind: 'reminder', type: 'acknowledgement_pending', to: recipients(plan, [role]), role, since, pendingDays, revision: plan.revision } as const),
  );
}

/** The `advance` handler: `to` is `in_evaluation` when the edge of {@link autoEvaluationDue} was taken. */
function handleAdvance(plan: Plan, ctx: ResolvedContext, to: PlanStatus): Outcome {
  const { asOf, policy } = ctx;
  const status = plan.status;
  const produced: LifecycleEvent[] = [];
  const effects: LifecycleEffect[] = [];
  let missed: CheckIn[] = [];

  if (status === 'active') {
    const target = activePhase(plan, asOf, policy.timeline);
    if (plan.phase !== target) {
      const spans = planPhases(plan, { asOf, policy: policy.timeline });
      const from = plan.phase === undefined ? -1 : PLAN_PHASES.indexOf(plan.phase);
      const until = PLAN_PHASES.indexOf(target);
      for (let i = Math.min(from + 1, until); i <= until; i += 1) {
        const phase = PLAN_PHASES[i]!;
        produced.push({ type: 'phase_entered', phase, on: spans.find((span) => span.phase === phase)?.start ?? asOf });
      }
    }
  }
  const tracked = status === 'active' || status === 'paused' || status === 'in_evaluation';
  const slots = tracked ? checkInSlots(plan, { asOf, policy: policy.timeline }) : [];
  if (tracked) {
    missed = missedCheckIns(slots, ctx, produced);
    effects.push(...supportReminders(plan, ctx));
  }
  if (status === 'active') {
    const reminder = checkInReminder(plan, slots, ctx);
    if (reminder) effects.unshift(reminder);
    const end = endDateAt(plan, asOf);
    if (asOf >= end) {
      if (!evaluationDueRaised(plan, end)) produced.push({ type: 'evaluation_due', endDate: end });
      const daysSinceEnd = daysFrom(end, asOf);
      effects.push(withMessage({ kind: 'reminder', type: 'evaluation_due', to: recipients(plan, ['manager', 'hr']), endDate: end, daysSinceEnd }));
      if (to === 'in_evaluation') produced.push({ type: 'evaluation_started', early: false, basis: 'end_date_reached' });
    }
  }
  if (status === 'awaiting_acknowledgement') effects.push(...acknowledgementReminders(plan, ctx));
  if (status === 'monitoring' && plan.monitoring) {
    const days = daysFrom(plan.monitoring.start, asOf);
    if (days >= policy.monitoringDays) {
      effects.push(withMessage({ kind: 'reminder', type: 'monitoring_review_due', to: recipients(plan, ['manager', 'hr']), since: plan.monitoring.start, days }));
    }
  }
  const records = missed;
  return {
    recipe: (draft) => {
      if (records.length > 0) draft.checkIns.push(...records);
    },
    produced,
    effects,
  };
}

/**
 * `auto_evaluation_due`: the policy begins the evaluation automatically and the end date is
 * reached. Never reported: where it does not hold, `advance` keeps the plan where it is.
 */
const autoEvaluationDue: Guard = {
  name: 'auto_evaluation_due',
  label: 'The policy begins the evaluation automatically and the end date is reached.',
  check: (plan, _command, ctx) => (ctx.policy.autoBeginEvaluation && ctx.asOf >= endDateAt(plan, ctx.asOf) ? undefined : refuse('before_end_date')),
};

/** The `advance` command: its schema, edges (with their guards) and handler. */
export const advance: CommandModule<'advance'> = {
  schema: AdvanceSchema,
  edges: [
    { from: ALL, to: 'same', roles: [S], guards: [] },
    { from: 'active', to: 'in_evaluation', roles: [S], guards: [autoEvaluationDue] },
  ],
  handle: (plan, _command, ctx, to) => handleAdvance(plan, ctx, to),
};
