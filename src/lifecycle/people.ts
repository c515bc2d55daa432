/**
 * Separation of duties: who may act on a plan, person by person (the state chart says which
 * roles may send a command; this says which people may act in those roles).
 *
 * - The plan's people act only in their own role: its employee only as `employee`, its manager
 *   only as `manager`; neither (nor the HR partner) acts as `system`. So the manager never reviews
 *   their own plan in the `hr` role, and the employee never records their own check-ins.
 * - The `manager` role is the plan's manager; the `employee` role is the plan's employee.
 * - HR review (`approve`, `request_changes`) is by the plan's HR partner, or, with the lifecycle
 *   policy's `reviewBy: 'any_independent_hr'`, by anyone in the `hr` role who is neither the plan's
 *   manager nor its employee. A plan naming no HR partner is approved by nobody under the default
 *   policy; any independent HR person may send it back (`request_changes`) to have one named.
 *   This is the review commands' guard, `reviewer_is_hr_partner` ({@link reviewerIsHrPartner}),
 *   run with their other guards; the rest is checked for every command ({@link personRefusal}).
 * - Any other `hr` action is open to anyone in the role who is neither the plan's manager nor its
 *   employee; `system` (the host's jobs) to any id that is not one of the plan's people.
 *
 * The records the guards read are checked the same way (an approval counts only when given by
 * someone who may review, an acknowledgement only when signed by the plan's own manager or
 * employee): see `guards.ts`.
 *
 * @internal
 * @module
 */
import type { Actor, Plan } from '../schema/types.js';
import type { Guard } from './command.js';
import type { PlanCommandType } from './commands.js';
import { refuse, type Refused } from './outcome.js';
import type { LifecyclePolicy } from './policy.js';

/** May `id` review (approve, or request changes to) the plan under `policy`? */
export function mayReview(plan: Plan, id: string, policy: Pick<LifecyclePolicy, 'reviewBy'>): boolean {
  if (id === plan.manager.id || id === plan.employee.id) return false;
  if (policy.reviewBy === 'any_independent_hr') return true;
  return plan.hrPartner !== undefined && id === plan.hrPartner.id;
}

/**
 * `reviewer_is_hr_partner`, on `approve` and `request_changes` (sent in the `hr` role): the
 * reviewer may review the plan ({@link mayReview}). A plan naming no HR partner can still be sent back, so one gets named.
 */
export const reviewerIsHrPartner: Guard<{ readonly type: PlanCommandType }> = {
  name: 'reviewer_is_hr_partner',
  label: "The reviewer is the plan's HR partner (or, by the policy's reviewBy, any HR person who is neither the plan's manager nor its employee).",
  check: (plan, command, ctx) => {
    if (mayReview(plan, ctx.actor.id, ctx.policy)) return undefined;
    if (command.type === 'request_changes' && plan.hrPartner === undefined) return undefined;
    return refuse('not_plan_reviewer', plan.hrPartner === undefined ? {} : { hrPartner: plan.hrPartner.id });
  },
};

/**
 * The refusal for an actor who may not act on this plan in their role (any command), or undefined
 * when they may. Who may review is the review commands' own guard ({@link reviewerIsHrPartner}).
 */
export function personRefusal(plan: Plan, actor: Actor): Refused | undefined {
  const own: { readonly id: string; readonly role: 'employee' | 'manager' }[] = [
    { id: plan.employee.id, role: 'employee' },
    { id: plan.manager.id, role: 'manager' },
  ];
  for (const person of own) {
    if (actor.id === person.id && actor.role !== person.role) {
      return refuse('conflict_of_interest', { role: actor.role, actor: actor.id, relation: person.role });
    }
  }
  if (actor.role === 'system' && plan.hrPartner !== undefined && actor.id === plan.hrPartner.id) {
    return refuse('conflict_of_interest', { role: actor.role, actor: actor.id, relation: 'hr_partner' });
  }
  if (actor.role === 'manager' && actor.id !== plan.manager.id) {
    return refuse('wrong_person', { role: 'manager', expected: plan.manager.id });
  }
  if (actor.role === 'employee' && actor.id !== plan.employee.id) {
    return refuse('wrong_person', { role: 'employee', expected: plan.employee.id });
  }
  return undefined;
}
