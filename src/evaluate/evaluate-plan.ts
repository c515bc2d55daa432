import { shiftDate, type CalendarDate } from '../dates/calendar.js';
import { dayNumberOf, dayOf, IndexBuffers, type ColumnIndex } from '../metrics/columns.js';
import type { Goal, GoalCategory, MetricDefinition, Observation, Plan } from '../schema/types.js';
import { planClock } from '../timeline/clock.js';
import { planEndDate } from '../timeline/end-date.js';
import { checkInEvidence, supportEvidence } from './evidence.js';
import { DayNames, PeriodGrids } from './day-names.js';
import { evaluateGoal, goalWindow, writtenGoalWindow, type GoalContext } from './goal.js';
import { issueMessage, warningMessage } from './messages.js';
import { clamp, round1, round4, shareOf, workingFlags, workingPerWeek } from './numbers.js';
import { IssueLog, indexForEvaluation } from './observations.js';
import { RepeatFilter } from './repeats.js';
import { EVALUATION_POLICY, type EvaluationPolicy, type EvaluationPolicyOverrides } from './policy.js';
import { readTriad } from './triad.js';
import type { CategorySubtotal, EvaluationIssue, EvaluationWarning, GoalEvaluation, PlanEvaluation, PlanScore } from './types.js';

/** Options of {@link evaluatePlan}. */
export interface EvaluatePlanOptions {
  /** The day the evaluation is made ("today"), `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** Overrides of {@link DEFAULT_EVALUATION_POLICY}. */
  readonly policy?: EvaluationPolicyOverrides;
}

const CATEGORY_ORDER: readonly GoalCategory[] = ['revenue', 'activity', 'skill', 'customer', 'conduct'];

/**
 * Whether the plan's clock runs: it has been activated. A draft, a plan in HR review, and one
 * approved but not yet acknowledged and activated are not running (nothing is due yet, no reading
 * is final); a plan awaiting the acknowledgement of an amendment made while it ran (it has a phase,
 * a `plan_activated` event, or records only a running plan takes) still runs, and so does a closed
 * plan, unless it was withdrawn before it ever ran.
 *
 * @internal
 */
export function planRunning(plan: Plan): boolean {
  const status = plan.status;
  if (status === 'draft' || status === 'in_review') return false;
  if (status !== 'awaiting_acknowledgement' && !(status === 'closed' && plan.closure?.outcome === 'withdrawn')) return true;
  return (
    plan.phase !== undefined ||
    plan.events.some((entry) => entry.command.type === 'activate' || entry.produced.some((event) => event.type === 'plan_activated')) ||
    plan.checkIns.length > 0 ||
    plan.supportDeliveries.length > 0
  );
}

/**
 * The day the evidence (check-ins and support due) is read at: `asOf` while the plan runs; before
 * activation, the day before its start, so nothing is due.
 *
 * @internal
 */
export function evidenceDay(plan: Plan, asOf: CalendarDate, running: boolean): CalendarDate {
  if (running) return asOf;
  const before = shiftDate(plan.startDate, -1);
  return asOf < before ? asOf : before;
}

/**
 * Check `asOf`; a wrong one is a programming error, not data.
 *
 * @internal
 */
export function requireAsOf(asOf: unknown): CalendarDate {
  // dayNumberOf is NaN exactly when isCalendarDate is false.
  if (Number.isNaN(dayNumberOf(asOf))) throw new RangeError(`asOf must be a calendar date written YYYY-MM-DD, not ${JSON.stringify(asOf)}`);
  return asOf as CalendarDate;
}

/**
 * Resolve the policy and log what had to be replaced by defaults (or ignored).
 *
 * @internal
 */
export function policyWithIssues(overrides: EvaluationPolicyOverrides | undefined, issues: IssueLog): EvaluationPolicy {
  const { policy, issues: problems } = EVALUATION_POLICY.resolve(overrides);
  for (const problem of problems) issues.add(problem);
  return policy;
}

/**
 * Evaluate every goal of a plan against an index built once, and read the plan as a whole.
 *
 * @internal
 */
