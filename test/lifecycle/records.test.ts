/**
 * What an accepted command records and reports: the domain event with its facts, the effects for
 * the host, the frozen result; and the guards behind early evaluation, re-acknowledgement,
 * reminders and generated ids. Written against the mutation-testing survivors of src/lifecycle
 * (docs/quality.md).
 */
import { describe, expect, it } from 'vitest';
import {
  lintPlan,
  PLAN_COMMAND_TYPES,
  planEndDate,
  replay,
  transition,
  type Plan,
  type PlanCommand,
  type PlanCommandType,
  type TransitionAccepted,
} from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { actorOf, livedTo, PLAN_LIFE } from '../support/plan-life.js';
import { plan90 } from '../support/plans.js';
import { accept, activePlan, EMPLOYEE, HR, MANAGER, refuse, SYSTEM } from './helpers.js';

/** The event each command produces first. */
const FIRST_EVENT: { readonly [T in PlanCommandType]?: string } = {
  edit_draft: 'draft_edited',
  submit_for_review: 'submitted_for_review',
  request_changes: 'changes_requested',
  approve: 'plan_approved',
  acknowledge: 'plan_acknowledged',
  activate: 'plan_activated',
  record_check_in: 'check_in_recorded',
  record_observations: 'observations_recorded',
  record_support_delivery: 'support_delivery_recorded',
  amend_goal: 'plan_amended',
  amend_support: 'plan_amended',
  amend_plan: 'plan_amended',
  pause: 'plan_paused',
  resume: 'plan_resumed',
  extend: 'plan_extended',
  begin_evaluation: 'evaluation_started',
  close: 'plan_closed',
  withdraw: 'plan_closed',
  start_monitoring: 'monitoring_started',
  end_monitoring: 'monitoring_ended',
};

/** Commands that hand the plan to someone or change its status from HR's approval on, with the notice they send. */
const NOTICES: { readonly [T in PlanCommandType]?: string } = {
  submit_for_review: 'review_requested',
  approve: 'acknowledgement_requested',
  activate: 'plan_activated',
  amend_goal: 'acknowledgement_requested',
  amend_support: 'acknowledgement_requested',
  amend_plan: 'acknowledgement_requested',
  pause: 'plan_paused',
  resume: 'plan_resumed',
  extend: 'plan_extended',
  begin_evaluation: 'evaluation_started',
  close: 'plan_closed',
  withdraw: 'plan_closed',
  start_monitoring: 'monitoring_started',
  end_monitoring: 'monitoring_ended',
};

function commandOf(type: PlanCommandType, plan: Plan, asOf: string): PlanCommand {
  const goal = plan.goals[0]!;
  const support = plan.support[0]!;
  switch (type) {
    case 'edit_draft':
      return { type, changes: { purpose: 'A clearer purpose for the plan.' }, unset: ['title'] };
    case 'request_changes':
    case 'pause':
    case 'withdraw':
      return { type, reason: 'Agreed in the weekly review.' };
    case 'record_check_in':
      return { type, checkIn: { date: asOf, status: 'held', notes: 'Reviewed every goal.' } };
    case 'record_observations':
      return { type, observations: [{ metricId: plan.metrics[1]!.id, date: asOf, value: 3 }, { metricId: plan.metrics[1]!.id, date: asOf, value: 4 }] };
    case 'record_support_delivery':
      return { type, delivery: { commitmentId: support.id, date: asOf, status: 'delivered' } };
    case 'amend_goal':
      return { type, goal: { ...goal, title: `${goal.title}, amended` }, reason: 'Agreed change.' };
    case 'amend_support':
      return { type, commitment: { ...support, description: `${support.description}, amended` }, reason: 'Agreed change.' };
    case 'amend_plan':
      return { type, goals: [{ ...goal, title: `${goal.title}, amended` }], support: [{ ...support, description: `${support.description}, amended` }], reason: 'Agreed change.' };
    case 'extend':
      return { type, days: 10, reason: 'Real progress.' };
    case 'close':
      return { type, outcome: 'successful', reason: 'Every goal met.', basis: { asOf, score: 82.5, recommendation: 'successful', reasonCodes: [] } };
    case 'approve':
      return { type, notes: 'Fair and consistent.' };
    default:
      return { type } as PlanCommand;
  }
}

