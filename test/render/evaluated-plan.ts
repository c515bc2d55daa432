/**
 * The 90-day fixture lived through with weekly data: every check-in held and documented (with
 * the manager's private notes on some), every support session delivered, and observations that
 * rise to the targets (the evaluation scenario "meets every goal"). Evaluated at any date.
 */
import { evaluatePlan, summarizeEvaluation, type EvaluationSummary, type Observation, type Plan, type PlanEvaluation, type PlanInput } from '../../src/index.js';
import { byWeek, fixtureInput, per100, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

/** The manager's private note on every held check-in. */
export const PRIVATE_CHECK_IN_NOTE = 'Dana thinks Jordan may be interviewing elsewhere.';

export const SUCCESS_RULES = {
  'm-call-meeting': (w: number) => per100([6, 8, 10, 12, 13, 14, 14, 14, 15, 14, 15, 14, 15][w]!),
  'm-calls': byWeek([30, 35, 40, 42, 44, 45, 43, 46, 44, 45, 47, 44, 46]),
  'm-discovery': (w: number) => ({ 1: 2, 3: 3, 5: 3, 7: 3 })[w],
  'm-won-revenue': (w: number) => ([2, 5, 8, 11].includes(w) ? 1_200_000 : undefined),
};

export function evaluatedPlanInput(): PlanInput {
  const input = withRecords(fixtureInput(), { privateNotes: PRIVATE_CHECK_IN_NOTE });
  // Progress and actions on the first check-in, a note on one delivery.
  const checkIns = (input.checkIns ?? []).map((c, i) =>
    i === 0
      ? { ...c, progress: [{ goalId: 'g-calls', note: 'Dialer cadence set up', value: 31 }], actions: [{ description: 'Book the discovery workshop', owner: 'mgr-dana' }] }
      : c,
  );
  const supportDeliveries = (input.supportDeliveries ?? []).map((d) => (d.commitmentId === 'sup-lead-routing' ? { ...d, note: 'Routing rule live' } : d));
  return { ...input, checkIns, supportDeliveries };
}

export interface Evaluated {
  readonly plan: Plan;
  readonly observations: readonly Observation[];
  readonly evaluation: PlanEvaluation;
  readonly summary: EvaluationSummary;
}

/** The lived plan evaluated at `asOf` (default: two days after its end). */
export function evaluated(asOf = '2026-04-06', input: PlanInput = evaluatedPlanInput()): Evaluated {
  const plan = planOf(input);
  const observations = weeklyObservations('2026-01-05', 13, SUCCESS_RULES);
  const evaluation = evaluatePlan(plan, observations, { asOf });
  return { plan, observations, evaluation, summary: summarizeEvaluation(evaluation) };
}