export function evaluateWithIndex(
  plan: Plan,
  index: ColumnIndex,
  asOf: CalendarDate,
  policy: EvaluationPolicy,
  issues: IssueLog,
  memo: EvaluationMemo = memoFor(policy),
  warnings: EvaluationWarning[] = [],
): Omit<PlanEvaluation, 'issues'> & { readonly issues: EvaluationIssue[] } {
  const { names, grids, working } = memo;
  const planEnd = planEndDate(plan);
  const asOfDay = dayOf(asOf);
  const metrics = new Map<string, MetricDefinition>();
  for (const metric of plan.metrics) metrics.set(metric.id, metric);
  const ctx: GoalContext = { plan, planEnd, asOf, asOfDay, policy, index, working, workingPerWeek: memo.workingPerWeek, names, grids };

  // Weights: the goals' own (all or none), else equal; goals not started yet are left out.
  // Plain loops below, not flatMap and friends: this runs once per plan of a batch.
  let allWeighted = plan.goals.length > 0;
  const known: { readonly goal: Goal; readonly metric: MetricDefinition }[] = [];
  plan.goals.forEach((goal, i) => {
    if (goal.weight === undefined) allWeighted = false;
    const metric = metrics.get(goal.metricId);
    if (metric) {
      known.push({ goal, metric });
      windowWarning(goal, i, plan, planEnd, warnings);
    } else {
      issues.add({
        code: 'goal_metric_unknown',
        path: ['goals', i, 'metricId'],
        message: issueMessage('goal_metric_unknown', { goalId: goal.id, metricId: goal.metricId }),
      });
    }
  });
  const weighting: PlanScore['weighting'] = allWeighted ? 'goal_weights' : 'equal';
  const started = known.map(({ goal }) => dayOf(goalWindow(goal, plan, planEnd).start) <= asOfDay);
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  let weights = known.map(({ goal }, i) => (started[i] ? (allWeighted ? (goal.weight ?? 0) : 1) : 0));
  // Weights that add up to nothing (all zero): equal weights among the goals started.
  if (!(sum(weights) > 0)) weights = started.map((s) => (s ? 1 : 0));
  const total = sum(weights);
  const exact = weights.map((w) => (total > 0 ? (w * 100) / total : 0));

  const goals: readonly GoalEvaluation[] = Object.freeze(known.map(({ goal, metric }, i) => evaluateGoal(goal, metric, ctx, round4(exact[i]!))));

  // Score, per-category subtotals, progress, goals left out and observation coverage: one pass.
  let points = 0;
  let progressSum = 0;
  let elapsed = 0;
  let withData = 0;
  const excludedGoalIds: string[] = [];
  const byCategory = new Map<GoalCategory, { goalIds: string[]; weight: number; points: number }>();
  goals.forEach((g, i) => {
    const w = exact[i]!;
    const contribution = w * (g.attainmentClamped ?? 0);
    points += contribution;
    progressSum += w * (g.progress ?? 0);
    elapsed += g.coverage.elapsed;
    withData += g.coverage.withData;
    if (g.phase === 'not_started') excludedGoalIds.push(g.goalId);
    let entry = byCategory.get(g.category);
    if (!entry) {
      entry = { goalIds: [], weight: 0, points: 0 };
      byCategory.set(g.category, entry);
    }
    entry.goalIds.push(g.goalId);
    entry.weight += w;
    entry.points += contribution;
  });
  const categories: CategorySubtotal[] = [];
  for (const category of CATEGORY_ORDER) {
    const entry = byCategory.get(category);
    if (!entry) continue;
    categories.push(
      Object.freeze({
        category,
        goalIds: Object.freeze(entry.goalIds),
        weight: round4(entry.weight),
        attainment: entry.weight > 0 ? round4(entry.points / entry.weight) : null,
        points: round4(entry.points),
      }),
    );
  }
  // Parts are frozen as they are built; evaluateInRun freezes whatever is left (the issues).
  const score: PlanScore = Object.freeze({
    value: clamp(round1(points), 0, 100),
    weighting,
    categories: Object.freeze(categories),
    excludedGoalIds: Object.freeze(excludedGoalIds),
  });

  const progress = round4(progressSum / 100);

  const running = planRunning(plan);
  const evidenceAsOf = evidenceDay(plan, asOf, running);
  const clock = planClock(plan, evidenceAsOf);
  const checkIns = checkInEvidence(plan, evidenceAsOf, policy, names, clock);
  const support = supportEvidence(plan, evidenceAsOf, policy, names, clock);

  return {
    planId: plan.id,
    title: plan.title ?? null,
    employee: Object.freeze({ id: plan.employee.id, name: plan.employee.name, role: plan.employee.role }),
    manager: Object.freeze({ id: plan.manager.id, name: plan.manager.name }),
    asOf,
    startDate: plan.startDate,
    endDate: planEnd,
    running,
    final: running && asOf >= planEnd,
    extensionsGranted: plan.extensions.length,
    goals,
    score,
    progress,
    triad: readTriad(goals, policy),
    evidence: Object.freeze({
      checkIns,
      support,
      coverage: Object.freeze({ elapsed, withData, share: shareOf(withData, elapsed) }),
      commitmentShortfall: checkIns.shortfall || support.shortfall,
    }),
    issues: issues.done(),
    warnings: Object.freeze(warnings),
    policy,
  };
}

/**
 * Say so when a goal's window reaches outside the plan and was cut to it (see goalWindow).
 *
 * @internal
 */
