import { civilOf, dateText, dayOf, type CalendarDate } from '../dates/calendar.js';
import { writtenWindowOf } from '../dates/windows.js';
import { basisUnit } from '../metrics/aggregate.js';
import { aggregateColumns, firstAtOrAfter, NO_POINTS, rangeValue, type ColumnIndex, type PointColumns } from '../metrics/columns.js';
import { periodSpanOfDay, type PeriodUnit } from '../metrics/periods.js';
import { theilSenOf, trendValueAt } from '../metrics/trend.js';
import type { Goal, MetricDefinition, Plan } from '../schema/types.js';
import type { GoalReadingKind, GoalStatus, TrendDirection } from './codes.js';
import type { WorkCalendar } from './calendar.js';
import type { DayNames, GridPeriod, PeriodGrids } from './day-names.js';
import { statusNote } from './messages.js';
import { atOrPast, clamp, favourableSign, round4, shareOf, workingDaysWith } from './numbers.js';
import type { EvaluationPolicy } from './policy.js';
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
} from './types.js';

/** What every goal of one plan is evaluated against. */
export interface GoalContext {
  readonly plan: Plan;
  readonly planEnd: CalendarDate;
  readonly asOf: CalendarDate;
  readonly asOfDay: number;
  readonly policy: EvaluationPolicy;
  /** The plan's observations, indexed once (see indexForEvaluation). */
  readonly index: ColumnIndex;
  /** Working-day flags by ISO weekday (index 1..7). */
  readonly working: readonly boolean[];
  /** Working days in a week (the flags set). */
  readonly workingPerWeek: number;
  /** Dates and period keys, each written once per evaluation (or batch). */
  readonly names: DayNames;
  /** Periods of goal windows, worked out once per window and unit. */
  readonly grids: PeriodGrids;
  /** The plan's working calendar: holidays and paused days, and the plan clock a pause stops. */
  readonly calendar: WorkCalendar;
  /**
   * Figures only (evaluatePlanFigures): no status note is written and the period readings are not
   * kept (the goal's `periods` is empty); every figure is the same.
   */
  readonly figuresOnly?: boolean;
}

/** A period of a goal's window (cut to it), with its data when it has begun by `asOf`. */
interface Slot {
  readonly period: GridPeriod;
  /** Position in the window's list of periods: the trend's x. */
  readonly position: number;
  readonly complete: boolean;
  /** Counted at all: whole enough (or, for levels, with data). */
  readonly included: boolean;
  readonly count: number;
  /** The period's own aggregate. */
  readonly raw: number | undefined;
  /** The comparable value (see GoalPeriodReading.value). */
  readonly value: number | undefined;
}

const EMPTY: PointColumns = NO_POINTS;

/**
 * The goal's measurement window as the plan writes it: its own window, the plan's start to its
 * deadline, or the plan's dates (start to the end as it stands).
 *
 * @internal
 */
export function writtenGoalWindow(goal: Goal, plan: Plan, planEnd: CalendarDate): EvaluationSpan {
  const written = writtenWindowOf(goal, plan.startDate, planEnd) as EvaluationSpan;
  // A deadline (or an end) before the plan's start: the window is that one day.
  return goal.window || written.start <= written.end ? written : { start: written.end, end: written.end };
}

/**
 * The written window on the plan clock: with the policy's `windowsFollowPauses` (the default),
 * the dates the goal writes (its window, its deadline) move later by the days the plan was paused
 * before them, as the plan's end date does; a window over the plan's dates follows the end as it
 * stands. Without pauses, or when windows do not follow them, the written window itself.
 *
 * @internal
 */
export function movedGoalWindow(goal: Goal, plan: Plan, planEnd: CalendarDate, calendar: WorkCalendar | undefined): EvaluationSpan {
  const written = writtenGoalWindow(goal, plan, planEnd);
  if (calendar === undefined || !calendar.follow || calendar.paused.length === 0 || (!goal.window && goal.deadline === undefined)) return written;
  const move = (date: CalendarDate): CalendarDate => dateText(calendar.shift(dayOf(date)));
  if (goal.window) {
    const start = move(written.start);
    const end = move(written.end);
    return start === written.start && end === written.end ? written : { start, end };
  }
  const end = move(written.end);
  return end === written.end ? written : { start: plan.startDate <= end ? plan.startDate : end, end };
}

