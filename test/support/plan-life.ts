/**
 * A generated plan's life as commands: submitted, approved, acknowledged by both, activated,
 * paused and resumed, evaluated at its end, closed, monitored. Used by the transition fuzz target
 * (plans in every state) and the time-zone pipeline test.
 */
import { planEndDate, shiftDate, transition, type Actor, type Plan, type PlanCommand } from '../../src/index.js';

/** One step of a plan's life: the command, who sends it (by role) and on which day. */
export interface LifeStep {
  readonly command: PlanCommand;
  readonly role: Actor['role'];
  readonly on: (plan: Plan) => string;
}

/** The happy path of a plan (the actors are the plan's own manager, employee and HR partner). */
export const PLAN_LIFE: readonly LifeStep[] = [
  { command: { type: 'submit_for_review' }, role: 'manager', on: (p) => p.createdOn },
  { command: { type: 'approve' }, role: 'hr', on: (p) => p.createdOn },
  { command: { type: 'acknowledge' }, role: 'manager', on: (p) => p.createdOn },
  { command: { type: 'acknowledge', comment: 'I understand the plan.' }, role: 'employee', on: (p) => p.createdOn },
  { command: { type: 'activate' }, role: 'hr', on: (p) => p.startDate },
  { command: { type: 'pause', reason: 'Medical leave.' }, role: 'manager', on: (p) => shiftDate(p.startDate, 10) },
  { command: { type: 'resume' }, role: 'manager', on: (p) => shiftDate(p.startDate, 14) },
  { command: { type: 'begin_evaluation' }, role: 'manager', on: (p) => planEndDate(p) },
  { command: { type: 'close', outcome: 'successful' }, role: 'hr', on: (p) => shiftDate(planEndDate(p), 1) },
  { command: { type: 'start_monitoring' }, role: 'hr', on: (p) => shiftDate(planEndDate(p), 2) },
  { command: { type: 'end_monitoring' }, role: 'hr', on: (p) => shiftDate(planEndDate(p), 70) },
];

/** The plan's own person in a role. */
export function actorOf(plan: Plan, role: Actor['role']): Actor {
  if (role === 'manager') return { id: plan.manager.id, role };
  if (role === 'employee') return { id: plan.employee.id, role };
  if (role === 'hr') return { id: plan.hrPartner?.id ?? 'hr-1', role };
  return { id: 'nightly-job', role };
}

/** The plan after the first `depth` steps of its life (fewer when a step is refused). */
export function livedTo(plan: Plan, depth: number = PLAN_LIFE.length): Plan {
  let current = plan;
  for (const step of PLAN_LIFE.slice(0, depth)) {
    const asOf = step.on(current);
    const result = transition(current, withBasis(step.command, asOf), { asOf, actor: actorOf(current, step.role) });
    if (!result.ok) break;
    current = result.plan;
  }
  return current;
}

/**
 * A close command given the basis the close's own date would have (issue 19, item 4): an
 * evaluation dated the close day, recommending the outcome closed on (so no reason is needed).
 * Commands with a basis, and other commands, are returned as they are.
 */
export function withBasis(command: PlanCommand, asOf: string): PlanCommand {
  if (command.type !== 'close' || command.basis !== undefined) return command;
  const recommendation = command.outcome === 'not_met' ? 'not_met' : 'successful';
  return { ...command, basis: { asOf, score: 50, recommendation, reasonCodes: [] } };
}
