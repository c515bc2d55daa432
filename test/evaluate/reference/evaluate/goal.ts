import { fromDayNumber, toDayNumber, type CalendarDate } from '../../../../src/dates/calendar.js';
import { aggregatePoints, basisUnit, type IndexedPoint, type ObservationIndex } from '../metrics/aggregate.js';
import { periodsBetween, type PeriodUnit } from '../metrics/periods.js';
import { theilSenTrend, trendValueAt, type TrendPoint } from '../metrics/trend.js';
import type { Goal, MetricDefinition, Plan } from '../../../../src/schema/types.js';
import type { GoalReadingKind, GoalStatus, TrendDirection } from '../../../../src/evaluate/codes.js';
import { statusNote } from './messages.js';
import { atOrPast, clamp, favourableSign, round4, shareOf, workingDaysBetween } from './numbers.js';
import type { EvaluationPolicy } from '../../../../src/evaluate/policy.js';
import type {
  EvaluationSpan,
  ExpectedValue,
  GoalCoverage,
  GoalEvaluation,
  GoalPeriodReading,
  GoalTrend,
  MetricFacts,
  RecentLevel,
  SkillReading,
  Sustainment,
} from '../../../../src/evaluate/types.js';
import { goalWindow as srcGoalWindow } from '../../../../src/evaluate/goal.js';

/** What every goal of one plan is evaluated against. */
export interface GoalContext {
  readonly plan: Plan;
  readonly planEnd: CalendarDate;
  readonly asOf: CalendarDate;
  readonly asOfDay: number;
  readonly policy: EvaluationPolicy;
  readonly index: ObservationIndex;
  /** Working-day flags by ISO weekday (index 1..7). */
  readonly working: readonly boolean[];
}

/** A period of a goal's window, with its data when it has begun by `asOf`. */
interface Slot {
  readonly key: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly startDay: number;
  readonly endDay: number;
  /** Position in the window's list of periods: the trend's x. */
  readonly position: number;
  /** Working days in the cut period over working days in the full period (1 for a whole period). */
  readonly share: number;
  readonly workingDays: number;
  readonly complete: boolean;
  /** Counted at all: whole enough (or, for levels, with data). */
  readonly included: boolean;
  readonly count: number;
  /** The period's own aggregate. */
  readonly raw: number | undefined;
  /** The comparable value (see GoalPeriodReading.value). */
  readonly value: number | undefined;
}

const EMPTY: readonly IndexedPoint[] = [];

/**
 * The goal's measurement window: its own window, the plan's start to its deadline, or the
 * plan's dates (start to the end as it stands), cut to the plan's span (issue 13: src's rule;
 * every period of the cut window is then worked out here, where src counts those after asOf).
 *
 * @internal
 */
export function goalWindow(goal: Goal, plan: Plan, planEnd: CalendarDate): EvaluationSpan {
  return srcGoalWindow(goal, plan, planEnd);
}

/**
 * The reading a goal's basis and aggregation call for.
 *
 * @internal
 */
export function readingKind(goal: Goal, metric: MetricDefinition): GoalReadingKind {
  if (goal.basis !== 'window') return 'per_period';
  if (metric.aggregation === 'sum') return 'window_total';
  if (metric.aggregation === 'latest') return 'latest_level';
  return 'window_level';
}

