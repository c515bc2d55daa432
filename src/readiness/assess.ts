import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { shiftDate, type CalendarDate } from '../dates/calendar.js';
import { analyzeWith, type GapAnalysis, type GapMetric } from '../gaps/analyze.js';
import { atLeast } from '../gaps/policy.js';
import type { CoachingConversation, SystemFactorKind } from '../schema/types.js';
import { issueText, type IssueOf } from '../issues/issue.js';
import { READINESS_MESSAGES, type ReadinessAbout, type ReadinessFactsByCode, type ReadinessPeriodFacts, type ReadinessReasonCode } from './messages.js';
import type { PolicyIssue } from '../policy/index.js';
import { rewordPolicyIssues } from '../policy/locale.js';
import { readinessCatalog, type ReadinessLocale } from './locale.js';
import { READINESS_POLICY, type ReadinessPolicyOverrides } from './policy.js';

/** One period of a rep's record: the rep's value and the standard it is compared with. */
export interface ReadinessPeriod {
  /** The period (`key` such as `2017-05`, first and last day). */
  readonly period: { readonly key: string; readonly start: CalendarDate; readonly end: CalendarDate };
  /** The rep's value; undefined without data. */
  readonly value: number | undefined;
  /** The standard (team average, quota ...); undefined when unknown. */
  readonly standard: number | undefined;
}

/** A system factor as recorded over time: what it is, which metrics it affects, and when. */
export interface RecordedSystemFactor {
  readonly id: string;
  readonly kind: SystemFactorKind;
  readonly description: string;
  /** The metrics it affects; absent means every metric. */
  readonly metricIds?: readonly string[];
  /** First day it applied; absent means since before the record. */
  readonly start?: CalendarDate;
  /** Last day it applied; absent means it still applies. */
  readonly end?: CalendarDate;
}

/**
 * A rep's record for one metric, as of a date. `periods` fits the `periods` of a rep in
 * {@link analyzeTeamGaps}'s report, so a team gap report feeds it directly.
 */
export interface ReadinessHistory {
  /** "Today": periods ending after it are not complete and do not count. */
  readonly asOf: CalendarDate;
  /** The rep's name, for messages. */
  readonly repName?: string;
  /** The metric, with its direction and unit. */
  readonly metric: GapMetric;
  /** The rep's values and the standard per period, oldest first. */
  readonly periods: readonly ReadinessPeriod[];
  /** When the rep started in the role (ramp-up is counted from it). */
  readonly roleStartDate?: CalendarDate;
  /** System factors recorded for the rep's territory, leads, playbook or tools. */
  readonly systemFactors?: readonly RecordedSystemFactor[];
}

/** The coaching conversations the readiness check counts (a {@link CoachingConversation} fits). */
export type CoachingLogEntry = Pick<CoachingConversation, 'date' | 'notes'> & Partial<Pick<CoachingConversation, 'by' | 'topic'>>;

/** Whether it is time for a plan. */
export type ReadinessVerdict = 'ready' | 'not_yet' | 'not_appropriate';

/**
 * One check behind the verdict: an issue of the shared shape, whose `path` names what it is
 * about (`['history', 'periods']`, `['coachingLog']`) and whose `facts` the message is written
 * from (the English catalog, `READINESS_MESSAGES`).
 */
export type ReadinessReason = IssueOf<ReadinessFactsByCode> & {
  /** `met` when the check supports a plan; otherwise the verdict it leads to. */
  readonly outcome: 'met' | 'not_yet' | 'not_appropriate';
};

/** What a reason is about, as a path into the arguments. */
function reasonPath(code: ReadinessReasonCode): readonly string[] {
  if (code.startsWith('coaching')) return ['coachingLog'];
  if (code.includes('ramp') || code.startsWith('role')) return ['history', 'roleStartDate'];
  return ['history', code.includes('system') ? 'systemFactors' : 'periods'];
}

/** One period of the pattern, with its gap. */
export interface PatternPeriod {
  readonly key: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly analysis: GapAnalysis;
  /** Recorded system factors overlapping the period. */
  readonly systemFactorIds: readonly string[];
}

