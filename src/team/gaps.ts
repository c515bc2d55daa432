import { deepFreeze } from '../frozen/deep-freeze.js';
import { toDayNumber } from '../dates/calendar.js';
import { aggregateMetric, indexObservations, periodSeries, type AggregateValue, type DateSpan, type RepObservations, type TeamObservations } from '../metrics/aggregate.js';
import type { Period, PeriodUnit } from '../metrics/periods.js';
import { median } from '../metrics/trend.js';
import { decimalToNumber, sumExact } from '../numbers/decimal.js';
import type { MetricDefinition } from '../schema/types.js';
import { analyzeWith, type GapAnalysis } from '../gaps/analyze.js';
import { GAP_RUN_MESSAGES, TEAM_GAP_ISSUE_MESSAGES, type GapRunFacts, type TeamGapIssueFactsByCode } from '../gaps/messages.js';
import { createIssue, type IssueOf } from '../issues/issue.js';
import type { PolicyIssue } from '../policy/index.js';
import { atLeast, GAP_POLICY, type GapPolicy, type GapPolicyOverrides, type TeamStandard } from '../gaps/policy.js';

/** What to compare: one metric, over a span, per week or month. */
export interface TeamGapRequest {
  readonly metricId: string;
  /** The span to cover (inclusive); periods are clipped to it. */
  readonly span: DateSpan;
  /** The period length. */
  readonly unit: PeriodUnit;
  /**
   * Compare each rep with the reps of the same group (the same manager, the same team) as well
   * as with the whole team: the report's `groups` then holds one result per group, each with its
   * own standard, in the order the groups first appear among the reps. Either a record from rep
   * id to group key (`{ 'rep-1': 'mgr-dana', 'rep-2': 'mgr-dana', 'rep-3': 'mgr-lee' }`: plain
   * data, as a JSON request carries it), or a function of the rep giving its key. A rep it gives
   * no key (`undefined`, missing from the record) is in no group, with a `rep_ungrouped` issue.
   * A group of one rep is compared with itself: its standard is that rep's own value, so the rep
   * is never short in it (a group needs two reps or more for its standard to mean anything).
   */
  readonly groupBy?: Readonly<Record<string, string>> | ((rep: RepObservations) => string | undefined);
}

/** One group's standard per period and its reps' gaps to it (see {@link TeamGapRequest.groupBy}). */
export interface TeamGroupGapReport {
  /** The group's key, as `groupBy` gave it. */
  readonly key: string;
  readonly periods: readonly TeamPeriodStandard[];
  readonly reps: readonly RepGapReport[];
}

/** The team's standard for one period. */
export interface TeamPeriodStandard {
  readonly period: Period;
  /**
   * The team's pooled rate (ratio metrics, by default) or the mean or median of the reps' values
   * (money rounded to whole minor units); undefined without data.
   */
  readonly standard: number | undefined;
  /** How the standard was computed. */
  readonly method: TeamStandard;
  /** Reps with a value in the period. */
  readonly repsWithData: number;
}

/** One rep's value in one period, against the team's standard. */
export interface RepPeriodGap {
  readonly period: Period;
  /** The rep's value (by the metric's aggregation); undefined without data. */
  readonly value: number | undefined;
  /** The team's standard for the period. */
  readonly standard: number | undefined;
  /** The gap, when both the value and the standard exist. */
  readonly analysis?: GapAnalysis;
  /** True when the gap is at least the policy's `sustainedSeverity`. */
  readonly short: boolean;
}

/** A run of consecutive short periods. */
export interface GapRun {
  readonly length: number;
  /** The keys of the periods in the run, in order. */
  readonly periods: readonly string[];
  /** First day of the first period. */
  readonly start: string;
  /** Last day of the last period. */
  readonly end: string;
}

/** One rep's gaps to the team, period by period, and whether they are sustained. */
export interface RepGapReport {
  readonly repId: string;
  readonly name?: string;
  readonly periods: readonly RepPeriodGap[];
  /** The longest run of consecutive short periods (a period without data ends a run). */
  readonly longestRun: GapRun | undefined;
  /** The run that ends with the last period, if that period is short. */
  readonly trailingRun: GapRun | undefined;
  /** True when the longest run has at least the policy's `sustainedPeriods` periods. */
  readonly sustained: boolean;
  /** True when the trailing run has at least `sustainedPeriods` periods: the pattern is still going on. */
  readonly sustainedNow: boolean;
  /** The data the sentence is worded from (`GAP_RUN_MESSAGES[sustained ? 'sustained' : 'not_sustained'](facts)`). */
  readonly facts: GapRunFacts;
  /** One sentence about the longest run. */
  readonly message: string;
}

