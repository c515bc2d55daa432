import { deepFreeze } from '../frozen/deep-freeze.js';
import { fromDayNumber, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import { aggregatePoints, type IndexedPoint, type TeamObservations } from '../metrics/aggregate.js';
import { periodOf, type Period } from '../metrics/periods.js';
import { median, theilSenTrend, type TrendPoint } from '../metrics/trend.js';
import type { MetricKind } from '../schema/types.js';
import type { ScreenCode } from '../evaluate/codes.js';
import { policyWithIssues, requireAsOf } from '../evaluate/setup.js';
import { SCREEN_FINDING_MESSAGES, type ScreenFactsByCode } from '../evaluate/messages.js';
import { localeCatalog, rewordFindings, type EvaluateLocale } from '../evaluate/locale-catalog.js';
import { issueText, type IssueOf } from '../issues/issue.js';
import { favourableSign, round4 } from '../evaluate/numbers.js';
import { IssueLog, indexFittingObservations } from '../evaluate/observations.js';
import { RepeatFilter } from '../evaluate/repeats.js';
import type { EvaluationPolicyOverrides } from '../evaluate/policy.js';
import type { EvaluationIssue, EvaluationSpan, EvaluationWarning, ReasonEvidence } from '../evaluate/types.js';

/** Options of {@link screenTeam}. */
export interface ScreenTeamOptions {
  /** The day of the screen, `YYYY-MM-DD`; the lookback ends with the last complete period. */
  readonly asOf: CalendarDate;
  readonly policy?: EvaluationPolicyOverrides;
  /** The language of the findings' sentences: a `Locale`. Codes, facts and evidence do not change. Default: English. */
  readonly locale?: EvaluateLocale;
}

/** One metric's trend for one rep. */
export interface MetricSignal {
  readonly metricId: string;
  readonly metricName: string;
  readonly kind: MetricKind;
  /** Leading (activity, behavior) or lagging (outcome); skill metrics are not screened. */
  readonly role: 'leading' | 'outcome';
  readonly points: number;
  /** The median period value: the rep's typical level. */
  readonly level: number | null;
  /** Theil-Sen slope per period. */
  readonly slope: number | null;
  /** The trend's loss over the lookback as a share of the typical level (positive = worse). */
  readonly declineShare: number | null;
  readonly declining: boolean;
}

/**
 * A screen finding with its evidence: an issue of the shared shape, one per code (checking `code`
 * narrows `facts`). `path` is the rep's place in the team (`['reps', 3]`); `message` is written
 * from `facts` (the typical level as a number with the metric's unit) by the English catalog
 * `SCREEN_FINDING_MESSAGES` (`ScreenFactsByCode` gives the facts of each code).
 */
export type ScreenFinding = IssueOf<ScreenFactsByCode> & { readonly evidence: ReasonEvidence };

/** One rep's screen. */
export interface RepScreen {
  readonly repId: string;
  readonly name: string | null;
  /** `early_warning`: leading indicators down, outcomes not yet; `declining`: both down. */
  readonly status: 'early_warning' | 'declining' | 'steady' | 'insufficient_data';
  readonly flagged: boolean;
  readonly signals: readonly MetricSignal[];
  readonly findings: readonly ScreenFinding[];
}

/** The team screen. */
export interface TeamScreen {
  readonly asOf: CalendarDate;
  readonly lookback: EvaluationSpan;
  readonly reps: readonly RepScreen[];
  /** Reps flagged (early warning first, then declining), in the team's order within each. */
  readonly flaggedRepIds: readonly string[];
  readonly issues: readonly EvaluationIssue[];
  /** Observations counted once though given twice in a rep's list (`duplicate_id`, `conflicting_duplicate`; path `['reps', i, 'observations']`). */
  readonly warnings: readonly EvaluationWarning[];
}

/** The last `count` complete periods of a unit ending on or before `asOf`. */
function lookbackPeriods(asOf: CalendarDate, unit: 'day' | 'week' | 'month', count: number): Period[] {
  let current = periodOf(asOf, unit);
  if (current.end > asOf) current = periodOf(fromDayNumber(toDayNumber(current.start) - 1), unit);
  const out: Period[] = [current];
  while (out.length < count) {
    current = periodOf(fromDayNumber(toDayNumber(current.start) - 1), unit);
    out.unshift(current);
  }
  return out;
}

const EMPTY: readonly IndexedPoint[] = [];

/**
 * Screen a team (the CRM adapter's `TeamObservations`) for reps whose leading indicators
 * (activity and behavior metrics) trend down beyond `screenDeclineShare` over the last
 * `screenLookbackPeriods` complete periods, before their outcomes drop. The decline is the
 * Theil-Sen slope over the lookback as a share of the rep's own typical (median) level.
 *
 * @throws RangeError when `asOf` is not a calendar date.
 * @example
 * ```ts
 * const screen = screenTeam(team, { asOf: '2026-03-02' });
 * screen.flaggedRepIds; // => ["rep-17"]
 * screen.reps.find((r) => r.repId === 'rep-17')?.findings[0].code; // => "leading_indicator_declining"
 * ```
 */
export function screenTeam(team: TeamObservations, options: ScreenTeamOptions): TeamScreen {
  const screen = screenTeamInEnglish(team, options);
  const catalog = options.locale === undefined ? undefined : localeCatalog(options.locale, 'screen', SCREEN_FINDING_MESSAGES);
  return catalog === undefined ? screen : deepFreeze({ ...screen, reps: screen.reps.map((rep) => ({ ...rep, findings: rewordFindings(rep.findings, catalog) })) }, true);
}

/** {@link screenTeam} with its sentences in English. */
function screenTeamInEnglish(team: TeamObservations, options: ScreenTeamOptions): TeamScreen {
  const asOf = requireAsOf(options.asOf);
  const pre = new IssueLog(Number.MAX_SAFE_INTEGER);
  const policy = policyWithIssues(options.policy, pre);
  const issues = new IssueLog(policy.maxIssues);
  for (const issue of pre.done()) issues.add(issue);
  const periods = lookbackPeriods(asOf, policy.screenUnit, policy.screenLookbackPeriods);
  const lookback = { start: periods[0]!.start, end: periods[periods.length - 1]!.end };
  const screened = team.metrics.filter((m) => m.kind !== 'skill');

  const warnings: EvaluationWarning[] = [];
  const reps: RepScreen[] = team.reps.map((rep, repIndex) => {
    const repeats = new RepeatFilter(false);
    const index = indexFittingObservations(team.metrics, [], rep.observations, issues, ['reps', repIndex, 'observations'], repeats);
    for (const warning of repeats.warnings(['reps', repIndex, 'observations'])) warnings.push(warning);
    const signals: MetricSignal[] = screened.map((metric) => {
      const points = index.get(metric.id) ?? EMPTY;
      const trendPoints: TrendPoint[] = [];
      periods.forEach((period, x) => {
        const value = aggregatePoints(points, metric.aggregation, toDayNumber(period.start), toDayNumber(period.end)).value;
        if (value !== undefined && Number.isFinite(value)) trendPoints.push({ x, y: value });
      });
      const role = metric.kind === 'outcome' ? ('outcome' as const) : ('leading' as const);
      const level = median(trendPoints.map((p) => p.y)) ?? null;
      const line = trendPoints.length >= policy.screenMinPoints ? theilSenTrend(trendPoints) : undefined;
      const sign = favourableSign(metric.direction);
      const declineShare =
        line && level !== null && Math.abs(level) > 1e-12 ? round4((-sign * line.slope * (periods.length - 1)) / Math.abs(level)) : null;
      return {
        metricId: metric.id,
        metricName: metric.name,
        kind: metric.kind,
        role,
        points: trendPoints.length,
        level,
        slope: line?.slope ?? null,
        declineShare,
        declining: declineShare !== null && declineShare >= policy.screenDeclineShare,
      };
    });
    const leading = signals.filter((s) => s.role === 'leading');
    const outcomes = signals.filter((s) => s.role === 'outcome');
    const leadingDown = leading.filter((s) => s.declining);
    const outcomesDown = outcomes.filter((s) => s.declining);
    const screenable = leading.some((s) => s.declineShare !== null);
    const findings: ScreenFinding[] = [];
    const metricOf = new Map(team.metrics.map((m) => [m.id, m]));
    const finding = (code: ScreenCode, s?: MetricSignal): ScreenFinding => {
      const metric = s ? metricOf.get(s.metricId) : undefined;
      const figures: Record<string, number> = { screenDeclineShare: policy.screenDeclineShare, lookbackPeriods: periods.length };
      if (s?.declineShare !== null && s?.declineShare !== undefined) figures['declineShare'] = s.declineShare;
      if (s?.slope !== null && s?.slope !== undefined) figures['slopePerPeriod'] = s.slope;
      if (s?.level !== null && s?.level !== undefined) figures['typicalLevel'] = s.level;
      if (s) figures['points'] = s.points;
      const facts: ScreenFactsByCode[ScreenCode] = !s
        ? {}
        : code === 'insufficient_data'
          ? { metricId: s.metricId, metricName: s.metricName, count: s.points }
          : {
              metricId: s.metricId,
              metricName: s.metricName,
              metricUnit: metric!.unit,
              currency: metric!.currency ?? null,
              durationUnit: metric!.durationUnit ?? null,
              level: s.level,
              share: s.declineShare ?? 0,
              threshold: policy.screenDeclineShare,
              count: periods.length,
            };
      return {
        code,
        path: ['reps', repIndex],
        facts,
        message: issueText({ code, facts }, SCREEN_FINDING_MESSAGES),
        evidence: { goalIds: [], figures, dates: { asOf, lookbackStart: lookback.start, lookbackEnd: lookback.end } },
      } as ScreenFinding;
    };
    let status: RepScreen['status'];
    if (leadingDown.length > 0) {
      for (const s of leadingDown) findings.push(finding('leading_indicator_declining', s));
      if (outcomesDown.length > 0) {
        for (const s of outcomesDown) findings.push(finding('outcome_declining', s));
        status = 'declining';
      } else {
        findings.push(finding('outcomes_holding'));
        status = 'early_warning';
      }
    } else if (!screenable) {
      for (const s of leading) findings.push(finding('insufficient_data', s));
      status = 'insufficient_data';
    } else {
      findings.push(finding('steady'));
      status = 'steady';
    }
    return { repId: rep.repId, name: rep.name ?? null, status, flagged: status === 'early_warning' || status === 'declining', signals, findings };
  });
  const flaggedRepIds = [...reps.filter((r) => r.status === 'early_warning'), ...reps.filter((r) => r.status === 'declining')].map((r) => r.repId);
  return deepFreeze({ asOf, lookback, reps, flaggedRepIds, issues: issues.done(), warnings });
}
