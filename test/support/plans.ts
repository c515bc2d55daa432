import { freeze } from 'immer';
import { assertPlan, parsePlan, type Plan, type PlanInput } from '../../src/index.js';
import { readFixture } from './fixtures.js';

/** Parse a plan input ({@link livedInput}) or fail the test with the issues. */
export function planOf(input: unknown): Plan {
  const result = parsePlan(livedInput(input));
  if (!result.ok) throw new Error(`plan does not parse: ${JSON.stringify(result.issues, null, 2)}`);
  return result.plan;
}

/**
 * A small, complete 60-day plan around the spec's example goal "Increase lead-to-demo
 * conversion by 15% in 60 days", with an activity goal beside it.
 */
export function leadToDemoPlanInput(): PlanInput {
  return {
    schemaVersion: 1,
    id: 'pip-lead-demo',
    employee: { id: 'emp-7', name: 'Ana Ferreira', role: 'Sales Development Representative', roleStartDate: '2025-01-06' },
    manager: { id: 'mgr-1', name: 'Dana Whitfield' },
    hrPartner: { id: 'hr-1', name: 'Priya Natarajan' },
    purpose: 'Lead-to-demo conversion has been below the team for a quarter; this plan sets goals, support and check-ins.',
    createdOn: '2026-02-23',
    startDate: '2026-03-02',
    durationDays: 60,
    salesCycleDays: 90,
    priorCoaching: [
      { date: '2026-01-12', by: 'mgr-1', notes: 'Reviewed lead follow-up together.' },
      { date: '2026-02-09', by: 'mgr-1', notes: 'Conversion still low; agreed to a plan with support.' },
    ],
    diagnostic: {
      strengths: ['Fast first response'],
      struggles: ['Qualifying leads on the first call'],
      notDoing: ['Booking the demo on the call'],
      doingWrong: ['Sends a generic deck instead of proposing a demo'],
      systemFactors: [],
      rootCause: 'will',
    },
    metrics: [
      { id: 'm-lead-demo', name: 'Lead-to-demo conversion', kind: 'behavior', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', source: 'CRM lead report' },
      { id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'Dialer', drives: ['m-lead-demo'] },
      { id: 'm-revenue', name: 'New business closed', kind: 'outcome', unit: 'currency', currency: 'USD', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM closed-won report' },
    ],
    gaps: [
      { id: 'gap-lead-demo', metricId: 'm-lead-demo', current: 0.2, standard: 0.25, standardSource: 'team_average', period: { start: '2025-11-01', end: '2026-01-31' }, evidence: ['CRM: 40 demos from 200 leads, Nov-Jan'] },
    ],
    goals: [
      { id: 'g-lead-demo', title: 'Increase lead-to-demo conversion by 15% in 60 days', category: 'activity', metricId: 'm-lead-demo', gapIds: ['gap-lead-demo'], baseline: 0.2, target: 0.23, basis: 'window', window: { start: '2026-03-02', end: '2026-04-30' } },
      { id: 'g-calls', title: 'Make 40 outbound calls per week', category: 'activity', metricId: 'm-calls', gapIds: ['gap-lead-demo'], baseline: 28, target: 40, basis: 'per_week', deadline: '2026-04-30' },
    ],
    support: [
      { id: 'sup-coaching', kind: 'coaching', description: 'Weekly call review', owner: 'mgr-1', cadence: { every: 'week' }, goalIds: ['g-lead-demo'] },
    ],
    checkInSchedule: { cadence: 'weekly', weekday: 'friday' },
    outcomes: {
      success: 'Conversion at 23% or more over the plan and 40 calls a week.',
      ifNotMet: 'A review with HR: an extension where progress is real, otherwise a transition out of the role.',
    },
  };
}

const LIFE_RECORDS = ['checkIns', 'supportDeliveries', 'pauses', 'extensions', 'amendments', 'closure', 'monitoring'] as const;
const BEFORE_APPROVAL: ReadonlySet<unknown> = new Set(['draft', 'in_review']);
const BEFORE_ACTIVATION: ReadonlySet<unknown> = new Set(['draft', 'in_review', 'awaiting_acknowledgement']);

/**
 * A test document written with only the records a test cares about, completed with the records
 * its state implies, as parsing requires (test documents only; the library never fills these in):
 *
 * - a draft given records of a later life (check-ins, support deliveries, pauses, extensions,
 *   amendments, a closure, monitoring)
 *   gets the status they imply: `paused` with an open pause, `closed` with a closure,
 *   `monitoring` / `completed` with monitoring, else `active`;
 * - a plan past HR review gets HR's approval, and a plan past activation both acknowledgements of
 *   its current revision, dated the day the plan was created, unless the test gives its own
 *   (a withdrawn plan only when it has pauses, extensions or amendments: it may never have been
 *   approved);
 * - an active plan without a phase is in its first phase.
 */
export function livedInput<T>(input: T): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const doc = input as Record<string, unknown>;
  const has = (key: string) => {
    const value = doc[key];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  };
  const pauses = (doc['pauses'] as { end?: string }[] | undefined) ?? [];
  const monitoring = doc['monitoring'] as { end?: string } | undefined;
  let status = doc['status'] ?? 'draft';
  if (status === 'draft' && LIFE_RECORDS.some(has)) {
    status = monitoring ? (monitoring.end === undefined ? 'monitoring' : 'completed') : has('closure') ? 'closed' : pauses.some((p) => p.end === undefined) ? 'paused' : 'active';
  }
  const withdrawn = (doc['closure'] as { outcome?: string } | undefined)?.outcome === 'withdrawn';
  const lived = !withdrawn || has('pauses') || has('extensions') || has('amendments');
  const on = doc['createdOn'] as string;
  const revision = (doc['revision'] as number | undefined) ?? 0;
  const person = (key: string) => doc[key] as { id: string; name: string };
  const out: Record<string, unknown> = { ...doc, status };
  if (!BEFORE_APPROVAL.has(status) && lived && doc['reviews'] === undefined) {
    out['reviews'] = [{ by: (doc['hrPartner'] as { id?: string } | undefined)?.id ?? 'hr-1', date: on, decision: 'approved' }];
  }
  if (!BEFORE_ACTIVATION.has(status) && lived && doc['signatures'] === undefined) {
    out['signatures'] = (['manager', 'employee'] as const).map((role) => ({ role, signerId: person(role).id, name: person(role).name, date: on, revision }));
  }
  if (status === 'active' && doc['phase'] === undefined) out['phase'] = 'diagnose_and_develop';
  return out as T;
}

/**
 * A fixture plan, parsed, with top-level fields replaced (null removes a field). Records of a
 * later life bring the state they imply ({@link livedInput}).
 */
export function fixturePlan(name: string, overrides: Record<string, unknown> = {}): Plan {
  const input = { ...(readFixture(name) as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete input[key];
    else input[key] = value;
  }
  return assertPlan(livedInput(input));
}

/**
 * A parsed plan with fields replaced *without* parsing again: for tests of functions that must
 * cope with any plan-shaped value, including documents `parsePlan` refuses (overlapping or
 * unordered pauses, a pause before the start). Deeply frozen, as a parsed plan is.
 */
export function unchecked(plan: Plan, fields: Record<string, unknown>): Plan {
  return freeze(JSON.parse(JSON.stringify({ ...plan, ...fields })) as Plan, true);
}

/** The 90-day plan starting Monday 2026-01-05 (weekly Monday check-ins, business days only). */
export const plan90 = (overrides: Record<string, unknown> = {}): Plan => fixturePlan('plan-90-day-conversion.json', overrides);

/** The 30-day plan 2026-03-02 .. 2026-03-31 (weekly Friday check-ins). */
export const plan30 = (overrides: Record<string, unknown> = {}): Plan => fixturePlan('plan-30-day-activity.json', overrides);