describe('accepted commands: the event, its facts, the effects', () => {
  it('every command accepted anywhere in the life of the 90-day plan', () => {
    const seen = new Set<string>();
    for (let depth = 0; depth <= PLAN_LIFE.length; depth += 1) {
      const plan = livedTo(plan90(), depth);
      const asOf = plan.events.at(-1)?.at ?? plan.createdOn;
      for (const type of PLAN_COMMAND_TYPES) {
        for (const role of ['manager', 'employee', 'hr', 'system'] as const) {
          const command = commandOf(type, plan, asOf);
          const result = transition(plan, command, { asOf, actor: actorOf(plan, role) });
          expect(isDeepFrozen(result)).toBe(true);
          if (!result.ok) continue;
          seen.add(type);
          if (!result.entry) {
            // only an advance that changed nothing is not logged
            expect(type).toBe('advance');
            expect(result.plan).toBe(plan);
            continue;
          }
          const first = FIRST_EVENT[type];
          if (first) expect(result.events[0]?.type, type).toBe(first);
          expect(result.entry?.produced).toEqual(result.events);
          // effects are notices only where the plan is handed to someone or its status changes; every effect is a full object
          const notice = NOTICES[type];
          if (type !== 'advance') expect(result.effects.map((e) => e.type), type).toEqual(notice ? [notice] : []);
          for (const effect of result.effects) {
            expect(['reminder', 'notice']).toContain(effect.kind);
            expect(effect.message.length).toBeGreaterThan(10);
            expect(effect.to.length).toBeGreaterThan(0);
          }
          checkFacts(type, plan, command, result, asOf, role);
          // the log entry rebuilds the step
          expect(replay(plan, [result.entry!])).toStrictEqual({ ok: true, plan: result.plan });
        }
      }
    }
    // nearly every command is accepted somewhere in the plan's life (activate needs its start date: tested above)
    expect(PLAN_COMMAND_TYPES.filter((t) => !seen.has(t))).toEqual(['activate', 'begin_evaluation']); // (they need the start and end dates: tested below)
  });
});

