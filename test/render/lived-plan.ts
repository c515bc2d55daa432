/**
 * The 90-day fixture six weeks in: reviewed by HR, signed (the employee with a comment), with
 * check-ins (shared and private notes), support deliveries and an extension-free timeline.
 */
import { parsePlan, type Plan, type PlanInput } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

/** Private texts that must never reach the employee's copy. */
export const PRIVATE_TEXT = {
  checkIn: 'Dana suspects Jordan is interviewing elsewhere; keep an eye on engagement.',
  review: 'HR: make sure the lead-routing fix is in place before judging conversion.',
} as const;

/** The employee's signature comment (shown to everyone). */
export const EMPLOYEE_COMMENT = 'I do not agree that lead quality was my fault, but I understand the plan.';

export function livedPlanInput(): PlanInput {
  const input = readFixture('plan-90-day-conversion.json') as PlanInput;
  return {
    ...input,
    status: 'active',
    phase: 'practise_and_apply',
    reviews: [{ by: 'hr-priya', date: '2025-12-31', decision: 'approved', notes: PRIVATE_TEXT.review }],
    signatures: [
      { role: 'manager', signerId: 'mgr-dana', name: 'Dana Whitfield', date: '2026-01-02', revision: 0 },
      { role: 'employee', signerId: 'emp-1042', name: 'Jordan Reyes', date: '2026-01-05', revision: 0, comment: EMPLOYEE_COMMENT },
    ],
    checkIns: [
      {
        id: 'ci-1',
        date: '2026-01-05',
        status: 'held',
        attendees: ['mgr-dana', 'emp-1042'],
        notes: 'Kick-off. Walked through the plan and the discovery rubric.\nAgreed the weekly rhythm.',
        privateNotes: PRIVATE_TEXT.checkIn,
        progress: [{ goalId: 'g-calls', note: 'Dialer set up with the new cadence.', value: 31 }],
        actions: [{ description: 'Book the discovery workshop', owner: 'mgr-dana', due: '2026-01-09' }],
      },
      { id: 'ci-2', date: '2026-01-12', status: 'held', notes: 'First recorded call reviewed: level 2.', adjustments: ['Role-play moved to Thursdays'] },
      { id: 'ci-3', date: '2026-01-20', scheduledFor: '2026-01-19', status: 'missed' },
    ],
    supportDeliveries: [
      { commitmentId: 'sup-call-review', date: '2026-01-05', status: 'delivered' },
      { commitmentId: 'sup-lead-routing', date: '2026-01-09', status: 'delivered', note: 'Routing rule live.' },
      { commitmentId: 'sup-workshop', date: '2026-01-14', status: 'delivered' },
      { commitmentId: 'sup-call-review', date: '2026-01-12', status: 'missed', note: 'Dana travelling.' },
    ],
  };
}

export function livedPlan(): Plan {
  const result = parsePlan(livedPlanInput());
  if (!result.ok) throw new Error(`lived plan does not parse: ${JSON.stringify(result.issues, null, 2)}`);
  return result.plan;
}