/**
 * A problem with a team gap request (an unknown metric; a rep `groupBy` gives no group, at
 * `['groupBy', repId]`), or with its policy (`policy_invalid`): an issue of the shared shape, one
 * per code (checking `code` narrows `facts`), its `message` written from its frozen `facts` by the
 * English catalog `TEAM_GAP_ISSUE_MESSAGES` (`TeamGapIssueFactsByCode` gives the facts of each code).
 */
export type TeamGapIssue = IssueOf<TeamGapIssueFactsByCode>;

/** A team's standard per period and each rep's gaps to it. */
export interface TeamGapReport {
  readonly metricId: string;
  readonly unit: PeriodUnit;
  readonly policy: GapPolicy;
  readonly periods: readonly TeamPeriodStandard[];
  readonly reps: readonly RepGapReport[];
  /**
   * With `groupBy`: one result per group, each rep against its own group's standard (the
   * `periods` and `reps` above stay the whole team's). Absent without `groupBy`.
   */
  readonly groups?: readonly TeamGroupGapReport[];
  /**
   * Problems with the policy (`policy_invalid`: the default was used for each bad field), then
   * with the request (`metric_unknown`: the report is then empty).
   */
  readonly issues: readonly TeamGapIssue[];
}

/** One rep's value for a span: a {@link AggregateValue} fits. */
interface RepValue {
  readonly value: number | undefined;
  readonly numerator?: number;
  readonly denominator?: number;
}

/**
 * The method a metric's team standard uses under a policy: `ratioTeamStandard` for ratio metrics
 * (aggregation `ratio`), `teamStandard` for the others.
 *
 * @internal
 */
export function teamMethodFor(metric: Pick<MetricDefinition, 'aggregation'>, policy: Pick<GapPolicy, 'teamStandard' | 'ratioTeamStandard'>): TeamStandard {
  return metric.aggregation === 'ratio' ? policy.ratioTeamStandard : policy.teamStandard;
}

/**
 * The team's standard from the reps' values: mean (summed in exact decimal), median, or, for a
 * ratio metric, the pooled rate (the reps' numerators over their denominators, each summed in
 * exact decimal). Reps without a value (no data, or a ratio over zero attempts) are left out.
 * Money is rounded to whole minor units, half away from zero. `pooled` for a metric without
 * numerators and denominators is the mean.
 *
 * @internal
 */
export function teamStandardOf(reps: readonly RepValue[], method: TeamStandard, metric: Pick<MetricDefinition, 'unit'>): number | undefined {
  const withData = reps.filter((rep): rep is RepValue & { value: number } => rep.value !== undefined && Number.isFinite(rep.value));
  if (withData.length === 0) return undefined;
  const values = withData.map((rep) => rep.value);
  let raw: number;
  if (method === 'pooled' && withData.every((rep) => rep.numerator !== undefined && rep.denominator !== undefined)) {
    raw = decimalToNumber(sumExact(withData.map((rep) => rep.numerator as number))) / decimalToNumber(sumExact(withData.map((rep) => rep.denominator as number)));
  } else raw = method === 'median' ? (median(values) as number) : decimalToNumber(sumExact(values)) / values.length;
  if (metric.unit !== 'currency') return raw;
  const rounded = Math.sign(raw) * Math.round(Math.abs(raw));
  return rounded === 0 ? 0 : rounded;
}

function toRun(periods: readonly RepPeriodGap[], from: number, to: number): GapRun | undefined {
  if (to < from) return undefined;
  const slice = periods.slice(from, to + 1);
  return {
    length: slice.length,
    periods: slice.map((p) => p.period.key),
    start: (slice[0] as RepPeriodGap).period.start,
    end: (slice[slice.length - 1] as RepPeriodGap).period.end,
  };
}

/** The longest and the trailing run of short periods. */
function runsOf(periods: readonly RepPeriodGap[]): { longest: GapRun | undefined; trailing: GapRun | undefined } {
  let bestFrom = 0;
  let bestLength = 0;
  let from = 0;
  for (let i = 0; i < periods.length; i += 1) {
    if (!(periods[i] as RepPeriodGap).short) {
      from = i + 1;
      continue;
    }
    if (i - from + 1 > bestLength) {
      bestLength = i - from + 1;
      bestFrom = from;
    }
  }
  return {
    longest: bestLength === 0 ? undefined : toRun(periods, bestFrom, bestFrom + bestLength - 1),
    trailing: toRun(periods, from, periods.length - 1),
  };
}

