/**
 * One handler per command: checks the command's guards against the plan as it is and returns
 * either a refusal or the change to make (an immer recipe), the events it produces and the effects
 * for the host. State and role were already checked against the chart by `transition`.
 *
 * @internal
 * @module
 */
import type { Draft } from 'immer';
import { shiftDate, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import { lintPlan } from '../lint/index.js';
import { followsRecommendation } from '../schema/follows-recommendation.js';
import type { Plan, PlanPhase, PlanStatus } from '../schema/types.js';
import { proposeExtension } from '../timeline/index.js';
import type { PlanCommandOf, PlanCommandType } from './commands.js';
import {
  activePhase,
  endDateAt,
  goalsMetByCheckIns,
  hrApproved,
  missingAcknowledgements,
  planHasRun,
  uniqueId,
} from './guards.js';
import { advance } from './advance.js';
import { amendGoal, amendPlan, amendSupport } from './amendments.js';
import { acknowledgementRequested } from './notices.js';
import { notMetCheck } from './not-met.js';
import { EFFECT_MESSAGES } from './messages.js';
import { recipients, refuse, type Outcome, type ResolvedContext } from './outcome.js';
import type { LifecyclePolicy } from './policy.js';
import type { LifecycleEvent } from './types.js';

type Handler<T extends PlanCommandType> = (plan: Plan, command: PlanCommandOf<T>, ctx: ResolvedContext, to: PlanStatus) => Outcome;

const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/**
 * Close an open pause on `asOf`: the last paused day is the day before; a pause resumed the day it
 * began is removed. The pause is looked for in the plan, not the draft (a draft's items become
 * drafts as they are read).
 */
function closeOpenPause(draft: Draft<Plan>, plan: Plan, asOf: CalendarDate): void {
  const index = plan.pauses.findIndex((pause) => pause.end === undefined);
  if (index < 0) return;
  const pause = draft.pauses[index]!;
  if (asOf <= pause.start) draft.pauses.splice(index, 1);
  else pause.end = shiftDate(asOf, -1);
}

const editDraft: Handler<'edit_draft'> = (_plan, command, _ctx, to) => {
  const fields = [...Object.keys(command.changes), ...(command.unset ?? [])];
  return {
    ok: true,
    to,
    recipe: (draft) => {
      const target = draft as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(command.changes)) target[key] = value;
      for (const key of command.unset ?? []) delete target[key];
    },
    produced: [{ type: 'draft_edited', fields }],
    effects: [],
    validate: 'full',
  };
};

const submitForReview: Handler<'submit_for_review'> = (plan, _command, ctx, to) => {
  const findings = lintPlan(plan, ctx.policy.lint);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) return refuse('lint_errors', { count: errors.length }, { findings: errors });
  return {
    ok: true,
    to,
    recipe: () => undefined,
    produced: [{ type: 'submitted_for_review', warnings: findings.length }],
    effects: [{ kind: 'notice', type: 'review_requested', to: recipients(plan, ['hr']), message: EFFECT_MESSAGES.review_requested() }],
  };
};

const requestChanges: Handler<'request_changes'> = (_plan, command, ctx, to) => {
  if (blank(command.reason)) return refuse('reason_required');
  return {
    ok: true,
    to,
    recipe: (draft) => {
      draft.reviews.push({ by: ctx.actor.id, date: ctx.asOf, decision: 'changes_requested', notes: command.reason });
    },
    produced: [{ type: 'changes_requested', by: ctx.actor.id }],
    effects: [],
  };
};

const approve: Handler<'approve'> = (plan, command, ctx, to) => ({
  ok: true,
  to,
  recipe: (draft) => {
    draft.reviews.push(
      command.notes === undefined
        ? { by: ctx.actor.id, date: ctx.asOf, decision: 'approved' }
        : { by: ctx.actor.id, date: ctx.asOf, decision: 'approved', notes: command.notes },
    );
  },
  produced: [{ type: 'plan_approved', by: ctx.actor.id }],
  effects: [acknowledgementRequested(plan, plan.revision)],
});

const acknowledge: Handler<'acknowledge'> = (plan, command, ctx, to) => {
  // The actor is the plan's own manager or employee: transition checked the person (people.ts).
  const role: 'manager' | 'employee' = ctx.actor.role === 'employee' ? 'employee' : 'manager';
  const person = role === 'employee' ? plan.employee : plan.manager;
  if (!missingAcknowledgements(plan).includes(role)) return refuse('already_acknowledged', { role, count: plan.revision });
  if (command.comment !== undefined && role !== 'employee') return refuse('comment_not_allowed');
  const complete = missingAcknowledgements(plan).length === 1;
  const produced: LifecycleEvent[] = [
    { type: 'plan_acknowledged', role, signerId: ctx.actor.id, revision: plan.revision, withComment: command.comment !== undefined },
  ];
  if (complete) produced.push({ type: 'acknowledgements_complete', revision: plan.revision });
  return {
    ok: true,
    to,
    recipe: (draft) => {
      const signature = { role, signerId: ctx.actor.id, name: person.name, date: ctx.asOf, revision: plan.revision };
      draft.signatures.push(command.comment === undefined ? signature : { ...signature, comment: command.comment });
    },
    produced,
    effects: [],
  };
};

