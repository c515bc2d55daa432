import type { MetricKind } from '../schema/types.js';
import type { TriadCode, TriadComponentName, TriadState } from './codes.js';
import { trendDirection } from './goal.js';
import { triadMessage } from './messages.js';
import { round4 } from './numbers.js';
import type { EvaluationPolicy } from './policy.js';
import type { GoalEvaluation, TriadComponent, TriadReading } from './types.js';

/**
 * The triad component a metric kind belongs to: activity is a leading indicator, read with behavior.
 *
 * @internal
 */
export function triadComponentOf(kind: MetricKind): TriadComponentName {
  return kind === 'skill' ? 'skill' : kind === 'outcome' ? 'outcome' : 'behavior';
}

/**
 * Σ w·v / Σ w (rounded), or the plain mean when the weights add up to nothing; null without items.
 * Fed item by item: the three sums run in item order, as over lists of weights and values.
 */
class WeightedMean {
  private n = 0;
  private weights = 0;
  private weighted = 0;
  private plain = 0;

  add(weight: number, value: number): void {
    this.n += 1;
    this.weights += weight;
    this.weighted += weight * value;
    this.plain += value;
  }

  value(): number | null {
    if (this.n === 0) return null;
    return round4(this.weights <= 0 ? this.plain / this.n : this.weighted / this.weights);
  }
}

function componentReading(name: TriadComponentName, goals: readonly GoalEvaluation[], policy: EvaluationPolicy): TriadComponent {
  const goalIds: string[] = [];
  let started = 0;
  let withData = 0;
  let allMet = true;
  const attainments = new WeightedMean();
  const progresses = new WeightedMean();
  const slopes = new WeightedMean();
  for (const g of goals) {
    if (triadComponentOf(g.metric.kind) !== name) continue;
    goalIds.push(g.goalId);
    if (g.phase === 'not_started') continue;
    started += 1;
    if (g.observed === null) continue;
    withData += 1;
    if (!g.met) allMet = false;
    attainments.add(g.weight, g.attainmentClamped ?? 0);
    if (g.progress !== null) progresses.add(g.weight, g.progress);
    if (g.trend) slopes.add(g.weight, g.trend.slopeShare);
  }
  Object.freeze(goalIds);
  if (withData === 0) {
    return Object.freeze({ name, goalIds, state: goalIds.length === 0 ? 'not_measured' : 'no_data', attainment: null, progress: null, trend: null, met: false });
  }
  const attainment = attainments.value();
  const progress = progresses.value();
  const slopeShare = slopes.value();
  const trend =
    slopeShare === null
      ? null
      : Object.freeze({
          slopeShare,
          direction: trendDirection(slopeShare, policy),
        });
  const met = withData === started && allMet;
  let state: TriadState;
  if (met) state = 'met';
  else if (progress !== null && progress >= policy.improvementShare) state = 'improving';
  else if (progress !== null && progress <= -policy.declineShare) state = 'declining';
  else state = 'flat';
  return Object.freeze({ name, goalIds, state, attainment, progress, trend, met });
}

const measured = (c: TriadComponent): boolean => c.state !== 'not_measured' && c.state !== 'no_data';
/** Met or improving (so measured). */
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
  else if (positive(skill) && measured(behavior) && !positive(behavior)) code = 'skill_not_applied';
  else if (leadingImproving) code = measured(outcome) && !positive(outcome) ? 'improving_lagging_results' : 'improving';
  else if (positive(outcome)) code = 'results_without_leading_change';
  else if (components.some((c) => c.state === 'declining')) code = 'declining';
  else code = 'no_improvement';
  return Object.freeze({ skill, behavior, outcome, code, message: triadMessage(code), leadingImproving });
}