function checkFacts(type: PlanCommandType, plan: Plan, command: PlanCommand, result: TransitionAccepted, asOf: string, role: string): void {
  const event = result.events[0] as Record<string, unknown> | undefined;
  const actorId = actorOf(plan, role as 'manager').id;
  switch (type) {
    case 'edit_draft':
      expect(event).toEqual({ type: 'draft_edited', fields: ['purpose', 'title'] });
      expect(result.plan.purpose).toBe('A clearer purpose for the plan.');
      expect(result.plan).not.toHaveProperty('title');
      break;
    case 'submit_for_review':
      expect(event).toEqual({ type: 'submitted_for_review', warnings: lintPlan(plan).length });
      break;
    case 'request_changes':
      expect(event).toEqual({ type: 'changes_requested', by: actorId });
      expect(result.plan.reviews.at(-1)).toEqual({ by: actorId, date: asOf, decision: 'changes_requested', notes: 'Agreed in the weekly review.' });
      break;
    case 'approve':
      expect(event).toEqual({ type: 'plan_approved', by: actorId });
      expect(result.plan.reviews.at(-1)).toEqual({ by: actorId, date: asOf, decision: 'approved', notes: 'Fair and consistent.' });
      expect(result.effects[0]).toMatchObject({ revision: plan.revision, to: [{ role: 'manager', id: plan.manager.id }, { role: 'employee', id: plan.employee.id }] });
      break;
    case 'record_check_in':
      expect(event).toEqual({ type: 'check_in_recorded', checkInId: `check-in-${plan.checkIns.length + 1}`, date: asOf, status: 'held' });
      break;
    case 'record_observations':
      expect(event).toEqual({ type: 'observations_recorded', count: 2, metricIds: [plan.metrics[1]!.id] });
      break;
    case 'record_support_delivery':
      expect(event).toEqual({ type: 'support_delivery_recorded', commitmentId: plan.support[0]!.id, date: asOf, status: 'delivered' });
      break;
    case 'amend_goal':
    case 'amend_support':
      expect(event).toEqual({
        type: 'plan_amended',
        target: type === 'amend_goal' ? 'goal' : 'support',
        targetId: type === 'amend_goal' ? plan.goals[0]!.id : plan.support[0]!.id,
        revision: plan.revision + 1,
        reacknowledgementRequired: plan.status === 'active' || plan.signatures.some((s) => s.revision === plan.revision),
      });
      expect(result.plan.revision).toBe(plan.revision + 1);
      {
        // the record keeps the goal or commitment before and after (issue 19, item 5)
        const before = type === 'amend_goal' ? plan.goals[0] : plan.support[0];
        const after = type === 'amend_goal' ? result.plan.goals[0] : result.plan.support[0];
        expect(result.plan.amendments.at(-1)).toEqual({ date: asOf, by: actorId, reason: 'Agreed change.', target: event!['target'], targetId: event!['targetId'], revision: plan.revision + 1, before, after });
      }
      // the amended entity replaces the old one in place
      if (type === 'amend_goal') expect(result.plan.goals.map((g) => g.id)).toEqual(plan.goals.map((g) => g.id));
      else expect(result.plan.support.map((s) => s.id)).toEqual(plan.support.map((s) => s.id));
      break;
    case 'amend_plan':
      // one revision for the goal and the commitment, one event and one record each
      expect(result.events.map((e) => (e.type === 'plan_amended' ? [e.target, e.targetId, e.revision] : [e.type]))).toEqual([
        ['goal', plan.goals[0]!.id, plan.revision + 1],
        ['support', plan.support[0]!.id, plan.revision + 1],
      ]);
      expect(result.plan.revision).toBe(plan.revision + 1);
      expect(result.plan.amendments.slice(-2)).toEqual([
        { date: asOf, by: actorId, reason: 'Agreed change.', target: 'goal', targetId: plan.goals[0]!.id, revision: plan.revision + 1, before: plan.goals[0], after: result.plan.goals[0] },
        { date: asOf, by: actorId, reason: 'Agreed change.', target: 'support', targetId: plan.support[0]!.id, revision: plan.revision + 1, before: plan.support[0], after: result.plan.support[0] },
      ]);
      break;
    case 'pause':
      expect(event).toEqual({ type: 'plan_paused', on: asOf });
      expect(result.plan.phase).toBeUndefined();
      break;
    case 'extend':
      expect(event).toEqual({ type: 'plan_extended', days: 10, previousEndDate: planEndDate(plan, { asOf }), newEndDate: planEndDate(result.plan, { asOf }) });
      break;
    case 'close':
      expect(event).toEqual({ type: 'plan_closed', outcome: 'successful' });
      expect(result.plan.closure).toEqual({ outcome: 'successful', date: asOf, by: actorId, reason: 'Every goal met.', basis: { asOf, score: 82.5, recommendation: 'successful', reasonCodes: [] } });
      break;
    case 'withdraw':
      expect(event).toEqual({ type: 'plan_closed', outcome: 'withdrawn' });
      expect(result.plan.closure).toEqual({ outcome: 'withdrawn', date: asOf, by: actorId, reason: 'Agreed in the weekly review.' });
      break;
    case 'start_monitoring':
      expect(event).toEqual({ type: 'monitoring_started', metricIds: [...new Set(plan.goals.map((g) => g.metricId))] });
      expect(result.plan.monitoring).toEqual({ start: asOf, metricIds: [...new Set(plan.goals.map((g) => g.metricId))] });
      break;
    case 'end_monitoring':
      expect(event).toEqual({ type: 'monitoring_ended', days: 0 });
      expect(result.plan.monitoring?.end).toBe(asOf);
      break;
    default:
      break;
  }
}

