import { isCalendarDate, shiftDate, type CalendarDate } from '../dates/calendar.js';
import { makeIssue, typeCode, type PlanIssue } from '../schema/issues.js';
import { quote } from '../schema/messages.js';
import { parsePlan, type PlanParseResult } from '../schema/parse.js';
import type { JsonObject } from '../schema/primitives.js';
import type { CoachingConversation, Diagnostic, Employee, Gap, Goal, PlanInput, Person, SupportCommitment } from '../schema/types.js';
import type { GoalTemplate, MetricTemplate, RoleTemplate, SupportOwner } from './role-template.js';

/** One rep to put on a plan made from a template. */
export interface TemplateAssignment {
  /** The rep. `role` defaults to the template's role. */
  readonly employee: Omit<Employee, 'role'> & { readonly role?: string };
  /** The rep's current value for each of the template's metrics (ids as in the template), in the metric's unit. */
  readonly current: Readonly<Record<string, number>>;
  /** The plan id (default `<template id>-<employee id>`). */
  readonly planId?: string;
  /** Targets that differ from the template's, by goal id. */
  readonly targets?: Readonly<Record<string, number>>;
  /** Evidence for each gap, by metric id (CRM reports, call reviews). */
  readonly evidence?: Readonly<Record<string, readonly string[]>>;
  /** The span the current values cover (default: the 90 days before the start). */
  readonly period?: { readonly start: CalendarDate; readonly end: CalendarDate };
  readonly diagnostic?: Diagnostic;
  readonly priorCoaching?: readonly CoachingConversation[];
  readonly purpose?: string;
  readonly manager?: Person;
  readonly hrPartner?: Person;
  readonly startDate?: CalendarDate;
  readonly createdOn?: CalendarDate;
  readonly title?: string;
  readonly metadata?: JsonObject;
}

/** What every rep of a bulk assignment shares, unless their assignment says otherwise. */
export interface TemplateDefaults {
  readonly manager?: Person;
  readonly hrPartner?: Person;
  readonly startDate?: CalendarDate;
  /** The day the plans are written (default: the start date). */
  readonly createdOn?: CalendarDate;
  /** The plans' display title ("Growth Plan"). */
  readonly title?: string;
}

/** The plan made for one rep: which rep, and the parse result (the plan, or every issue). */
export interface TemplatePlanResult {
  /** The assignment's position in the list. */
  readonly index: number;
  /** The rep's id, when the assignment names one. */
  readonly employeeId: string | undefined;
  /** The plan, valid under `parsePlan`, or the issues. Paths starting with `assignment` point into the assignment. */
  readonly result: PlanParseResult;
}

const fail = (issues: readonly PlanIssue[]): PlanParseResult => Object.freeze({ ok: false as const, issues: Object.freeze([...issues]) });

function ownerId(owner: SupportOwner, manager: Person | undefined, hrPartner: Person | undefined): string | undefined {
  if ('id' in owner) return owner.id;
  return owner.role === 'manager' ? manager?.id : hrPartner?.id;
}

function fallsShort(metric: MetricTemplate, current: number): boolean {
  return metric.direction === 'lower_is_better' ? current > metric.standard : current < metric.standard;
}

/**
 * Weights rescaled to add up to exactly 100 after some goals were left out: whole hundredths,
 * the rounding remainder given to the largest weight. Undefined when the goals carry no weights.
 */
function rescaledWeights(weights: readonly (number | undefined)[]): number[] | undefined {
  if (weights.length === 0 || weights.some((w) => w === undefined)) return undefined;
  const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  if (total <= 0) return undefined;
  const hundredths = weights.map((w) => Math.round(((w ?? 0) * 10_000) / total));
  const largest = hundredths.indexOf(Math.max(...hundredths));
  hundredths[largest] = (hundredths[largest] ?? 0) + 10_000 - hundredths.reduce((sum, h) => sum + h, 0);
  return hundredths.map((h) => h / 100);
}

