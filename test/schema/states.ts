/**
 * The 90-day fixture (Jordan Reyes, 2026-01-05 for 90 days, ending 2026-04-04) written by hand at
 * every point of its life, with the records each status implies, dated as honest commands would
 * date them. Independent of `src/testing` and of the lifecycle: an oracle for the integrity rules.
 */
import { readFixture } from '../support/fixtures.js';

// The fixture's data is free JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

export const MANAGER = 'mgr-dana';
export const EMPLOYEE = 'emp-1042';
export const HR = 'hr-priya';

/** The life stages written out below. */
export type Stage =
  | 'draft'
  | 'in_review'
  | 'changes_requested'
  | 'approved'
  | 'acknowledged'
  | 'active'
  | 'paused'
  | 'resumed'
  | 'amended'
  | 'reacknowledged'
  | 'in_evaluation'
  | 'extended'
  | 'closed'
  | 'withdrawn_from_paused'
  | 'monitoring'
  | 'completed';

const review = (date: string, decision: 'approved' | 'changes_requested') => ({ by: HR, date, decision, ...(decision === 'changes_requested' ? { notes: 'Name the workshop owner.' } : {}) });
const signature = (role: 'manager' | 'employee', date: string, revision: number) => ({
  role,
  signerId: role === 'manager' ? MANAGER : EMPLOYEE,
  name: role === 'manager' ? 'Dana Whitfield' : 'Jordan Reyes',
  date,
  revision,
});

/** The fixture at a stage of its life, as JSON: a fresh copy each call. */
export function planAt(stage: Stage): Doc {
  return asJson(build(stage));
}

function build(stage: Stage): Doc {
  const doc = readFixture('plan-90-day-conversion.json') as Doc;
  const approvedReviews = [review('2025-12-30', 'changes_requested'), review('2025-12-31', 'approved')];
  const signed = [signature('manager', '2026-01-02', 0), signature('employee', '2026-01-05', 0)];
  // A ten-day pause from 2026-02-02 moves the end from 2026-04-04 to 2026-04-14.
  const tenDays = { start: '2026-02-02', end: '2026-02-11', reason: 'Medical leave.' };
  const amendment = { date: '2026-02-20', by: MANAGER, reason: 'Calls target set for the new territory.', target: 'goal', targetId: 'g-calls', revision: 1 };
  const extension = { grantedOn: '2026-04-14', by: HR, days: 20, previousEndDate: '2026-04-14', newEndDate: '2026-05-04', reason: 'Real progress; the lead-routing fix came late.' };
  switch (stage) {
    case 'draft':
      return doc;
    case 'in_review':
      return { ...doc, status: 'in_review' };
    case 'changes_requested':
      return { ...doc, status: 'draft', reviews: [review('2025-12-30', 'changes_requested')] };
    case 'approved':
      return { ...doc, status: 'awaiting_acknowledgement', reviews: approvedReviews };
    case 'acknowledged':
      return { ...doc, status: 'awaiting_acknowledgement', reviews: approvedReviews, signatures: signed };
    case 'active':
      return { ...doc, status: 'active', phase: 'diagnose_and_develop', reviews: approvedReviews, signatures: signed };
    case 'paused':
      return { ...doc, status: 'paused', reviews: approvedReviews, signatures: signed, pauses: [{ start: '2026-02-02', reason: 'Medical leave.' }] };
    case 'resumed':
      return { ...doc, status: 'active', phase: 'practise_and_apply', reviews: approvedReviews, signatures: signed, pauses: [tenDays] };
    case 'amended':
      return { ...doc, status: 'awaiting_acknowledgement', revision: 1, reviews: approvedReviews, signatures: signed, pauses: [tenDays], amendments: [amendment] };
    case 'reacknowledged':
      return {
        ...doc,
        status: 'active',
        phase: 'practise_and_apply',
        revision: 1,
        reviews: approvedReviews,
        signatures: [...signed, signature('manager', '2026-02-20', 1), signature('employee', '2026-02-23', 1)],
        pauses: [tenDays],
        amendments: [amendment],
      };
    case 'in_evaluation':
      return { ...planAt('reacknowledged'), status: 'in_evaluation', phase: undefined };
    case 'extended':
      return { ...planAt('reacknowledged'), phase: 'measure_and_evaluate', extensions: [extension] };
    case 'closed':
      return {
        ...planAt('extended'),
        status: 'closed',
        phase: undefined,
        closure: { outcome: 'extended_then_closed', date: '2026-05-05', by: HR, reason: 'Sustained improvement.' },
      };
    case 'withdrawn_from_paused':
      return {
        ...planAt('paused'),
        status: 'closed',
        pauses: [{ start: '2026-02-02', end: '2026-02-27', reason: 'Medical leave.' }],
        closure: { outcome: 'withdrawn', date: '2026-02-28', by: HR, reason: 'Role eliminated.' },
      };
    case 'monitoring':
      return { ...planAt('closed'), status: 'monitoring', monitoring: { start: '2026-05-06', metricIds: ['m-calls', 'm-call-meeting'] } };
    case 'completed':
      return { ...planAt('closed'), status: 'completed', monitoring: { start: '2026-05-06', end: '2026-07-06' } };
  }
}

/** Every stage. */
export const STAGES: readonly Stage[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'acknowledged',
  'active',
  'paused',
  'resumed',
  'amended',
  'reacknowledged',
  'in_evaluation',
  'extended',
  'closed',
  'withdrawn_from_paused',
  'monitoring',
  'completed',
];

/** Drop keys whose value is undefined (a stage that clears `phase`), as JSON would. */
function asJson(doc: Doc): Doc {
  return JSON.parse(JSON.stringify(doc)) as Doc;
}