/**
 * The goal's window as it is evaluated: {@link movedGoalWindow} cut to the plan's span (its
 * start to `planEnd`, extensions and pauses included), so no window can make an evaluation
 * longer than its plan. A window wholly outside the plan becomes the plan's day nearest to it.
 *
 * @internal
 */
export function goalWindow(goal: Goal, plan: Plan, planEnd: CalendarDate, calendar?: WorkCalendar): EvaluationSpan {
  const written = movedGoalWindow(goal, plan, planEnd, calendar);
  const first = plan.startDate <= planEnd ? plan.startDate : planEnd;
  const inside = (date: CalendarDate): CalendarDate => (date < first ? first : date > planEnd ? planEnd : date);
  const start = inside(written.start);
  const end = inside(written.end);
  return start === written.start && end === written.end ? written : { start, end: end < start ? start : end };
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

/**
 * The last day of a window whose periods are worked out one by one: the end of the period holding
 * `asOf` (or the window's end, if sooner). Periods after it have begun after `asOf`: they hold no
 * data, are never complete, and are only counted ({@link periodCounts}). Before the window starts,
 * none is worked out.
 */
function builtEnd(windowStart: number, windowEnd: number, unit: PeriodUnit, asOfDay: number): number {
  if (asOfDay >= windowEnd) return windowEnd;
  if (asOfDay < windowStart) return windowStart - 1;
  return Math.min(windowEnd, periodSpanOfDay(asOfDay, unit).end);
}

/** Month number (year * 12 + month) of a day number. */
function monthIndex(day: number): number {
  const { year, month } = civilOf(day);
  return year * 12 + month;
}

/**
 * How many periods of `unit` overlap `start .. end` and how many of them, cut to it, hold at least
 * `minPartialPeriodShare` of a full period's working days: what walking `PeriodGrids.of(start, end,
 * unit)` would count, worked out from the first and last period alone (the ones between are whole).
 * With a calendar that has holidays or pauses, the periods are walked one by one instead: periods
 * wholly paused are not counted at all, and working days leave out holidays and paused days.
 *
 * @internal
 */
export function periodCounts(
  start: number,
  end: number,
  unit: PeriodUnit,
  ctx: Pick<GoalContext, 'working' | 'workingPerWeek' | 'policy'> & { readonly calendar?: WorkCalendar },
): { count: number; wholeEnough: number } {
  if (end < start) return { count: 0, wholeEnough: 0 };
  const { working, workingPerWeek: perWeek, calendar } = ctx;
  const minShare = ctx.policy.minPartialPeriodShare;
  if (calendar !== undefined && !calendar.plain) return walkedCounts(start, end, unit, minShare, calendar);
  // A day's share is 1 on a working day and 0 otherwise.
  if (unit === 'day') return { count: end - start + 1, wholeEnough: workingDaysWith(start, end, working, perWeek) };
  const wholeEnough = (from: number, to: number, period: { readonly start: number; readonly end: number }): number => {
    const full = workingDaysWith(period.start, period.end, working, perWeek);
    const share = full === 0 ? 0 : workingDaysWith(from, to, working, perWeek) / full;
    return share >= minShare && share > 0 ? 1 : 0;
  };
  const first = periodSpanOfDay(start, unit);
  const last = periodSpanOfDay(end, unit);
  if (first.start === last.start) return { count: 1, wholeEnough: wholeEnough(start, end, first) };
  const count = (unit === 'week' ? (last.start - first.start) / 7 : monthIndex(last.start) - monthIndex(first.start)) + 1;
  // Whole weeks and months between: every weekday is in them, so they count when any day works.
  const between = perWeek > 0 ? count - 2 : 0;
  return { count, wholeEnough: wholeEnough(start, first.end, first) + between + wholeEnough(last.start, end, last) };
}

/** {@link periodCounts} on a calendar with holidays or pauses: each period walked. */
function walkedCounts(start: number, end: number, unit: PeriodUnit, minShare: number, calendar: WorkCalendar): { count: number; wholeEnough: number } {
  // Days: one period each; a paused day is none, a working day is whole.
  if (unit === 'day') return { count: end - start + 1 - calendar.pausedDays(start, end), wholeEnough: calendar.workingDays(start, end) };
  let count = 0;
  let wholeEnough = 0;
  let period = periodSpanOfDay(start, unit);
  for (;;) {
    const from = Math.max(period.start, start);
    const to = Math.min(period.end, end);
    if (!calendar.pausedAll(from, to)) {
      count += 1;
      const full = workingDaysWith(period.start, period.end, calendar.working, calendar.perWeek);
      const share = full === 0 ? 0 : calendar.workingDays(from, to) / full;
      if (share >= minShare && share > 0) wholeEnough += 1;
    }
    if (period.end >= end) return { count, wholeEnough };
    period = periodSpanOfDay(period.end + 1, unit);
  }
}

/**
 * The periods of a window in a unit (as periodsBetween gives them), cut to the window, with their
 * data up to `asOf`; all in day numbers. Only the periods begun by `asOf` are worked out
 * ({@link builtEnd}); the ones after them are counted by {@link periodCounts}.
 */
function slotsFor(points: PointColumns, metric: MetricDefinition, windowStart: number, windowEnd: number, unit: PeriodUnit, ctx: GoalContext): Slot[] {
  const out: Slot[] = [];
  const { asOfDay } = ctx;
  const minShare = ctx.policy.minPartialPeriodShare;
  const aggregation = metric.aggregation;
  const { data, start: base, length: n } = points;
  // Periods come in day order: one cursor walks the points once instead of a search per period.
  const windowFirst = firstAtOrAfter(points, windowStart);
  let cursor = windowFirst;
  const grid = ctx.grids.of(windowStart, builtEnd(windowStart, windowEnd, unit, asOfDay), unit);
  for (let i = 0; i < grid.length; i += 1) {
    const period = grid[i] as GridPeriod;
    const { startDay, endDay, share } = period;
    // A period wholly paused is outside every measure: no slot, no position on the trend's axis.
    if (period.paused) {
      while (cursor < n && (data[(base + cursor) * 4] as number) <= endDay) cursor += 1;
      continue;
    }
    const position = out.length;
    let count = 0;
    let raw: number | undefined;
    let value: number | undefined;
    if (startDay <= asOfDay) {
      const to = Math.min(endDay, asOfDay);
      let first = cursor;
      while (first < n && (data[(base + first) * 4] as number) < startDay) first += 1;
      let last = first;
      while (last < n && (data[(base + last) * 4] as number) <= to) last += 1;
      cursor = last;
      count = last - first;
      // aggregateColumns' value over [first, last): the same sums in the same order.
      if (count > 0) raw = rangeValue(points, aggregation, first, last);
      // `latest`: the level held at the period's end, from the window's start (the last point up to `to`).
      if (aggregation === 'latest') value = last > windowFirst ? (data[(base + last - 1) * 4 + 1] as number) : undefined;
      else if (aggregation === 'sum') value = raw === undefined ? undefined : share > 0 ? raw / share : raw;
      else value = raw;
    }
    const whole = share >= minShare && share > 0;
    const included = aggregation === 'sum' ? whole || (unit === 'day' && count > 0) : whole || count > 0;
    out.push({ period, position, complete: endDay <= asOfDay, included, count, raw, value });
  }
  return out;
}

/** The expected trajectory: anchors through which it runs straight. */
interface Trajectory {
  readonly anchors: readonly { readonly day: number; readonly value: number }[];
  readonly source: ExpectedValue['source'];
}

/** Periods at or past target among the flags from position `from` on. */
function countAtTarget(atTarget: readonly boolean[], from = 0): number {
  let n = 0;
  for (let i = Math.max(0, from); i < atTarget.length; i += 1) if (atTarget[i]) n += 1;
  return n;
}

/** The mean of the periods' values, those without one left out (null when none has one). */
function meanValue(slots: readonly Slot[]): number | null {
  let sum = 0;
  let n = 0;
  for (const slot of slots) {
    if (slot.value === undefined) continue;
    sum += slot.value;
    n += 1;
  }
  return n > 0 ? sum / n : null;
}

/**
 * The trajectory on the plan clock ({@link WorkCalendar.clockDay}): paused days do not move it, so
 * nothing more is expected of a rep on leave. Milestones are written dates: they move with the
 * plan clock like the window (when windows follow pauses).
 */
function trajectoryOf(goal: Goal, reading: GoalReadingKind, startDay: number, endDay: number, calendar: WorkCalendar): Trajectory {
  // Milestones inside the window, in date order (the last of a day wins); without any, straight
  // from the start (or zero, for totals) to the target.
  const inside = (goal.milestones ?? [])
    .map((m) => ({ day: calendar.shift(dayOf(m.date)), value: m.target }))
    .filter((m) => m.day > startDay && m.day < endDay)
    .sort((a, b) => a.day - b.day || a.value - b.value);
  const milestones = inside
    .filter((m, i) => i === inside.length - 1 || inside[i + 1]!.day !== m.day)
    .map((m) => ({ day: calendar.clockDay(m.day), value: m.value }));
  const start = calendar.clockDay(startDay);
  const first = reading === 'window_total' ? { day: start - 1, value: 0 } : { day: start, value: goal.baseline };
  const source = milestones.length > 0 ? 'milestones' : reading === 'window_total' ? 'pro_rata' : 'straight_line';
  return { anchors: [first, ...milestones, { day: calendar.clockDay(endDay), value: goal.target }], source };
}

/** The trajectory's value on a day of the plan clock. */
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

/** The trajectory's mean over the calendar days `fromDay .. toDay` that are not paused. */
function trajectoryMean(trajectory: Trajectory, fromDay: number, toDay: number, calendar: WorkCalendar): number {
  let sum = 0;
  let n = 0;
  for (let day = fromDay; day <= toDay; day += 1) {
    if (!calendar.plain && calendar.isPaused(day)) continue;
    sum += trajectoryAt(trajectory, calendar.clockDay(day));
    n += 1;
  }
  return n > 0 ? sum / n : trajectoryAt(trajectory, calendar.clockDay(toDay));
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
  return Object.freeze({
    id: metric.id,
    name: metric.name,
    kind: metric.kind,
    unit: metric.unit,
    currency: metric.currency ?? null,
    durationUnit: metric.durationUnit ?? null,
    direction: metric.direction,
    aggregation: metric.aggregation,
  });
}

function coverageOf(slots: readonly Slot[], unit: PeriodUnit): GoalCoverage {
  let elapsed = 0;
  let withData = 0;
  for (const slot of slots) {
    // Complete periods only: a period in progress is not evidence yet, even once it has data.
    if (!(slot.complete && slot.included)) continue;
    elapsed += 1;
    if (slot.count > 0) withData += 1;
  }
  return Object.freeze({ unit, elapsed, withData, share: shareOf(withData, elapsed) });
}

/**
 * A trend's direction: improving or declining past the policy's flat share, else flat.
 *
 * @internal
 */
export function trendDirection(slopeShare: number, policy: EvaluationPolicy): TrendDirection {
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
  const { calendar } = ctx;
  const window = Object.freeze(goalWindow(goal, ctx.plan, ctx.planEnd, calendar));
  const windowStart = dayOf(window.start);
  const windowEnd = dayOf(window.end);
  const { names } = ctx;
  const phase = ctx.asOfDay < windowStart ? 'not_started' : ctx.asOfDay >= windowEnd ? 'ended' : 'running';
  const evaluatedEnd = Math.min(windowEnd, ctx.asOfDay);
  const evaluated = phase === 'not_started' ? null : Object.freeze({ start: window.start, end: names.date(evaluatedEnd) });
  const points = ctx.index.get(metric.id) ?? EMPTY;
  const unit: PeriodUnit = basisUnit(goal.basis) ?? policy.seriesUnit;
  const slots = slotsFor(points, metric, windowStart, windowEnd, unit, ctx);
  // The periods after those worked out: begun after asOf, counted only.
  const later = periodCounts(builtEnd(windowStart, windowEnd, unit, ctx.asOfDay) + 1, windowEnd, unit, ctx);
  const periodCount = slots.length + later.count;
  // Complete periods that count, and periods whole enough to count once complete: one pass.
  const counted: Slot[] = [];
  let wholeEnough = later.wholeEnough;
  for (const slot of slots) {
    if (slot.complete && slot.included) counted.push(slot);
    if (slot.period.share >= policy.minPartialPeriodShare && slot.period.share > 0) wholeEnough += 1;
  }
  const gapAbs = Math.abs(goal.target - goal.baseline);
  const levelScale = gapAbs > 1e-9 * Math.max(1, Math.abs(goal.target)) ? gapAbs : Math.max(Math.abs(goal.target), 1);
  const includable = Math.max(1, wholeEnough);
  const trendScale = reading === 'window_total' ? levelScale / includable : levelScale;
  // Working days in the whole window: totals are scaled by them.
  const windowDays = reading === 'window_total' ? calendar.workingDays(windowStart, windowEnd) : 0;

  // Observed value so far.
  let observed: number | null = null;
  let observations = 0;
  let numerator: number | null = null;
  let denominator: number | null = null;
  let lastObservedOn: CalendarDate | null = null;
  if (evaluated) {
    const whole = aggregateColumns(points, metric.aggregation, windowStart, evaluatedEnd);
    observations = whole.count;
    lastObservedOn = whole.lastDay === undefined ? null : names.date(whole.lastDay);
    if (metric.aggregation === 'ratio' && whole.count > 0) {
      numerator = whole.numerator ?? null;
      denominator = whole.denominator ?? null;
    }
    observed = reading === 'per_period' ? meanValue(counted) : (whole.value ?? null);
  }

  const attainment = observed === null ? null : attainmentOf(observed, goal, sign);
  const attainmentRaw = attainment?.raw ?? null;
  const attainmentClamped = attainmentRaw === null ? null : clamp(attainmentRaw, 0, 1);

  // Per-period readings and met. Window totals have no period at target; the readings themselves
  // are built only for the full result (the figures path counts the flags).
  const atTargetFlags: boolean[] = [];
  for (const slot of counted) atTargetFlags.push(reading !== 'window_total' && slot.value !== undefined && atOrPast(slot.value, goal.target, sign));
  const periodReadings: readonly GoalPeriodReading[] = ctx.figuresOnly
    ? NO_READINGS
    : Object.freeze(
        counted.map((slot, i) =>
          Object.freeze({
            key: slot.period.key,
            start: slot.period.start,
            end: slot.period.end,
            count: slot.count,
            value: slot.value ?? null,
            atTarget: reading === 'window_total' ? null : atTargetFlags[i]!,
          }),
        ),
      );
  const atTargetCount = countAtTarget(atTargetFlags);
  const metShare = reading === 'per_period' ? shareOf(atTargetCount, counted.length) : null;
  const met =
    reading === 'per_period'
      ? metShare !== null && metShare >= policy.periodMetShare
      : observed !== null && atOrPast(observed, goal.target, sign);

  // Recent level and sustainment over the last k complete periods.
  const k = Math.min(policy.sustainPeriods[unit], includable);
  const lookback = counted.slice(-k);

  let recent: RecentLevel | null = null;
  if (lookback.length > 0 && evaluated) {
    const first = lookback[0]!;
    const last = lookback[lookback.length - 1]!;
    let value: number | null = null;
    if (reading === 'window_level') {
      value = aggregateColumns(points, metric.aggregation, first.period.startDay, last.period.endDay).value ?? null;
    } else if (reading === 'latest_level') {
      value = observed;
    } else if (reading === 'per_period') {
      value = meanValue(lookback);
    } else {
      const total = lookback.reduce((sum, s) => sum + (s.raw ?? 0), 0);
      const days = lookback.reduce((sum, s) => sum + s.period.workingDays, 0);
      value = lookback.some((s) => s.count > 0) && days > 0 ? (total * windowDays) / days : null;
    }
    recent = Object.freeze({
      start: first.period.start,
      end: last.period.end,
      periods: lookback.length,
      value,
      progress: value === null ? null : attainmentOf(value, goal, sign).raw,
    });
  }
  let sustainment: Sustainment | null = null;
  if (reading !== 'window_total' && evaluated) {
    // The last k readings: as many as the lookback's slots.
    const atTarget = countAtTarget(atTargetFlags, atTargetFlags.length - lookback.length);
    const share = shareOf(atTarget, lookback.length);
    sustainment = Object.freeze({
      unit,
      periods: k,
      considered: lookback.length,
      atTarget,
      share,
      sustained: lookback.length >= k && share !== null && share >= policy.sustainShare,
    });
  }

  // Trend and projection.
  const trendXs: number[] = [];
  const trendYs: number[] = [];
  let allNonNegative = true;
  let allNonPositive = true;
  for (const slot of counted) {
    if (slot.count === 0) continue;
    const y = metric.aggregation === 'latest' ? slot.raw : slot.value;
    if (y === undefined || !Number.isFinite(y)) continue;
    trendXs.push(slot.position);
    trendYs.push(y);
    if (!(y >= 0)) allNonNegative = false;
    if (!(y <= 0)) allNonPositive = false;
  }
  let trend: GoalTrend | null = null;
  let projected: number | null = null;
  const line = trendXs.length >= policy.minTrendPoints ? theilSenOf(trendXs, trendYs, ctx.names.scratch) : undefined;
  if (line) {
    const slopeShare = round4((sign * line.slope) / trendScale);
    trend = Object.freeze({ unit, slope: line.slope, slopeShare, direction: trendDirection(slopeShare, policy), points: line.points });
    const bound = (v: number): number => (allNonNegative && v < 0 ? 0 : allNonPositive && v > 0 ? 0 : v);
    if (reading !== 'window_total') projected = bound(trendValueAt(line, periodCount - 1));
  }
  if (reading === 'window_total' && observed !== null && evaluated) {
    // Totals are lumpy (a deal closes or not): project at the pace so far, per working day.
    const elapsedDays = calendar.workingDays(windowStart, evaluatedEnd);
    projected = elapsedDays > 0 ? (observed * windowDays) / elapsedDays : observed;
  }

  // Expected trajectory and status.
  const trajectory = trajectoryOf(goal, reading, windowStart, windowEnd, calendar);
  let expected: ExpectedValue | null = null;
  if (evaluated && observed !== null) {
    let current = observed;
    let value = trajectoryAt(trajectory, calendar.clockDay(evaluatedEnd));
    if ((reading === 'window_level' || reading === 'per_period') && recent !== null && recent.value !== null) {
      // A level over recent periods is compared with the trajectory's mean over the same days.
      current = recent.value;
      value = trajectoryMean(trajectory, lookback[0]!.period.startDay, lookback[lookback.length - 1]!.period.endDay, calendar);
    }
    // Totals: behind as a share of what was expected by now (the pace shortfall); levels: of the gap.
    const scale = reading === 'window_total' ? (Math.abs(value) > 1e-9 ? Math.abs(value) : Math.max(Math.abs(goal.target), 1e-9)) : levelScale;
    expected = Object.freeze({ value, current, behindShare: round4((sign * (value - current)) / scale), source: trajectory.source });
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
  // Another unit than the goal's own: its periods read the same way, counted the same way.
  const coverage = coverageOf(coverageUnit === unit ? slots : slotsFor(points, metric, windowStart, windowEnd, coverageUnit, ctx), coverageUnit);

  const result: { -readonly [K in keyof GoalEvaluation]: GoalEvaluation[K] } = {
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
  // The note reads the finished result; written in place (the object is fresh), key order unchanged.
  if (!ctx.figuresOnly) result.statusNote = statusNote(result);
  return Object.freeze(result);
}

const NO_READINGS: readonly GoalPeriodReading[] = Object.freeze([]);

function skillReading(goal: Goal, metric: MetricDefinition, level: number | null, sign: 1 | -1, trend: GoalTrend | null): SkillReading | null {
  if (metric.kind !== 'skill') return null;
  const rubric = metric.rubric;
  const standard = rubric?.standard ?? goal.target;
  const label = (value: number | null): string | null =>
    value === null ? null : (rubric?.levels.find((l) => l.value === value)?.label ?? null);
  return Object.freeze({
    level,
    levelLabel: label(level),
    standard,
    standardLabel: label(standard),
    atStandard: level !== null && atOrPast(level, standard, sign),
    trend: trend?.direction ?? null,
  });
}