describe('the lifecycle story, step by step', () => {
  it('acknowledgements: each signer once, the second completes; the employee comments', () => {
    const approved = livedTo(plan90(), 2);
    const manager = accept(approved, { type: 'acknowledge' }, MANAGER, '2025-12-31');
    expect(manager.events).toEqual([{ type: 'plan_acknowledged', role: 'manager', signerId: 'mgr-dana', revision: 0, withComment: false }]);
    const employee = accept(manager.plan, { type: 'acknowledge', comment: 'I understand.' }, EMPLOYEE, '2026-01-02');
    expect(employee.events).toEqual([
      { type: 'plan_acknowledged', role: 'employee', signerId: 'emp-1042', revision: 0, withComment: true },
      { type: 'acknowledgements_complete', revision: 0 },
    ]);
    expect(employee.plan.signatures.at(-1)).toMatchObject({ role: 'employee', comment: 'I understand.', date: '2026-01-02' });
    expect(manager.plan.signatures[0]).not.toHaveProperty('comment');
    expect(refuse(manager.plan, { type: 'acknowledge', comment: 'No.' }, MANAGER, '2026-01-02').code).toBe('already_acknowledged');
    expect(refuse(approved, { type: 'acknowledge', comment: 'No.' }, MANAGER, '2026-01-02').code).toBe('comment_not_allowed');
  });

  it('activation: the event gives the phase and the end date; an approval without notes records none', () => {
    const submitted = accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan;
    const approved = accept(submitted, { type: 'approve' }, HR, '2025-12-30').plan;
    expect(approved.reviews[0]).toEqual({ by: 'hr-priya', date: '2025-12-30', decision: 'approved' });
    const acknowledged = livedTo(plan90(), 4);
    const late = accept(acknowledged, { type: 'activate' }, HR, '2026-02-10');
    expect(late.events).toEqual([{ type: 'plan_activated', phase: 'practise_and_apply', endDate: '2026-04-04' }]);
    expect(late.plan.phase).toBe('practise_and_apply');
  });

  it('amendments: re-acknowledgement only once someone has acknowledged the revision or the plan runs', () => {
    const approved = livedTo(plan90(), 2);
    const goal = approved.goals[0]!;
    const before = accept(approved, { type: 'amend_goal', goal: { ...goal, title: `${goal.title}.` }, reason: 'Clearer.' }, MANAGER, '2025-12-30');
    expect(before.events[0]).toMatchObject({ reacknowledgementRequired: false, revision: 1 });
    const signed = accept(approved, { type: 'acknowledge' }, MANAGER, '2025-12-30').plan;
    const after = accept(signed, { type: 'amend_goal', goal: { ...goal, title: `${goal.title}.` }, reason: 'Clearer.' }, MANAGER, '2025-12-31');
    expect(after.events[0]).toMatchObject({ reacknowledgementRequired: true, revision: 1 });
    // a new goal is added, not replacing another
    const support = approved.support[0]!;
    const added = accept(approved, { type: 'amend_support', commitment: { ...support, id: 'sup-new', description: 'A second weekly call review' }, reason: 'Added.' }, MANAGER, '2025-12-30');
    expect(added.plan.support.map((s) => s.id)).toEqual([...approved.support.map((s) => s.id), 'sup-new']);
    // an acknowledgement of the old revision does not count for the new one
    const resigned = accept(after.plan, { type: 'acknowledge' }, MANAGER, '2026-01-01');
    expect(resigned.plan.signatures.map((s) => s.revision)).toEqual([0, 1]);
    // the reminder counts from the amendment, not from the approval
    const reminder = accept(resigned.plan, { type: 'advance' }, SYSTEM, '2026-01-03').effects;
    expect(reminder).toEqual([expect.objectContaining({ type: 'acknowledgement_pending', role: 'employee', since: '2025-12-31', pendingDays: 3, revision: 1 })]);
    // exactly at the reminder threshold (2 days) it reminds; one day before it does not
    expect(accept(resigned.plan, { type: 'advance' }, SYSTEM, '2026-01-02').effects).toHaveLength(1);
    expect(accept(resigned.plan, { type: 'advance' }, SYSTEM, '2026-01-01').effects).toEqual([]);
  });

  it('changes requested, then approved later: the reminder counts from the latest approval', () => {
    const submitted = accept(plan90({ createdOn: '2025-12-19' }), { type: 'submit_for_review' }, MANAGER, '2025-12-20').plan;
    const changes = accept(submitted, { type: 'request_changes', reason: 'Add a leading indicator.' }, HR, '2025-12-21').plan;
    expect(changes.status).toBe('draft');
    const again = accept(changes, { type: 'submit_for_review' }, MANAGER, '2025-12-22').plan;
    const approved = accept(again, { type: 'approve' }, HR, '2025-12-24').plan;
    const reminders = accept(approved, { type: 'advance' }, SYSTEM, '2025-12-27').effects;
    expect(reminders.map((e) => (e.type === 'acknowledgement_pending' ? [e.role, e.since, e.pendingDays] : []))).toEqual([
      ['manager', '2025-12-24', 3],
      ['employee', '2025-12-24', 3],
    ]);
  });

  it('check-ins without an id get the next free generated one', () => {
    let plan = activePlan();
    plan = accept(plan, { type: 'record_check_in', checkIn: { id: 'check-in-2', date: '2026-01-05', status: 'held', notes: 'Kick-off' } }, MANAGER, '2026-01-05').plan;
    const next = accept(plan, { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held', notes: 'Week 2' } }, MANAGER, '2026-01-12');
    expect(next.events[0]).toMatchObject({ checkInId: 'check-in-2-2' });
    const third = accept(next.plan, { type: 'record_check_in', checkIn: { date: '2026-01-19', status: 'held', notes: 'Week 3' } }, MANAGER, '2026-01-19');
    expect(third.events[0]).toMatchObject({ checkInId: 'check-in-3' });
  });

  it('observations: ids must be new, in the plan and within the command', () => {
    const active = activePlan();
    const metricId = active.metrics[1]!.id;
    const first = accept(active, { type: 'record_observations', observations: [{ id: 'obs-1', metricId, date: '2026-01-06', value: 3 }] }, MANAGER, '2026-01-06').plan;
    const again = refuse(first, { type: 'record_observations', observations: [{ metricId, date: '2026-01-07', value: 1 }, { id: 'obs-1', metricId, date: '2026-01-07', value: 3 }] }, MANAGER, '2026-01-07');
    expect(again.code).toBe('invalid_change');
    expect(again.issues).toEqual([expect.objectContaining({ code: 'duplicate_id', path: ['observations', 1, 'id'] })]);
    expect(again.message).toContain(again.issues![0]!.message.replace(/\.$/, ''));
    const twice = refuse(active, { type: 'record_observations', observations: [{ id: 'obs-9', metricId, date: '2026-01-07', value: 1 }, { id: 'obs-9', metricId, date: '2026-01-07', value: 2 }] }, MANAGER, '2026-01-07');
    expect(twice.issues?.map((i) => i.path)).toContainEqual(['observations', 1, 'id']);
    expect(twice.issues?.every((i) => i.code === 'duplicate_id')).toBe(true);
    // observations without ids are fine, as many as given
    expect(transition(first, { type: 'record_observations', observations: [{ metricId, date: '2026-01-07', value: 1 }, { metricId, date: '2026-01-07', value: 2 }] }, { asOf: '2026-01-07', actor: MANAGER }).ok).toBe(true);
  });

  it('early evaluation: every goal met by its latest held check-in value, in the goal or metric direction', () => {
    const active = activePlan();
    const progress = (values: Record<string, number>) => active.goals.map((g) => ({ goalId: g.id, note: 'Progress', value: values[g.id] ?? g.target }));
    const met = accept(active, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'All met', progress: progress({}) } }, MANAGER, '2026-02-02').plan;
    expect(accept(met, { type: 'begin_evaluation' }, MANAGER, '2026-02-03').events).toEqual([{ type: 'evaluation_started', early: true, basis: 'goals_met' }]);
    // a later held check-in below a target undoes it
    const first = active.goals[0]!;
    const lower = first.target - 0.01;
    const slipped = accept(met, { type: 'record_check_in', checkIn: { date: '2026-02-09', status: 'held', notes: 'Slipped', progress: [{ goalId: first.id, note: 'Below', value: lower }] } }, MANAGER, '2026-02-09').plan;
    expect(refuse(slipped, { type: 'begin_evaluation' }, MANAGER, '2026-02-10').code).toBe('before_end_date');
    // a missed check-in or a note without a value changes nothing
    const missed = accept(met, { type: 'record_check_in', checkIn: { date: '2026-02-09', status: 'missed', progress: [{ goalId: first.id, note: 'Below', value: lower }] } }, MANAGER, '2026-02-09').plan;
    expect(transition(missed, { type: 'begin_evaluation' }, { asOf: '2026-02-10', actor: MANAGER }).ok).toBe(true);
    const noValue = accept(met, { type: 'record_check_in', checkIn: { date: '2026-02-09', status: 'held', notes: 'Talked', progress: [{ goalId: first.id, note: 'No figure' }] } }, MANAGER, '2026-02-09').plan;
    expect(transition(noValue, { type: 'begin_evaluation' }, { asOf: '2026-02-10', actor: MANAGER }).ok).toBe(true);
    // exactly the target meets it
    const exact = accept(active, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'Exact', progress: progress({}) } }, MANAGER, '2026-02-02').plan;
    expect(transition(exact, { type: 'begin_evaluation' }, { asOf: '2026-02-02', actor: MANAGER }).ok).toBe(true);
    // a goal without any value is not met
    const partial = accept(active, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'Some', progress: progress({}).slice(1) } }, MANAGER, '2026-02-02').plan;
    expect(refuse(partial, { type: 'begin_evaluation' }, MANAGER, '2026-02-03').code).toBe('before_end_date');
    // the caller's own verdict replaces the check
    expect(transition(partial, { type: 'begin_evaluation' }, { asOf: '2026-02-03', actor: MANAGER, goalsMet: () => true }).ok).toBe(true);
    expect(transition(met, { type: 'begin_evaluation' }, { asOf: '2026-02-03', actor: MANAGER, goalsMet: () => false }).ok).toBe(false);
  });

  it('early evaluation for a lower-is-better goal: at or below the target', () => {
    const lower = activePlan();
    const goals = lower.goals;
    const metricOf = (id: string) => lower.metrics.find((m) => m.id === id)!;
    const lowerGoal = goals.find((g) => (g.comparator ?? (metricOf(g.metricId).direction === 'lower_is_better' ? 'at_most' : 'at_least')) === 'at_most');
    const values = (delta: number) =>
      goals.map((g) => {
        const atMost = (g.comparator ?? (metricOf(g.metricId).direction === 'lower_is_better' ? 'at_most' : 'at_least')) === 'at_most';
        return { goalId: g.id, note: 'x', value: g === lowerGoal ? g.target + delta : atMost ? g.target - 1 : g.target + 1 };
      });
    if (!lowerGoal) {
      // the fixture has no lower-is-better goal: every goal above its target meets it, below does not
      const above = accept(lower, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'x', progress: values(0) } }, MANAGER, '2026-02-02').plan;
      expect(transition(above, { type: 'begin_evaluation' }, { asOf: '2026-02-02', actor: MANAGER }).ok).toBe(true);
      const below = goals.map((g) => ({ goalId: g.id, note: 'x', value: g.target - 1 }));
      const under = accept(lower, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'x', progress: below } }, MANAGER, '2026-02-02').plan;
      expect(refuse(under, { type: 'begin_evaluation' }, MANAGER, '2026-02-02').code).toBe('before_end_date');
      return;
    }
    const ok = accept(lower, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'x', progress: values(-1) } }, MANAGER, '2026-02-02').plan;
    expect(transition(ok, { type: 'begin_evaluation' }, { asOf: '2026-02-02', actor: MANAGER }).ok).toBe(true);
    const over = accept(lower, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'x', progress: values(1) } }, MANAGER, '2026-02-02').plan;
    expect(refuse(over, { type: 'begin_evaluation' }, MANAGER, '2026-02-02').code).toBe('before_end_date');
  });

  it('pauses: the phase goes while paused and comes back; a resume reports the paused days and the new end', () => {
    const active = activePlan();
    const paused = accept(active, { type: 'pause', reason: 'Leave' }, MANAGER, '2026-02-02');
    expect(paused.plan.phase).toBeUndefined();
    const resumed = accept(paused.plan, { type: 'resume' }, MANAGER, '2026-02-12');
    expect(resumed.events).toEqual([{ type: 'plan_resumed', on: '2026-02-12', pausedDays: 10, endDate: '2026-04-14' }]);
    expect(resumed.plan.phase).toBe('diagnose_and_develop'); // plan day 29 of 90
    expect(resumed.plan.pauses).toEqual([{ start: '2026-02-02', end: '2026-02-11', reason: 'Leave' }]);
    // withdrawing a paused plan ends its pause
    const withdrawn = accept(paused.plan, { type: 'withdraw', reason: 'Left the company.' }, HR, '2026-02-05');
    expect(withdrawn.plan.pauses).toEqual([{ start: '2026-02-02', end: '2026-02-04', reason: 'Leave' }]);
  });

  it('advance: phases entered one by one, including from a long silence; the paused plan still tracks check-ins', () => {
    const active = activePlan();
    const jump = accept(active, { type: 'advance' }, SYSTEM, '2026-03-10');
    expect(jump.events.filter((e) => e.type === 'phase_entered')).toEqual([
      { type: 'phase_entered', phase: 'practise_and_apply', on: '2026-02-04' },
      { type: 'phase_entered', phase: 'measure_and_evaluate', on: '2026-03-06' },
    ]);
    const paused = accept(active, { type: 'pause', reason: 'Leave' }, MANAGER, '2026-01-20').plan;
    const tick = accept(paused, { type: 'advance' }, SYSTEM, '2026-01-30');
    expect(tick.events.length).toBeGreaterThan(0);
    expect(tick.events.every((e) => e.type === 'check_in_missed')).toBe(true);
    expect(tick.effects.map((e) => e.type)).toContain('support_session_overdue');
    expect(tick.effects.map((e) => e.type)).not.toContain('check_in_due');
    // in evaluation: missed check-ins and overdue support still reported; no evaluation_due
    const evaluating = accept(active, { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;
    const late = accept(evaluating, { type: 'advance' }, SYSTEM, '2026-04-10');
    expect(late.effects.map((e) => e.type)).not.toContain('evaluation_due');
    expect(late.effects.some((e) => e.type === 'support_session_overdue')).toBe(true);
    // a closed plan: nothing tracked, nothing logged
    const closed = livedTo(plan90(), 9);
    expect(closed.status).toBe('closed');
    const quiet = accept(closed, { type: 'advance' }, SYSTEM, '2026-06-01');
    expect([quiet.events, quiet.effects, quiet.entry]).toEqual([[], [], undefined]);
    expect(quiet.plan).toBe(closed);
    expect(isDeepFrozen(quiet)).toBe(true);
  });

  it('advance reminds HR by role when the plan names no HR partner; the evaluation is due once per end date', () => {
    const end = accept(activePlan(), { type: 'advance' }, SYSTEM, '2026-04-04').plan;
    const extended = accept(end, { type: 'extend', days: 5, reason: 'Progress.' }, HR, '2026-04-05').plan;
    const again = accept(extended, { type: 'advance' }, SYSTEM, '2026-04-09');
    expect(again.events.filter((e) => e.type === 'evaluation_due')).toEqual([{ type: 'evaluation_due', endDate: '2026-04-09' }]);
  });
});

