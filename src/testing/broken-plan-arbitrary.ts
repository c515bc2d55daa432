import fc from 'fast-check';
import { daysBetween, shiftDate } from '../dates/calendar.js';
import type { PlanIssueCode } from '../schema/codes.js';
import { LIMITS } from '../schema/limits.js';
import type { PlanInput } from '../schema/types.js';
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
