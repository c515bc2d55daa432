import type { CalendarDate } from '../dates/calendar.js';
import type { GoalCategory, Observation, Plan } from '../schema/types.js';
import type {
  EvaluationIssueCode,
  EvaluationWarningCode,
  GoalStatus,
  ReasonCode,
  RecommendedOutcome,
  TrendDirection,
  TriadCode,
} from './codes.js';
import { evaluateOnce, indexAndEvaluate, prepareEvaluation, type EvaluatePlanOptions, type EvaluationRun } from './evaluate-plan.js';
import { evaluateEach, evaluateEachAsync, type EvaluatePlansAsyncOptions, type EvaluatePlansOptions } from './evaluate-plans.js';
import { decideOutcome } from './recommend.js';
import type { GoalEvaluation, PlanEvaluation } from './types.js';

/**
 * The figures of one goal: what a dashboard shows of it, each exactly the value of the same name
 * in its {@link GoalEvaluation} (`sustained`, `trend` and `coverage` read one field further in).
 * Left out, as derived or as the plan's own: `met` (`status === 'met'`), `attainmentClamped`
 * (`attainment` clamped to [0, 1]), `phase` (`not_started` shows in `status`), the goal's baseline
 * and target, and everything explanatory (observed values, periods, trend slope, projection,
 * status note): those are in {@link evaluatePlan}'s result.
 */
export interface GoalFigures {
  readonly goalId: string;
  readonly category: GoalCategory;
  readonly required: boolean;
  /** Share of the plan score (0-100); 0 when not started. */
  readonly weight: number;
  readonly status: GoalStatus;
  /** (observed - baseline) / (target - baseline), unclamped, 4 places; null without data. */
  readonly attainment: number | null;
  /** The goal's progress, clamped to [-1, 1]. */
  readonly progress: number | null;
  /** `sustainment.sustained`; null for window totals and goals not started. */
  readonly sustained: boolean | null;
  /** `trend.direction`; null without enough points for a trend. */
  readonly trend: TrendDirection | null;
  /** `coverage.share`: periods with data against periods elapsed. */
  readonly coverage: number | null;
}

/**
 * The figures of a plan's evaluation: its score, progress, triad, recommended outcome with its
 * reason codes, evidence shares and per-goal figures, without the sentences (status notes, reason
 * and issue messages), period readings, the check-in log and the support ledger. Deeply frozen and
 * JSON-serialisable; {@link figuresOf} gives the same figures, byte for byte, from a full
 * {@link PlanEvaluation}.
 */
export interface PlanFigures {
  readonly planId: string;
  readonly employeeId: string;
  readonly managerId: string;
  readonly asOf: CalendarDate;
  readonly endDate: CalendarDate;
  readonly running: boolean;
  /** The plan runs and `asOf` is on or after its end date. */
  readonly final: boolean;
  /** The plan score, 0-100, one decimal (`score.value`). */
  readonly score: number;
  /** Weighted mean progress of the started goals. */
  readonly progress: number;
  readonly triad: TriadCode;
  /** {@link recommendOutcome} of the evaluation (its own policy): the outcome... */
  readonly outcome: RecommendedOutcome;
  /** ...and its reasons' codes, in order. */
  readonly reasons: readonly ReasonCode[];
  /** `evidence.coverage.share`. */
  readonly coverage: number | null;
  /** `evidence.checkIns.heldShare`. */
  readonly checkInsHeldShare: number | null;
  /** `evidence.support.deliveredShare`. */
  readonly supportDeliveredShare: number | null;
  readonly commitmentShortfall: boolean;
  readonly goals: readonly GoalFigures[];
  /** The issues' codes, in order (the messages and paths are in the full evaluation). */
  readonly issues: readonly EvaluationIssueCode[];
  /** The warnings' codes, in order. */
  readonly warnings: readonly EvaluationWarningCode[];
}

const NONE: readonly never[] = Object.freeze([]);

/** The codes of a list, frozen (the shared empty list when there are none). */
function codesOf<C>(items: readonly { readonly code: C }[]): readonly C[] {
  if (items.length === 0) return NONE;
  const codes: C[] = [];
  for (const item of items) codes.push(item.code);
  return Object.freeze(codes);
}

function goalFigures(g: GoalEvaluation): GoalFigures {
  return Object.freeze({
    goalId: g.goalId,
    category: g.category,
    required: g.required,
    weight: g.weight,
    status: g.status,
    attainment: g.attainment,
    progress: g.progress,
    sustained: g.sustainment?.sustained ?? null,
    trend: g.trend?.direction ?? null,
    coverage: g.coverage.share,
  });
}

/**
 * The one projection both paths use: a full evaluation ({@link figuresOf}) or the figures-only one
 * (figuresInRun), so the figures are the same byte for byte.
 */
