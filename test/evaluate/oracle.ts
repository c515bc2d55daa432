/**
 * A small independent oracle for one goal's figures, written from the rules of docs/evaluation.md
 * (not from src): every period walked, every point filtered, dates through `Date.UTC`. Plain
 * calendars only (no pauses, no holidays). It stands in for the frozen copy of the evaluator the
 * optimised code (period grids, cursors, periods counted but not built) used to be compared with.
 */
import type { Goal, MetricDefinition, Observation, Plan } from '../../src/index.js';

const MS = 86_400_000;
const dayOf = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS;
const dateOf = (day: number): string => new Date(day * MS).toISOString().slice(0, 10);
const isoWeekday = (day: number): number => ((new Date(day * MS).getUTCDay() + 6) % 7) + 1;

type Unit = 'day' | 'week' | 'month';

/** The calendar period of `unit` holding `day`, as [first, last] day. */
function periodOf(day: number, unit: Unit): [number, number] {
  if (unit === 'day') return [day, day];
  if (unit === 'week') return [day - isoWeekday(day) + 1, day - isoWeekday(day) + 7];
  const d = new Date(day * MS);
  return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS - 1];
}

/** The policy figures the oracle reads. */
export interface OraclePolicy {
  readonly minPartialPeriodShare: number;
  readonly periodMetShare: number;
  readonly workingDays: readonly number[];
  readonly sustainPeriods?: { readonly day: number; readonly week: number; readonly month: number };
}

/** One goal's figures as the rules give them (attainment and metShare unrounded). */
export interface OracleGoal {
  readonly window: { start: string; end: string };
  readonly observations: number;
  readonly observed: number | null;
  readonly attainment: number | null;
  readonly metShare: number | null;
  readonly met: boolean;
  readonly periods: { start: string; end: string; count: number; value: number | null; atTarget: boolean }[];
  /** Per-period goals: k, the periods looked at, and those at target. */
  readonly sustainment?: { periods: number; considered: number; atTarget: number };
}

/** The observations that count: the plan's own, then the feed's, a repeated id or a feed copy of the plan's own once. */
export function countedObservations(plan: Plan, feed: readonly Observation[]): Observation[] {
  const ids = new Set<string>();
  const own = new Set<string>();
  const figures = ({ id: _id, ...rest }: Observation) => JSON.stringify(Object.entries(rest).sort());
  const out: Observation[] = [];
  for (const [source, list] of [['own', plan.observations], ['feed', feed]] as const) {
    for (const o of list) {
      if (o.id !== undefined ? ids.has(o.id) : source === 'feed' && own.has(figures(o))) continue;
      if (o.id !== undefined) ids.add(o.id);
      if (source === 'own') own.add(figures(o));
      out.push(o);
    }
  }
  return out;
}