/**
 * The team's standard for a metric in each period, each rep's gap to it, and whether a rep's gap
 * is sustained over the policy's number of consecutive periods rather than one bad period. The
 * standard is, per policy, the team's pooled rate for a ratio metric (`ratioTeamStandard`,
 * default `pooled`: all the reps' conversions over all their attempts) and the mean or median of
 * the reps' values for the others (`teamStandard`, default `mean`). The rep's own value is part
 * of the team standard. Periods where a rep has no data are not short and end a run.
 *
 * @example
 * ```ts
 * const report = analyzeTeamGaps(crm.team, { metricId: 'crm-won-revenue', span: { start: '2017-03-01', end: '2017-12-31' }, unit: 'month' });
 * report.reps.filter((rep) => rep.sustainedNow).map((rep) => rep.name);
 * // => the reps short of the team average for at least 3 months up to December
 *
 * // per manager, in one call; "20% or more below" the manager's team flags a month
 * const byManager = analyzeTeamGaps(crm.team, { metricId: 'crm-won-revenue', span, unit: 'month', groupBy: { 'rep-1': 'mgr-dana', 'rep-2': 'mgr-dana', 'rep-3': 'mgr-lee' } }, { shortfall: 0.2 });
 * byManager.groups?.map((group) => [group.key, group.reps.filter((rep) => rep.sustainedNow).map((rep) => rep.repId)]);
 * ```
 */
export function analyzeTeamGaps(team: TeamObservations, request: TeamGapRequest, policy?: GapPolicyOverrides): TeamGapReport {
  const { policy: resolved, issues: policyIssues } = GAP_POLICY.resolve(policy);
  const metric = team.metrics.find((m) => m.id === request.metricId);
  if (!metric) {
    return deepFreeze(
      {
        metricId: request.metricId,
        unit: request.unit,
        policy: resolved,
        periods: [],
        reps: [],
        issues: [...policyIssues, teamGapIssue('metric_unknown', ['metricId'], { metricId: request.metricId, defined: Object.freeze(team.metrics.map((m) => m.id)) })],
      },
    );
  }
  const whole = compareReps(team.reps, metric, request, resolved);
  const issues: TeamGapIssue[] = [...policyIssues];
  let groups: TeamGroupGapReport[] | undefined;
  if (request.groupBy !== undefined) {
    const members = new Map<string, RepObservations[]>();
    for (const rep of team.reps) {
      const key = groupKey(request.groupBy, rep);
      if (key === undefined) {
        issues.push(teamGapIssue('rep_ungrouped', ['groupBy', rep.repId], { repId: rep.repId }));
        continue;
      }
      const list = members.get(key);
      if (list) list.push(rep);
      else members.set(key, [rep]);
    }
    groups = [...members].map(([key, reps]) => ({ key, ...compareReps(reps, metric, request, resolved) }));
  }
  return deepFreeze({ metricId: metric.id, unit: request.unit, policy: resolved, ...whole, ...(groups === undefined ? {} : { groups }), issues });
}

/** A team gap issue: its facts frozen, its message written by the English catalog. */
function teamGapIssue<C extends 'metric_unknown' | 'rep_ungrouped'>(code: C, path: readonly (string | number)[], facts: TeamGapIssueFactsByCode[C]): TeamGapIssue {
  return createIssue<TeamGapIssueFactsByCode, C>(code, path, facts, TEAM_GAP_ISSUE_MESSAGES) as TeamGapIssue;
}

function groupKey(groupBy: NonNullable<TeamGapRequest['groupBy']>, rep: RepObservations): string | undefined {
  const key = typeof groupBy === 'function' ? groupBy(rep) : Object.hasOwn(groupBy, rep.repId) ? groupBy[rep.repId] : undefined;
  return typeof key === 'string' ? key : undefined;
}