/** The periods of a span in a unit, cut to the span, with their data up to `asOf`. */
function slotsFor(
  points: readonly IndexedPoint[],
  metric: MetricDefinition,
  window: EvaluationSpan,
  unit: PeriodUnit,
  ctx: GoalContext,
): Slot[] {
  const windowStart = toDayNumber(window.start);
  const windowEnd = toDayNumber(window.end);
  const out: Slot[] = [];
  const periods = periodsBetween(window.start, window.end, unit);
  for (let position = 0; position < periods.length; position += 1) {
    const period = periods[position]!;
    const fullStart = toDayNumber(period.start);
    const fullEnd = toDayNumber(period.end);
    const startDay = Math.max(fullStart, windowStart);
    const endDay = Math.min(fullEnd, windowEnd);
    const fullWorking = workingDaysBetween(fullStart, fullEnd, ctx.working);
    const workingDays = workingDaysBetween(startDay, endDay, ctx.working);
    const share = fullWorking === 0 ? 0 : workingDays / fullWorking;
    const begun = startDay <= ctx.asOfDay;
    const aggregate = begun ? aggregatePoints(points, metric.aggregation, startDay, Math.min(endDay, ctx.asOfDay)) : undefined;
    const count = aggregate?.count ?? 0;
    const raw = aggregate?.value;
    const whole = share >= ctx.policy.minPartialPeriodShare && share > 0;
    const included = metric.aggregation === 'sum' ? whole || (unit === 'day' && count > 0) : whole || count > 0;
    let value: number | undefined;
    if (begun) {
      if (metric.aggregation === 'latest') {
        value = aggregatePoints(points, 'latest', windowStart, Math.min(endDay, ctx.asOfDay)).value;
      } else if (metric.aggregation === 'sum') {
        value = raw === undefined ? undefined : share > 0 ? raw / share : raw;
      } else {
        value = raw;
      }
    }
    out.push({
      key: period.key,
      start: fromDayNumber(startDay),
      end: fromDayNumber(endDay),
      startDay,
      endDay,
      position,
      share,
      workingDays,
      complete: endDay <= ctx.asOfDay,
      included,
      count,
      raw,
      value,
    });
  }
  return out;
}

/** The expected trajectory: anchors through which it runs straight. */
interface Trajectory {
  readonly anchors: readonly { readonly day: number; readonly value: number }[];
  readonly source: ExpectedValue['source'];
}

function trajectoryOf(goal: Goal, reading: GoalReadingKind, startDay: number, endDay: number): Trajectory {
  const inside = (goal.milestones ?? [])
    .map((m) => ({ day: toDayNumber(m.date), value: m.target }))
    .filter((m) => m.day > startDay && m.day < endDay)
    .sort((a, b) => a.day - b.day || a.value - b.value);
  const milestones = inside.filter((m, i) => i === inside.length - 1 || inside[i + 1]!.day !== m.day);
  const first = reading === 'window_total' ? { day: startDay - 1, value: 0 } : { day: startDay, value: goal.baseline };
  const source = milestones.length > 0 ? 'milestones' : reading === 'window_total' ? 'pro_rata' : 'straight_line';
  return { anchors: [first, ...milestones, { day: endDay, value: goal.target }], source };
}

function trajectoryAt(trajectory: Trajectory, day: number): number {
  const anchors = trajectory.anchors;
  const first = anchors[0]!;
  if (day <= first.day) return first.value;
  for (let i = 1; i < anchors.length; i += 1) {
    const a = anchors[i - 1]!;
    const b = anchors[i]!;
    if (day <= b.day) return b.day === a.day ? b.value : a.value + ((b.value - a.value) * (day - a.day)) / (b.day - a.day);
  }
  return anchors[anchors.length - 1]!.value;
}

function trajectoryMean(trajectory: Trajectory, fromDay: number, toDay: number): number {
  let sum = 0;
  for (let day = fromDay; day <= toDay; day += 1) sum += trajectoryAt(trajectory, day);
  return sum / (toDay - fromDay + 1);
}

/** Attainment of a value: the share of the gap closed, or 1/0 for a target the baseline already met. */
function attainmentOf(value: number, goal: Goal, sign: 1 | -1): { raw: number; basis: 'gap' | 'hold' } {
  const gap = sign * (goal.target - goal.baseline);
  if (gap > 1e-9 * Math.max(1, Math.abs(goal.target))) {
    return { raw: round4((value - goal.baseline) / (goal.target - goal.baseline)), basis: 'gap' };
  }
  return { raw: atOrPast(value, goal.target, sign) ? 1 : 0, basis: 'hold' };
}

