/**
 * A goal's series as the evaluation report charts it, taken from the evaluator's own period
 * readings (`GoalEvaluation.periods`: complete periods cut to the goal's window), so the chart
 * shows the same figures the status, trend and table rest on.
 *
 * - Levels and per-period goals: each period's value at the period's last day.
 * - Whole-window totals ("close $45,000 in 90 days"): the running total, from zero at the
 *   window's start, at each period's last day, and the total so far at the as-of date. A period
 *   cut by the window carries its total scaled to a full period (the evaluator's pace); the
 *   running total takes the period's own total back, using the evaluation policy's working days,
 *   less the holidays and paused days of the evaluation's calendar, exactly as the evaluator
 *   scaled it.
 *
 * @internal
 * @module
 */
import { isoWeekday, shiftDate, toDayNumber, type CalendarDate, type IsoWeekday } from '../dates/calendar.js';
import type { CalendarEvidence, GoalEvaluation } from '../evaluate/index.js';
import { periodOf, type PeriodUnit } from '../metrics/periods.js';
import type { ChartPoint } from './svg/line-chart.js';

/** One period of the series, for the text fallback. */
export interface SeriesPeriod {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** The period's value (for totals, the period's own total); null without data. */
  readonly value: number | null;
  /** Totals: the running total at the period's end. */
  readonly runningTotal: number | null;
  readonly atTarget: boolean | null;
}

/** What the chart and its fallback draw for one goal. */
export interface GoalSeries {
  readonly unit: PeriodUnit;
  readonly runningTotal: boolean;
  readonly points: readonly ChartPoint[];
  readonly periods: readonly SeriesPeriod[];
}

/** Days that are no working days although their weekday is: holidays and paused days. */
type OffDay = (day: CalendarDate) => boolean;

function workingDays(start: CalendarDate, end: CalendarDate, working: ReadonlySet<IsoWeekday>, off: OffDay): number {
  let count = 0;
  for (let day = start; day <= end; day = shiftDate(day, 1)) if (working.has(isoWeekday(day)) && !off(day)) count += 1;
  return count;
}

/** The share of a full period's working days inside the cut period, holidays and paused days left out (as the evaluator scales totals). */
function cutShare(start: CalendarDate, end: CalendarDate, unit: PeriodUnit, working: ReadonlySet<IsoWeekday>, off: OffDay): number {
  const full = periodOf(start, unit);
  const fullDays = workingDays(full.start, full.end, working, NEVER_OFF);
  const days = workingDays(start, end, working, off);
  if (days === fullDays) return 1;
  return fullDays === 0 ? 0 : days / fullDays;
}

const NEVER_OFF: OffDay = () => false;

/** The evaluation's holidays and paused days, as a test of a date. */
function offDays(calendar: CalendarEvidence | undefined): OffDay {
  if (calendar === undefined || (calendar.holidays.length === 0 && calendar.pauses.length === 0)) return NEVER_OFF;
  const holidays = new Set(calendar.holidays);
  return (day) => holidays.has(day) || calendar.pauses.some((p) => day >= p.start && day <= p.end);
}

/**
 * The series of one evaluated goal.
 *
 * @internal
 */
export function goalSeries(goal: GoalEvaluation, workingDayList: readonly IsoWeekday[], calendar?: CalendarEvidence): GoalSeries {
  const unit = goal.periodUnit;
  if (goal.reading !== 'window_total') {
    const periods = goal.periods.map((p) => ({ start: p.start, end: p.end, value: p.value, runningTotal: null, atTarget: p.atTarget }));
    return { unit, runningTotal: false, points: periods.map((p) => ({ x: p.end, y: p.value ?? undefined })), periods };
  }
  const working = new Set(workingDayList);
  const off = offDays(calendar);
  let total = 0;
  const periods: SeriesPeriod[] = goal.periods.map((p) => {
    const share = cutShare(p.start, p.end, unit, working, off);
    const own = p.value === null ? null : share > 0 ? p.value * share : p.value;
    total += own ?? 0;
    return { start: p.start, end: p.end, value: own, runningTotal: total, atTarget: null };
  });
  if (goal.evaluated === null) return { unit, runningTotal: true, points: [], periods };
  const points: ChartPoint[] = [{ x: goal.window.start, y: 0 }, ...periods.map((p) => ({ x: p.end, y: p.runningTotal ?? undefined }))];
  // The total so far at the as-of date, when it falls after the last complete period.
  const last = periods[periods.length - 1];
  if (goal.observed !== null && (last === undefined || toDayNumber(goal.evaluated.end) > toDayNumber(last.end))) {
    points.push({ x: goal.evaluated.end, y: goal.observed });
  }
  return { unit, runningTotal: true, points, periods };
}
