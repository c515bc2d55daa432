/**
 * Every sentence the evaluators write, kept together so the wording stays consistent.
 * Numbers are formatted here without any locale or host setting: the same figures give the
 * same text everywhere.
 *
 * @internal
 * @module
 */
import type { MetricUnit } from '../../../../src/schema/types.js';
import type { ConsistencyCode, EvaluationIssueCode, ReasonCode, RelapseCode, ScreenCode, TriadCode } from '../../../../src/evaluate/codes.js';
import type { GoalEvaluation, MetricFacts } from '../../../../src/evaluate/types.js';

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

/** A number with at most `places` decimals, trailing zeros dropped ("12.5", "40"). */
export function plain(value: number, places = 2): string {
  const digits = Math.abs(value) < 1e21;
  const fixed = digits ? value.toFixed(places) : String(value);
  const trimmed = digits && fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

function grouped(value: number, places: number, padFraction = false): string {
  const text = plain(value, places);
  const [whole, fraction] = text.split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  const digits = sign ? whole!.slice(1) : whole!;
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${withCommas}${fraction ? `.${padFraction ? fraction.padEnd(places, '0') : fraction}` : ''}`;
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

const ISSUES: { readonly [C in EvaluationIssueCode]: (f: EvaluationIssueFacts) => string } = {
  observation_unknown_metric: (f) => `The observation refers to metric ${JSON.stringify(f.metricId ?? '?')}, which the plan does not define; it was left out.`,
  observation_shape_mismatch: (f) =>
    f.aggregation === 'ratio'
      ? `The observation of ${JSON.stringify(f.metricId ?? '?')} needs a numerator and denominator (the metric is a ratio of totals); it was left out.`
      : `The observation of ${JSON.stringify(f.metricId ?? '?')} needs a value; it was left out.`,
  observation_invalid: (f) => `The observation of ${JSON.stringify(f.metricId ?? '?')} has an invalid date or number; it was left out.`,
  goal_metric_unknown: (f) => `Goal ${JSON.stringify(f.goalId ?? '?')} refers to metric ${JSON.stringify(f.metricId ?? '?')}, which the plan does not define; it was not evaluated.`,
  policy_invalid: (f) => `Policy field ${f.field ?? '?'} must be ${f.expected ?? 'valid'}, not ${f.received ?? '?'}; the default was used.`,
  issues_truncated: (f) => `${f.count ?? 0} more issues of the same kinds were not listed.`,
};

/** The message of an evaluation issue. */
export function issueMessage(code: EvaluationIssueCode, facts: EvaluationIssueFacts): string {
  return ISSUES[code](facts);
}

// ---------------------------------------------------------------------------------------------
// Goal status
// ---------------------------------------------------------------------------------------------

const UNIT_WORDS = { day: 'days', week: 'weeks', month: 'months' } as const;

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
    case 'met':
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Met: ${percent(goal.metShare)} of complete ${UNIT_WORDS[goal.periodUnit]} at or past ${target} (mean ${v(goal.observed ?? 0)}).`
        : `Met: ${v(goal.observed ?? 0)} against a target of ${target}.`;
    case 'not_met':
      return goal.reading === 'per_period' && goal.metShare !== null
        ? `Not met: ${percent(goal.metShare)} of complete ${UNIT_WORDS[goal.periodUnit]} at or past ${target} when the window ended on ${goal.window.end}.`
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

// ---------------------------------------------------------------------------------------------
// Recommendation reasons
// ---------------------------------------------------------------------------------------------

/** Facts a reason message is built from (already formatted). */
export interface ReasonFacts {
  readonly goals?: readonly string[];
  readonly score?: number;
  readonly threshold?: number;
  readonly share?: number;
  readonly progress?: number;
  readonly endDate?: string;
  readonly asOf?: string;
  readonly detail?: string;
  readonly triad?: string;
  readonly count?: number;
  readonly cap?: number;
}

const pct = (share: number | undefined): string => percent(share ?? 0);

// Issue 16 added reason codes the reference (which does not recommend) has no sentence for.
const REASONS: { readonly [C in ReasonCode]?: (f: ReasonFacts) => string } = {
  provisional_before_end: (f) => `Provisional: the plan runs until ${f.endDate ?? '?'}; this reading is as of ${f.asOf ?? '?'}.`,
  plan_not_started: (f) => `The plan has not started yet (it starts after ${f.asOf ?? '?'}).`,
  nothing_elapsed: () => 'No complete measurement period has elapsed yet: there is nothing to judge.',
  insufficient_coverage: (f) =>
    `${pct(f.share)} of the elapsed measurement periods have data${f.goals && f.goals.length > 0 ? `, less for required ${f.goals.length > 1 ? 'goals' : 'goal'} ${list(f.goals)}` : ''} (the policy needs ${pct(f.threshold)}): too little data to decide.`,
  required_goal_without_data: (f) => `Required ${f.goals && f.goals.length > 1 ? 'goals have' : 'goal has'} no data: ${list(f.goals ?? [])}.`,
  check_ins_undocumented: (f) =>
    `Only ${pct(f.share)} of the held check-ins are documented (the policy needs ${pct(f.threshold)}): too little documentation to decide.`,
  required_goals_met_and_sustained: (f) => `Every required goal is met and held over its last periods: ${list(f.goals ?? [])}.`,
  score_past_success_threshold: (f) =>
    `The score is ${plain(f.score ?? 0, 1)}, at or past the success threshold of ${plain(f.threshold ?? 0, 1)}, with no goal below its floor: significant and sustained improvement.`,
  required_goal_not_met: (f) => `Required ${f.goals && f.goals.length > 1 ? 'goals are' : 'goal is'} not met: ${list(f.goals ?? [])}.`,
  required_goal_not_sustained: (f) => `Met but not held over the last periods: ${list(f.goals ?? [])}.`,
  goal_below_floor: (f) => `Below ${f.goals && f.goals.length > 1 ? 'their floors' : 'its floor'}: ${list(f.goals ?? [])}.`,
  improvement_past_threshold: (f) =>
    `Real improvement: the score is ${plain(f.score ?? 0, 1)} (extend threshold ${plain(f.threshold ?? 0, 1)}) and the recent level has closed ${pct(f.progress)} of the gaps.`,
  leading_indicators_improving: (f) => `Leading indicators improve while outcomes lag. ${f.triad ?? ''}`.trim(),
  extension_cap_reached: (f) => `The plan has had ${f.count ?? 0} of the ${f.cap ?? 0} extensions the policy allows; another cannot be recommended.`,
  no_real_improvement: (f) =>
    `No real improvement: the score is ${plain(f.score ?? 0, 1)} (extend threshold ${plain(f.threshold ?? 0, 1)}) and the recent level has closed ${pct(f.progress)} of the gaps.`,
  company_commitment_shortfall: (f) =>
    `The company's side of the plan fell short (${f.detail ?? 'support or check-ins below the policy'}): the plan cannot fairly end in "not met".`,
};

/** The message of a recommendation reason. */
export function reasonMessage(code: ReasonCode, facts: ReasonFacts): string {
  return REASONS[code]?.(facts) ?? code;
}

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
}

const RELAPSE: { readonly [C in RelapseCode]: (f: FindingFacts) => string } = {
  relapse_below_target: (f) =>
    `${f.subject ?? 'The goal'} fell back below its target of ${f.reference ?? '?'} for ${f.count ?? 0} consecutive periods (${f.start ?? '?'} to ${f.end ?? '?'}): the root cause was not resolved; act quickly.`,
  relapse_lost_improvement: (f) =>
    `${f.subject ?? 'The goal'} lost more than ${pct(f.threshold)} of the improvement gained in the plan for ${f.count ?? 0} consecutive periods (${f.start ?? '?'} to ${f.end ?? '?'}).`,
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
    `${f.metric ?? 'A leading indicator'} trends down: the trend loses ${pct(f.share)} of its typical level (${f.value ?? '?'}) over the last ${f.count ?? 0} periods (policy ${pct(f.threshold)}).`,
  outcome_declining: (f) =>
    `${f.metric ?? 'An outcome'} already trends down: the trend loses ${pct(f.share)} of its typical level (${f.value ?? '?'}) over the last ${f.count ?? 0} periods.`,
  outcomes_holding: () => 'Outcomes have not dropped yet: this is the time to coach, before a plan is needed.',
  insufficient_data: (f) => `${f.metric ?? 'The metric'} has too few periods with data to screen (${f.count ?? 0}).`,
  steady: () => 'No leading indicator trends down beyond the policy.',
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
