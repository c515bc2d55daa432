/**
 * Issue 13, findings 3 and 4 (the command side): separation of duties. HR approval comes from the
 * plan's HR partner (or, by policy, any HR person independent of the plan), never from the plan's
 * manager or employee; the plan's people act only in their own role; the manager role is the
 * plan's manager; and the guards behind activation check people, not roles: an acknowledgement
 * counts only when signed by the plan's own manager or employee, an approval only when given by
 * someone who may approve.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, transition, type Actor, type Plan, type PlanCommand } from '../../src/index.js';
import { plan90 } from '../support/plans.js';
import { accept, acknowledgedPlan, activePlan, EMPLOYEE, HR, MANAGER, refuse, SYSTEM } from './helpers.js';

const MANAGER_AS_HR: Actor = { id: 'mgr-dana', role: 'hr' };
const EMPLOYEE_AS_HR: Actor = { id: 'emp-1042', role: 'hr' };
const UNKNOWN_HR: Actor = { id: 'hr-someone', role: 'hr' };

const submitted = (): Plan => accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan;

/** A plan that is not frozen, so a test can forge one of its records (as a tampered store would). */
const thawed = (plan: Plan): { -readonly [K in keyof Plan]: Plan[K] } => JSON.parse(JSON.stringify(plan)) as { -readonly [K in keyof Plan]: Plan[K] };