const activate: Handler<'activate'> = (plan, _command, ctx, to) => {
  if (!hrApproved(plan, ctx.policy)) return refuse('not_approved');
  const missing = missingAcknowledgements(plan);
  if (missing.length > 0) return refuse('not_acknowledged', { detail: missing.join(' and ') });
  if (ctx.asOf < plan.startDate) return refuse('before_start_date', { date: plan.startDate }, { date: plan.startDate });
  const end = endDateAt(plan, ctx.asOf);
  if (ctx.asOf > end) return refuse('after_end_date', { date: end }, { date: end });
  return {
    ok: true,
    to,
    recipe: () => undefined,
    produced: [],
    after: (next) => [{ type: 'plan_activated', phase: next.phase ?? activePhase(next, ctx.asOf, ctx.policy.timeline), endDate: endDateAt(next, ctx.asOf) }],
    effects: [],
  };
};

/**
 * A record's date against the plan and `asOf`: not after `asOf` (it has not happened yet), and for
 * check-ins and support sessions not before the start (observations before the start are the
 * rep's baseline). `path` is the date's place in the command.
 */
function misdated(plan: Plan, date: CalendarDate, ctx: ResolvedContext, path: readonly (string | number)[], beforeStart: boolean): Outcome | undefined {
  if (date > ctx.asOf) return refuse('record_in_future', { date: ctx.asOf, detail: date }, { date: ctx.asOf, path });
  if (beforeStart && date < plan.startDate) return refuse('record_before_start', { date: plan.startDate, detail: date }, { date: plan.startDate, path });
  return undefined;
}

/**
 * A record on a plan awaiting acknowledgement belongs to a plan that ran: one amended while it ran
 * waits for the re-signatures with its clock running; one awaiting its first acknowledgement has
 * not started.
 */
function notRunning(plan: Plan, ctx: ResolvedContext): Outcome | undefined {
  if (plan.status !== 'awaiting_acknowledgement' || planHasRun(plan, ctx.index)) return undefined;
  return refuse('plan_not_running');
}

const recordCheckIn: Handler<'record_check_in'> = (plan, command, ctx, to) => {
  const notYet = notRunning(plan, ctx);
  if (notYet) return notYet;
  const path = ['checkIn', 'date'];
  const wrongDate = misdated(plan, command.checkIn.date, ctx, path, true);
  if (wrongDate) return wrongDate;
  if (ctx.index.checkInOn(command.checkIn.date)) return refuse('duplicate_check_in', { date: command.checkIn.date }, { date: command.checkIn.date, path });
  const id = command.checkIn.id ?? uniqueId(`check-in-${plan.checkIns.length + 1}`, { has: (candidate) => ctx.index.checkInId(candidate) });
  const checkIn = { ...command.checkIn, id };
  return {
    ok: true,
    to,
    recipe: (draft) => {
      draft.checkIns.push(checkIn);
    },
    produced: [{ type: 'check_in_recorded', checkInId: id, date: checkIn.date, status: checkIn.status }],
    effects: [],
    validate: 'structure',
  };
};

const recordedObservations = (command: PlanCommandOf<'record_observations'>, to: PlanStatus): Outcome => ({
  ok: true,
  to,
  recipe: (draft) => {
    draft.observations.push(...command.observations);
  },
  produced: [{ type: 'observations_recorded', count: command.observations.length, metricIds: [...new Set(command.observations.map((o) => o.metricId))] }],
  effects: [],
  validate: { observations: command.observations },
});

const recordObservations: Handler<'record_observations'> = (plan, command, ctx, to) => {
  const notYet = notRunning(plan, ctx);
  if (notYet) return notYet;
  for (const [i, observation] of command.observations.entries()) {
    const wrongDate = misdated(plan, observation.date, ctx, ['observations', i, 'date'], false);
    if (wrongDate) return wrongDate;
  }
  return recordedObservations(command, to);
};

const recordSupportDelivery: Handler<'record_support_delivery'> = (plan, command, ctx, to) =>
  notRunning(plan, ctx) ??
  misdated(plan, command.delivery.date, ctx, ['delivery', 'date'], true) ?? {
    ok: true,
    to,
    recipe: (draft) => {
      draft.supportDeliveries.push(command.delivery);
    },
    produced: [{ type: 'support_delivery_recorded', commitmentId: command.delivery.commitmentId, date: command.delivery.date, status: command.delivery.status }],
    effects: [],
    validate: 'structure',
  };