/** Problems with the assignment itself, found before the plan is built. */
function assignmentIssues(template: RoleTemplate, assignment: TemplateAssignment, defaults: TemplateDefaults): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const start: unknown = assignment.startDate ?? defaults.startDate;
  if (start === undefined) issues.push(makeIssue('required', ['assignment', 'startDate'], { expected: 'assignment_or_defaults' }, 'assignment'));
  else if (!isCalendarDate(start)) issues.push(makeIssue('invalid_date', ['assignment', 'startDate'], { received: JSON.stringify(start) }, 'assignment'));
  const current: Readonly<Record<string, unknown>> = assignment.current ?? {};
  const used = new Set(template.goals.map((goal) => goal.metricId));
  for (const metric of template.metrics) {
    if (!used.has(metric.id)) continue;
    const value = Object.hasOwn(current, metric.id) ? current[metric.id] : undefined;
    if (value === undefined) {
      issues.push(makeIssue('required', ['assignment', 'current', metric.id], { expected: 'current_value', value: metric.name }, 'assignment'));
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(makeIssue('invalid_type', ['assignment', 'current', metric.id], { expected: 'number', received: typeCode(value) }, 'assignment'));
    }
  }
  const goalIds = new Set(template.goals.map((goal) => goal.id));
  for (const id of Object.keys(assignment.targets ?? {})) {
    if (!goalIds.has(id)) {
      issues.push(makeIssue('unknown_reference', ['assignment', 'targets', id], { value: id, problem: { kind: 'not_a_template_goal' } }, 'assignment'));
    }
  }
  return issues;
}

function goalFor(template: RoleTemplate, goal: GoalTemplate, start: CalendarDate, end: CalendarDate, target: number, gapIds: readonly string[], baseline: number): Goal {
  const windowEnd = goal.windowDays !== undefined ? shiftDate(start, Math.min(goal.windowDays, template.durationDays) - 1) : end;
  return {
    id: goal.id,
    title: goal.title,
    ...(goal.description !== undefined ? { description: goal.description } : {}),
    category: goal.category,
    metricId: goal.metricId,
    gapIds: [...gapIds],
    baseline,
    target,
    basis: goal.basis,
    ...(goal.comparator !== undefined ? { comparator: goal.comparator } : {}),
    window: { start, end: windowEnd },
    ...(goal.weight !== undefined ? { weight: goal.weight } : {}),
    ...(goal.required !== undefined ? { required: goal.required } : {}),
    ...(goal.milestones && goal.milestones.length > 0
      ? { milestones: goal.milestones.map((m) => ({ date: shiftDate(start, m.day - 1), target: m.target, ...(m.label !== undefined ? { label: m.label } : {}) })) }
      : {}),
  };
}

/** Build the plan document (unchecked) for one rep. */
function planInput(template: RoleTemplate, assignment: TemplateAssignment, defaults: TemplateDefaults): PlanInput {
  const manager = assignment.manager ?? defaults.manager;
  const hrPartner = assignment.hrPartner ?? defaults.hrPartner;
  const start = (assignment.startDate ?? defaults.startDate) as CalendarDate;
  const end = shiftDate(start, template.durationDays - 1);
  const period = assignment.period ?? { start: shiftDate(start, -90), end: shiftDate(start, -1) };
  const metricsById = new Map(template.metrics.map((metric) => [metric.id, metric]));

  const gaps: Gap[] = [];
  for (const metric of template.metrics) {
    const current = assignment.current?.[metric.id];
    if (current === undefined || !fallsShort(metric, current)) continue;
    const evidence = assignment.evidence?.[metric.id];
    gaps.push({
      id: `gap-${metric.id.replace(/^m-/, '')}`,
      metricId: metric.id,
      current,
      standard: metric.standard,
      standardSource: metric.standardSource,
      period,
      ...(evidence && evidence.length > 0 ? { evidence: [...evidence] } : {}),
    });
  }
  const gapByMetric = new Map(gaps.map((gap) => [gap.metricId, gap.id]));
  // A goal must close a gap: where the rep already meets the role's standard there is no gap,
  // so the template's goal for it is left out and the other goals' weights are rescaled.
  const kept = template.goals.filter((goal) => gapByMetric.has(goal.metricId));
  const keptIds = new Set(kept.map((goal) => goal.id));
  const weights = rescaledWeights(kept.map((goal) => goal.weight));
  const goals = kept.map((goal, i) => {
    const baseline = assignment.current[goal.metricId] ?? metricsById.get(goal.metricId)?.standard ?? 0;
    const gapId = gapByMetric.get(goal.metricId);
    const weight = weights?.[i];
    const weighted = weight === undefined ? goal : { ...goal, weight };
    return goalFor(template, weighted, start, end, assignment.targets?.[goal.id] ?? goal.target, gapId ? [gapId] : [], baseline);
  });
  const support: SupportCommitment[] = template.support.map((s) => {
    const owner = ownerId(s.owner, manager, hrPartner);
    return {
      id: s.id,
      kind: s.kind,
      description: s.description,
      ...(owner !== undefined ? { owner } : {}),
      ...(s.cadence ? { cadence: { ...s.cadence } } : {}),
      ...(s.dueDays && s.dueDays.length > 0 ? { dueDates: s.dueDays.map((day) => shiftDate(start, day - 1)) } : {}),
      goalIds: s.goalIds.filter((id) => keptIds.has(id)),
    };
  });
  const { role, ...employee } = assignment.employee;
  const title = assignment.title ?? defaults.title;
  return {
    schemaVersion: 1,
    id: assignment.planId ?? `${template.id}-${assignment.employee.id}`,
    ...(title !== undefined ? { title } : {}),
    employee: { ...employee, role: role ?? template.role },
    ...(manager !== undefined ? { manager } : {}),
    ...(hrPartner !== undefined ? { hrPartner } : {}),
    purpose: assignment.purpose ?? template.purpose,
    createdOn: assignment.createdOn ?? defaults.createdOn ?? start,
    startDate: start,
    durationDays: template.durationDays,
    ...(template.salesCycleDays !== undefined ? { salesCycleDays: template.salesCycleDays } : {}),
    priorCoaching: [...(assignment.priorCoaching ?? [])],
    ...(assignment.diagnostic !== undefined ? { diagnostic: assignment.diagnostic } : {}),
    metrics: template.metrics.map(({ standard: _standard, standardSource: _source, ...metric }) => metric),
    gaps,
    goals,
    development: template.development
      .map((entry) => ({ ...entry, goalIds: entry.goalIds.filter((id) => keptIds.has(id)) }))
      .filter((entry) => entry.goalIds.length > 0),
    support,
    checkInSchedule: { ...template.checkInSchedule },
    outcomes: { ...template.outcomes },
    metadata: { ...assignment.metadata, roleTemplate: template.id },
  } as PlanInput;
}

