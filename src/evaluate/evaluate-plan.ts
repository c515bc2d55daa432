import { dateText as dateOf, dayOf, shiftDate, type CalendarDate } from '../dates/calendar.js';
import { IndexBuffers, type ColumnIndex } from '../metrics/columns.js';
import type { Goal, GoalCategory, MetricDefinition, Observation, Plan } from '../schema/types.js';
import { planClock, type PlanClock } from '../timeline/clock.js';
import { requireHolidays } from '../timeline/holidays.js';
import type { Holiday } from '../timeline/policy.js';
import type { WorkCalendar } from './calendar.js';
import { checkInEvidence, supportEvidence } from './evidence.js';
import type { DayNames } from './day-names.js';
import { evaluateGoal, goalWindow, movedGoalWindow, writtenGoalWindow, type GoalContext } from './goal.js';
import { evaluationIssue, evaluationWarning } from './messages.js';
import { clamp, round1, round4, shareOf } from './numbers.js';
import { IssueLog, indexForEvaluation } from './observations.js';
import { RepeatFilter } from './repeats.js';
import type { EvaluationPolicy, EvaluationPolicyOverrides } from './policy.js';
import { memoFor, planCalendar, policyWithIssues, requireAsOf, type EvaluationMemo } from './setup.js';
import { readTriad } from './triad.js';
import { rewordEvaluation } from './reword-evaluation.js';
import type { EvaluateLocale } from './locale-catalog.js';
import type { CalendarEvidence, CategorySubtotal, EvaluationIssue, EvaluationWarning, GoalEvaluation, PlanEvaluation, PlanScore } from './types.js';

/** Options of {@link evaluatePlan}. */
export interface EvaluatePlanOptions {
  /** The day the evaluation is made ("today"), `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** Overrides of {@link DEFAULT_EVALUATION_POLICY}. */
  readonly policy?: EvaluationPolicyOverrides;
  /**
   * Holidays from the host's calendar (dates written `YYYY-MM-DD`, or `{ date, name }`), added to
   * the check-in schedule's own `holidays`: the one calendar the timeline, the nightly job and the
   * rendered plan use too. A holiday is not a working day: check-ins on it move to the next
   * working day, and periods holding it are measured on their working days.
   */
  readonly holidays?: readonly Holiday[];
  /**
   * The language of the sentences (status notes, the triad's sentence, warnings, issues): a
   * `Locale` (`import { de } from 'improvement-plan/locales/de'`). Codes, facts and figures do not
   * change. Default: English.
   */
  readonly locale?: EvaluateLocale;
}

/** Subtotals in the schema's category order (test/evaluate/categories.test.ts compares it with the schema's options). */
const CATEGORY_ORDER = ['revenue', 'activity', 'skill', 'customer', 'conduct'] as const satisfies readonly GoalCategory[];
type OnlyNever<T extends never> = T;
/** A category the schema gains and the order lacks is a compile error here (its subtotal would be lost). @internal */
export type CategoriesWithoutSubtotal = OnlyNever<Exclude<GoalCategory, (typeof CATEGORY_ORDER)[number]>>;

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
  holidays: readonly Holiday[] = NO_HOLIDAYS,
  figuresOnly = false,
): Omit<PlanEvaluation, 'issues'> & { readonly issues: EvaluationIssue[] } {
  const { names, working } = memo;
  const { clock, planEnd, calendar, grids } = planCalendar(plan, asOf, policy, memo, holidays);
  const asOfDay = dayOf(asOf);
  const metrics = new Map<string, MetricDefinition>();
  for (const metric of plan.metrics) metrics.set(metric.id, metric);
  const ctx: GoalContext = { plan, planEnd, asOf, asOfDay, policy, index, working, workingPerWeek: memo.workingPerWeek, names, grids, calendar, figuresOnly };
  if (clock.paused.length > 0) warnings.push(pausedWarning(clock));

  // Weights: the goals' own (all or none), else equal; goals not started yet are left out.
  // Plain loops below, not flatMap and friends: this runs once per plan of a batch.
  let allWeighted = plan.goals.length > 0;
  const known: { readonly goal: Goal; readonly metric: MetricDefinition }[] = [];
  plan.goals.forEach((goal, i) => {
    if (goal.weight === undefined) allWeighted = false;
    const metric = metrics.get(goal.metricId);
    if (metric) {
      known.push({ goal, metric });
      windowWarning(goal, i, plan, planEnd, warnings, calendar);
    } else {
      issues.add(evaluationIssue('goal_metric_unknown', ['goals', i, 'metricId'], { goalId: goal.id, metricId: goal.metricId }));
    }
  });
  const weighting: PlanScore['weighting'] = allWeighted ? 'goal_weights' : 'equal';
  const started = known.map(({ goal }) => dayOf(goalWindow(goal, plan, planEnd, calendar).start) <= asOfDay);
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
  const evidenceClock = evidenceAsOf === asOf ? clock : planClock(plan, evidenceAsOf);
  // Figures only: the counts and shares, without the check-in log and the support ledger.
  const checkIns = checkInEvidence(plan, evidenceAsOf, policy, names, evidenceClock, holidays, !figuresOnly);
  const support = supportEvidence(plan, evidenceAsOf, policy, names, evidenceClock, !figuresOnly);

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
      calendar: calendarEvidence(calendar, policy, names),
    }),
    issues: issues.done(),
    warnings: Object.freeze(warnings),
    policy,
  };
}