function project(evaluation: PlanEvaluation): PlanFigures {
  // recommendOutcome's decision under the evaluation's own (resolved) policy, without its words:
  // the reasons' codes, no sentence built.
  const recommendation = decideOutcome(evaluation, evaluation.policy);
  const { evidence } = evaluation;
  const goals: GoalFigures[] = [];
  for (const goal of evaluation.goals) goals.push(goalFigures(goal));
  return Object.freeze({
    planId: evaluation.planId,
    employeeId: evaluation.employee.id,
    managerId: evaluation.manager.id,
    asOf: evaluation.asOf,
    endDate: evaluation.endDate,
    running: evaluation.running,
    final: evaluation.final,
    score: evaluation.score.value,
    progress: evaluation.progress,
    triad: evaluation.triad.code,
    outcome: recommendation.outcome,
    reasons: codesOf(recommendation.drafts),
    coverage: evidence.coverage.share,
    checkInsHeldShare: evidence.checkIns.heldShare,
    supportDeliveredShare: evidence.support.deliveredShare,
    commitmentShortfall: evidence.commitmentShortfall,
    goals: goals.length > 0 ? Object.freeze(goals) : NONE,
    issues: codesOf(evaluation.issues),
    warnings: codesOf(evaluation.warnings),
  });
}

/**
 * The figures of a full evaluation: what {@link evaluatePlanFigures} gives for the same plan,
 * observations and options, byte for byte. The recommendation is {@link recommendOutcome} of the
 * evaluation under its own policy.
 *
 * @example
 * ```ts
 * const evaluation = evaluatePlan(plan, crmFeed, { asOf: '2026-04-06' });
 * const figures = figuresOf(evaluation);
 * figures.score; // => 72.5, as evaluation.score.value
 * figures.goals[0].status; // => "met", as evaluation.goals[0].status
 * JSON.stringify(figures) === JSON.stringify(evaluatePlanFigures(plan, crmFeed, { asOf: '2026-04-06' })); // => true
 * ```
 */
export function figuresOf(evaluation: PlanEvaluation): PlanFigures {
  return project(evaluation);
}

/**
 * Evaluate one plan for its figures in a prepared run: no status notes, period readings, check-in
 * log or support ledger are built or kept.
 *
 * @internal
 */
export function figuresInRun(plan: Plan, observations: Iterable<Observation> | null | undefined, run: EvaluationRun): PlanFigures {
  // The figures-only evaluation is never returned: it is read once here and left to the collector.
  return project(indexAndEvaluate(plan, observations, run, true) as PlanEvaluation);
}

/**
 * Evaluate a plan at `asOf` for its figures only: what a dashboard keeps (score, progress, triad,
 * recommended outcome and reason codes, evidence shares, and per goal its status, attainment,
 * progress, share of the score, trend direction and coverage), without the sentences, period
 * readings, check-in log and support ledger of {@link evaluatePlan}, which are not even built.
 * The figures equal `figuresOf(evaluatePlan(plan, observations, options))` byte for byte.
 *
 * The explanation is computed on demand: for the one plan a reader opens, call
 * {@link evaluatePlan} with the same plan, observations and options; nothing is cached between
 * the two calls.
 *
 * @throws RangeError when `asOf` is not a calendar date, or a holiday is not one (programming errors).
 * @example
 * ```ts
 * const figures = evaluatePlanFigures(plan, crmFeed, { asOf: '2026-04-06' });
 * figures.score; // => 72.5
 * figures.outcome; // => "extend"
 * figures.goals[0]; // => { goalId: "g-revenue", category: "revenue", required: true, weight: 40, status: "met", attainment: 1.12, progress: 1, sustained: null, trend: "improving", coverage: 1 }
 * const explained = evaluatePlan(plan, crmFeed, { asOf: '2026-04-06' }); // later, when a reader opens the plan
 * ```
 */
export function evaluatePlanFigures(plan: Plan, observations: Iterable<Observation> | null | undefined, options: EvaluatePlanOptions): PlanFigures {
  return evaluateOnce(plan, observations, options, figuresInRun);
}

/**
 * {@link evaluatePlans} for figures only: a generator of {@link PlanFigures}, one per plan as it is
 * asked for, each equal to {@link evaluatePlanFigures} for that plan. An organisation's figures
 * fit in memory where its full evaluations would not (docs/performance.md).
 *
 * @throws RangeError at once when `asOf` is not a calendar date.
 * @example
 * ```ts
 * const board = [...evaluatePlansFigures(activePlans(), { asOf: '2026-04-06' })];
 * board.filter((f) => f.outcome === 'not_met').map((f) => f.planId); // => ["pip-0042", ...]
 * ```
 */
export function evaluatePlansFigures(plans: Iterable<Plan>, options: EvaluatePlansOptions): Generator<PlanFigures, void, undefined> {
  return evaluateEach(plans, prepareEvaluation(options), options.observationsFor, figuresInRun);
}

/**
 * The asynchronous twin of {@link evaluatePlansFigures}: plans from an asynchronous source, the
 * feed of each plan possibly a promise.
 *
 * @throws RangeError at once when `asOf` is not a calendar date.
 * @example
 * ```ts
 * for await (const figures of evaluatePlansFiguresAsync(cursor, { asOf: '2026-04-06', observationsFor: (plan) => crm.fetchFeed(plan.id) })) {
 *   await board.upsert(figures.planId, figures); // => one row per plan
 * }
 * ```
 */
export function evaluatePlansFiguresAsync(plans: AsyncIterable<Plan> | Iterable<Plan>, options: EvaluatePlansAsyncOptions): AsyncGenerator<PlanFigures, void, undefined> {
  return evaluateEachAsync(plans, prepareEvaluation(options), options.observationsFor, figuresInRun);
}
