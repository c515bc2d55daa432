import {
  transition,
  type Actor,
  type Plan,
  type PlanCommand,
  type TransitionAccepted,
  type TransitionContext,
  type TransitionRejected,
} from '../../src/index.js';
import { plan90 } from '../support/plans.js';

/** The 90-day fixture's people. */
export const MANAGER: Actor = { id: 'mgr-dana', role: 'manager' };
export const EMPLOYEE: Actor = { id: 'emp-1042', role: 'employee' };
export const HR: Actor = { id: 'hr-priya', role: 'hr' };
export const SYSTEM: Actor = { id: 'nightly-job', role: 'system' };

type Extra = Omit<TransitionContext, 'asOf' | 'actor'>;

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

/** Apply a command that must be accepted. */
export function accept(plan: Plan, command: PlanCommand, actor: Actor, asOf: string, extra: Extra = {}): TransitionAccepted {
  const result = transition(plan, withBasis(command, asOf), { asOf, actor, ...extra });
  if (!result.ok) throw new Error(`${command.type} rejected: ${result.rejection.code}: ${result.rejection.message}`);
  return result;
}

/** Apply a command that must be refused. */
export function refuse(plan: Plan, command: PlanCommand, actor: Actor, asOf: string, extra: Extra = {}): TransitionRejected['rejection'] {
  const result = transition(plan, withBasis(command, asOf), { asOf, actor, ...extra });
  if (result.ok) throw new Error(`${command.type} unexpectedly accepted in ${plan.status}`);
  return result.rejection;
}

/** The 90-day plan submitted, approved and acknowledged by both (awaiting activation); `extra` (a policy) applies to every step. */
export function acknowledgedPlan(overrides: Record<string, unknown> = {}, extra: Extra = {}): Plan {
  let plan = plan90(overrides);
  plan = accept(plan, { type: 'submit_for_review' }, MANAGER, '2025-12-29', extra).plan;
  plan = accept(plan, { type: 'approve' }, HR, '2025-12-30', extra).plan;
  plan = accept(plan, { type: 'acknowledge' }, MANAGER, '2025-12-31', extra).plan;
  plan = accept(plan, { type: 'acknowledge', comment: 'I understand the plan.' }, EMPLOYEE, '2026-01-02', extra).plan;
  return plan;
}

/** The 90-day plan active from its start, 2026-01-05. */
export function activePlan(overrides: Record<string, unknown> = {}, extra: Extra = {}): Plan {
  return accept(acknowledgedPlan(overrides, extra), { type: 'activate' }, HR, '2026-01-05', extra).plan;
}
