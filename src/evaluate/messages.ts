/**
 * Every sentence the evaluators write, kept together so the wording stays consistent.
 * Numbers are formatted here without any locale or host setting: the same figures give the
 * same text everywhere.
 *
 * @internal
 * @module
 */
import type { MetricUnit } from '../schema/types.js';
import type { ConsistencyCode, EvaluationIssueCode, EvaluationWarningCode, ReasonCode, RelapseCode, ScreenCode, TriadCode } from './codes.js';
import type { GoalEvaluation, MetricFacts } from './types.js';

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

/** Facts an issue message is built from. */
export interface EvaluationIssueFacts {
  readonly metricId?: string;
  readonly aggregation?: string;
  readonly goalId?: string;
  readonly field?: string;
  readonly received?: string;
  readonly expected?: string;
  readonly count?: number;
}

/** An id as the issue sentences quote it, `"?"` when there is none. */
const quoted = (id: string | undefined): string => JSON.stringify(id ?? '?');

const ISSUES: { readonly [C in EvaluationIssueCode]: (f: EvaluationIssueFacts) => string } = {
  observation_unknown_metric: (f) => `The observation refers to metric ${quoted(f.metricId)}, which the plan does not define; it was left out.`,
  observation_shape_mismatch: (f) =>
    f.aggregation === 'ratio'
      ? `The observation of ${quoted(f.metricId)} needs a numerator and denominator (the metric is a ratio of totals); it was left out.`
      : `The observation of ${quoted(f.metricId)} needs a value; it was left out.`,
  observation_invalid: (f) => `The observation of ${quoted(f.metricId)} has an invalid date or number; it was left out.`,
  goal_metric_unknown: (f) => `Goal ${quoted(f.goalId)} refers to metric ${quoted(f.metricId)}, which the plan does not define; it was not evaluated.`,
  policy_invalid: (f) => `Policy field ${f.field ?? '?'} must be ${f.expected ?? 'valid'}, not ${f.received ?? '?'}; the default was used.`,
  issues_truncated: (f) => `${f.count ?? 0} more issues of the same kinds were not listed.`,
};

/** The message of an evaluation issue. */
export function issueMessage(code: EvaluationIssueCode, facts: EvaluationIssueFacts): string {
  return ISSUES[code](facts);
}

