/**
 * Every sentence the evaluators write, kept together so the wording stays consistent.
 * Numbers are formatted here without any locale or host setting: the same figures give the
 * same text everywhere.
 *
 * @internal
 * @module
 */
import { issueText, type Catalog, type Issue, type IssuePath } from '../issues/issue.js';
import { POLICY_ISSUE_MESSAGES, type PolicyIssueFacts } from '../policy/messages.js';
import type { Aggregation, MetricUnit } from '../schema/types.js';
import type { ConsistencyCode, EvaluationIssueCode, EvaluationWarningCode, GoalStatus, ReasonCode, TriadCode } from './codes.js';
import type { EvaluationWarning, GoalEvaluation, MetricFacts } from './types.js';
import { readsRecentLevel } from './recent-level.js';

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

/** Whether `toFixed` writes the number in plain digits: below 1e21 in size (so not NaN or Infinity either). */
const inDigits = (value: number): boolean => Math.abs(value) < 1e21;

/** A number with at most `places` decimals, trailing zeros dropped ("12.5", "40"). */
export function plain(value: number, places = 2): string {
  const digits = inDigits(value);
  const fixed = digits ? value.toFixed(places) : String(value);
  // Trailing zeros of a fraction, then a bare point, dropped (read from the end, no regular
  // expressions; the point stops the first loop). Only in digits: the zero of "1.2e+30" is the
  // exponent's.
  let end = fixed.length;
  if (digits && fixed.includes('.')) {
    while (fixed.charCodeAt(end - 1) === 48) end -= 1;
    if (fixed.charCodeAt(end - 1) === 46) end -= 1;
  }
  const trimmed = fixed.slice(0, end);
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * {@link plain} with thousands separators in the whole part ("-1234567.5" -> "-1,234,567.5") and,
 * when `padFraction`, a fraction padded to `places` digits. What is not written in digits
 * ("1e+21", "Infinity", "NaN") is left as it is.
 */
function grouped(value: number, places: number, padFraction = false): string {
  const text = plain(value, places);
  let point = text.indexOf('.');
  if (point < 0) point = text.length;
  let whole = text.slice(0, point);
  if (inDigits(value)) {
    const sign = text.startsWith('-') ? 1 : 0;
    for (let i = point - 3; i > sign; i -= 3) whole = `${whole.slice(0, i)},${whole.slice(i)}`;
  }
  const fraction = text.slice(point + 1);
  return fraction ? `${whole}.${padFraction ? fraction.padEnd(places, '0') : fraction}` : whole;
}

/** A share as a percentage: 0.125 -> "12.5%". */
export function percent(share: number): string {
  return `${plain(share * 100, 1)}%`;
}

/** A metric value in its unit: "12.5%", "USD 45,000", "24 hours", "40". */
export function formatValue(value: number, metric: Pick<MetricFacts, 'unit' | 'currency' | 'durationUnit'>): string {
  const unit: MetricUnit = metric.unit;
  switch (unit) {
    case 'ratio':
      return percent(value);
    case 'currency':
      return `${metric.currency ?? ''} ${grouped(value / 100, 2, true)}`.trim();
    case 'duration':
      return `${plain(value, 1)} ${metric.durationUnit ?? 'units'}`;
    default:
      return grouped(value, 2);
  }
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Issues
// ---------------------------------------------------------------------------------------------

/**
 * The facts of each evaluation issue code: the ids the sentence names (`metricId`, `goalId`, as
 * the input gave them), the metric's aggregation (a ratio needs a numerator and a denominator),
 * how many issues were not listed, and a policy issue's facts for `policy_invalid`.
 */
export type EvaluationIssueFactsByCode = {
  readonly observation_unknown_metric: { readonly metricId: string };
  readonly observation_shape_mismatch: { readonly metricId: string; readonly aggregation: Aggregation };
  readonly observation_invalid: { readonly metricId: string; readonly aggregation: Aggregation };
  readonly goal_metric_unknown: { readonly goalId: string; readonly metricId: string };
  readonly policy_invalid: PolicyIssueFacts;
  readonly issues_truncated: { readonly count: number };
};

/** The facts of some evaluation issue. */
export type EvaluationIssueFacts = EvaluationIssueFactsByCode[EvaluationIssueCode];

/** An id as the sentences quote it (as JSON). */
const quoted = (id: string | undefined): string => JSON.stringify(id);

/** The evaluation issues' part of the English catalog (`policy_invalid`'s is the policy definition's own). */
export const EVALUATION_ISSUE_MESSAGES: Catalog<EvaluationIssueFactsByCode> = {
  observation_unknown_metric: (f) => `The observation refers to metric ${quoted(f.metricId)}, which the plan does not define; it was left out.`,
  observation_shape_mismatch: (f) =>
    f.aggregation === 'ratio'
      ? `The observation of ${quoted(f.metricId)} needs a numerator and denominator (the metric is a ratio of totals); it was left out.`
      : `The observation of ${quoted(f.metricId)} needs a value; it was left out.`,
  observation_invalid: (f) => `The observation of ${quoted(f.metricId)} has an invalid date or number; it was left out.`,
  goal_metric_unknown: (f) => `Goal ${quoted(f.goalId)} refers to metric ${quoted(f.metricId)}, which the plan does not define; it was not evaluated.`,
  policy_invalid: POLICY_ISSUE_MESSAGES.policy_invalid,
  issues_truncated: (f) => `${f.count} more ${f.count === 1 ? 'issue' : 'issues'} of the same kinds ${f.count === 1 ? 'was' : 'were'} not listed.`,
};

/**
 * An evaluation issue: its facts frozen, its message written by the English catalog.
 *
 * @internal
 */
export function evaluationIssue<C extends EvaluationIssueCode>(code: C, path: IssuePath, facts: EvaluationIssueFactsByCode[C]): Issue<C, EvaluationIssueFactsByCode[C]> {
  return { code, path, facts: Object.freeze(facts) as EvaluationIssueFactsByCode[C], message: issueText<EvaluationIssueFactsByCode, C>({ code, facts }, EVALUATION_ISSUE_MESSAGES) };
}

/** The facts of a repeated observation: how many, where (`observations`, the plan's own, or `feed`), and the first one's position and id (when it has one). */
export interface RepeatWarningFacts {
  readonly count: number;
  readonly source: 'observations' | 'feed';
  readonly index: number;
  readonly id?: string;
}

/** The facts of a goal window moved or cut: days, the goal, the window as written, as evaluated, and the plan's span. */
export interface WindowWarningFacts {
  readonly count: number;
  readonly goalId: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly evaluatedStart: string;
  readonly evaluatedEnd: string;
  readonly planStart: string;
  readonly planEnd: string;
}

/** The facts of paused days: how many, and each paused span (`open`: not ended yet). */
export interface PausedWarningFacts {
  readonly count: number;
  readonly pauses: readonly { readonly start: string; readonly end: string; readonly open: boolean }[];
}

/** The facts of each evaluation warning code. */
export type EvaluationWarningFactsByCode = {
  readonly feed_repeats_plan: RepeatWarningFacts;
  readonly duplicate_id: RepeatWarningFacts;
  readonly conflicting_duplicate: RepeatWarningFacts;
  readonly window_clipped: WindowWarningFacts;
  readonly window_moved: WindowWarningFacts;
  readonly paused_days_excluded: PausedWarningFacts;
};

/** The facts of some evaluation warning. */
export type EvaluationWarningFacts = EvaluationWarningFactsByCode[EvaluationWarningCode];

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const first = (f: RepeatWarningFacts): string => `the first: ${f.id === undefined ? '' : `${JSON.stringify(f.id)} at `}${f.source}[${f.index}]`;
const sourceName = (f: RepeatWarningFacts): string => (f.source === 'observations' ? "the plan's own observations" : 'the feed');

/** The evaluation warnings' part of the English catalog. */
export const EVALUATION_WARNING_MESSAGES: Catalog<EvaluationWarningFactsByCode> = {
  feed_repeats_plan: (f) =>
    `${plural(f.count, 'observation of the feed repeats', 'observations of the feed repeat')} the plan's own (the same id, or identical without an id; ${first(f)}); each was counted once.`,
  duplicate_id: (f) => `${plural(f.count, 'observation', 'observations')} of ${sourceName(f)} ${f.count === 1 ? 'repeats' : 'repeat'} an id already read there with the same figures (${first(f)}); each was counted once.`,
  conflicting_duplicate: (f) =>
    `${plural(f.count, 'observation', 'observations')} of ${sourceName(f)} ${f.count === 1 ? 'reuses' : 'reuse'} an id already read with other figures (${first(f)}); the first read counts, these were left out. Check the source.`,
  window_moved: (f) =>
    `Goal ${quoted(f.goalId)}'s window ${f.windowStart} to ${f.windowEnd} moved with the plan clock to ${f.evaluatedStart} to ${f.evaluatedEnd} (${plural(f.count, 'day', 'days')} later), as the plan's end date did: the rep keeps every working day the plan gave, however long the pause (policy windowsFollowPauses).`,
  paused_days_excluded: (f) =>
    `${plural(f.count, 'paused day', 'paused days')} (${f.pauses.map((p) => (p.start === p.end ? p.start : `${p.start} to ${p.end}`) + (p.open ? ', still open' : '')).join('; ')}) ${f.count === 1 ? 'is' : 'are'} outside every measure: no period, share, coverage, trend, pace or expected value counts ${f.count === 1 ? 'it' : 'them'}, and no check-in or support session falls due in ${f.count === 1 ? 'it' : 'them'}.`,
  window_clipped: (f) =>
    `Goal ${quoted(f.goalId)}'s window ${f.windowStart} to ${f.windowEnd} reaches outside the plan (${f.planStart} to ${f.planEnd}); it was evaluated from ${f.evaluatedStart} to ${f.evaluatedEnd} (${plural(f.count, 'day', 'days')} cut away).`,
};

/**
 * An evaluation warning, frozen: its count the facts' own, its facts frozen, its message written
 * by the English catalog.
 *
 * @internal
 */
export function evaluationWarning<C extends EvaluationWarningCode>(code: C, path: IssuePath, facts: EvaluationWarningFactsByCode[C]): EvaluationWarning {
  return Object.freeze({
    code,
    path,
    count: facts.count,
    facts: Object.freeze(facts) as EvaluationWarningFactsByCode[C],
    message: issueText<EvaluationWarningFactsByCode, C>({ code, facts }, EVALUATION_WARNING_MESSAGES),
  }) as EvaluationWarning;
}

// ---------------------------------------------------------------------------------------------
// Goal status
// ---------------------------------------------------------------------------------------------


/**
 * What a goal's status note reads, per status: the goal's evaluation itself (its status, reading,
 * figures, metric, window and trajectory), so a stored goal evaluation is worded again with
 * `GOAL_STATUS_MESSAGES[goal.status](goal)`.
 */
export type GoalStatusFactsByStatus = { readonly [S in GoalStatus]: GoalEvaluation };

const figureOf = (goal: GoalEvaluation) => (value: number): string => formatValue(value, goal.metric);

/** On track, at risk, off track: where the goal stands against its trajectory. */
function trajectoryNote(label: string, goal: GoalEvaluation): string {
  const v = figureOf(goal);
  const e = goal.expected;
  const where = e
    ? `${readsRecentLevel(goal) ? `the recent level (last ${goal.recent!.periods} ${goal.recent!.periods === 1 ? goal.periodUnit : `${goal.periodUnit}s`}) is ` : ''}${v(e.current)} against ${v(e.value)} expected by now (${e.behindShare > 0 ? `${percent(e.behindShare)} of the gap behind` : 'on or ahead of the trajectory'})`
    : `${v(goal.observed ?? 0)} so far`;
  const projection = goal.projected !== null ? `; projected ${v(goal.projected)} by ${goal.window.end} against ${v(goal.target)}` : '';
  return `${label}: ${where}${projection}.`;
}

/**
 * The English status note of a goal, per status, from the goal's evaluation.
 *
 * @example
 * ```ts
 * import { GOAL_STATUS_MESSAGES } from 'improvement-plan';
 * GOAL_STATUS_MESSAGES[goal.status](goal) === goal.statusNote; // => true
 * ```
 */
export const GOAL_STATUS_MESSAGES: Catalog<GoalStatusFactsByStatus> = {
  not_started: (goal) => `The goal's window starts on ${goal.window.start}.`,
  no_data: (goal) =>
    goal.reading === 'per_period' && goal.observations > 0
      ? `No complete ${goal.periodUnit} of the window yet (${goal.observations} observations so far).`
      : `No usable observations of ${goal.metric.name} from ${goal.window.start} to ${goal.evaluated?.end ?? goal.window.start}.`,
  // "complete ${goal.periodUnit}s": every period unit (day, week, month) makes its plural with an s.
  met: (goal) => {
    const v = figureOf(goal);
    return goal.reading === 'per_period' && goal.metShare !== null
      ? `Met: ${percent(goal.metShare)} of complete ${goal.periodUnit}s at or past ${v(goal.target)} (mean ${v(goal.observed ?? 0)}).`
      : `Met: ${v(goal.observed ?? 0)} against a target of ${v(goal.target)}.`;
  },
  not_met: (goal) => {
    const v = figureOf(goal);
    return goal.reading === 'per_period' && goal.metShare !== null
      ? `Not met: ${percent(goal.metShare)} of complete ${goal.periodUnit}s at or past ${v(goal.target)} when the window ended on ${goal.window.end}.`
      : `Not met: ${v(goal.observed ?? 0)} against a target of ${v(goal.target)} when the window ended on ${goal.window.end}.`;
  },
  on_track: (goal) => trajectoryNote('On track', goal),
  at_risk: (goal) => trajectoryNote('At risk', goal),
  off_track: (goal) => trajectoryNote('Off track', goal),
};

/** The status note of a goal: {@link GOAL_STATUS_MESSAGES} for its status. */
export function statusNote(goal: GoalEvaluation): string {
  return GOAL_STATUS_MESSAGES[goal.status](goal);
}

// ---------------------------------------------------------------------------------------------
// Triad
// ---------------------------------------------------------------------------------------------

/**
 * The English sentence of each triad combination (the combination is all it reads).
 *
 * @example
 * ```ts
 * import { TRIAD_MESSAGES } from 'improvement-plan';
 * TRIAD_MESSAGES.no_data({}); // => "There is no data yet for any component of the measurement system."
 * ```
 */
export const TRIAD_MESSAGES: Catalog<{ readonly [C in TriadCode]: Readonly<Record<string, never>> }> = {
  all_met: () => 'Skill, behavior and outcome goals are all met.',
  improving: () => 'Skill, behavior and outcome are improving together.',
  improving_lagging_results: () =>
    'Skill and behavior are improving but outcomes lag: improvement that has not reached the numbers yet, not failure.',
  skill_not_applied: () => 'The skill is improving but is not yet used in live deals (behavior is not improving).',
  results_without_leading_change: () =>
    'Outcomes improved without a matching change in skill or behavior: check for outside causes before counting on it lasting.',
  declining: () => 'The measurement system is declining: at least one component is worse than the baseline and none improves.',
  no_improvement: () => 'No component of the measurement system shows real improvement over the baseline.',
  no_data: () => 'There is no data yet for any component of the measurement system.',
};

/** The sentence for a triad combination. */
export function triadMessage(code: TriadCode): string {
  return TRIAD_MESSAGES[code]({});
}

// ---------------------------------------------------------------------------------------------
// After the plan and across the team
// ---------------------------------------------------------------------------------------------

/**
 * The facts of a relapse run (`relapse_below_target`, `relapse_lost_improvement`): the goal, what
 * its figures are written in (the metric's unit, currency, duration unit), its target, the run
 * (`count` consecutive periods of `unit` from `start` to `end`), the policy's loss share, whether
 * each period was compared with its working-day share of a total (`prorated`), and the run's
 * periods with their values and what each was compared with.
 */
export interface RelapseRunFacts {
  readonly goalId: string;
  readonly title: string;
  readonly metricUnit: MetricUnit;
  readonly currency: string | null;
  readonly durationUnit: MetricFacts['durationUnit'];
  readonly target: number;
  readonly count: number;
  readonly unit: string;
  readonly start: string;
  readonly end: string;
  readonly lossShare: number;
  readonly prorated: boolean;
  readonly periods: readonly { readonly key: string; readonly value: number; readonly target: number }[];
}

/** The facts of each relapse finding code. */
export type RelapseFactsByCode = {
  readonly relapse_below_target: RelapseRunFacts;
  readonly relapse_lost_improvement: RelapseRunFacts;
  /** The plan's closure outcome, or its status when it is not closed. */
  readonly not_closed_successfully: { readonly outcome: string } | { readonly status: string };
  /** The goal, and the day monitoring started. */
  readonly no_monitoring_data: { readonly goalId: string; readonly title: string; readonly start: string };
  /** The goal, the run length that makes a relapse (the policy's `relapsePeriods`), and the day monitoring started. */
  readonly holding: { readonly goalId: string; readonly title: string; readonly count: number; readonly start: string };
};

/** The run's periods, each value beside what it was compared with when that is not the target itself. */
function runDetail(f: RelapseRunFacts): string {
  const v = (value: number): string => formatValue(value, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
  return f.periods.map((p) => `${p.key}: ${v(p.value)}${f.prorated ? ` against ${v(p.target)}` : ''}`).join('; ');
}

/** The relapse findings' part of the English catalog. */
export const RELAPSE_FINDING_MESSAGES: Catalog<RelapseFactsByCode> = {
  relapse_below_target: (f) => {
    const detail = runDetail(f);
    const reference = formatValue(f.target, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
    return f.prorated
      ? `"${f.title}" fell back below target for ${f.count} consecutive ${f.unit}s (${f.start} to ${f.end}): each ${f.unit} was compared with its working-day share of the ${reference} target over the goal's window${detail ? ` (${detail})` : ''}. The root cause was not resolved; act quickly.`
      : `"${f.title}" fell back below its target of ${reference} for ${f.count} consecutive ${f.unit}s (${f.start} to ${f.end}${detail ? `; ${detail}` : ''}): the root cause was not resolved; act quickly.`;
  },
  relapse_lost_improvement: (f) => {
    const detail = runDetail(f);
    return `"${f.title}" lost more than ${percent(f.lossShare)} of the improvement gained in the plan for ${f.count} consecutive ${f.unit}s (${f.start} to ${f.end}${detail ? `; ${detail}` : ''}).`;
  },
  not_closed_successfully: (f) => `Relapse monitoring applies after a successful close; this plan is ${'outcome' in f ? `closed as ${f.outcome}` : `not closed (status ${f.status})`}.`,
  no_monitoring_data: (f) => `No monitoring data for "${f.title}" since ${f.start}.`,
  holding: (f) => `"${f.title}" holds: no run of ${f.count} periods below target since ${f.start}.`,
};

/**
 * The facts of a metric getting worse (`leading_indicator_declining`, `outcome_declining`): the
 * metric, what its figures are written in, its typical level (the median period value; null
 * without one), the trend's loss over the lookback as a share of that level (`share`), the
 * policy's `screenDeclineShare` (`threshold`) and the periods looked at (`count`).
 */
export interface ScreenDeclineFacts {
  readonly metricId: string;
  readonly metricName: string;
  readonly metricUnit: MetricUnit;
  readonly currency: string | null;
  readonly durationUnit: MetricFacts['durationUnit'];
  readonly level: number | null;
  readonly share: number;
  readonly threshold: number;
  readonly count: number;
}

/** The facts of each team-screen finding code. */
export type ScreenFactsByCode = {
  readonly leading_indicator_declining: ScreenDeclineFacts;
  readonly outcome_declining: ScreenDeclineFacts;
  readonly outcomes_holding: Readonly<Record<string, never>>;
  /** The metric, and its periods with data. */
  readonly insufficient_data: { readonly metricId: string; readonly metricName: string; readonly count: number };
  readonly steady: Readonly<Record<string, never>>;
};

/** "over the last 8 periods its trend moved 25% of its typical level (40) the wrong way". */
function decline(f: ScreenDeclineFacts): string {
  const level = f.level === null ? '?' : formatValue(f.level, { unit: f.metricUnit, currency: f.currency, durationUnit: f.durationUnit });
  return `over the last ${f.count} periods its trend moved ${percent(f.share)} of its typical level (${level}) the wrong way`;
}

/** The team-screen findings' part of the English catalog. */
export const SCREEN_FINDING_MESSAGES: Catalog<ScreenFactsByCode> = {
  leading_indicator_declining: (f) => `"${f.metricName}" is getting worse: ${decline(f)} (policy ${percent(f.threshold)}).`,
  outcome_declining: (f) => `"${f.metricName}" is already getting worse: ${decline(f)}.`,
  outcomes_holding: () => 'Outcomes have not dropped yet: this is the time to coach, before a plan is needed.',
  insufficient_data: (f) => `"${f.metricName}" has too few periods with data to screen (${f.count}).`,
  steady: () => 'No leading indicator is getting worse beyond the policy.',
};

