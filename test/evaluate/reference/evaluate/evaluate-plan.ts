import { freeze } from 'immer';
import { isCalendarDate, toDayNumber, type CalendarDate } from '../../../../src/dates/calendar.js';
import type { ObservationIndex } from '../metrics/aggregate.js';
import type { GoalCategory, MetricDefinition, Observation, Plan } from '../../../../src/schema/types.js';
import { planEndDate } from '../timeline/end-date.js';
import { checkInEvidence, supportEvidence } from './evidence.js';
import { evaluateGoal, goalWindow, type GoalContext } from './goal.js';
import { issueMessage } from './messages.js';
import { clamp, round1, round4, shareOf, workingFlags } from './numbers.js';
import { IssueLog, indexFittingObservations } from './observations.js';
import { EVALUATION_POLICY, type EvaluationPolicy, type EvaluationPolicyOverrides } from '../../../../src/evaluate/policy.js';
import { evidenceDay, planRunning, windowWarning } from '../../../../src/evaluate/evaluate-plan.js';
import { RepeatFilter } from '../../../../src/evaluate/repeats.js';
import { readTriad } from './triad.js';
import type { CategorySubtotal, EvaluationIssue, EvaluationWarning, GoalEvaluation, PlanEvaluation, PlanScore } from '../../../../src/evaluate/types.js';

/** Options of {@link evaluatePlan}. */
export interface EvaluatePlanOptions {
  /** The day the evaluation is made ("today"), `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** Overrides of {@link DEFAULT_EVALUATION_POLICY}. */
  readonly policy?: EvaluationPolicyOverrides;
}

/**
 * The reference's result: a {@link PlanEvaluation} without `evidence.calendar` (issue 19: paused
 * days and holidays, which the reference does not know; reference.test.ts compares plans without
 * either and checks that src's calendar is empty for them).
 */
export type ReferenceEvaluation = Omit<PlanEvaluation, 'evidence'> & { readonly evidence: Omit<PlanEvaluation['evidence'], 'calendar'> };

const CATEGORY_ORDER: readonly GoalCategory[] = ['revenue', 'activity', 'skill', 'customer', 'conduct'];

/**
 * Check `asOf`; a wrong one is a programming error, not data.
 *
 * @internal
 */
export function requireAsOf(asOf: unknown): CalendarDate {
  if (!isCalendarDate(asOf)) throw new RangeError(`asOf must be a calendar date written YYYY-MM-DD, not ${JSON.stringify(asOf)}`);
  return asOf;
}

/**
 * Resolve the policy and log what had to be replaced by defaults.
 *
 * @internal
 */