/**
 * Make a plan for one rep from a role template: the template's metrics, goals (the rep's
 * current values as baselines, gaps where they fall short of the role's standard), development,
 * support (owned by the rep's manager where the template says so), check-ins and outcomes.
 * Never throws: returns the parsed plan or every issue (a missing current value is a `required`
 * issue at `assignment.current.<metric id>`). The template and assignment are not changed.
 *
 * @example
 * ```ts
 * const result = planFromTemplate(SDR_TEMPLATE, {
 *   employee: { id: 'emp-7', name: 'Sam Okafor' },
 *   current: { 'm-calls': 22, 'm-demos': 2, 'm-sqos': 4, 'm-cold-call': 2, 'm-crm-hygiene': 60 },
 * }, { manager: { id: 'mgr-1', name: 'Dana Whitfield' }, startDate: '2026-03-02' });
 * result.ok && result.plan.goals[0].title; // => "Make 40 outbound calls per week"
 * ```
 */
export function planFromTemplate(template: RoleTemplate, assignment: TemplateAssignment, defaults: TemplateDefaults = {}): PlanParseResult {
  try {
    const issues = assignmentIssues(template, assignment, defaults);
    if (issues.length > 0) return fail(issues);
    return parsePlan(planInput(template, assignment, defaults));
  } catch (error) {
    // An assignment that is not the shape it claims (a host bug): report it, never crash the host.
    const detail = error instanceof Error ? error.message : String(error);
    return fail([makeIssue('invalid_type', ['assignment'], { expected: 'template_assignment', received: 'unreadable', detail }, 'assignment')]);
  }
}

/**
 * Bulk goal assignment: make plans for several reps from one template, with shared defaults
 * (manager, HR partner, start date). Returns one result per assignment, in order; never throws.
 * A second assignment for the same plan id gets a `duplicate_id` issue.
 *
 * @example
 * ```ts
 * const results = plansFromTemplate(ACCOUNT_EXECUTIVE_TEMPLATE, reps, { manager, hrPartner, startDate: '2026-03-02' });
 * results.filter((r) => r.result.ok).length; // => reps.length when every rep's figures are given
 * ```
 */
export function plansFromTemplate(
  template: RoleTemplate,
  assignments: readonly TemplateAssignment[],
  defaults: TemplateDefaults = {},
): readonly TemplatePlanResult[] {
  const seen = new Set<string>();
  return Object.freeze(
    assignments.map((assignment, index) => {
      const employeeId = typeof assignment?.employee?.id === 'string' ? assignment.employee.id : undefined;
      let result = planFromTemplate(template, assignment, defaults);
      if (result.ok) {
        if (seen.has(result.plan.id)) {
          result = fail([makeIssue('duplicate_id', ['assignment', 'planId'], { value: quote(result.plan.id) }, 'assignment')]);
        } else seen.add(result.plan.id);
      }
      return Object.freeze({ index, employeeId, result });
    }),
  );
}