describe('finding 3: who may approve', () => {
  it("approve is refused from the plan's own manager or employee in the hr role, and from an HR id that is not the plan's HR partner", () => {
    const plan = submitted();
    const manager = refuse(plan, { type: 'approve' }, MANAGER_AS_HR, '2025-12-30');
    expect(manager.code).toBe('conflict_of_interest');
    expect(manager.message).toContain('mgr-dana');
    expect(refuse(plan, { type: 'approve' }, EMPLOYEE_AS_HR, '2025-12-30').code).toBe('conflict_of_interest');
    const stranger = refuse(plan, { type: 'approve' }, UNKNOWN_HR, '2025-12-30');
    expect(stranger.code).toBe('not_plan_reviewer');
    expect(stranger.message).toContain('hr-priya');
    expect(accept(plan, { type: 'approve' }, HR, '2025-12-30').plan.reviews.at(-1)).toMatchObject({ by: 'hr-priya', decision: 'approved' });
  });

  it('request_changes follows the same rule', () => {
    const plan = submitted();
    const command: PlanCommand = { type: 'request_changes', reason: 'Name the workshop owner.' };
    expect(refuse(plan, command, MANAGER_AS_HR, '2025-12-30').code).toBe('conflict_of_interest');
    expect(refuse(plan, command, UNKNOWN_HR, '2025-12-30').code).toBe('not_plan_reviewer');
    expect(accept(plan, command, HR, '2025-12-30').plan.status).toBe('draft');
  });

  it('the policy switch reviewBy "any_independent_hr": any HR person, still never the manager or the employee', () => {
    const plan = submitted();
    const policy = { reviewBy: 'any_independent_hr' } as const;
    expect(accept(plan, { type: 'approve' }, UNKNOWN_HR, '2025-12-30', { policy }).plan.status).toBe('awaiting_acknowledgement');
    expect(refuse(plan, { type: 'approve' }, MANAGER_AS_HR, '2025-12-30', { policy }).code).toBe('conflict_of_interest');
    expect(refuse(plan, { type: 'approve' }, EMPLOYEE_AS_HR, '2025-12-30', { policy }).code).toBe('conflict_of_interest');
  });

  it('a plan that names no HR partner is approved by nobody under the default policy (changes may be requested to name one)', () => {
    const plan = accept(plan90({ hrPartner: null }), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan;
    expect(refuse(plan, { type: 'approve' }, UNKNOWN_HR, '2025-12-30').code).toBe('not_plan_reviewer');
    const back = accept(plan, { type: 'request_changes', reason: 'Name the HR partner.' }, UNKNOWN_HR, '2025-12-30').plan;
    expect(back.status).toBe('draft');
    expect(refuse(back, { type: 'edit_draft', changes: { purpose: 'x'.repeat(20) } }, MANAGER_AS_HR, '2025-12-30').code).toBe('conflict_of_interest');
  });
});

describe('finding 3: the plan\'s people act only in their own role; the manager role is the plan\'s manager', () => {
  it('the employee cannot act as manager, hr or system; the manager cannot act as hr or system', () => {
    const active = activePlan();
    const checkIn: PlanCommand = { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held', notes: 'Reviewed the calls.' } };
    expect(refuse(active, checkIn, { id: 'emp-1042', role: 'manager' }, '2026-01-12').code).toBe('conflict_of_interest');
    const delivery: PlanCommand = { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: '2026-01-12', status: 'delivered' } };
    expect(refuse(active, delivery, { id: 'emp-1042', role: 'system' }, '2026-01-12').code).toBe('conflict_of_interest');
    expect(refuse(active, delivery, { id: 'mgr-dana', role: 'system' }, '2026-01-12').code).toBe('conflict_of_interest');
    expect(refuse(active, { type: 'extend', days: 10, reason: 'More time.' }, EMPLOYEE_AS_HR, '2026-01-12').code).toBe('conflict_of_interest');
    // the plan's own people in their own roles are accepted
    expect(accept(active, checkIn, MANAGER, '2026-01-12').plan.checkIns).toHaveLength(1);
    expect(accept(active, delivery, SYSTEM, '2026-01-12').plan.supportDeliveries).toHaveLength(1);
  });

  it("a manager who is not the plan's manager is refused (wrong_person), whatever the command", () => {
    const active = activePlan();
    const other: Actor = { id: 'mgr-other', role: 'manager' };
    for (const command of [
      { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held' } },
      { type: 'pause', reason: 'Leave.' },
      { type: 'withdraw', reason: 'Reorganisation.' },
      { type: 'amend_goal', goal: active.goals[0]!, reason: 'Clearer title.' },
    ] as PlanCommand[]) {
      const rejection = refuse(active, command, other, '2026-01-12');
      expect(rejection.code, command.type).toBe('wrong_person');
      expect(rejection.message).toContain('mgr-dana');
    }
    const evaluating = accept(active, { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;
    expect(refuse(evaluating, { type: 'close', outcome: 'successful' }, other, '2026-04-05').code).toBe('wrong_person');
  });

  it('the plan\'s employee signs only as employee, the manager only as manager', () => {
    const approved = accept(submitted(), { type: 'approve' }, HR, '2025-12-30').plan;
    expect(refuse(approved, { type: 'acknowledge' }, { id: 'emp-1042', role: 'manager' }, '2025-12-31').code).toBe('conflict_of_interest');
    expect(refuse(approved, { type: 'acknowledge' }, { id: 'mgr-dana', role: 'employee' }, '2025-12-31').code).toBe('conflict_of_interest');
    expect(refuse(approved, { type: 'acknowledge' }, { id: 'emp-other', role: 'employee' }, '2025-12-31').code).toBe('wrong_person');
    const signed = accept(approved, { type: 'acknowledge' }, EMPLOYEE, '2025-12-31').plan;
    expect(signed.signatures.at(-1)).toMatchObject({ role: 'employee', signerId: 'emp-1042' });
  });
});

describe('finding 4 (guards): activation checks the people behind the signatures and the approval', () => {
  it("an employee signature whose signerId is the manager does not count", () => {
    const forged = thawed(acknowledgedPlan());
    const employeeSignature = forged.signatures.findIndex((s) => s.role === 'employee');
    forged.signatures[employeeSignature] = { ...forged.signatures[employeeSignature]!, signerId: 'mgr-dana' };
    const rejection = refuse(forged, { type: 'activate' }, HR, '2026-01-05');
    expect(rejection.code).toBe('not_acknowledged');
    expect(rejection.message).toContain('employee');
    // Such a document is refused by parsePlan (the schema's integrity rules, issue 13 finding 4),
    // and transition never builds on it a plan that parsePlan would refuse: the real employee's
    // signature is refused while the forged one stays in the plan. (Before the two halves of
    // issue 13 met, this signature was accepted and the plan activated with the forged record in it.)
    expect(parsePlan(forged).ok).toBe(false);
    const signing = refuse(forged, { type: 'acknowledge' }, EMPLOYEE, '2026-01-05');
    expect([signing.code, signing.issues?.[0]?.code, signing.issues?.[0]?.path]).toEqual(['invalid_change', 'signer_mismatch', ['signatures', employeeSignature, 'signerId']]);
  });

  it('a manager signature by someone else does not count', () => {
    const forged = thawed(acknowledgedPlan());
    const managerSignature = forged.signatures.findIndex((s) => s.role === 'manager');
    forged.signatures[managerSignature] = { ...forged.signatures[managerSignature]!, signerId: 'mgr-other' };
    expect(refuse(forged, { type: 'activate' }, HR, '2026-01-05')).toMatchObject({ code: 'not_acknowledged' });
  });

  it("an approval recorded by the plan's manager, or by an HR id that may not approve, does not count", () => {
    for (const by of ['mgr-dana', 'emp-1042', 'hr-someone']) {
      const forged = thawed(acknowledgedPlan());
      forged.reviews[forged.reviews.length - 1] = { ...forged.reviews.at(-1)!, by };
      expect(refuse(forged, { type: 'activate' }, HR, '2026-01-05').code, by).toBe('not_approved');
    }
    // under the policy that lets any independent HR person approve, hr-someone's approval counts
    const forged = thawed(acknowledgedPlan());
    forged.reviews[forged.reviews.length - 1] = { ...forged.reviews.at(-1)!, by: 'hr-someone' };
    expect(transition(forged, { type: 'activate' }, { asOf: '2026-01-05', actor: HR, policy: { reviewBy: 'any_independent_hr' } }).ok).toBe(true);
  });
});