function metricFacts(metric: MetricDefinition): MetricFacts {
  return {
    id: metric.id,
    name: metric.name,
    kind: metric.kind,
    unit: metric.unit,
    currency: metric.currency ?? null,
    durationUnit: metric.durationUnit ?? null,
    direction: metric.direction,
    aggregation: metric.aggregation,
  };
}

function coverageOf(slots: readonly Slot[], unit: PeriodUnit): GoalCoverage {
  let elapsed = 0;
  let withData = 0;
  for (const slot of slots) {
    // Issue 16: complete periods only (as src's coverageOf).
    if (!(slot.complete && slot.included)) continue;
    elapsed += 1;
    if (slot.count > 0) withData += 1;
  }
  return { unit, elapsed, withData, share: shareOf(withData, elapsed) };
}

function trendDirection(slopeShare: number, policy: EvaluationPolicy): TrendDirection {
  if (slopeShare >= policy.flatTrendShare) return 'improving';
  if (slopeShare <= -policy.flatTrendShare) return 'declining';
  return 'flat';
}

/**
 * Evaluate one goal at `asOf`. See docs/evaluation.md for the method.
 *
 * @internal
 */
export function evaluateGoal(goal: Goal, metric: MetricDefinition, ctx: GoalContext, weight: number): GoalEvaluation {
  const { policy } = ctx;
  const sign = favourableSign(metric.direction);
  const reading = readingKind(goal, metric);
  const window = goalWindow(goal, ctx.plan, ctx.planEnd);
  const windowStart = toDayNumber(window.start);
  const windowEnd = toDayNumber(window.end);
  const phase = ctx.asOfDay < windowStart ? 'not_started' : ctx.asOfDay >= windowEnd ? 'ended' : 'running';
  const evaluatedEnd = Math.min(windowEnd, ctx.asOfDay);
  const evaluated = phase === 'not_started' ? null : { start: window.start, end: fromDayNumber(evaluatedEnd) };
  const points = ctx.index.get(metric.id) ?? EMPTY;
  const unit: PeriodUnit = basisUnit(goal.basis) ?? policy.seriesUnit;
  const slots = slotsFor(points, metric, window, unit, ctx);
  const counted = slots.filter((s) => s.complete && s.included);
  const gapAbs = Math.abs(goal.target - goal.baseline);
  const levelScale = gapAbs > 1e-9 * Math.max(1, Math.abs(goal.target)) ? gapAbs : Math.max(Math.abs(goal.target), 1);
  const includable = Math.max(1, slots.filter((s) => s.share >= policy.minPartialPeriodShare && s.share > 0).length);
  const trendScale = reading === 'window_total' ? levelScale / includable : levelScale;

  // Observed value so far.
  let observed: number | null = null;
  let observations = 0;
  let numerator: number | null = null;
  let denominator: number | null = null;
  let lastObservedOn: CalendarDate | null = null;
  if (evaluated) {
    const whole = aggregatePoints(points, metric.aggregation, windowStart, evaluatedEnd);
    observations = whole.count;
    lastObservedOn = whole.lastDate ?? null;
    if (metric.aggregation === 'ratio' && whole.count > 0) {
      numerator = whole.numerator ?? null;
      denominator = whole.denominator ?? null;
    }
    if (reading === 'per_period') {
      let sum = 0;
      let n = 0;
      for (const slot of counted) {
        if (slot.value === undefined) continue;
        sum += slot.value;
        n += 1;
      }
      observed = n > 0 ? sum / n : null;
    } else {
      observed = whole.value ?? null;
    }
  }

  const attainment = observed === null ? null : attainmentOf(observed, goal, sign);
  const attainmentRaw = attainment?.raw ?? null;
  const attainmentClamped = attainmentRaw === null ? null : clamp(attainmentRaw, 0, 1);

  // Per-period readings and met.
  const periodReadings: GoalPeriodReading[] = counted.map((slot) => ({
    key: slot.key,
    start: slot.start,
    end: slot.end,
    count: slot.count,
    value: slot.value ?? null,
    atTarget: reading === 'window_total' ? null : slot.value !== undefined && atOrPast(slot.value, goal.target, sign),
  }));
  const atTargetCount = periodReadings.filter((p) => p.atTarget === true).length;
  const metShare = reading === 'per_period' ? shareOf(atTargetCount, periodReadings.length) : null;
  const met =
    reading === 'per_period'
      ? metShare !== null && metShare >= policy.periodMetShare
      : observed !== null && atOrPast(observed, goal.target, sign);

  // Recent level and sustainment over the last k complete periods.
  const k = Math.min(policy.sustainPeriods[unit], includable);
  const lookback = counted.slice(-k);
  const lookbackReadings = periodReadings.slice(-k);
  let recent: RecentLevel | null = null;
  if (lookback.length > 0 && evaluated) {
    const first = lookback[0]!;
    const last = lookback[lookback.length - 1]!;
    let value: number | null = null;
    if (reading === 'window_level') {
      value = aggregatePoints(points, metric.aggregation, first.startDay, last.endDay).value ?? null;
    } else if (reading === 'latest_level') {
      value = observed;
    } else if (reading === 'per_period') {
      const values = lookback.map((s) => s.value).filter((v): v is number => v !== undefined);
      value = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
    } else {
      const total = lookback.reduce((sum, s) => sum + (s.raw ?? 0), 0);
      const days = lookback.reduce((sum, s) => sum + s.workingDays, 0);
      const windowDays = workingDaysBetween(windowStart, windowEnd, ctx.working);
      value = lookback.some((s) => s.count > 0) && days > 0 ? (total * windowDays) / days : null;
    }
    recent = {
      start: first.start,
      end: last.end,
      periods: lookback.length,
      value,
      progress: value === null ? null : attainmentOf(value, goal, sign).raw,
    };
  }
  let sustainment: Sustainment | null = null;
  if (reading !== 'window_total' && evaluated) {
    const atTarget = lookbackReadings.filter((p) => p.atTarget === true).length;
    const share = shareOf(atTarget, lookbackReadings.length);
    sustainment = {
      unit,
      periods: k,
      considered: lookbackReadings.length,
      atTarget,
      share,
      sustained: lookbackReadings.length >= k && share !== null && share >= policy.sustainShare,
    };
  }

  // Trend and projection.
  const trendPoints: TrendPoint[] = [];
  for (const slot of counted) {
    if (slot.count === 0) continue;
    const y = metric.aggregation === 'latest' ? slot.raw : slot.value;
    if (y !== undefined && Number.isFinite(y)) trendPoints.push({ x: slot.position, y });
  }
  let trend: GoalTrend | null = null;
  let projected: number | null = null;
  const line = trendPoints.length >= policy.minTrendPoints ? theilSenTrend(trendPoints) : undefined;
  if (line) {
    const slopeShare = round4((sign * line.slope) / trendScale);
    trend = { unit, slope: line.slope, slopeShare, direction: trendDirection(slopeShare, policy), points: line.points };
    const allNonNegative = trendPoints.every((p) => p.y >= 0);
    const allNonPositive = trendPoints.every((p) => p.y <= 0);
    const bound = (v: number): number => (allNonNegative && v < 0 ? 0 : allNonPositive && v > 0 ? 0 : v);
    if (reading !== 'window_total') projected = bound(trendValueAt(line, slots.length - 1));
  }
  if (reading === 'window_total' && observed !== null && evaluated) {
    // Totals are lumpy (a deal closes or not): project at the pace so far, per working day.
    const elapsedDays = workingDaysBetween(windowStart, evaluatedEnd, ctx.working);
    const windowDays = workingDaysBetween(windowStart, windowEnd, ctx.working);
    projected = elapsedDays > 0 ? (observed * windowDays) / elapsedDays : observed;
  }

  // Expected trajectory and status.
  const trajectory = trajectoryOf(goal, reading, windowStart, windowEnd);
  let expected: ExpectedValue | null = null;
  if (evaluated && observed !== null) {
    let current = observed;
    let value = trajectoryAt(trajectory, evaluatedEnd);
    if ((reading === 'window_level' || reading === 'per_period') && recent !== null && recent.value !== null) {
      // A level over recent periods is compared with the trajectory's mean over the same days.
      current = recent.value;
      value = trajectoryMean(trajectory, toDayNumber(recent.start), toDayNumber(recent.end));
    }
    // Totals: behind as a share of what was expected by now (the pace shortfall); levels: of the gap.
    const scale = reading === 'window_total' ? (Math.abs(value) > 1e-9 ? Math.abs(value) : Math.max(Math.abs(goal.target), 1e-9)) : levelScale;
    expected = { value, current, behindShare: round4((sign * (value - current)) / scale), source: trajectory.source };
  }
  const reaches = projected !== null && atOrPast(projected, goal.target, sign);
  // Progress: the recent level's; else the attainment so far (for totals, of the pace so far,
  // since a total naturally starts from zero).
  const progressRaw =
    recent?.progress ?? (reading === 'window_total' && projected !== null ? attainmentOf(projected, goal, sign).raw : attainmentRaw);
  const progress = progressRaw === null ? null : clamp(progressRaw, -1, 1);
  let status: GoalStatus;
  if (phase === 'not_started') status = 'not_started';
  else if (observed === null) status = 'no_data';
  else if (met) status = 'met';
  else if (phase === 'ended') status = 'not_met';
  else if (expected !== null && expected.behindShare <= policy.onTrackTolerance) status = 'on_track';
  else if ((expected !== null && expected.behindShare <= policy.atRiskTolerance) || reaches) status = 'at_risk';
  else status = 'off_track';

  const skill = skillReading(goal, metric, observed, sign, trend);
  const coverageUnit: PeriodUnit = reading === 'per_period' ? unit : policy.coverageUnitByKind[metric.kind];
  const coverageSlots = coverageUnit === unit ? slots : slotsFor(points, metric, window, coverageUnit, ctx);
  const coverage = coverageOf(coverageSlots, coverageUnit);

  const result: GoalEvaluation = {
    goalId: goal.id,
    title: goal.title,
    category: goal.category,
    required: goal.required ?? false,
    floor: goal.floor ?? policy.defaultGoalFloor,
    weight,
    metric: metricFacts(metric),
    basis: goal.basis,
    reading,
    window,
    evaluated,
    phase,
    baseline: goal.baseline,
    target: goal.target,
    observed,
    observations,
    numerator,
    denominator,
    lastObservedOn,
    attainment: attainmentRaw,
    attainmentClamped,
    attainmentBasis: attainment?.basis ?? attainmentOf(goal.baseline, goal, sign).basis,
    met,
    metShare,
    periodUnit: unit,
    periods: periodReadings,
    recent,
    progress,
    sustainment,
    trend,
    projected,
    expected,
    status,
    statusNote: '',
    skill,
    coverage,
  };
  return { ...result, statusNote: statusNote(result) };
}

function skillReading(goal: Goal, metric: MetricDefinition, level: number | null, sign: 1 | -1, trend: GoalTrend | null): SkillReading | null {
  if (metric.kind !== 'skill') return null;
  const rubric = metric.rubric;
  const standard = rubric?.standard ?? goal.target;
  const label = (value: number | null): string | null =>
    value === null ? null : (rubric?.levels.find((l) => l.value === value)?.label ?? null);
  return {
    level,
    levelLabel: label(level),
    standard,
    standardLabel: label(standard),
    atStandard: level !== null && atOrPast(level, standard, sign),
    trend: trend?.direction ?? null,
  };
}