export function windowWarning(goal: Goal, index: number, plan: Plan, planEnd: CalendarDate, warnings: EvaluationWarning[]): void {
  const written = writtenGoalWindow(goal, plan, planEnd);
  const evaluated = goalWindow(goal, plan, planEnd);
  if (evaluated.start === written.start && evaluated.end === written.end) return;
  const count = dayOf(written.end) - dayOf(written.start) - (dayOf(evaluated.end) - dayOf(evaluated.start));
  warnings.push(
    Object.freeze({
      code: 'window_clipped',
      path: Object.freeze(['goals', index, goal.window ? 'window' : 'deadline']),
      count,
      message: warningMessage('window_clipped', { count, goalId: goal.id, window: written, evaluated, plan: { start: plan.startDate, end: planEnd } }),
    }),
  );
}

/**
 * What every evaluation of a batch shares: the checked `asOf`, the resolved policy and the issues
 * its resolution raised (repeated in every result, as {@link evaluatePlan} reports them).
 *
 * @internal
 */
export interface EvaluationRun {
  readonly asOf: CalendarDate;
  readonly policy: EvaluationPolicy;
  readonly policyIssues: readonly EvaluationIssue[];
  /** Dates, period keys and windows' periods worked out once for the whole run (plans of an organisation share most of them). */
  readonly memo: EvaluationMemo;
  /** Indexing buffers reused from plan to plan. */
  readonly buffers: IndexBuffers;
}

/**
 * What one evaluation, or a batch of them under one policy, works out once.
 *
 * @internal
 */
export interface EvaluationMemo {
  readonly names: DayNames;
  readonly grids: PeriodGrids;
  readonly working: readonly boolean[];
  readonly workingPerWeek: number;
}

/**
 * A fresh memo for a policy.
 *
 * @internal
 */
export function memoFor(policy: EvaluationPolicy): EvaluationMemo {
  const names = new DayNames();
  const working = workingFlags(policy.workingDays);
  const perWeek = workingPerWeek(working);
  return { names, grids: new PeriodGrids(names, working, perWeek), working, workingPerWeek: perWeek };
}

/**
 * Check `asOf` and resolve the policy, once for any number of plans.
 *
 * @internal
 */
export function prepareEvaluation(options: EvaluatePlanOptions): EvaluationRun {
  const asOf = requireAsOf(options.asOf);
  const issues = new IssueLog(Number.MAX_SAFE_INTEGER);
  const policy = policyWithIssues(options.policy, issues);
  return { asOf, policy, policyIssues: issues.done(), memo: memoFor(policy), buffers: new IndexBuffers() };
}

/**
 * Evaluate one plan in a prepared run.
 *
 * @internal
 */
export function evaluateInRun(plan: Plan, observations: Iterable<Observation> | null | undefined, run: EvaluationRun): PlanEvaluation {
  const log = new IssueLog(run.policy.maxIssues);
  for (const issue of run.policyIssues) log.add(issue);
  const feed = observations ?? undefined;
  const repeats = new RepeatFilter(feed !== undefined);
  const index = indexForEvaluation(plan.metrics, plan.observations, feed, log, run.buffers, repeats);
  const result = evaluateWithIndex(plan, index, run.asOf, run.policy, log, run.memo, repeats.warnings());
  // Every other part is frozen as it is built: only the issues (each with its path) are left, then the result itself.
  for (const issue of result.issues) {
    Object.freeze(issue.path);
    Object.freeze(issue);
  }
  Object.freeze(result.issues);
  return Object.freeze(result) as PlanEvaluation;
}

/**
 * Evaluate a plan at `asOf`: every goal (observed value, attainment, met, trend, projection,
 * status, sustainment, skill level), the skill / behavior / outcome triad, the weighted score
 * with per-category subtotals, and the evidence (check-ins, support, observation coverage).
 *
 * Observations are the plan's own (`plan.observations`) plus an optional separate feed (any
 * iterable, read once and indexed, never copied into the plan). Observations of unknown metrics
 * or of the wrong shape are reported in `issues` and left out. The result is deeply frozen and
 * JSON-serialisable; the same inputs give the same result in every time zone.
 * To evaluate many plans, {@link evaluatePlans} streams them and resolves the policy once.
 *
 * @throws RangeError when `asOf` is not a calendar date (a programming error).
 * @example
 * ```ts
 * const evaluation = evaluatePlan(plan, crmFeed, { asOf: '2026-04-06' });
 * evaluation.score.value; // => 72.5
 * evaluation.goals[0].status; // => "met"
 * evaluation.triad.code; // => "improving_lagging_results"
 * ```
 */
export function evaluatePlan(plan: Plan, observations: Iterable<Observation> | null | undefined, options: EvaluatePlanOptions): PlanEvaluation {
  return evaluateInRun(plan, observations, prepareEvaluation(options));
}
