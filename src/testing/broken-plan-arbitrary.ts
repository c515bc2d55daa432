import fc from 'fast-check';
import { daysBetween, shiftDate } from '../dates/calendar.js';
import type { PlanIssueCode } from '../schema/codes.js';
import { LIMITS } from '../schema/limits.js';
import type { PlanInput } from '../schema/types.js';
import { livePlan, type PlanLife } from './lived-plan.js';
import { planArbitrary, type PlanArbitraryOptions } from './plan-arbitrary.js';

/** A plan document with exactly one rule broken, and the issue a parse must report. */
export interface BrokenPlan {
  /** Which rule was broken (a short name for test output). */
  readonly rule: string;
  /** The document, as JSON-compatible data. */
  readonly input: unknown;
  /** The issue code a parse must report. */
  readonly code: PlanIssueCode;
  /** The path it must report it at. */
  readonly path: readonly (string | number)[];
}

type Mutable = { -readonly [K in keyof PlanInput]: PlanInput[K] } & Record<string, unknown>;
type Breaker = (plan: Mutable) => Omit<BrokenPlan, 'input'> | undefined;

function clone(plan: PlanInput): Mutable {
  return JSON.parse(JSON.stringify(plan)) as Mutable;
}


const ACTIVE: PlanLife = {
  reach: 'active',
  withdrawn: false,
  changesRequested: false,
  acknowledgements: 2,
  amendments: 0,
  reacknowledging: false,
  pauses: 0,
  extensionDays: 0,
  outcome: 'successful',
};

const LIFE_FIELDS = ['status', 'phase', 'revision', 'reviews', 'signatures', 'amendments', 'pauses', 'extensions', 'closure', 'monitoring', 'events'] as const;

/** Live the plan (from its draft) to a state, with every record that state implies, in place. */
function live(plan: Mutable, life: Partial<PlanLife>): Mutable {
  for (const key of LIFE_FIELDS) delete plan[key];
  return Object.assign(plan, livePlan({ ...(plan as PlanInput), status: 'draft' }, { ...ACTIVE, ...life }));
}

type Entry = NonNullable<PlanInput['events']>[number];

/** A log entry of the nightly job. */
function entry(seq: number, at: string, command: Entry['command'] = { type: 'advance' }): Entry {
  return { seq, at, actor: { id: 'nightly-job', role: 'system' }, command, patches: [], produced: [] };
}