/** Facts a warning sentence is built from. */
export interface EvaluationWarningFacts {
  readonly count: number;
  /** Where the repeats are, `observations` (the plan's own) or `feed`. */
  readonly source?: 'observations' | 'feed';
  /** Position of the first repeat in its source, and its id when it has one. */
  readonly index?: number;
  readonly id?: string;
  readonly goalId?: string;
  /** The window as written and as evaluated, and the plan's span. */
  readonly window?: { readonly start: string; readonly end: string };
  readonly evaluated?: { readonly start: string; readonly end: string };
  readonly plan?: { readonly start: string; readonly end: string };
  /** The paused spans (leave), for `paused_days_excluded`. */
  readonly pauses?: readonly { readonly start: string; readonly end: string; readonly open: boolean }[];
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const first = (f: EvaluationWarningFacts): string => `the first: ${f.id === undefined ? '' : `${JSON.stringify(f.id)} at `}${f.source ?? 'feed'}[${f.index ?? 0}]`;
const sourceName = (f: EvaluationWarningFacts): string => (f.source === 'observations' ? "the plan's own observations" : 'the feed');

const WARNINGS: { readonly [C in EvaluationWarningCode]: (f: EvaluationWarningFacts) => string } = {
  feed_repeats_plan: (f) =>
    `${plural(f.count, 'observation of the feed repeats', 'observations of the feed repeat')} the plan's own (the same id, or identical without an id; ${first(f)}); each was counted once.`,
  duplicate_id: (f) => `${plural(f.count, 'observation', 'observations')} of ${sourceName(f)} ${f.count === 1 ? 'repeats' : 'repeat'} an id already read there with the same figures (${first(f)}); each was counted once.`,
  conflicting_duplicate: (f) =>
    `${plural(f.count, 'observation', 'observations')} of ${sourceName(f)} ${f.count === 1 ? 'reuses' : 'reuse'} an id already read with other figures (${first(f)}); the first read counts, these were left out. Check the source.`,
  window_moved: (f) =>
    `Goal ${quoted(f.goalId)}'s window ${f.window?.start ?? '?'} to ${f.window?.end ?? '?'} moved with the plan clock to ${f.evaluated?.start ?? '?'} to ${f.evaluated?.end ?? '?'} (${plural(f.count, 'day', 'days')} later), as the plan's end date did: the rep keeps every working day the plan gave, however long the pause (policy windowsFollowPauses).`,
  paused_days_excluded: (f) =>
    `${plural(f.count, 'paused day', 'paused days')} (${(f.pauses ?? []).map((p) => (p.start === p.end ? p.start : `${p.start} to ${p.end}`) + (p.open ? ', still open' : '')).join('; ')}) ${f.count === 1 ? 'is' : 'are'} outside every measure: no period, share, coverage, trend, pace or expected value counts ${f.count === 1 ? 'it' : 'them'}, and no check-in or support session falls due in ${f.count === 1 ? 'it' : 'them'}.`,
  window_clipped: (f) =>
    `Goal ${quoted(f.goalId)}'s window ${f.window?.start ?? '?'} to ${f.window?.end ?? '?'} reaches outside the plan (${f.plan?.start ?? '?'} to ${f.plan?.end ?? '?'}); it was evaluated from ${f.evaluated?.start ?? '?'} to ${f.evaluated?.end ?? '?'} (${plural(f.count, 'day', 'days')} cut away).`,
};

/** The message of an evaluation warning. */
export function warningMessage(code: EvaluationWarningCode, facts: EvaluationWarningFacts): string {
  return WARNINGS[code](facts);
}

// ---------------------------------------------------------------------------------------------
// Goal status
// ---------------------------------------------------------------------------------------------

/** Whether a goal's expected-trajectory comparison reads its recent level (not the whole window so far). */
function recentLevel(goal: GoalEvaluation): boolean {
  return (goal.reading === 'window_level' || goal.reading === 'per_period') && goal.recent !== null && goal.recent.value !== null && goal.expected !== null && goal.expected.current === goal.recent.value;
}

/** Why a goal has its status, in one sentence. */
export function statusNote(goal: GoalEvaluation): string {
  const v = (value: number): string => formatValue(value, goal.metric);
  const target = v(goal.target);
  switch (goal.status) {
    case 'not_started':
      return `The goal's window starts on ${goal.window.start}.`;
    case 'no_data':
      return goal.reading === 'per_period' && goal.observations > 0
        ? `No complete ${goal.periodUnit} of the window yet (${goal.observations} observations so far).`
        : `No usable observations of ${goal.metric.name} from ${goal.window.start} to ${goal.evaluated?.end ?? goal.window.start}.`;
    // "complete ${goal.periodUnit}s": every period unit (day, week, month) makes its plural with an s.
    case 'met':
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Met: ${percent(goal.metShare)} of complete ${goal.periodUnit}s at or past ${target} (mean ${v(goal.observed ?? 0)}).`
        : `Met: ${v(goal.observed ?? 0)} against a target of ${target}.`;
    case 'not_met':
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Not met: ${percent(goal.metShare)} of complete ${goal.periodUnit}s at or past ${target} when the window ended on ${goal.window.end}.`
        : `Not met: ${v(goal.observed ?? 0)} against a target of ${target} when the window ended on ${goal.window.end}.`;
    default: {
      const label = goal.status === 'on_track' ? 'On track' : goal.status === 'at_risk' ? 'At risk' : 'Off track';
      const e = goal.expected;
      const where = e
        ? `${recentLevel(goal) ? `the recent level (last ${goal.recent!.periods} ${goal.recent!.periods === 1 ? goal.periodUnit : `${goal.periodUnit}s`}) is ` : ''}${v(e.current)} against ${v(e.value)} expected by now (${e.behindShare > 0 ? `${percent(e.behindShare)} of the gap behind` : 'on or ahead of the trajectory'})`
        : `${v(goal.observed ?? 0)} so far`;
      const projection = goal.projected !== null ? `; projected ${v(goal.projected)} by ${goal.window.end} against ${target}` : '';
      return `${label}: ${where}${projection}.`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Triad
// ---------------------------------------------------------------------------------------------

const TRIAD: { readonly [C in TriadCode]: string } = {
  all_met: 'Skill, behavior and outcome goals are all met.',
  improving: 'Skill, behavior and outcome are improving together.',
  improving_lagging_results:
    'Skill and behavior are improving but outcomes lag: improvement that has not reached the numbers yet, not failure.',
  skill_not_applied: 'The skill is improving but is not yet used in live deals (behavior is not improving).',
  results_without_leading_change:
    'Outcomes improved without a matching change in skill or behavior: check for outside causes before counting on it lasting.',
  declining: 'The measurement system is declining: at least one component is worse than the baseline and none improves.',
  no_improvement: 'No component of the measurement system shows real improvement over the baseline.',
  no_data: 'There is no data yet for any component of the measurement system.',
};

/** The sentence for a triad combination. */
export function triadMessage(code: TriadCode): string {
  return TRIAD[code];
}

const pct = (share: number | undefined): string => percent(share ?? 0);

// ---------------------------------------------------------------------------------------------
// After the plan and across the team
// ---------------------------------------------------------------------------------------------

/** Facts for relapse, screen and consistency messages. */
export interface FindingFacts {
  readonly subject?: string;
  readonly metric?: string;
  readonly value?: string;
  readonly reference?: string;
  readonly share?: number;
  readonly threshold?: number;
  readonly count?: number;
  readonly start?: string;
  readonly end?: string;
  readonly detail?: string;
  /** The period unit compared (week, month). */
  readonly unit?: string;
  /** Each period was compared with its working-day share of a total over the window. */
  readonly prorated?: boolean;
}

const RELAPSE: { readonly [C in RelapseCode]: (f: FindingFacts) => string } = {
  relapse_below_target: (f) =>
    f.prorated
      ? `${f.subject ?? 'The goal'} fell back below target for ${f.count ?? 0} consecutive ${f.unit ?? 'period'}s (${f.start ?? '?'} to ${f.end ?? '?'}): each ${f.unit ?? 'period'} was compared with its working-day share of the ${f.reference ?? '?'} target over the goal's window${f.detail ? ` (${f.detail})` : ''}. The root cause was not resolved; act quickly.`
      : `${f.subject ?? 'The goal'} fell back below its target of ${f.reference ?? '?'} for ${f.count ?? 0} consecutive ${f.unit ?? 'period'}s (${f.start ?? '?'} to ${f.end ?? '?'}${f.detail ? `; ${f.detail}` : ''}): the root cause was not resolved; act quickly.`,
  relapse_lost_improvement: (f) =>
    `${f.subject ?? 'The goal'} lost more than ${pct(f.threshold)} of the improvement gained in the plan for ${f.count ?? 0} consecutive ${f.unit ?? 'period'}s (${f.start ?? '?'} to ${f.end ?? '?'}${f.detail ? `; ${f.detail}` : ''}).`,
  not_closed_successfully: (f) => `Relapse monitoring applies after a successful close; this plan is ${f.detail ?? 'not closed successfully'}.`,
  no_monitoring_data: (f) => `No monitoring data for ${f.subject ?? 'the goal'} since ${f.start ?? '?'}.`,
  holding: (f) => `${f.subject ?? 'The goal'} holds: no run of ${f.count ?? 0} periods below target since ${f.start ?? '?'}.`,
};

/** The message of a relapse finding. */
export function relapseMessage(code: RelapseCode, facts: FindingFacts): string {
  return RELAPSE[code](facts);
}

const SCREEN: { readonly [C in ScreenCode]: (f: FindingFacts) => string } = {
  leading_indicator_declining: (f) =>
    `${f.metric ?? 'A leading indicator'} is getting worse: over the last ${f.count ?? 0} periods its trend moved ${pct(f.share)} of its typical level (${f.value ?? '?'}) the wrong way (policy ${pct(f.threshold)}).`,
  outcome_declining: (f) =>
    `${f.metric ?? 'An outcome'} is already getting worse: over the last ${f.count ?? 0} periods its trend moved ${pct(f.share)} of its typical level (${f.value ?? '?'}) the wrong way.`,
  outcomes_holding: () => 'Outcomes have not dropped yet: this is the time to coach, before a plan is needed.',
  insufficient_data: (f) => `${f.metric ?? 'The metric'} has too few periods with data to screen (${f.count ?? 0}).`,
  steady: () => 'No leading indicator is getting worse beyond the policy.',
};

/** The message of a team-screen finding. */
export function screenMessage(code: ScreenCode, facts: FindingFacts): string {
  return SCREEN[code](facts);
}

const CONSISTENCY: { readonly [C in ConsistencyCode]: (f: FindingFacts) => string } = {
  target_off_role_median: (f) =>
    `${f.subject ?? 'The goal'} targets ${f.value ?? '?'} for ${f.metric ?? 'the metric'}, ${pct(f.share)} away from the role's median of ${f.reference ?? '?'} (policy allows ${pct(f.threshold)}).`,
  duration_off_role_median: (f) =>
    `${f.subject ?? 'The plan'} runs ${f.value ?? '?'} days, ${pct(f.share)} away from the role's median of ${f.reference ?? '?'} days (policy allows ${pct(f.threshold)}).`,
  target_stricter_than_team: (f) =>
    `${f.subject ?? 'The goal'} targets ${f.value ?? '?'} for ${f.metric ?? 'the metric'}, stricter than the team's own average of ${f.reference ?? '?'} by ${pct(f.share)}.`,
  too_few_plans: (f) => `Only ${f.count ?? 0} comparable ${f.detail ?? 'plans'} for the role; at least ${f.threshold ?? 0} are needed for a median.`,
};

/** The message of a consistency finding. */
export function consistencyMessage(code: ConsistencyCode, facts: FindingFacts): string {
  return CONSISTENCY[code](facts);
}