const pause: Handler<'pause'> = (_plan, command, ctx, to) => {
  if (blank(command.reason)) return refuse('reason_required');
  return {
    ok: true,
    to,
    recipe: (draft) => {
      draft.pauses.push({ start: ctx.asOf, reason: command.reason });
    },
    produced: [{ type: 'plan_paused', on: ctx.asOf }],
    effects: [],
  };
};

const resume: Handler<'resume'> = (plan, _command, ctx, to) => {
  const open = plan.pauses.find((p) => p.end === undefined);
  const pausedDays = open ? Math.max(0, toDayNumber(ctx.asOf) - toDayNumber(open.start)) : 0;
  return {
    ok: true,
    to,
    recipe: (draft) => closeOpenPause(draft, plan, ctx.asOf),
    produced: [],
    after: (next) => [{ type: 'plan_resumed', on: ctx.asOf, pausedDays, endDate: endDateAt(next, ctx.asOf) }],
    effects: [],
    // a pause that takes the end past 9999-12-31 is not storable: refused as invalid_change
    validate: 'structure',
  };
};

const extend: Handler<'extend'> = (plan, command, ctx, to) => {
  if (blank(command.reason)) return refuse('reason_required');
  const proposal = proposeExtension(plan, command.days, { asOf: ctx.asOf, policy: ctx.policy.timeline });
  if (!proposal.ok) return refuse(proposal.code, { detail: proposal.message });
  return {
    ok: true,
    to,
    recipe: (draft) => {
      draft.extensions.push({
        grantedOn: ctx.asOf,
        by: ctx.actor.id,
        days: command.days,
        previousEndDate: proposal.previousEndDate,
        newEndDate: proposal.newEndDate,
        reason: command.reason,
      });
    },
    produced: [{ type: 'plan_extended', days: command.days, previousEndDate: proposal.previousEndDate, newEndDate: proposal.newEndDate }],
    effects: [],
    // an end date past 9999-12-31 (a plan at the end of the calendar) is not storable: refused as invalid_change
    validate: 'structure',
  };
};

const beginEvaluation: Handler<'begin_evaluation'> = (plan, _command, ctx, to) => {
  const end = endDateAt(plan, ctx.asOf);
  const reached = ctx.asOf >= end;
  if (!reached) {
    const met = ctx.goalsMet ? ctx.goalsMet(plan, ctx.asOf) : goalsMetByCheckIns(plan);
    if (!met) return refuse('before_end_date', { date: end }, { date: end });
  }
  return {
    ok: true,
    to,
    recipe: () => undefined,
    produced: [{ type: 'evaluation_started', early: !reached, basis: reached ? 'end_date_reached' : 'goals_met' }],
    effects: [],
  };
};

/**
 * The close's basis checks (issue 19, item 4): a basis is given (a stored entry recorded before it
 * was required replays without one); it is dated on or before the close, on or after the plan's
 * end date (or earlier when the evaluation could begin early: every goal met on that date, as
 * `begin_evaluation` judges it) and not before the last extension; an outcome the recommendation
 * does not give needs a non-blank reason.
 */
function closeBasisRefusal(plan: Plan, command: PlanCommandOf<'close'>, ctx: ResolvedContext): Outcome | undefined {
  const { basis } = command;
  if (basis === undefined) return ctx.replaying ? undefined : refuse('evaluation_missing');
  const basisDate = basis.asOf;
  if (basisDate > ctx.asOf) {
    return refuse('evaluation_out_of_date', { basisDate, date: ctx.asOf, detail: `it is dated after the close on ${ctx.asOf}` }, { date: ctx.asOf });
  }
  const extension = plan.extensions.at(-1);
  if (extension !== undefined && basisDate < extension.grantedOn) {
    return refuse(
      'evaluation_out_of_date',
      { basisDate, date: extension.grantedOn, detail: `it is dated before the extension granted on ${extension.grantedOn}; evaluate the plan again` },
      { date: extension.grantedOn },
    );
  }
  const end = endDateAt(plan, ctx.asOf);
  if (basisDate < end) {
    const early = ctx.goalsMet ? ctx.goalsMet(plan, basisDate) : goalsMetByCheckIns(plan);
    if (!early) {
      return refuse(
        'evaluation_out_of_date',
        { basisDate, date: end, detail: `it is dated before the plan's end date, ${end}, when the evaluation could not yet begin (not every goal was met)` },
        { date: end },
      );
    }
  }
  if (!followsRecommendation(command.outcome, basis.recommendation) && blank(command.reason)) {
    return refuse('reason_required_against_recommendation', { basisDate, recommendation: basis.recommendation, outcome: command.outcome });
  }
  return undefined;
}

