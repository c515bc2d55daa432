import { describe, expectTypeOf, it } from 'vitest';
import {
  compareConsistency,
  detectRelapse,
  evaluatePlan,
  evaluatePlanFigures,
  evaluatePlansFigures,
  evaluatePlansFiguresAsync,
  figuresOf,
  recommendOutcome,
  screenTeam,
  summarizeEvaluation,
  theilSenTrend,
  type ConsistencyReport,
  type EvaluationPolicy,
  type EvaluationPolicyOverrides,
  type EvaluationSummary,
  type EvaluationIssueCode,
  type GoalFigures,
  type PlanFigures,
  type TrendDirection,
  type GoalEvaluation,
  type GoalStatus,
  type Observation,
  type Plan,
  type PlanEvaluation,
  type ReasonCode,
  type Recommendation,
  type RecommendedOutcome,
  type RelapseCheck,
  type TeamObservations,
  type TeamScreen,
  type TrendLine,
  type TriadCode,
} from '../../src/index.js';

describe('public evaluation types', () => {
  it('evaluatePlan takes a plan, any iterable of observations and options, and returns a PlanEvaluation', () => {
    expectTypeOf(evaluatePlan).parameter(0).toEqualTypeOf<Plan>();
    expectTypeOf<Observation[]>().toExtend<Parameters<typeof evaluatePlan>[1]>();
    expectTypeOf<Iterable<Observation>>().toExtend<Parameters<typeof evaluatePlan>[1]>();
    expectTypeOf<Generator<Observation>>().toExtend<Parameters<typeof evaluatePlan>[1]>();
    expectTypeOf<undefined>().toExtend<Parameters<typeof evaluatePlan>[1]>();
    expectTypeOf(evaluatePlan).returns.toEqualTypeOf<PlanEvaluation>();
    expectTypeOf<{ asOf: string; policy: { successScore: number; sustainPeriods: { week: number } } }>().toExtend<Parameters<typeof evaluatePlan>[2]>();
    expectTypeOf<{ policy: {} }>().not.toExtend<Parameters<typeof evaluatePlan>[2]>();
  });

  it('results are read-only and use null, not undefined, for absent figures', () => {
    expectTypeOf<PlanEvaluation['goals']>().toEqualTypeOf<readonly GoalEvaluation[]>();
    expectTypeOf<GoalEvaluation['attainment']>().toEqualTypeOf<number | null>();
    expectTypeOf<GoalEvaluation['status']>().toEqualTypeOf<GoalStatus>();
    expectTypeOf<GoalStatus>().toEqualTypeOf<'met' | 'not_met' | 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'not_started'>();
    expectTypeOf<PlanEvaluation['triad']['code']>().toEqualTypeOf<TriadCode>();
    expectTypeOf<'improving_lagging_results'>().toExtend<TriadCode>();
    expectTypeOf<PlanEvaluation['policy']>().toEqualTypeOf<EvaluationPolicy>();
  });

  it('recommendations carry an outcome from a closed set and coded reasons with evidence', () => {
    expectTypeOf(recommendOutcome).parameter(0).toEqualTypeOf<PlanEvaluation>();
    expectTypeOf(recommendOutcome).parameter(1).toEqualTypeOf<EvaluationPolicyOverrides | undefined>();
    expectTypeOf(recommendOutcome).returns.toEqualTypeOf<Recommendation>();
    expectTypeOf<Recommendation['outcome']>().toEqualTypeOf<RecommendedOutcome>();
    expectTypeOf<RecommendedOutcome>().toEqualTypeOf<'not_met' | 'insufficient_evidence' | 'extend' | 'successful'>();
    expectTypeOf<Recommendation['reasons'][number]['code']>().toEqualTypeOf<ReasonCode>();
    expectTypeOf<'company_commitment_shortfall'>().toExtend<ReasonCode>();
    expectTypeOf<'whatever'>().not.toExtend<ReasonCode>();
    expectTypeOf<Recommendation['reasons'][number]['evidence']>().toEqualTypeOf<{
      readonly goalIds: readonly string[];
      readonly figures: Readonly<Record<string, number>>;
      readonly dates: Readonly<Record<string, string>>;
    }>();
  });

  it('the summary and the after-plan and team results have their own types', () => {
    expectTypeOf(summarizeEvaluation).returns.toEqualTypeOf<EvaluationSummary>();
    expectTypeOf<EvaluationSummary['kind']>().toEqualTypeOf<'evaluation_summary'>();
    expectTypeOf<EvaluationSummary['goals'][number]['currency']>().toEqualTypeOf<string | null>();
    expectTypeOf(detectRelapse).returns.toEqualTypeOf<RelapseCheck>();
    expectTypeOf(screenTeam).parameter(0).toEqualTypeOf<TeamObservations>();
    expectTypeOf(screenTeam).returns.toEqualTypeOf<TeamScreen>();
    expectTypeOf<TeamScreen['reps'][number]['status']>().toEqualTypeOf<'early_warning' | 'declining' | 'steady' | 'insufficient_data'>();
    expectTypeOf(compareConsistency).parameter(0).toEqualTypeOf<readonly Plan[]>();
    expectTypeOf(compareConsistency).returns.toEqualTypeOf<ConsistencyReport>();
    expectTypeOf(theilSenTrend).returns.toEqualTypeOf<TrendLine | undefined>();
  });

  it('policy overrides are partial, nested records included, and typed', () => {
    expectTypeOf<{}>().toExtend<EvaluationPolicyOverrides>();
    expectTypeOf<{ coverageUnitByKind: { skill: 'week' } }>().toExtend<EvaluationPolicyOverrides>();
    expectTypeOf<{ successScore: string }>().not.toExtend<EvaluationPolicyOverrides>();
    expectTypeOf<{ shortfallOutcome: 'not_met' }>().not.toExtend<EvaluationPolicyOverrides>();
  });

  it('figures-only results have their own type, whichever way they are asked for', () => {
    expectTypeOf(evaluatePlanFigures).parameters.toEqualTypeOf<Parameters<typeof evaluatePlan>>();
    expectTypeOf(evaluatePlanFigures).returns.toEqualTypeOf<PlanFigures>();
    expectTypeOf(figuresOf).parameter(0).toEqualTypeOf<PlanEvaluation>();
    expectTypeOf(figuresOf).returns.toEqualTypeOf<PlanFigures>();
    expectTypeOf(evaluatePlansFigures).returns.toEqualTypeOf<Generator<PlanFigures, void, undefined>>();
    expectTypeOf(evaluatePlansFiguresAsync).returns.toEqualTypeOf<AsyncGenerator<PlanFigures, void, undefined>>();
    expectTypeOf<(plan: Plan) => Promise<Observation[]>>().toExtend<NonNullable<Parameters<typeof evaluatePlansFiguresAsync>[1]['observationsFor']>>();
    expectTypeOf<(plan: Plan) => Promise<Observation[]>>().not.toExtend<NonNullable<Parameters<typeof evaluatePlansFigures>[1]['observationsFor']>>();
    expectTypeOf<PlanFigures['goals']>().toEqualTypeOf<readonly GoalFigures[]>();
    expectTypeOf<PlanFigures['outcome']>().toEqualTypeOf<RecommendedOutcome>();
    expectTypeOf<PlanFigures['reasons']>().toEqualTypeOf<readonly ReasonCode[]>();
    expectTypeOf<PlanFigures['triad']>().toEqualTypeOf<TriadCode>();
    expectTypeOf<PlanFigures['issues']>().toEqualTypeOf<readonly EvaluationIssueCode[]>();
    expectTypeOf<GoalFigures['status']>().toEqualTypeOf<GoalStatus>();
    expectTypeOf<GoalFigures['trend']>().toEqualTypeOf<TrendDirection | null>();
    expectTypeOf<GoalFigures['attainment']>().toEqualTypeOf<number | null>();
    // No sentences, period readings or evidence logs in the figures.
    expectTypeOf<PlanFigures>().not.toHaveProperty('evidence');
    expectTypeOf<GoalFigures>().not.toHaveProperty('statusNote');
    expectTypeOf<GoalFigures>().not.toHaveProperty('periods');
    // Read-only.
    expectTypeOf<PlanFigures['goals']>().not.toExtend<GoalFigures[]>();
  });
});