describe('malformed input and replay failures are reported, frozen', () => {
  it('a command type that is not a string is "unknown"; a long one is cut; contexts say what is wrong', () => {
    const active = activePlan();
    const notString = transition(active, { type: 42 } as unknown as PlanCommand, { asOf: '2026-01-06', actor: MANAGER });
    expect(!notString.ok && notString.rejection.command).toBe('unknown');
    expect(!notString.ok && notString.rejection.message.startsWith('unknown is not a command')).toBe(true);
    const long = transition(active, { type: 'x'.repeat(100) } as unknown as PlanCommand, { asOf: '2026-01-06', actor: MANAGER });
    expect(!long.ok && long.rejection.command).toBe('x'.repeat(60));
    expect(isDeepFrozen(long)).toBe(true);
    const noContext = transition(active, { type: 'advance' }, null as never);
    expect(!noContext.ok && noContext.rejection).toMatchObject({ code: 'invalid_context' });
    expect(!noContext.ok && noContext.rejection.message).toContain('asOf must be a real calendar date written YYYY-MM-DD');
    const stringContext = transition(active, { type: 'advance' }, '2026-01-06' as never);
    expect(!stringContext.ok && stringContext.rejection.code).toBe('invalid_context');
    const badActor = transition(active, { type: 'advance' }, { asOf: '2026-01-06', actor: { id: 'x', role: 'ceo' } as never });
    expect(!badActor.ok && badActor.rejection.message).toContain('actor must be { id, role } with role manager, employee, hr or system');
    const malformed = refuse(active, { type: 'extend', days: -3, reason: 'x' } as PlanCommand, HR, '2026-01-06');
    expect(malformed.message).toContain(malformed.issues![0]!.message.replace(/\.$/, ''));
    expect(malformed.issues!.every((i) => i.path.length > 0)).toBe(true);
  });

  it('a role allowed for the command in another state is still the wrong role here', () => {
    // manager may activate in awaiting_acknowledgement, never approve
    const submitted = accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan;
    expect(refuse(submitted, { type: 'approve' }, MANAGER, '2025-12-30').allowedRoles).toEqual(['hr']);
  });

  it('replay reports a gap in the log and a patch that does not apply, with the entry number; results are frozen', () => {
    const active = activePlan();
    const draft = plan90();
    const gap = replay(draft, active.events.slice(1));
    expect(gap).toEqual({ ok: false, code: 'replay_sequence', seq: 0, path: ['events', 0, 'seq'], message: "Log entry 0 is numbered 1: it is not the entry that follows the plan's 0 entries." });
    expect(isDeepFrozen(gap)).toBe(true);
    const broken = { ...active.events[0]!, patches: [{ op: 'replace' as const, path: ['goals', 99, 'title'], value: 'x' }] };
    const failed = replay(draft, [broken]);
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.code).toBe('replay_entry_mismatch');
    expect(!failed.ok && failed.path).toEqual(['events', 0, 'patches', 0, 'path', 0]);
    expect(!failed.ok && failed.message.startsWith('Log entry 0 (submit_for_review) does not hold what its command does: it differs at patches.0.path.0')).toBe(true);
    expect(isDeepFrozen(failed)).toBe(true);
    const rebuilt = replay(structuredClone(draft), active.events);
    expect(rebuilt.ok && isDeepFrozen(rebuilt.plan)).toBe(true);
    expect(isDeepFrozen(rebuilt)).toBe(true);
  });

  it('the lifecycle policy: whole days taken, anything else refused with policy_invalid at its path, the lint policy passed on', () => {
    const active = activePlan();
    const at = (policy: object) => accept(active, { type: 'advance' }, SYSTEM, '2026-01-10', { policy }).effects.some((e) => e.type === 'check_in_due');
    expect(at({ checkInReminderDays: 2 })).toBe(true);
    expect(at({})).toBe(false); // default 1: the check-in is 2 days away
    for (const bad of [2.9, Number.NaN, Number.POSITIVE_INFINITY, -1, null, '2']) {
      const refused = refuse(active, { type: 'advance' }, SYSTEM, '2026-01-10', { policy: { checkInReminderDays: bad as number } });
      expect(refused.code, String(bad)).toBe('policy_invalid');
      expect(refused.policyIssues?.map((i) => i.path)).toEqual([['policy', 'checkInReminderDays']]);
    }
    const strict = refuse(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29', { policy: { lint: { minPlanDays: 120 } } });
    expect(strict.findings?.map((f) => f.code)).toContain('plan_too_short');
  });
});
