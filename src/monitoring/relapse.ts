import { deepFreeze } from '../frozen/deep-freeze.js';
import { fromDayNumber, shiftDate, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import { basisUnit } from '../metrics/aggregate.js';
import { aggregateColumns, NO_POINTS, type ColumnIndex, type PointColumns } from '../metrics/columns.js';
import { periodsBetween, type PeriodUnit } from '../metrics/periods.js';
import type { Goal, MetricDefinition, Observation, Plan } from '../schema/types.js';
import { requireHolidays } from '../timeline/holidays.js';
import type { Holiday } from '../timeline/policy.js';
import type { RelapseCode } from '../evaluate/codes.js';
import { memoFor, planCalendar, policyWithIssues, requireAsOf } from '../evaluate/setup.js';
import { evaluateGoal, goalWindow, readingKind, type GoalContext } from '../evaluate/goal.js';
import { RELAPSE_FINDING_MESSAGES, type RelapseFactsByCode } from '../evaluate/messages.js';
import { localeCatalog, rewordFindings, type EvaluateLocale } from '../evaluate/locale-catalog.js';
import { issueText, type IssueOf } from '../issues/issue.js';
import { atOrPast, favourableSign, round4, workingDaysBetween } from '../evaluate/numbers.js';
import { IssueLog, indexForEvaluation } from '../evaluate/observations.js';
import type { EvaluationPolicy, EvaluationPolicyOverrides } from '../evaluate/policy.js';
import type { EvaluationIssue, EvaluationSpan, EvaluationWarning, MetricFacts, ReasonEvidence } from '../evaluate/types.js';
import { RepeatFilter } from '../evaluate/repeats.js';

/** Options of {@link detectRelapse}. */
export interface DetectRelapseOptions {
  /** The day of the check, `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  readonly policy?: EvaluationPolicyOverrides;
  /** Holidays from the host's calendar, added to the schedule's own (as in `evaluatePlan`): not working days. */
  readonly holidays?: readonly Holiday[];
  /** The language of the findings' sentences: a `Locale`. Codes, facts and evidence do not change. Default: English. */
  readonly locale?: EvaluateLocale;
}

/** One monitored period of a goal's metric. */
export interface RelapsePeriod {
  readonly key: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly count: number;
  /** The period's value (totals of a cut period scaled to a full one), null without data. */
  readonly value: number | null;
  /** The target for one period (totals: the window's target pro rata). */
  readonly target: number;
  readonly belowTarget: boolean;
  /** Share of the improvement gained in the plan that is lost in this period (null when nothing was gained). */
  readonly lostShare: number | null;
  readonly relapsed: boolean;
}

/**
 * A finding of the relapse check, with its evidence: an issue of the shared shape, one per code
 * (checking `code` narrows `facts`). `path` is the goal's place in the plan (`['goals', 1]`), or
 * `['closure']` when the plan is not closed successfully; `message` is written from `facts` (the
 * figures as numbers, with the metric's unit to write them in) by the English catalog
 * `RELAPSE_FINDING_MESSAGES` (`RelapseFactsByCode` gives the facts of each code).
 */
export type RelapseFinding = IssueOf<RelapseFactsByCode> & { readonly evidence: ReasonEvidence };

/** One goal monitored after the plan. */
export interface GoalRelapse {
  readonly goalId: string;
  readonly title: string;
  readonly metric: MetricFacts;
  readonly unit: PeriodUnit;
  readonly baseline: number;
  readonly target: number;
  /** The value the goal reached when the plan closed. */
  readonly achieved: number | null;
  readonly status: 'relapsed' | 'holding' | 'no_data';
  /** The first run of k relapsed periods, when there is one. */
  readonly run: { readonly start: CalendarDate; readonly end: CalendarDate; readonly periods: number; readonly code: RelapseCode } | null;
  readonly periods: readonly RelapsePeriod[];
}

/** The result of post-plan monitoring. */
export interface RelapseCheck {
  /** The plan closed successfully, so monitoring applies. */
  readonly applicable: boolean;
  readonly relapsed: boolean;
  readonly asOf: CalendarDate;
  readonly closedOn: CalendarDate | null;
  readonly monitoring: EvaluationSpan | null;
  /** The first day a relapse was established (end of the k-th period), if any. */
  readonly firstRelapseOn: CalendarDate | null;
  readonly goals: readonly GoalRelapse[];
  readonly findings: readonly RelapseFinding[];
  readonly issues: readonly EvaluationIssue[];
  /** Observations counted once though given twice (see `EvaluationWarning`). */
  readonly warnings: readonly EvaluationWarning[];
}

const EMPTY: PointColumns = NO_POINTS;

function monitorGoal(
  goal: Goal,
  metric: MetricDefinition,
  plan: Plan,
  index: ColumnIndex,
  closedOn: CalendarDate,
  span: EvaluationSpan,
  asOfDay: number,
  policy: EvaluationPolicy,
  holidays: readonly Holiday[],
): GoalRelapse {
  const memo = memoFor(policy);
  const working = memo.working;
  const sign = favourableSign(metric.direction);
  // The plan as it stood when it closed: its clock (pauses), end date and working calendar.
  const { planEnd, calendar, grids } = planCalendar(plan, closedOn, policy, memo, holidays);
  const ctx: GoalContext = {
    plan,
    planEnd,
    asOf: closedOn,
    asOfDay: toDayNumber(closedOn),
    policy,
    index,
    working,
    workingPerWeek: memo.workingPerWeek,
    names: memo.names,
    grids,
    calendar,
  };
  const atClose = evaluateGoal(goal, metric, ctx, 0);
  const reading = readingKind(goal, metric);
  const unit: PeriodUnit = basisUnit(goal.basis) ?? policy.coverageUnitByKind[metric.kind];
  const points = index.get(metric.id) ?? EMPTY;
  const window = goalWindow(goal, plan, planEnd, calendar);
  const windowWorking = Math.max(1, calendar.plain ? workingDaysBetween(toDayNumber(window.start), toDayNumber(window.end), working) : calendar.workingDays(toDayNumber(window.start), toDayNumber(window.end)));
  const spanStart = toDayNumber(span.start);
  const spanEnd = toDayNumber(span.end);

  const periods: RelapsePeriod[] = [];
  for (const period of periodsBetween(span.start, span.end, unit)) {
    const fullStart = toDayNumber(period.start);
    const fullEnd = toDayNumber(period.end);
    const startDay = Math.max(fullStart, spanStart);
    const endDay = Math.min(fullEnd, spanEnd);
    if (endDay > asOfDay) break;
    const fullWorking = workingDaysBetween(fullStart, fullEnd, working);
    const share = fullWorking === 0 ? 0 : (calendar.plain ? workingDaysBetween(startDay, endDay, working) : calendar.workingDays(startDay, endDay)) / fullWorking;
    const aggregate = aggregateColumns(points, metric.aggregation, startDay, endDay);
    const whole = share >= policy.minPartialPeriodShare && share > 0;
    if (metric.aggregation === 'sum' ? !(whole || (unit === 'day' && aggregate.count > 0)) : !(whole || aggregate.count > 0)) continue;
    let value = aggregate.value;
    if (metric.aggregation === 'latest') value = aggregateColumns(points, 'latest', spanStart, endDay).value;
    else if (metric.aggregation === 'sum' && value !== undefined && share > 0) value = value / share;
    // Totals over the goal's window become pro-rata figures for one period.
    const scale = reading === 'window_total' ? Math.max(fullWorking, 1) / windowWorking : 1;
    const target = goal.target * scale;
    const baseline = goal.baseline * scale;
    const achieved = atClose.observed === null ? null : atClose.observed * scale;
    const gained = achieved === null ? 0 : sign * (achieved - baseline);
    const belowTarget = value !== undefined && !atOrPast(value, target, sign);
    const lostShare = value === undefined || gained <= 0 ? null : round4((sign * ((achieved as number) - value)) / gained);
    const relapsed = value !== undefined && (belowTarget || (lostShare !== null && lostShare > policy.relapseLossShare));
    periods.push({
      key: period.key,
      start: fromDayNumber(startDay),
      end: fromDayNumber(endDay),
      count: aggregate.count,
      value: value ?? null,
      target,
      belowTarget,
      lostShare,
      relapsed,
    });
  }

  // The first run of k relapsed periods with data; periods without data neither count nor break it.
  let run: GoalRelapse['run'] = null;
  let streak: RelapsePeriod[] = [];
  for (const period of periods) {
    if (period.value === null) continue;
    if (!period.relapsed) {
      streak = [];
      continue;
    }
    streak.push(period);
    if (streak.length >= policy.relapsePeriods) {
      const first = streak[0]!;
      const last = streak[streak.length - 1]!;
      run = { start: first.start, end: last.end, periods: streak.length, code: streak.some((p) => p.belowTarget) ? 'relapse_below_target' : 'relapse_lost_improvement' };
      break;
    }
  }
  const withData = periods.some((p) => p.value !== null);
  return {
    goalId: goal.id,
    title: goal.title,
    metric: atClose.metric,
    unit,
    baseline: goal.baseline,
    target: goal.target,
    achieved: atClose.observed,
    status: run ? 'relapsed' : withData ? 'holding' : 'no_data',
    run,
    periods,
  };
}

/**
 * The finding for one monitored goal: its relapse run (with what each period was compared with:
 * the target, or a total's working-day share of it), no data, or holding.
 *
 * @internal
 */
export function relapseFindingOf(g: GoalRelapse, index: number, policy: EvaluationPolicy, span: EvaluationSpan, closedOn: CalendarDate): RelapseFinding {
  const code: RelapseCode = g.run ? g.run.code : g.status === 'no_data' ? 'no_monitoring_data' : 'holding';
  const runPeriods = g.run ? g.periods.filter((p) => p.start >= g.run!.start && p.end <= g.run!.end && p.value !== null) : [];
  // What each period was compared with: the target itself, or (a total over the window) the
  // period's working-day share of it; the run's values beside what they were compared with.
  const prorated = g.periods.some((p) => Math.abs(p.target - g.target) > 1e-9 * Math.max(1, Math.abs(g.target)));
  const who = { goalId: g.goalId, title: g.title };
  const facts: RelapseFactsByCode[RelapseCode] = g.run
    ? {
        ...who,
        metricUnit: g.metric.unit,
        currency: g.metric.currency,
        durationUnit: g.metric.durationUnit,
        target: g.target,
        count: g.run.periods,
        unit: g.unit,
        start: g.run.start,
        end: g.run.end,
        lossShare: policy.relapseLossShare,
        prorated,
        periods: runPeriods.map((p) => ({ key: p.key, value: p.value as number, target: p.target })),
      }
    : code === 'holding'
      ? { ...who, count: policy.relapsePeriods, start: span.start }
      : { ...who, start: span.start };
  const figures: Record<string, number> = { target: g.target, baseline: g.baseline, relapsePeriods: policy.relapsePeriods, relapseLossShare: policy.relapseLossShare };
  if (g.achieved !== null) figures['achieved'] = g.achieved;
  runPeriods.forEach((p) => {
    figures[`value:${p.key}`] = p.value as number;
    if (prorated) figures[`periodTarget:${p.key}`] = p.target;
  });
  return {
    code,
    path: ['goals', index],
    facts,
    message: issueText({ code, facts }, RELAPSE_FINDING_MESSAGES),
    evidence: { goalIds: [g.goalId], figures, dates: g.run ? { closedOn, runStart: g.run.start, relapseOn: g.run.end } : { closedOn, monitoringStart: span.start } },
  } as RelapseFinding;
}

/**
 * After a successful close, monitor the same metrics for a relapse: a goal's metric falling back
 * below its target (or losing more than `relapseLossShare` of the improvement gained in the plan)
 * for `relapsePeriods` consecutive periods with data. Monitoring runs from `plan.monitoring.start`
 * (else the day after the close) to `asOf` (or `plan.monitoring.end`), on the plan's observations
 * plus a feed; `plan.monitoring.metricIds` narrows the goals watched.
 *
 * @throws RangeError when `asOf` is not a calendar date.
 * @example
 * ```ts
 * const check = detectRelapse(closedPlan, postPlanFeed, { asOf: '2026-06-30' });
 * check.relapsed; // => true
 * check.findings[0].code; // => "relapse_below_target"
 * ```
 */
export function detectRelapse(plan: Plan, observations: Iterable<Observation> | null | undefined, options: DetectRelapseOptions): RelapseCheck {
  const check = detectRelapseInEnglish(plan, observations, options);
  const catalog = options.locale === undefined ? undefined : localeCatalog(options.locale, 'relapse', RELAPSE_FINDING_MESSAGES);
  return catalog === undefined ? check : deepFreeze({ ...check, findings: rewordFindings(check.findings, catalog) }, true);
}

/** {@link detectRelapse} with its sentences in English. */
function detectRelapseInEnglish(plan: Plan, observations: Iterable<Observation> | null | undefined, options: DetectRelapseOptions): RelapseCheck {
  const asOf = requireAsOf(options.asOf);
  const holidays = requireHolidays(options.holidays);
  const pre = new IssueLog(Number.MAX_SAFE_INTEGER);
  const policy = policyWithIssues(options.policy, pre);
  const issues = new IssueLog(policy.maxIssues);
  for (const issue of pre.done()) issues.add(issue);
  const closure = plan.closure;
  if (!closure || closure.outcome !== 'successful') {
    const facts: RelapseFactsByCode['not_closed_successfully'] = closure ? { outcome: closure.outcome } : { status: plan.status };
    const finding: RelapseFinding = {
      code: 'not_closed_successfully',
      path: ['closure'],
      facts,
      message: RELAPSE_FINDING_MESSAGES.not_closed_successfully(facts),
      evidence: { goalIds: [], figures: {}, dates: closure ? { closedOn: closure.date } : {} },
    };
    return deepFreeze(
      { applicable: false, relapsed: false, asOf, closedOn: closure?.date ?? null, monitoring: null, firstRelapseOn: null, goals: [], findings: [finding], issues: issues.done(), warnings: [] },
    );
  }
  const start = plan.monitoring?.start ?? shiftDate(closure.date, 1);
  const end = plan.monitoring?.end !== undefined && plan.monitoring.end < asOf ? plan.monitoring.end : asOf;
  const span = { start, end: end < start ? start : end };
  const feed = observations ?? undefined;
  const repeats = new RepeatFilter(feed !== undefined);
  const index = indexForEvaluation(plan.metrics, plan.observations, feed, issues, undefined, repeats);
  const watched = plan.monitoring?.metricIds ? new Set(plan.monitoring.metricIds) : undefined;
  const metrics = new Map(plan.metrics.map((m) => [m.id, m]));
  const asOfDay = toDayNumber(asOf);
  const goals: GoalRelapse[] = [];
  const findings: RelapseFinding[] = [];
  plan.goals.forEach((goal, i) => {
    const metric = metrics.get(goal.metricId);
    if (!metric || (watched && !watched.has(metric.id))) return;
    const g = monitorGoal(goal, metric, plan, index, closure.date, span, asOfDay, policy, holidays);
    goals.push(g);
    findings.push(relapseFindingOf(g, i, policy, span, closure.date));
  });
  const relapseDates = goals.flatMap((g) => (g.run ? [g.run.end] : [])).sort();
  return deepFreeze(
    {
      applicable: true,
      relapsed: relapseDates.length > 0,
      asOf,
      closedOn: closure.date,
      monitoring: span,
      firstRelapseOn: relapseDates[0] ?? null,
      goals,
      findings,
      issues: issues.done(),
      warnings: repeats.warnings(),
    },
  );
}
