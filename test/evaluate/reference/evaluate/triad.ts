import type { MetricKind } from '../../../../src/schema/types.js';
import type { TriadCode, TriadComponentName, TriadState } from '../../../../src/evaluate/codes.js';
import { triadMessage } from './messages.js';
import { round4 } from './numbers.js';
import type { EvaluationPolicy } from '../../../../src/evaluate/policy.js';
import type { GoalEvaluation, TriadComponent, TriadReading } from '../../../../src/evaluate/types.js';

/**
 * The triad component a metric kind belongs to: activity is a leading indicator, read with behavior.
 *
 * @internal
 */
export function triadComponentOf(kind: MetricKind): TriadComponentName {
  return kind === 'skill' ? 'skill' : kind === 'outcome' ? 'outcome' : 'behavior';
}

function weightedMean(items: readonly { weight: number; value: number }[]): number | null {
  if (items.length === 0) return null;
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  if (total <= 0) return round4(items.reduce((sum, i) => sum + i.value, 0) / items.length);
  return round4(items.reduce((sum, i) => sum + i.weight * i.value, 0) / total);
}

function componentReading(name: TriadComponentName, goals: readonly GoalEvaluation[], policy: EvaluationPolicy): TriadComponent {
  const all = goals.filter((g) => triadComponentOf(g.metric.kind) === name);
  const started = all.filter((g) => g.phase !== 'not_started');
  const withData = started.filter((g) => g.observed !== null);
  const goalIds = all.map((g) => g.goalId);
  if (withData.length === 0) {
    return { name, goalIds, state: all.length === 0 ? 'not_measured' : 'no_data', attainment: null, progress: null, trend: null, met: false };
  }
  const attainment = weightedMean(withData.map((g) => ({ weight: g.weight, value: g.attainmentClamped ?? 0 })));
  const progress = weightedMean(
    withData.flatMap((g) => {
      return g.progress === null ? [] : [{ weight: g.weight, value: g.progress }];
    }),
  );
  const slopeShare = weightedMean(withData.flatMap((g) => (g.trend ? [{ weight: g.weight, value: g.trend.slopeShare }] : [])));
  const trend =
    slopeShare === null
      ? null
      : {
          slopeShare,
          direction: slopeShare >= policy.flatTrendShare ? ('improving' as const) : slopeShare <= -policy.flatTrendShare ? ('declining' as const) : ('flat' as const),
        };
  const met = withData.length === started.length && withData.every((g) => g.met);
  let state: TriadState;
  if (met) state = 'met';
  else if (progress !== null && progress >= policy.improvementShare) state = 'improving';
  else if (progress !== null && progress <= -policy.declineShare) state = 'declining';
  else state = 'flat';
  return { name, goalIds, state, attainment, progress, trend, met };
}

const measured = (c: TriadComponent): boolean => c.state !== 'not_measured' && c.state !== 'no_data';
const positive = (c: TriadComponent): boolean => c.state === 'met' || c.state === 'improving';

/**
 * Read the measurement system as a whole: skill, behavior (with activity) and outcome, each with
 * its attainment, progress and trend, and the combination named.
 *
 * @internal
 */
export function readTriad(goals: readonly GoalEvaluation[], policy: EvaluationPolicy): TriadReading {
  const skill = componentReading('skill', goals, policy);
  const behavior = componentReading('behavior', goals, policy);
  const outcome = componentReading('outcome', goals, policy);
  const components = [skill, behavior, outcome].filter(measured);
  const leading = [skill, behavior].filter(measured);
  const leadingImproving = leading.some(positive) && !leading.some((c) => c.state === 'declining');
  let code: TriadCode;
  if (components.length === 0) code = 'no_data';
  else if (components.every((c) => c.state === 'met')) code = 'all_met';
  else if (measured(skill) && positive(skill) && measured(behavior) && !positive(behavior)) code = 'skill_not_applied';
  else if (leadingImproving) code = measured(outcome) && !positive(outcome) ? 'improving_lagging_results' : 'improving';
  else if (measured(outcome) && positive(outcome)) code = 'results_without_leading_change';
  else if (components.some((c) => c.state === 'declining')) code = 'declining';
  else code = 'no_improvement';
  return { skill, behavior, outcome, code, message: triadMessage(code), leadingImproving };
}