/** The verdict with every reason and the evidence. */
export interface ReadinessAssessment {
  readonly verdict: ReadinessVerdict;
  readonly reasons: readonly ReadinessReason[];
  /** The latest run of consecutive short periods, up to `asOf` (empty when the latest period is not short). */
  readonly pattern: readonly PatternPeriod[];
  /** The coaching conversations counted. */
  readonly coachingDates: readonly CalendarDate[];
  /** The last day of ramp-up, when the role start date is known. */
  readonly rampUpEnds?: CalendarDate;
  /** `policy_invalid` issues of the policy given (the defaults were used for those fields); empty when it is valid. */
  readonly issues: readonly PolicyIssue[];
}

/** Options of {@link assessReadiness}. */
export interface ReadinessOptions {
  /** The language of the reasons' messages (a `Locale`, `improvement-plan/locales/de`); English without it. Verdict, codes and facts are the same in every language. */
  readonly locale?: ReadinessLocale;
}

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/**
 * Whether a rep is ready for a plan: a sustained, data-backed pattern (the policy's number of
 * consecutive short periods up to `asOf`, periods of ramp-up excluded, not one bad month); at
 * least the policy's number of documented informal coaching conversations before it; the rep
 * past ramp-up; and the gap not explained by recorded system factors.
 *
 * The verdict is `not_appropriate` when the rep is still ramping, has no gap now and had no
 * sustained one, or system factors overlap the pattern; `not_yet` when the pattern is not yet
 * sustained (or a sustained one was interrupted by the latest period), data is missing,
 * coaching is not documented enough, or the role start date is unknown; `ready` otherwise. Every check is listed in `reasons`, with its figures.
 * A bad policy value is reported in `issues` (`policy_invalid`) and its default used.
 *
 * @example
 * ```ts
 * const report = analyzeTeamGaps(crm.team, { metricId: 'crm-won-revenue', span, unit: 'month' });
 * const rep = report.reps[0];
 * assessReadiness(
 *   { asOf: '2017-12-31', repName: rep.name, metric: wonRevenue, periods: rep.periods, roleStartDate: '2016-10-20' },
 *   [{ date: '2017-10-02', notes: 'Reviewed pipeline.' }, { date: '2017-11-06', notes: 'Follow-up.' }],
 * ).verdict; // => "ready" when the last 3 months were each at least 10% below the team average
 * ```
 */