/** The goal's figures at `asOf` from the counted observations. */
export function oracleGoal(plan: Plan, planEnd: string, goal: Goal, metric: MetricDefinition, observations: readonly Observation[], asOf: string, policy: OraclePolicy): OracleGoal {
  const sign = metric.direction === 'higher_is_better' ? 1 : -1;
  const atOrPast = (v: number) => sign * (v - goal.target) >= -1e-9 * Math.max(1, Math.abs(goal.target));
  // The written window, cut to the plan's span.
  const end = goal.window?.end ?? goal.deadline ?? planEnd;
  const written = goal.window?.start ?? (plan.startDate <= end ? plan.startDate : end);
  const first = plan.startDate <= planEnd ? plan.startDate : planEnd;
  const cut = (d: string) => (d < first ? first : d > planEnd ? planEnd : d);
  const ws = dayOf(cut(written));
  const we = Math.max(ws, dayOf(cut(end)));
  const asOfDay = dayOf(asOf);
  const fits = (o: Observation) => (metric.aggregation === 'ratio' ? o.numerator !== undefined && o.denominator !== undefined : o.value !== undefined);
  const points = observations.filter((o) => o.metricId === metric.id && fits(o)).map((o) => ({ day: dayOf(o.date), o }));
  // Points of one day in the index's order: by value (numerator, denominator); the last is the latest.
  const key = (p: (typeof points)[number]) => [p.day, p.o.value ?? 0, p.o.numerator ?? 0, p.o.denominator ?? 0];
  const order = (a: (typeof points)[number], b: (typeof points)[number]) => key(a).reduce((c, v, i) => c || v - key(b)[i]!, 0);
  const between = (from: number, to: number) => points.filter((p) => p.day >= from && p.day <= to).sort(order);
  const aggregate = (ps: typeof points): number | undefined => {
    if (ps.length === 0) return undefined;
    if (metric.aggregation === 'latest') return ps[ps.length - 1]!.o.value;
    if (metric.aggregation === 'ratio') {
      const den = ps.reduce((s, p) => s + p.o.denominator!, 0);
      return den === 0 ? undefined : ps.reduce((s, p) => s + p.o.numerator!, 0) / den;
    }
    const sum = ps.reduce((s, p) => s + p.o.value!, 0);
    return metric.aggregation === 'mean' ? sum / ps.length : sum;
  };
  const working = (from: number, to: number) => {
    let n = 0;
    for (let d = from; d <= to; d += 1) if (policy.workingDays.includes(isoWeekday(d))) n += 1;
    return n;
  };
  const attainmentOf = (v: number) =>
    sign * (goal.target - goal.baseline) > 1e-9 * Math.max(1, Math.abs(goal.target)) ? (v - goal.baseline) / (goal.target - goal.baseline) : atOrPast(v) ? 1 : 0;
  const window = { start: dateOf(ws), end: dateOf(we) };
  if (asOfDay < ws) return { window, observations: 0, observed: null, attainment: null, metShare: null, met: false, periods: [] };
  const inWindow = between(ws, Math.min(we, asOfDay));
  const unit: Unit | undefined = ({ per_day: 'day', per_week: 'week', per_month: 'month' } as const)[goal.basis as 'per_day'];
  if (unit === undefined) {
    const observed = aggregate(inWindow) ?? null;
    return { window, observations: inWindow.length, observed, attainment: observed === null ? null : attainmentOf(observed), metShare: null, met: observed !== null && atOrPast(observed), periods: [] };
  }
  const periods: OracleGoal['periods'] = [];
  let wholeEnough = 0;
  for (let day = ws; day <= we; day = periodOf(day, unit)[1] + 1) {
    const [ps, pe] = periodOf(day, unit);
    const from = Math.max(ps, ws);
    const to = Math.min(pe, we);
    const full = working(ps, pe);
    const share = full === 0 ? 0 : working(from, to) / full;
    const whole = share >= policy.minPartialPeriodShare && share > 0;
    if (whole) wholeEnough += 1;
    if (to > asOfDay) continue; // not complete: counted, never read
    const inside = between(from, to);
    const raw = aggregate(inside);
    let value = raw;
    if (metric.aggregation === 'latest') value = aggregate(between(ws, to)); // the level held at the period's end
    else if (metric.aggregation === 'sum' && raw !== undefined && share > 0) value = raw / share; // paced to a full period
    const included = metric.aggregation === 'sum' ? whole || (unit === 'day' && inside.length > 0) : whole || inside.length > 0;
    if (included) periods.push({ start: dateOf(from), end: dateOf(to), count: inside.length, value: value ?? null, atTarget: value !== undefined && atOrPast(value) });
  }
  const values = periods.flatMap((p) => (p.value === null ? [] : [p.value]));
  const observed = values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : null;
  const metShare = periods.length > 0 ? periods.filter((p) => p.atTarget).length / periods.length : null;
  const met = metShare !== null && Math.round(metShare * 10_000) / 10_000 >= policy.periodMetShare;
  // The last k complete periods, k the policy's, capped by the periods whole enough to count.
  const k = Math.min(policy.sustainPeriods?.[unit] ?? { day: 10, week: 4, month: 2 }[unit], Math.max(1, wholeEnough));
  const last = periods.slice(-k);
  const sustainment = { periods: k, considered: last.length, atTarget: last.filter((p) => p.atTarget).length };
  return { window, observations: inWindow.length, observed, attainment: observed === null ? null : attainmentOf(observed), metShare, met, periods, sustainment };
}