/** The standard per period among `reps`, and each rep's gaps to it. */
function compareReps(
  teamReps: readonly RepObservations[],
  metric: MetricDefinition,
  request: TeamGapRequest,
  resolved: GapPolicy,
): { periods: TeamPeriodStandard[]; reps: RepGapReport[] } {
  const series = teamReps.map((rep) => periodSeries(indexObservations(rep.observations), metric, request.span, request.unit));
  const periodCount = series[0]?.length ?? 0;
  const method = teamMethodFor(metric, resolved);
  const periods: TeamPeriodStandard[] = [];
  for (let p = 0; p < periodCount; p += 1) {
    const points: AggregateValue[] = [];
    for (const repSeries of series) {
      const point = repSeries[p];
      if (point?.value !== undefined && Number.isFinite(point.value)) points.push(point);
    }
    const period = (series[0] as NonNullable<(typeof series)[0]>)[p]!.period;
    periods.push({ period, standard: teamStandardOf(points, method, metric), method, repsWithData: points.length });
  }
  const reps = teamReps.map((rep, r): RepGapReport => {
    const repPeriods = (series[r] ?? []).map((point, p): RepPeriodGap => {
      const standard = periods[p]?.standard;
      const value = point.value !== undefined && Number.isFinite(point.value) ? point.value : undefined;
      if (value === undefined || standard === undefined) return { period: point.period, value, standard, short: false };
      const analysis = analyzeWith({ current: value, standard }, metric, resolved);
      return { period: point.period, value, standard, analysis, short: atLeast(analysis.severity, resolved.sustainedSeverity) };
    });
    const { longest, trailing } = runsOf(repPeriods);
    const facts: GapRunFacts = {
      rep: rep.name ?? rep.repId,
      metricName: metric.name,
      length: longest?.length ?? 0,
      first: longest?.periods[0] ?? '',
      last: longest?.periods[longest.periods.length - 1] ?? '',
      needed: resolved.sustainedPeriods,
    };
    const sustained = facts.length >= facts.needed;
    return {
      repId: rep.repId,
      ...(rep.name === undefined ? {} : { name: rep.name }),
      periods: repPeriods,
      longestRun: longest,
      trailingRun: trailing,
      sustained: (longest?.length ?? 0) >= resolved.sustainedPeriods,
      sustainedNow: (trailing?.length ?? 0) >= resolved.sustainedPeriods,
      facts,
      message: GAP_RUN_MESSAGES[sustained ? 'sustained' : 'not_sustained'](facts),
    };
  });
  return { periods, reps };

}

/** A team's average for one metric over a span: a {@link TeamAverage} of `compareConsistency`. */
export interface TeamAverageFigure {
  /** The role it applies to, when the request named one. */
  readonly role?: string;
  readonly metricId: string;
  /** The team's value over the span, by the same method as {@link analyzeTeamGaps}'s standard. */
  readonly value: number;
  /** What the value counts: a level or total over the span's `days`. */
  readonly basis: 'window';
  /** The days of the span (both ends included). */
  readonly days: number;
  /** How the value was computed (`pooled` for ratio metrics by default). */
  readonly method: TeamStandard;
  /** Reps with a value over the span. */
  readonly repsWithData: number;
}

/** {@link teamAveragesOf}'s result. */
export interface TeamAveragesResult {
  /** One entry per metric with data, in the team's metric order. */
  readonly averages: readonly TeamAverageFigure[];
  /** `policy_invalid` issues of the policy given (the defaults were used for those fields). */
  readonly issues: readonly PolicyIssue[];
}

/**
 * The team's own average performance on each of its metrics over a span, computed the way
 * {@link analyzeTeamGaps} computes a period's standard: the pooled rate for ratio metrics (by
 * default), the mean or median of the reps' values for the others (totals over the span for
 * `sum` metrics). The entries are what `compareConsistency`'s `teamAverages` takes, so the
 * "stricter than the team" check and the team gap analysis measure a ratio the same way.
 *
 * @example
 * ```ts
 * const { averages } = teamAveragesOf(crm.team, { span: { start: '2017-03-01', end: '2017-06-30' } });
 * compareConsistency(plans, { teamAverages: averages }); // a win-rate target against the team's pooled win rate
 * ```
 */
export function teamAveragesOf(team: TeamObservations, request: { readonly span: DateSpan; readonly role?: string }, policy?: GapPolicyOverrides): TeamAveragesResult {
  const { policy: resolved, issues } = GAP_POLICY.resolve(policy);
  const indexes = team.reps.map((rep) => indexObservations(rep.observations));
  const days = toDayNumber(request.span.end) - toDayNumber(request.span.start) + 1;
  const averages: TeamAverageFigure[] = [];
  for (const metric of team.metrics) {
    const method = teamMethodFor(metric, resolved);
    const values = indexes.map((index) => aggregateMetric(index, metric, request.span)).filter((v) => v.value !== undefined && Number.isFinite(v.value));
    const value = teamStandardOf(values, method, metric);
    if (value === undefined) continue;
    averages.push({ ...(request.role === undefined ? {} : { role: request.role }), metricId: metric.id, value, basis: 'window', days, method, repsWithData: values.length });
  }
  return deepFreeze({ averages, issues });
}