/**
 * Say so when a goal's window moved with the plan clock (a pause before or inside it), and when it
 * reaches outside the plan and was cut to it (see goalWindow).
 *
 * @internal
 */
export function windowWarning(goal: Goal, index: number, plan: Plan, planEnd: CalendarDate, warnings: EvaluationWarning[], calendar?: WorkCalendar): void {
  const field = goal.window ? 'window' : 'deadline';
  const original = writtenGoalWindow(goal, plan, planEnd);
  const written = movedGoalWindow(goal, plan, planEnd, calendar);
  if (written.start !== original.start || written.end !== original.end) {
    const count = Math.max(dayOf(written.end) - dayOf(original.end), dayOf(written.start) - dayOf(original.start));
    warnings.push(
      evaluationWarning('window_moved', Object.freeze(['goals', index, field]), {
        count,
        goalId: goal.id,
        windowStart: original.start,
        windowEnd: original.end,
        evaluatedStart: written.start,
        evaluatedEnd: written.end,
        planStart: plan.startDate,
        planEnd,
      }),
    );
  }
  const evaluated = goalWindow(goal, plan, planEnd, calendar);
  if (evaluated.start === written.start && evaluated.end === written.end) return;
  const count = dayOf(written.end) - dayOf(written.start) - (dayOf(evaluated.end) - dayOf(evaluated.start));
  warnings.push(
    evaluationWarning('window_clipped', Object.freeze(['goals', index, field]), {
      count,
      goalId: goal.id,
      windowStart: written.start,
      windowEnd: written.end,
      evaluatedStart: evaluated.start,
      evaluatedEnd: evaluated.end,
      planStart: plan.startDate,
      planEnd,
    }),
  );
}

/** The paused days, outside every measure: how many, and when. */
function pausedWarning(clock: PlanClock): EvaluationWarning {
  const spans = clock.paused.map((span) => Object.freeze({ start: dateOf(span.start), end: dateOf(span.end), open: span.open }));
  const count = clock.paused.reduce((sum, span) => sum + span.end - span.start + 1, 0);
  return evaluationWarning('paused_days_excluded', PAUSES_PATH, { count, pauses: Object.freeze(spans) });
}

const PAUSES_PATH: readonly (string | number)[] = Object.freeze(['pauses']);
const NO_HOLIDAYS: readonly Holiday[] = Object.freeze([]);

/** The calendar the evaluation counted on: paused days, holidays, and whether windows followed pauses. */
function calendarEvidence(calendar: WorkCalendar, policy: EvaluationPolicy, names: DayNames): CalendarEvidence {
  const { clock } = calendar;
  let pausedDays = 0;
  const pauses = clock.paused.map((span) => {
    const days = span.end - span.start + 1;
    pausedDays += days;
    return Object.freeze({ start: names.date(span.start), end: names.date(span.end), days, open: span.open });
  });
  const holidays: CalendarDate[] = [];
  for (const day of calendar.holidays) if (day >= clock.startDay && day <= clock.endDay) holidays.push(names.date(day));
  return Object.freeze({
    pausedDays,
    pauses: pauses.length > 0 ? Object.freeze(pauses) : NO_SPANS,
    holidays: holidays.length > 0 ? Object.freeze(holidays) : NO_DATES,
    windowsFollowPauses: policy.windowsFollowPauses,
  });
}

const NO_SPANS: CalendarEvidence['pauses'] = Object.freeze([]);
const NO_DATES: readonly CalendarDate[] = Object.freeze([]);

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
  /** The host's holidays (checked), added to every plan's schedule holidays. */
  readonly holidays: readonly Holiday[];
  /** Dates, period keys and windows' periods worked out once for the whole run (plans of an organisation share most of them). */
  readonly memo: EvaluationMemo;
  /** Indexing buffers reused from plan to plan. */
  readonly buffers: IndexBuffers;
}

/**
 * Check `asOf` and resolve the policy, once for any number of plans. With `shared` (single
 * {@link evaluatePlan} calls), the memo comes from {@link SHARED_MEMOS} and the buffers are the
 * free ones when there are.
 *
 * @internal
 */