export function policyWithIssues(overrides: EvaluationPolicyOverrides | undefined, issues: IssueLog): EvaluationPolicy {
  // (issue 13: policies are checked by src/policy's definePolicy)
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
  index: ObservationIndex,
  asOf: CalendarDate,
  policy: EvaluationPolicy,
  issues: IssueLog,
  warnings: EvaluationWarning[] = [],
): Omit<ReferenceEvaluation, 'issues'> & { readonly issues: EvaluationIssue[] } {
  const planEnd = planEndDate(plan);
  const asOfDay = toDayNumber(asOf);
  const metrics = new Map<string, MetricDefinition>(plan.metrics.map((m) => [m.id, m]));
  const ctx: GoalContext = { plan, planEnd, asOf, asOfDay, policy, index, working: workingFlags(policy.workingDays) };

  // Weights: the goals' own (all or none), else equal; goals not started yet are left out.
  const weighting: PlanScore['weighting'] = plan.goals.length > 0 && plan.goals.every((g) => g.weight !== undefined) ? 'goal_weights' : 'equal';
  const known = plan.goals.flatMap((goal, i) => {
    const metric = metrics.get(goal.metricId);
    if (metric) {
      windowWarning(goal, i, plan, planEnd, warnings);
      return [{ goal, metric }];
    }
    issues.add({
      code: 'goal_metric_unknown',
      path: ['goals', i, 'metricId'],
      message: issueMessage('goal_metric_unknown', { goalId: goal.id, metricId: goal.metricId }),
    });
    return [];
  });
  const started = known.map(({ goal }) => toDayNumber(goalWindow(goal, plan, planEnd).start) <= asOfDay);
  const rawWeight = known.map(({ goal }, i) => (started[i] ? (weighting === 'goal_weights' ? (goal.weight ?? 0) : 1) : 0));
  let total = rawWeight.reduce((a, b) => a + b, 0);
  const weights = total > 0 ? rawWeight : known.map((_, i) => (started[i] ? 1 : 0));
  total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total > 0 ? (w * 100) / total : 0));

  const goals: GoalEvaluation[] = known.map(({ goal, metric }, i) => evaluateGoal(goal, metric, ctx, round4(exact[i]!)));

  // Score and per-category subtotals.
  let points = 0;
  const byCategory = new Map<GoalCategory, { goalIds: string[]; weight: number; points: number; attained: number; measuredWeight: number }>();
  goals.forEach((g, i) => {
    const w = exact[i]!;
    const contribution = w * (g.attainmentClamped ?? 0);
    points += contribution;
    let entry = byCategory.get(g.category);
    if (!entry) {
      entry = { goalIds: [], weight: 0, points: 0, attained: 0, measuredWeight: 0 };
      byCategory.set(g.category, entry);
    }
    entry.goalIds.push(g.goalId);
    entry.weight += w;
    entry.points += contribution;
  });
  const categories: CategorySubtotal[] = CATEGORY_ORDER.flatMap((category) => {
    const entry = byCategory.get(category);
    if (!entry) return [];
    return [
      {
        category,
        goalIds: entry.goalIds,
        weight: round4(entry.weight),
        attainment: entry.weight > 0 ? round4(entry.points / entry.weight) : null,
        points: round4(entry.points),
      },
    ];
  });
  const score: PlanScore = {
    value: clamp(round1(points), 0, 100),
    weighting,
    categories,
    excludedGoalIds: goals.filter((g) => g.phase === 'not_started').map((g) => g.goalId),
  };

  let progressSum = 0;
  goals.forEach((g, i) => {
    progressSum += exact[i]! * (g.progress ?? 0);
  });
  const progress = round4(progressSum / 100);

  // Issue 16: before activation nothing is due and no reading is final (src's rule).
  const running = planRunning(plan);
  const evidenceAsOf = evidenceDay(plan, asOf, running);
  const checkIns = checkInEvidence(plan, evidenceAsOf, policy);
  const support = supportEvidence(plan, evidenceAsOf, policy);
  const elapsed = goals.reduce((n, g) => n + g.coverage.elapsed, 0);
  const withData = goals.reduce((n, g) => n + g.coverage.withData, 0);

  return {
    planId: plan.id,
    title: plan.title ?? null,
    employee: { id: plan.employee.id, name: plan.employee.name, role: plan.employee.role },
    manager: { id: plan.manager.id, name: plan.manager.name },
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
    evidence: {
      checkIns,
      support,
      coverage: { elapsed, withData, share: shareOf(withData, elapsed) },
      commitmentShortfall: checkIns.shortfall || support.shortfall,
    },
    issues: issues.done(),
    warnings,
    policy,
  };
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
export function evaluatePlan(plan: Plan, observations: Iterable<Observation> | null | undefined, options: EvaluatePlanOptions): ReferenceEvaluation {
  const asOf = requireAsOf(options.asOf);
  const issues = new IssueLog(Number.MAX_SAFE_INTEGER);
  const policy = policyWithIssues(options.policy, issues);
  const log = new IssueLog(policy.maxIssues);
  for (const issue of issues.done()) log.add(issue);
  const feed = observations ?? undefined;
  const repeats = new RepeatFilter(feed !== undefined);
  const index = indexFittingObservations(plan.metrics, plan.observations, feed, log, ['feed'], repeats);
  return freeze(evaluateWithIndex(plan, index, asOf, policy, log, repeats.warnings()), true) as ReferenceEvaluation;
}