export function assessReadiness(history: ReadinessHistory, coachingLog: readonly CoachingLogEntry[], policy?: ReadinessPolicyOverrides, options: ReadinessOptions = {}): ReadinessAssessment {
  const { policy: resolved, issues } = READINESS_POLICY.resolve(policy);
  const catalog = readinessCatalog(options?.locale) ?? READINESS_MESSAGES;
  const metric = history.metric;
  const about: ReadinessAbout = {
    ...(history.repName === undefined ? {} : { rep: history.repName }),
    metric: metric.name,
    unit: { unit: metric.unit, ...(metric.currency === undefined ? {} : { currency: metric.currency }), ...(metric.durationUnit === undefined ? {} : { durationUnit: metric.durationUnit }) },
  };
  const reasons: ReadinessReason[] = [];
  const add = <C extends ReadinessReasonCode>(code: C, outcome: ReadinessReason['outcome'], facts: Omit<ReadinessFactsByCode[C], keyof ReadinessAbout>): void => {
    const all = { ...about, ...facts } as ReadinessFactsByCode[C];
    reasons.push({ code, path: reasonPath(code), facts: all, outcome, message: issueText<ReadinessFactsByCode, C>({ code, facts: all }, catalog) } as ReadinessReason);
  };
  // Ramp-up.
  const rampUpEnds = history.roleStartDate === undefined ? undefined : shiftDate(history.roleStartDate, resolved.rampUpDays - 1);
  if (history.roleStartDate === undefined || rampUpEnds === undefined) add('role_start_unknown', 'not_yet', {});
  else if (history.asOf <= rampUpEnds) add('still_ramping', 'not_appropriate', { date: history.roleStartDate, rampUpEnds });
  else add('past_ramp_up', 'met', { date: history.roleStartDate, rampUpEnds });

  // The pattern: complete periods after ramp-up, with data.
  const factors = (history.systemFactors ?? []).filter((f) => f.metricIds === undefined || f.metricIds.includes(history.metric.id));
  const counted = history.periods.filter((p) => p.period.end <= history.asOf && (rampUpEnds === undefined || p.period.start > rampUpEnds));
  while (counted.length > 0 && (counted[counted.length - 1]?.value === undefined || counted[counted.length - 1]?.standard === undefined)) counted.pop();
  const run: PatternPeriod[] = [];
  for (let i = counted.length - 1; i >= 0; i -= 1) {
    const { period, value, standard } = counted[i] as ReadinessPeriod;
    if (value === undefined || standard === undefined) break;
    const analysis = analyzeWith({ current: value, standard }, history.metric, resolved);
    if (!atLeast(analysis.severity, resolved.sustainedSeverity)) break;
    const systemFactorIds = factors.filter((f) => (f.start === undefined || f.start <= period.end) && (f.end === undefined || f.end >= period.start)).map((f) => f.id);
    run.unshift({ key: period.key, start: period.start, end: period.end, analysis, systemFactorIds });
  }
  const describe = (periods: readonly PatternPeriod[]): readonly ReadinessPeriodFacts[] =>
    periods.map((p) => ({ key: p.key, current: p.analysis.current, standard: p.analysis.standard }));
  // The longest earlier run, for a pattern the latest period interrupted.
  let earlier: PatternPeriod[] = [];
  let current: PatternPeriod[] = [];
  for (const { period, value, standard } of counted) {
    const analysis = value === undefined || standard === undefined ? undefined : analyzeWith({ current: value, standard }, history.metric, resolved);
    if (!analysis || !atLeast(analysis.severity, resolved.sustainedSeverity)) {
      current = [];
      continue;
    }
    current.push({ key: period.key, start: period.start, end: period.end, analysis, systemFactorIds: [] });
    if (current.length > earlier.length) earlier = current;
  }
  let unexplained = 0;
  for (let i = run.length - 1; i >= 0 && (run[i] as PatternPeriod).systemFactorIds.length === 0; i -= 1) unexplained += 1;
  const latest = counted[counted.length - 1];
  if (!latest) {
    add('insufficient_data', 'not_yet', { asOf: history.asOf, afterRampUp: rampUpEnds !== undefined });
  } else if (run.length === 0 && earlier.length >= resolved.sustainedPeriods) {
    add('pattern_interrupted', 'not_yet', { count: earlier.length, periods: describe(earlier) });
  } else if (run.length === 0) {
    const analysis = analyzeWith({ current: latest.value as number, standard: latest.standard as number }, history.metric, resolved);
    add('no_current_gap', 'not_appropriate', { period: { key: latest.period.key, current: analysis.current, standard: analysis.standard }, severity: analysis.severity });
  } else if (run.length >= resolved.sustainedPeriods) {
    add('sustained_pattern', 'met', { count: run.length, periods: describe(run) });
  } else {
    add('pattern_not_sustained', 'not_yet', { count: run.length, needed: resolved.sustainedPeriods, periods: describe(run) });
  }

  // System factors.
  const overlapping = [...new Set(run.flatMap((p) => p.systemFactorIds))];
  if (run.length > 0 && overlapping.length > 0 && unexplained < resolved.sustainedPeriods) {
    add('system_factor_explains_gap', 'not_appropriate', { factors: overlapping.map((id) => ({ id, description: factors.find((f) => f.id === id)?.description ?? '' })) });
  } else {
    add('no_system_factor', 'met', { factorIds: overlapping, unexplained });
  }

  // Coaching before the plan.
  const from = shiftDate(history.asOf, -resolved.coachingLookbackDays);
  const coachingDates = coachingLog
    .filter((entry) => entry.date <= history.asOf && entry.date >= from && !blank(entry.notes))
    .map((entry) => entry.date)
    .sort();
  const coachingFacts = { count: coachingDates.length, needed: resolved.minCoachingConversations, dates: coachingDates, since: from };
  if (coachingDates.length >= resolved.minCoachingConversations) add('coaching_documented', 'met', coachingFacts);
  else add('coaching_insufficient', 'not_yet', coachingFacts);

  const verdict: ReadinessVerdict = reasons.some((r) => r.outcome === 'not_appropriate') ? 'not_appropriate' : reasons.some((r) => r.outcome === 'not_yet') ? 'not_yet' : 'ready';
  return freeze(
    {
      verdict,
      reasons,
      pattern: run,
      coachingDates,
      ...(rampUpEnds === undefined ? {} : { rampUpEnds }),
      issues: rewordPolicyIssues(issues, options?.locale),
    },
    true,
  );
}