export function prepareEvaluation(options: EvaluatePlanOptions, shared?: boolean): EvaluationRun {
  const asOf = requireAsOf(options.asOf);
  const issues = new IssueLog(Number.MAX_SAFE_INTEGER);
  const policy = policyWithIssues(options.policy, issues);
  const holidays = requireHolidays(options.holidays);
  const key = String(policy.workingDays);
  let memo = shared ? SHARED_MEMOS.get(key) : undefined;
  if (!memo) {
    memo = memoFor(policy);
    if (shared) {
      if (SHARED_MEMOS.size > 7) SHARED_MEMOS.clear();
      SHARED_MEMOS.set(key, memo);
    }
  }
  return { asOf, policy, policyIssues: issues.done(), holidays, memo, buffers: (shared && freeBuffers) || new IndexBuffers() };
}

/**
 * What single {@link evaluatePlan} calls share, so that one call at a time is as fast as a batch:
 * the memo of dates and period grids, by the policy's working days (all it depends on). It is a
 * cache of pure functions of day numbers and working days: a warm memo gives the very results a
 * fresh one gives, as it does from plan to plan of a batch, and what results hold of it is frozen
 * text and numbers. The policy itself is resolved on every call (an overrides object changed
 * between calls is read anew), `asOf` and holidays are never kept. At most 8 sets of working days
 * are kept; then they start over (each memo is bounded: day-names.ts). No call can see what another
 * call did: test/evaluate/single-calls.test.ts.
 */
const SHARED_MEMOS = new Map<string, EvaluationMemo>();

/**
 * Indexing buffers lent to one {@link evaluatePlan} call at a time: taken for the call, given back
 * after it. JavaScript runs one call at a time, so the only way in while they are lent is a feed
 * whose iterator itself calls evaluatePlan: that call finds none and makes its own. A call that
 * throws does not give them back; the next call makes new ones.
 */
let freeBuffers: IndexBuffers | undefined;

/**
 * Index a plan's observations (and its feed) and evaluate it in a prepared run; with
 * `figuresOnly`, without status notes, period readings, the check-in log and the support ledger
 * (what `evaluatePlanFigures` reads). The issues are not frozen yet.
 *
 * @internal
 */
export function indexAndEvaluate(
  plan: Plan,
  observations: Iterable<Observation> | null | undefined,
  run: EvaluationRun,
  figuresOnly: boolean,
): ReturnType<typeof evaluateWithIndex> {
  const log = new IssueLog(run.policy.maxIssues);
  for (const issue of run.policyIssues) log.add(issue);
  const feed = observations ?? undefined;
  const repeats = new RepeatFilter(feed !== undefined);
  const index = indexForEvaluation(plan.metrics, plan.observations, feed, log, run.buffers, repeats);
  return evaluateWithIndex(plan, index, run.asOf, run.policy, log, run.memo, repeats.warnings(), run.holidays, figuresOnly);
}

/**
 * Evaluate one plan in a prepared run.
 *
 * @internal
 */
export function evaluateInRun(plan: Plan, observations: Iterable<Observation> | null | undefined, run: EvaluationRun): PlanEvaluation {
  const result = indexAndEvaluate(plan, observations, run, false);
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
 * Paused days (leave) are outside every measure, and goal windows move with the plan clock (the
 * policy's `windowsFollowPauses`); holidays (the schedule's and `options.holidays`) are not
 * working days. `evidence.calendar` and the `paused_days_excluded` warning say so.
 *
 * @throws RangeError when `asOf` is not a calendar date, or a holiday is not one (programming errors).
 * @example
 * ```ts
 * const evaluation = evaluatePlan(plan, crmFeed, { asOf: '2026-04-06' });
 * evaluation.score.value; // => 72.5
 * evaluation.goals[0].status; // => "met"
 * evaluation.triad.code; // => "improving_lagging_results"
 * ```
 */
export function evaluatePlan(plan: Plan, observations: Iterable<Observation> | null | undefined, options: EvaluatePlanOptions): PlanEvaluation {
  const evaluation = evaluateOnce(plan, observations, options, evaluateInRun);
  return options.locale === undefined ? evaluation : rewordEvaluation(evaluation, options.locale);
}

/**
 * One call of {@link evaluatePlan} or `evaluatePlanFigures`: a run with the shared memo and
 * the free buffers, lent for the call.
 *
 * @internal
 */
export function evaluateOnce<T>(
  plan: Plan,
  observations: Iterable<Observation> | null | undefined,
  options: EvaluatePlanOptions,
  evaluate: (plan: Plan, observations: Iterable<Observation> | null | undefined, run: EvaluationRun) => T,
): T {
  const run = prepareEvaluation(options, true);
  freeBuffers = undefined;
  const result = evaluate(plan, observations, run);
  freeBuffers = run.buffers;
  return result;
}