const close: Handler<'close'> = (plan, command, ctx, to) => {
  if (command.outcome === 'withdrawn') return refuse('outcome_not_allowed', { detail: 'withdrawn (use the withdraw command, with a reason)' });
  if (command.outcome === 'extended_then_closed' && plan.extensions.length === 0) {
    return refuse('outcome_not_allowed', { detail: 'extended_then_closed (the plan was never extended)' });
  }
  const basisRefusal = closeBasisRefusal(plan, command, ctx);
  if (basisRefusal) return basisRefusal;
  if (command.outcome === 'not_met' && ctx.policy.requireDeliveredSupportForNotMet) {
    // The one not-met rule (shared with the recommender's fairness guard): support and check-ins.
    const check = notMetCheck(plan, ctx.asOf, ctx.policy);
    if (check.support) {
      const { due, delivered } = check.tally.support;
      return refuse('support_not_delivered', { count: check.undelivered.length, held: delivered, due }, { sessions: check.undelivered });
    }
    if (check.checkIns) {
      const { due, held } = check.tally.checkIns;
      return refuse('check_ins_not_held', { held, due }, { checkIns: { held, due } });
    }
  }
  return {
    ok: true,
    to,
    recipe: (draft) => {
      draft.closure = {
        outcome: command.outcome,
        date: ctx.asOf,
        by: ctx.actor.id,
        ...(command.reason === undefined ? {} : { reason: command.reason }),
        ...(command.basis === undefined ? {} : { basis: { ...command.basis, reasonCodes: [...command.basis.reasonCodes] } }),
      };
    },
    produced: [{ type: 'plan_closed', outcome: command.outcome }],
    effects: [],
  };
};

const withdraw: Handler<'withdraw'> = (plan, command, ctx, to) => {
  if (blank(command.reason)) return refuse('reason_required');
  return {
    ok: true,
    to,
    recipe: (draft) => {
      closeOpenPause(draft, plan, ctx.asOf);
      draft.closure = { outcome: 'withdrawn', date: ctx.asOf, by: ctx.actor.id, reason: command.reason };
    },
    produced: [{ type: 'plan_closed', outcome: 'withdrawn' }],
    effects: [],
  };
};

const startMonitoring: Handler<'start_monitoring'> = (plan, command, ctx, to) => {
  const outcome = plan.closure?.outcome;
  if (outcome !== 'successful' && outcome !== 'extended_then_closed') return refuse('not_in_good_standing');
  if (plan.monitoring) return refuse('already_monitored');
  const metricIds = command.metricIds ?? [...new Set(plan.goals.map((goal) => goal.metricId))];
  return {
    ok: true,
    to,
    recipe: (draft) => {
      draft.monitoring = metricIds.length > 0 ? { start: ctx.asOf, metricIds: [...metricIds] } : { start: ctx.asOf };
    },
    produced: [{ type: 'monitoring_started', metricIds }],
    effects: [],
    validate: 'structure',
  };
};

const endMonitoring: Handler<'end_monitoring'> = (plan, _command, ctx, to) => {
  const start = plan.monitoring?.start ?? ctx.asOf;
  return {
    ok: true,
    to,
    recipe: (draft) => {
      if (draft.monitoring) draft.monitoring.end = ctx.asOf;
      else draft.monitoring = { start: ctx.asOf, end: ctx.asOf };
    },
    produced: [{ type: 'monitoring_ended', days: toDayNumber(ctx.asOf) - toDayNumber(start) }],
    effects: [],
  };
};

const advanceHandler: Handler<'advance'> = (plan, _command, ctx, to) => advance(plan, ctx, to);

/** Every command's handler. */
export const HANDLERS: { readonly [T in PlanCommandType]: Handler<T> } = {
  edit_draft: editDraft,
  submit_for_review: submitForReview,
  request_changes: requestChanges,
  approve,
  acknowledge,
  activate,
  record_check_in: recordCheckIn,
  record_observations: recordObservations,
  record_support_delivery: recordSupportDelivery,
  amend_goal: amendGoal,
  amend_support: amendSupport,
  amend_plan: amendPlan,
  pause,
  resume,
  extend,
  begin_evaluation: beginEvaluation,
  close,
  withdraw,
  start_monitoring: startMonitoring,
  end_monitoring: endMonitoring,
  advance: advanceHandler,
};

/** The phase an active plan should carry (re-exported for transition). */
export const phaseFor = (plan: Plan, asOf: CalendarDate, policy: LifecyclePolicy): PlanPhase => activePhase(plan, asOf, policy.timeline);