/** The rules a document can break, each breaking exactly one. */
const BREAKERS: Readonly<Record<string, Breaker>> = {
  'impossible start date': (plan) => {
    plan.startDate = `${plan.startDate.slice(0, 4)}-02-30`;
    plan.createdOn = `${plan.startDate.slice(0, 4)}-01-01`;
    return { rule: 'impossible start date', code: 'invalid_date', path: ['startDate'] };
  },
  'end before start': (plan) => {
    delete plan.durationDays;
    plan.endDate = shiftDate(plan.startDate, -1);
    return { rule: 'end before start', code: 'end_before_start', path: ['endDate'] };
  },
  'duration disagrees with end': (plan) => {
    const end = plan.endDate ?? shiftDate(plan.startDate, (plan.durationDays ?? 90) - 1);
    plan.endDate = end;
    plan.durationDays = daysBetween(plan.startDate, end) + 2;
    if (plan.durationDays > 3_660) return undefined;
    return { rule: 'duration disagrees with end', code: 'duration_mismatch', path: ['durationDays'] };
  },
  'weights miss 100': (plan) => {
    const goals = plan.goals ?? [];
    goals.forEach((goal, i) => {
      (goal as { weight?: number }).weight = i === 0 ? 100 - 0.75 * goals.length : 0.75;
    });
    return { rule: 'weights miss 100', code: 'weights_sum', path: ['goals'] };
  },
  'weight on one goal only': (plan) => {
    const goals = plan.goals ?? [];
    goals.forEach((goal, i) => {
      if (i === 0) (goal as { weight?: number }).weight = 100;
      else delete (goal as { weight?: number }).weight;
    });
    return { rule: 'weight on one goal only', code: 'weights_incomplete', path: ['goals', 1, 'weight'] };
  },
  'goal refers to a missing metric': (plan) => {
    const goal = plan.goals?.[0];
    if (!goal) return undefined;
    (goal as { metricId: string }).metricId = 'm-missing';
    return { rule: 'goal refers to a missing metric', code: 'unknown_reference', path: ['goals', 0, 'metricId'] };
  },
  'goal refers to a missing gap': (plan) => {
    const goal = plan.goals?.[0];
    if (!goal) return undefined;
    (goal as { gapIds: string[] }).gapIds = ['gap-missing'];
    return { rule: 'goal refers to a missing gap', code: 'unknown_reference', path: ['goals', 0, 'gapIds', 0] };
  },
  'delivery for a missing commitment': (plan) => {
    const deliveries = (plan.supportDeliveries ?? []) as unknown[];
    deliveries.push({ commitmentId: 'sup-missing', date: plan.startDate, status: 'delivered' });
    plan.supportDeliveries = deliveries as Mutable['supportDeliveries'];
    return { rule: 'delivery for a missing commitment', code: 'unknown_reference', path: ['supportDeliveries', deliveries.length - 1, 'commitmentId'] };
  },
  'fractional cents': (plan) => {
    const metrics = plan.metrics ?? [];
    const index = (plan.goals ?? []).findIndex((goal) => metrics.find((m) => m.id === goal.metricId)?.unit === 'currency');
    if (index < 0) return undefined;
    const goal = plan.goals![index] as { target: number };
    goal.target += 0.5;
    return { rule: 'fractional cents', code: 'money_not_integral', path: ['goals', index, 'target'] };
  },
  'duplicate goal id': (plan) => {
    const goals = plan.goals ?? [];
    if (goals.length < 2) return undefined;
    const first = goals[0]!;
    const second = goals[1] as { id: string };
    (plan.development ?? []).forEach((entry) => {
      (entry as { goalIds: string[] }).goalIds = entry.goalIds.filter((id) => id !== second.id);
    });
    (plan.support ?? []).forEach((entry) => {
      (entry as { goalIds: string[] }).goalIds = entry.goalIds.filter((id) => id !== second.id);
    });
    second.id = first.id;
    return { rule: 'duplicate goal id', code: 'duplicate_id', path: ['goals', 1, 'id'] };
  },
  'unknown field': (plan) => {
    (plan.goals?.[0] as Record<string, unknown> | undefined)!['colour'] = 'red';
    return { rule: 'unknown field', code: 'unknown_field', path: ['goals', 0, 'colour'] };
  },
  'name too long': (plan) => {
    plan.employee = { ...plan.employee, name: 'x'.repeat(LIMITS.labelLength + 1) };
    return { rule: 'name too long', code: 'too_big', path: ['employee', 'name'] };
  },
  'prototype key in metadata': (plan) => {
    plan.metadata = JSON.parse('{"__proto__": {"polluted": true}}') as Mutable['metadata'];
    return { rule: 'prototype key in metadata', code: 'forbidden_key', path: ['metadata', '__proto__'] };
  },
  'employee without id': (plan) => {
    const { id: _dropped, ...rest } = plan.employee;
    plan.employee = rest as Mutable['employee'];
    return { rule: 'employee without id', code: 'required', path: ['employee', 'id'] };
  },
  'currency metric without currency': (plan) => {
    const index = (plan.metrics ?? []).findIndex((metric) => metric.unit === 'currency');
    if (index < 0) return undefined;
    delete (plan.metrics![index] as { currency?: string }).currency;
    return { rule: 'currency metric without currency', code: 'currency_required', path: ['metrics', index, 'currency'] };
  },
  'ratio observation with a plain value': (plan) => {
    const metric = (plan.metrics ?? []).find((m) => m.aggregation === 'ratio');
    if (!metric) return undefined;
    const observations = (plan.observations ?? []) as unknown[];
    observations.push({ metricId: metric.id, date: plan.startDate, value: 0.2 });
    plan.observations = observations as Mutable['observations'];
    return { rule: 'ratio observation with a plain value', code: 'ratio_requires_parts', path: ['observations', observations.length - 1, 'value'] };
  },
  'not a number': (plan) => {
    (plan.goals?.[0] as Record<string, unknown> | undefined)!['baseline'] = 'five';
    return { rule: 'not a number', code: 'invalid_type', path: ['goals', 0, 'baseline'] };
  },
  'over-long metadata key': (plan) => {
    plan.metadata = { ['k'.repeat(LIMITS.keyLength + 1)]: 'x' };
    return { rule: 'over-long metadata key', code: 'key_too_long', path: ['metadata'] };
  },
  // The state against the records: each starts from a plan lived honestly to a state.
  'active, HR asked for changes after approving': (plan) => {
    live(plan, {});
    plan.reviews!.push({ by: 'hr-1', date: plan.reviews!.at(-1)!.date, decision: 'changes_requested', notes: 'Again.' });
    return { rule: 'active, HR asked for changes after approving', code: 'approval_missing', path: ['status'] };
  },
  'approval on a plan in review': (plan) => {
    live(plan, { reach: 'in_review' });
    plan.reviews!.push({ by: 'hr-1', date: plan.createdOn, decision: 'approved' });
    return { rule: 'approval on a plan in review', code: 'approval_unexpected', path: ['reviews', plan.reviews!.length - 1] };
  },
  'active without the employee acknowledgement': (plan) => {
    live(plan, {});
    plan.signatures = plan.signatures!.filter((signature) => signature.role !== 'employee');
    return { rule: 'active without the employee acknowledgement', code: 'acknowledgement_missing', path: ['status'] };
  },
  'closed without a closure': (plan) => {
    live(plan, { reach: 'closed' });
    delete plan.closure;
    return { rule: 'closed without a closure', code: 'closure_missing', path: ['status'] };
  },
  'closure on a plan in evaluation': (plan) => {
    live(plan, { reach: 'in_evaluation' });
    plan.closure = { outcome: 'successful', date: shiftDate(plan.startDate, 400), by: 'hr-1' };
    return { rule: 'closure on a plan in evaluation', code: 'closure_unexpected', path: ['closure'] };
  },
  'extended_then_closed, never extended': (plan) => {
    live(plan, { reach: 'closed' });
    plan.closure = { ...plan.closure!, outcome: 'extended_then_closed' };
    return { rule: 'extended_then_closed, never extended', code: 'closure_mismatch', path: ['closure', 'outcome'] };
  },
  'paused without an open pause': (plan) => {
    live(plan, { reach: 'paused' });
    const open = plan.pauses!.at(-1)!;
    plan.pauses![plan.pauses!.length - 1] = { ...open, end: shiftDate(open.start, 2) };
    return { rule: 'paused without an open pause', code: 'pause_mismatch', path: ['status'] };
  },
  'phase on a plan in evaluation': (plan) => {
    live(plan, { reach: 'in_evaluation' });
    plan.phase = 'measure_and_evaluate';
    return { rule: 'phase on a plan in evaluation', code: 'phase_mismatch', path: ['phase'] };
  },
  'monitoring on a closed plan': (plan) => {
    live(plan, { reach: 'closed' });
    plan.monitoring = { start: plan.closure!.date };
    return { rule: 'monitoring on a closed plan', code: 'monitoring_mismatch', path: ['monitoring'] };
  },
  // Records against the people, the revision, the dates and each other.
  'the manager is the employee': (plan) => {
    plan.manager = { ...plan.manager, id: plan.employee.id };
    return { rule: 'the manager is the employee', code: 'same_person', path: ['manager', 'id'] };
  },
  'employee signature by the manager': (plan) => {
    live(plan, { reach: 'awaiting_acknowledgement' });
    plan.signatures![1] = { ...plan.signatures![1]!, signerId: plan.manager.id };
    return { rule: 'employee signature by the manager', code: 'signer_mismatch', path: ['signatures', 1, 'signerId'] };
  },
  'the manager signs twice': (plan) => {
    live(plan, { reach: 'awaiting_acknowledgement', acknowledgements: 1 });
    plan.signatures!.push({ ...plan.signatures![0]! });
    return { rule: 'the manager signs twice', code: 'duplicate_signature', path: ['signatures', 1] };
  },
  'signature for a later revision': (plan) => {
    live(plan, { reach: 'awaiting_acknowledgement' });
    plan.signatures![0] = { ...plan.signatures![0]!, revision: 99 };
    return { rule: 'signature for a later revision', code: 'revision_ahead', path: ['signatures', 0, 'revision'] };
  },
  'amendments out of order': (plan) => {
    live(plan, { amendments: 2 });
    plan.amendments![1] = { ...plan.amendments![1]!, revision: 1 };
    return { rule: 'amendments out of order', code: 'revision_order', path: ['amendments', 1, 'revision'] };
  },
  'revision signed before its amendment': (plan) => {
    live(plan, { amendments: 1 });
    plan.signatures![2] = { ...plan.signatures![2]!, date: shiftDate(plan.amendments![0]!.date, -1) };
    return { rule: 'revision signed before its amendment', code: 'signature_before_revision', path: ['signatures', 2, 'date'] };
  },
  'signed before HR approved': (plan) => {
    live(plan, { reach: 'awaiting_acknowledgement', acknowledgements: 1 });
    plan.signatures![0] = { ...plan.signatures![0]!, date: shiftDate(plan.reviews!.at(-1)!.date, -1) };
    return { rule: 'signed before HR approved', code: 'record_before_approval', path: ['signatures', 0, 'date'] };
  },
  'signed after the close': (plan) => {
    live(plan, { reach: 'closed' });
    plan.signatures![0] = { ...plan.signatures![0]!, date: shiftDate(plan.closure!.date, 1) };
    return { rule: 'signed after the close', code: 'after_closure', path: ['signatures', 0, 'date'] };
  },
  'extension dates disagree with its days': (plan) => {
    live(plan, { reach: 'in_evaluation', extensionDays: 10 });
    const extension = plan.extensions![0]!;
    plan.extensions![0] = { ...extension, newEndDate: shiftDate(extension.newEndDate, 1) };
    return { rule: 'extension dates disagree with its days', code: 'extension_mismatch', path: ['extensions', 0, 'newEndDate'] };
  },
  'extension from a day that is not the end': (plan) => {
    live(plan, { reach: 'in_evaluation', extensionDays: 10 });
    const extension = plan.extensions![0]!;
    plan.extensions![0] = { ...extension, previousEndDate: shiftDate(extension.previousEndDate, -1), newEndDate: shiftDate(extension.newEndDate, -1) };
    return { rule: 'extension from a day that is not the end', code: 'extension_outside_plan', path: ['extensions', 0, 'previousEndDate'] };
  },
  'pause before the start': (plan) => {
    live(plan, { pauses: 1 });
    plan.pauses![0] = { ...plan.pauses![0]!, start: shiftDate(plan.startDate, -1) };
    return { rule: 'pause before the start', code: 'pause_outside_plan', path: ['pauses', 0, 'start'] };
  },
  'overlapping pauses': (plan) => {
    live(plan, { pauses: 2 });
    plan.pauses![1] = { ...plan.pauses![1]!, start: plan.pauses![0]!.end! };
    return { rule: 'overlapping pauses', code: 'pause_order', path: ['pauses', 1, 'start'] };
  },
  'log entry out of sequence': (plan) => {
    live(plan, {});
    plan.events = [entry(0, plan.startDate), entry(5, plan.startDate)];
    return { rule: 'log entry out of sequence', code: 'event_sequence', path: ['events', 1, 'seq'] };
  },
  'log running backwards': (plan) => {
    live(plan, {});
    plan.events = [entry(0, shiftDate(plan.startDate, 1)), entry(1, plan.startDate)];
    return { rule: 'log running backwards', code: 'event_order', path: ['events', 1, 'at'] };
  },
  'prototype key in a log entry': (plan) => {
    live(plan, {});
    plan.events = [entry(0, plan.startDate, JSON.parse('{"type": "advance", "__proto__": {"polluted": true}}') as Entry['command'])];
    return { rule: 'prototype key in a log entry', code: 'forbidden_key', path: ['events', 0, 'command', '__proto__'] };
  },
};

/** The names of the rules {@link brokenPlanArbitrary} can break. */
export const BROKEN_PLAN_RULES: readonly string[] = Object.keys(BREAKERS);

/**
 * A valid plan with exactly one rule broken, and the issue code and path a parse must report.
 * Use it to check that an integration surfaces validation issues rather than crashing.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(brokenPlanArbitrary(), ({ input, code, path }) => {
 *   const result = parsePlan(input);
 *   return !result.ok && result.issues.some((i) => i.code === code && i.path.join('.') === path.join('.'));
 * }));
 * ```
 */
export function brokenPlanArbitrary(options: PlanArbitraryOptions & { readonly rules?: readonly string[] } = {}): fc.Arbitrary<BrokenPlan> {
  const rules = options.rules ?? BROKEN_PLAN_RULES;
  return fc
    .tuple(planArbitrary(options), fc.constantFrom(...rules))
    .map(([plan, rule]): BrokenPlan | undefined => {
      const copy = clone(plan);
      const broken = BREAKERS[rule]?.(copy);
      return broken ? { ...broken, input: copy } : undefined;
    })
    .filter((value): value is BrokenPlan => value !== undefined);
}
