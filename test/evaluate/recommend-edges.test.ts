/**
 * The recommendation read at its edges: every reason carries the evidence it rests on (goal ids,
 * figures, dates, the thresholds used) and every threshold is inclusive ("at or past", "below").
 * Each test builds a small evaluation by hand from a real one (so only the figures the rule reads
 * change) and derives its expectations from those figures and the rules in docs/evaluation.md.
 * (Written for mutation testing of src/evaluate/recommend.ts: each test pins one documented rule.)
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EVALUATION_POLICY,
  OUTCOME_RANK,
  evaluatePlan,
  recommendOutcome,
  type EvaluationPolicy,
  type EvaluationPolicyOverrides,
  type GoalEvaluation,
  type PlanEvaluation,
  type Recommendation,
  type RecommendationReason,
} from '../../src/index.js';
import { fixtureInput, planOf, withRecords } from '../support/scenario.js';

const real = evaluatePlan(planOf(withRecords(fixtureInput())), [], { asOf: '2026-04-06' });
const template = real.goals[0]!;
const D = DEFAULT_EVALUATION_POLICY;

/** A started goal, met and sustained, with full coverage, unless told otherwise. */
function goal(id: string, over: Partial<GoalEvaluation> = {}): GoalEvaluation {
  return {
    ...template,
    goalId: id,
    title: `Goal ${id}`,
    required: true,
    floor: 0.5,
    phase: 'ended',
    observed: 10,
    attainment: 1,
    attainmentClamped: 1,
    met: true,
    progress: 1,
    sustainment: { unit: 'week', periods: 4, considered: 4, atTarget: 4, share: 1, sustained: true },
    coverage: { unit: 'week', elapsed: 10, withData: 10, share: 1 },
    ...over,
  };
}

/** A goal that blocks success by rule 2's first half: required and not met (attainment 0.6, above the default floor). */
const lagging = (id: string, over: Partial<GoalEvaluation> = {}): GoalEvaluation =>
  goal(id, { met: false, attainment: 0.6, attainmentClamped: 0.6, progress: 0.6, sustainment: { unit: 'week', periods: 4, considered: 4, atTarget: 1, share: 0.25, sustained: false }, ...over });

interface Scene {
  readonly goals?: readonly GoalEvaluation[];
  readonly score?: number;
  readonly progress?: number;
  readonly leadingImproving?: boolean;
  readonly coverage?: Partial<PlanEvaluation['evidence']['coverage']>;
  readonly checkIns?: Partial<PlanEvaluation['evidence']['checkIns']>;
  readonly support?: Partial<PlanEvaluation['evidence']['support']>;
  readonly extensionsGranted?: number;
  readonly asOf?: string;
  readonly final?: boolean;
  readonly policy?: EvaluationPolicy;
}

/** An evaluation with good evidence (full coverage, every check-in held and documented, all support delivered). */
function evaluation(s: Scene = {}): PlanEvaluation {
  return {
    ...real,
    asOf: s.asOf ?? real.asOf,
    final: s.final ?? true,
    extensionsGranted: s.extensionsGranted ?? 0,
    goals: s.goals ?? [goal('g-a')],
    score: { ...real.score, value: s.score ?? 0 },
    progress: s.progress ?? 0,
    triad: { ...real.triad, leadingImproving: s.leadingImproving ?? false },
    evidence: {
      ...real.evidence,
      coverage: { elapsed: 10, withData: 10, share: 1, ...s.coverage },
      checkIns: { ...real.evidence.checkIns, scheduled: 6, due: 5, held: 5, missed: 0, pending: 0, documented: 5, heldShare: 1, documentedShare: 1, shortfall: false, ...s.checkIns },
      support: {
        ...real.evidence.support,
        committed: 2,
        due: 4,
        delivered: 4,
        missed: 0,
        deliveredShare: 1,
        commitments: [
          { commitmentId: 'c-coach', kind: 'coaching', description: 'Weekly coaching', due: 2, delivered: 2, share: 1 },
          { commitmentId: 'c-train', kind: 'training', description: 'Discovery workshop', due: 2, delivered: 2, share: 1 },
        ],
        shortfall: false,
        ...s.support,
      },
      commitmentShortfall: false,
    },
    policy: s.policy ?? D,
  };
}

const codes = (r: Recommendation): string[] => r.reasons.map((x) => x.code);
const find = (r: Recommendation, code: string): RecommendationReason => {
  const found = r.reasons.find((x) => x.code === code);
  if (!found) throw new Error(`no ${code} among ${codes(r).join(', ')}`);
  return found;
};
/** A reason without its facts: what these tests pin (test/evaluate/reason-facts.test.ts pins the facts). */
const wording = ({ facts: _facts, ...rest }: RecommendationReason): Omit<RecommendationReason, 'facts'> => rest;
const recommend = (s: Scene, policy?: EvaluationPolicyOverrides): Recommendation => recommendOutcome(evaluation(s), policy);
const finalDates = { asOf: real.asOf, endDate: real.endDate };
/** Not met, not sustained and no improvement: the plain "not met" path. */
const flat: Scene = { goals: [lagging('g-a')], score: 30, progress: 0.1 };

describe('the recommendation itself', () => {
  it('carries the outcome, its rank, finality and asOf, and is deeply frozen', () => {
    const r = recommend(flat);
    expect(r).toMatchObject({ outcome: 'not_met', rank: OUTCOME_RANK.not_met, final: true, asOf: real.asOf });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.reasons)).toBe(true);
    expect(Object.isFrozen(r.reasons[0]!.evidence.figures)).toBe(true);
  });

  it('is provisional before the end date: the first reason says so with both dates', () => {
    const asOf = '2026-03-01';
    const r = recommend({ ...flat, asOf, final: false });
    expect(r.final).toBe(false);
    expect(wording(r.reasons[0]!)).toEqual({
      code: 'provisional_before_end',
      message: `Provisional: the plan runs until ${real.endDate}; this reading is as of ${asOf}.`,
      evidence: { goalIds: [], figures: {}, dates: { asOf, endDate: real.endDate } },
    });
    expect(codes(recommend(flat))).not.toContain('provisional_before_end');
  });

  it('keeps its reasons in the documented order, the same on every call', () => {
    const scene: Scene = {
      goals: [lagging('g-a'), goal('g-b', { met: true, sustainment: { unit: 'week', periods: 4, considered: 4, atTarget: 2, share: 0.5, sustained: false } })],
      score: 60,
      progress: 0.3,
      leadingImproving: true,
      extensionsGranted: 1,
      support: { delivered: 3, deliveredShare: 0.75 },
      asOf: '2026-03-01',
      final: false,
    };
    const expected = ['provisional_before_end', 'required_goal_not_met', 'required_goal_not_sustained', 'improvement_past_threshold', 'leading_indicators_improving', 'extension_cap_reached', 'company_commitment_shortfall'];
    expect(codes(recommend(scene))).toEqual(expected);
    expect(recommend(scene)).toEqual(recommend(scene));
  });

  it('does not change the evaluation it reads', () => {
    const e = evaluation(flat);
    const before = JSON.stringify(e);
    recommendOutcome(e);
    expect(JSON.stringify(e)).toBe(before);
  });
});

describe('rule 1: insufficient evidence', () => {
  it('before the start: plan_not_started with asOf and the start date', () => {
    const asOf = '2026-01-04';
    const r = recommend({ asOf, final: false, coverage: { elapsed: 0, withData: 0, share: null } });
    expect(r.outcome).toBe('insufficient_evidence');
    expect(codes(r)).toEqual(['provisional_before_end', 'plan_not_started']);
    expect(wording(find(r, 'plan_not_started'))).toEqual({
      code: 'plan_not_started',
      message: `The plan has not started yet (it starts after ${asOf}).`,
      evidence: { goalIds: [], figures: {}, dates: { asOf, startDate: real.startDate } },
    });
  });

  it('on the start day with no complete period: nothing_elapsed, not plan_not_started', () => {
    const asOf = real.startDate;
    const r = recommend({ asOf, final: false, coverage: { elapsed: 0, withData: 0, share: null } });
    expect(codes(r)).toEqual(['provisional_before_end', 'nothing_elapsed']);
    expect(find(r, 'nothing_elapsed').evidence).toEqual({ goalIds: [], figures: { elapsedPeriods: 0 }, dates: { asOf, endDate: real.endDate } });
    expect(find(r, 'nothing_elapsed').message).toBe('No complete measurement period has elapsed yet: there is nothing to judge.');
  });

  it('periods elapsed but no goal started: nothing_elapsed with the periods elapsed', () => {
    const r = recommend({ goals: [goal('g-a', { phase: 'not_started' })], coverage: { elapsed: 3, withData: 3, share: 1 } });
    expect(r.outcome).toBe('insufficient_evidence');
    expect(find(r, 'nothing_elapsed').evidence.figures).toEqual({ elapsedPeriods: 3 });
  });

  it('plan coverage exactly at minCoverage is enough; just below is not', () => {
    const at = recommend({ coverage: { elapsed: 10, withData: 6, share: 0.6 } });
    expect(at.outcome).toBe('successful');
    const below = recommend({ coverage: { elapsed: 10, withData: 6, share: 0.5999 } });
    expect(below.outcome).toBe('insufficient_evidence');
    expect(codes(below)).toEqual(['insufficient_coverage']);
    expect(wording(find(below, 'insufficient_coverage'))).toEqual({
      code: 'insufficient_coverage',
      message: `60% of the elapsed measurement periods have data (the policy needs 60%): too little data to decide.`,
      evidence: { goalIds: [], figures: { periodsWithData: 6, periodsElapsed: 10, coverage: 0.5999, minCoverage: D.minCoverage }, dates: finalDates },
    });
  });

  it('a required goal below minCoverage is named with its own coverage; at minCoverage it is not', () => {
    const sparse = recommend({ goals: [goal('g-a', { coverage: { unit: 'week', elapsed: 10, withData: 5, share: 0.5 } }), goal('g-b', { required: false, coverage: { unit: 'week', elapsed: 10, withData: 4, share: 0.4 } })], coverage: { elapsed: 10, withData: 8, share: 0.8 } });
    const reason = find(sparse, 'insufficient_coverage');
    expect(sparse.outcome).toBe('insufficient_evidence');
    // every started goal under the bar is listed; only required ones make the reason and get a figure
    expect(reason.evidence.goalIds).toEqual(['g-a', 'g-b']);
    expect(reason.evidence.figures).toEqual({ periodsWithData: 8, periodsElapsed: 10, coverage: 0.8, minCoverage: 0.6, 'coverage:g-a': 0.5 });
    expect(reason.message).toBe('80% of the elapsed measurement periods have data, less for required goal "Goal g-a" (the policy needs 60%): too little data to decide.');

    const atBar = recommend({ goals: [goal('g-a', { coverage: { unit: 'week', elapsed: 10, withData: 6, share: 0.6 } })], coverage: { elapsed: 10, withData: 8, share: 0.8 } });
    expect(codes(atBar)).not.toContain('insufficient_coverage');
  });

  it('goals not started are left out of coverage: neither listed nor counted as required', () => {
    const r = recommend({
      goals: [goal('g-a', { coverage: { unit: 'week', elapsed: 10, withData: 5, share: 0.5 } }), goal('g-late', { phase: 'not_started', coverage: { unit: 'week', elapsed: 0, withData: 0, share: 0 } })],
      coverage: { elapsed: 10, withData: 9, share: 0.9 },
    });
    expect(find(r, 'insufficient_coverage').evidence.goalIds).toEqual(['g-a']);
    expect(find(r, 'insufficient_coverage').evidence.figures).not.toHaveProperty('coverage:g-late');
    const onlyLateSparse = recommend({ goals: [goal('g-a'), goal('g-late', { phase: 'not_started', observed: null, coverage: { unit: 'week', elapsed: 0, withData: 0, share: 0 } })] });
    expect(onlyLateSparse.outcome).toBe('successful');
    expect(find(onlyLateSparse, 'required_goals_met_and_sustained').evidence.goalIds).toEqual(['g-a']);
  });

  it('a plan coverage of null (nothing measurable) defers to the goals and reports 0', () => {
    expect(recommend({ coverage: { elapsed: 10, withData: 0, share: null } }).outcome).toBe('successful');
    const r = recommend({ goals: [goal('g-a', { coverage: { unit: 'week', elapsed: 10, withData: 1, share: 0.1 } })], coverage: { elapsed: 10, withData: 0, share: null } });
    expect(find(r, 'insufficient_coverage').evidence.figures).toMatchObject({ coverage: 0, 'coverage:g-a': 0.1 });
    expect(find(r, 'insufficient_coverage').message).toBe('0% of the elapsed measurement periods have data, less for required goal "Goal g-a" (the policy needs 60%): too little data to decide.');
  });

  it('an optional goal alone below minCoverage does not make the evidence insufficient', () => {
    const r = recommend({ goals: [goal('g-a'), goal('g-b', { required: false, coverage: { unit: 'week', elapsed: 10, withData: 1, share: 0.1 } })], coverage: { elapsed: 10, withData: 9, share: 0.9 } });
    expect(r.outcome).toBe('successful');
  });

  it('lists a started goal exactly at minCoverage nowhere', () => {
    const r = recommend({ goals: [goal('g-a'), goal('g-b', { required: false, coverage: { unit: 'week', elapsed: 10, withData: 6, share: 0.6 } })], coverage: { elapsed: 10, withData: 5, share: 0.5 } });
    expect(find(r, 'insufficient_coverage').evidence.goalIds).toEqual([]);
  });

  it('names several sparse required goals in one sentence', () => {
    const r = recommend({ goals: [goal('g-a', { coverage: { unit: 'week', elapsed: 10, withData: 2, share: 0.2 } }), goal('g-b', { coverage: { unit: 'week', elapsed: 10, withData: 3, share: 0.3 } })], coverage: { elapsed: 10, withData: 2, share: 0.25 } });
    expect(find(r, 'insufficient_coverage').message).toBe('25% of the elapsed measurement periods have data, less for required goals "Goal g-a" and "Goal g-b" (the policy needs 60%): too little data to decide.');
    expect(find(r, 'insufficient_coverage').evidence.figures).toMatchObject({ 'coverage:g-a': 0.2, 'coverage:g-b': 0.3 });
  });

  it('honours a minCoverage override in both directions', () => {
    expect(recommend({ coverage: { elapsed: 10, withData: 5, share: 0.5 } }, { minCoverage: 0.5 }).outcome).toBe('successful');
    const stricter = recommend({ coverage: { elapsed: 10, withData: 7, share: 0.7 } }, { minCoverage: 0.75 });
    expect(stricter.outcome).toBe('insufficient_evidence');
    expect(find(stricter, 'insufficient_coverage').evidence.figures['minCoverage']).toBe(0.75);
  });

  it('a required goal without data: required_goal_without_data with its id; an optional one does not count', () => {
    const r = recommend({ goals: [goal('g-a', { observed: null }), goal('g-b', { required: false, observed: null })] });
    expect(r.outcome).toBe('insufficient_evidence');
    expect(wording(find(r, 'required_goal_without_data'))).toEqual({
      code: 'required_goal_without_data',
      message: 'Required goal has no data: "Goal g-a".',
      evidence: { goalIds: ['g-a'], figures: {}, dates: finalDates },
    });
    const two = recommend({ goals: [goal('g-a', { observed: null }), goal('g-b', { observed: null })] });
    expect(find(two, 'required_goal_without_data').message).toBe('Required goals have no data: "Goal g-a" and "Goal g-b".');
    expect(recommend({ goals: [goal('g-a'), goal('g-b', { required: false, observed: null })] }).outcome).toBe('successful');
  });

  it('documented share exactly at minDocumentedShare is enough; just below is not', () => {
    expect(recommend({ checkIns: { held: 4, documented: 2, documentedShare: 0.5 } }).outcome).toBe('successful');
    const r = recommend({ checkIns: { held: 4, documented: 1, documentedShare: 0.25 } });
    expect(r.outcome).toBe('insufficient_evidence');
    expect(wording(find(r, 'check_ins_undocumented'))).toEqual({
      code: 'check_ins_undocumented',
      message: 'Only 25% of the held check-ins are documented (the policy needs 50%): too little documentation to decide.',
      evidence: { goalIds: [], figures: { held: 4, documented: 1, documentedShare: 0.25, minDocumentedShare: 0.5 }, dates: finalDates },
    });
    expect(recommend({ checkIns: { documentedShare: 0.4999 } }).outcome).toBe('insufficient_evidence');
    expect(recommend({ checkIns: { held: 0, documented: 0, documentedShare: null } }).outcome).toBe('successful');
    expect(recommend({ checkIns: { documentedShare: 0.25 } }, { minDocumentedShare: 0.25 }).outcome).toBe('successful');
  });

  it('lists every evidence gap, in order: coverage, missing data, documentation', () => {
    const r = recommend({ goals: [goal('g-a', { observed: null, coverage: { unit: 'week', elapsed: 10, withData: 0, share: 0 } })], coverage: { elapsed: 10, withData: 0, share: 0 }, checkIns: { documentedShare: 0 } });
    expect(codes(r)).toEqual(['insufficient_coverage', 'required_goal_without_data', 'check_ins_undocumented']);
  });
});

describe('rule 2: successful', () => {
  it('every required goal met and sustained: the reason lists them with their sustained shares; a goal not required and not met is said so', () => {
    const r = recommend({ goals: [goal('g-a'), goal('g-b', { sustainment: null }), lagging('g-c', { required: false })] });
    expect(r.outcome).toBe('successful');
    expect(codes(r)).toEqual(['required_goals_met_and_sustained', 'non_required_goal_not_met']);
    expect(wording(find(r, 'required_goals_met_and_sustained'))).toEqual({
      code: 'required_goals_met_and_sustained',
      message: 'Every required goal is met and held over its last periods: "Goal g-a" and "Goal g-b".',
      evidence: { goalIds: ['g-a', 'g-b'], figures: { 'sustained:g-a': 1 }, dates: finalDates },
    });
    // the template goal is a ratio (12% target); the lagging goal's observed value is 10 (1000%)
    expect(wording(find(r, 'non_required_goal_not_met'))).toEqual({
      code: 'non_required_goal_not_met',
      message: 'Not met, and not required for success: "Goal g-c": 1000% against a target of 12%.',
      evidence: { goalIds: ['g-c'], figures: { periodMetShare: D.periodMetShare, 'observed:g-c': 10, 'target:g-c': template.target, 'attainment:g-c': 0.6 }, dates: finalDates },
    });
  });

  it('gives a sustained figure only for goals whose sustainment has a share', () => {
    const r = recommend({ goals: [goal('g-a'), goal('g-b', { sustainment: { unit: 'week', periods: 4, considered: 0, atTarget: 0, share: null, sustained: true } })] });
    expect(find(r, 'required_goals_met_and_sustained').evidence.figures).toEqual({ 'sustained:g-a': 1 });
  });

  it('with no required goal started, every started goal must be met and sustained', () => {
    const none = [goal('g-a', { required: false }), goal('g-b', { required: true, phase: 'not_started' })];
    expect(find(recommend({ goals: none }), 'required_goals_met_and_sustained').evidence.goalIds).toEqual(['g-a']);
    const oneLags = [goal('g-a', { required: false }), lagging('g-b', { required: false })];
    const r = recommend({ goals: oneLags, score: 30 });
    expect(r.outcome).not.toBe('successful');
    expect(find(r, 'required_goal_not_met').evidence.goalIds).toEqual(['g-b']);
  });

  it('score exactly at successScore with every goal at its floor, no goal marked required: successful by score, the goal short of target named with its figures', () => {
    const goals = [lagging('g-a', { required: false, attainmentClamped: 0.5, progress: 0.5, attainment: 0.5 }), goal('g-b', { required: false })];
    const r = recommend({ goals, score: 80 });
    expect(r.outcome).toBe('successful');
    expect(codes(r)).toEqual(['score_past_success_threshold']);
    expect(wording(find(r, 'score_past_success_threshold'))).toEqual({
      code: 'score_past_success_threshold',
      message:
        'The score is 80, at or past the success threshold of 80, with no goal below its floor: significant and sustained improvement, though this goal is short of target: "Goal g-a": 1000% against a target of 12%, attainment 50% against a floor of 50%.',
      evidence: { goalIds: ['g-a', 'g-b'], figures: { score: 80, successScore: 80, 'attainment:g-a': 0.5, 'floor:g-a': 0.5 }, dates: finalDates },
    });
  });

  it('a score never stands in for a required goal (issue 16): the same scene with the goal required is not successful, and the reason says why', () => {
    const goals = [lagging('g-a', { attainmentClamped: 0.5, progress: 0.5, attainment: 0.5 }), goal('g-b', { required: false })];
    const r = recommend({ goals, score: 80 });
    expect(r.outcome).toBe('extend');
    expect(find(r, 'required_goal_not_met').message).toBe(
      'Required goal not met: "Goal g-a": 1000% against a target of 12%. The score of 80 is past the success threshold of 80, but a score does not stand in for a required goal.',
    );
  });

  it('score just below successScore is not successful (and the blocking goal is named)', () => {
    const r = recommend({ goals: [lagging('g-a')], score: 79.9, progress: 0.6 });
    expect(r.outcome).toBe('extend');
    expect(codes(r)).toEqual(['required_goal_not_met', 'improvement_past_threshold']);
    expect(wording(find(r, 'required_goal_not_met'))).toEqual({
      code: 'required_goal_not_met',
      message: 'Required goal not met: "Goal g-a": 1000% against a target of 12%.',
      evidence: { goalIds: ['g-a'], figures: { 'observed:g-a': 10, 'target:g-a': template.target, 'attainment:g-a': 0.6 }, dates: finalDates },
    });
    // The facts the sentence is written from: the goal's title, figures and unit, no phrase.
    expect(find(r, 'required_goal_not_met').facts).toEqual({
      goals: [{ title: 'Goal g-a', metric: { unit: template.metric.unit, currency: template.metric.currency, durationUnit: template.metric.durationUnit }, target: template.target, observed: 10, ended: true, perPeriod: null, periodMetShare: D.periodMetShare }],
      scope: 'required',
      score: null,
    });
  });

  it('a goal just below its floor (attainment or progress) blocks success by score: goal_below_floor', () => {
    for (const over of [{ attainmentClamped: 0.4, attainment: 0.4 }, { progress: 0.4 }] as const) {
      const goals = [lagging('g-a', { required: false }), goal('g-b', { required: false, ...over })];
      const r = recommend({ goals, score: 85 });
      expect(r.outcome, JSON.stringify(over)).toBe('extend');
      expect(codes(r)).toEqual(['required_goal_not_met', 'goal_below_floor', 'improvement_past_threshold']);
      const b = goals[1]!;
      expect(wording(find(r, 'goal_below_floor'))).toEqual({
        code: 'goal_below_floor',
        message: `Below its floor: "Goal g-b": attainment ${b.attainmentClamped! * 100}%, recent level ${b.progress! * 100}% of the gap, against a floor of 50%.`,
        evidence: { goalIds: ['g-b'], figures: { 'attainment:g-b': b.attainmentClamped, 'progress:g-b': b.progress, 'floor:g-b': 0.5 }, dates: finalDates },
      });
    }
    // just below the floor is enough
    const r = recommend({ goals: [lagging('g-a', { required: false }), goal('g-b', { required: false, attainmentClamped: 0.4999 })], score: 85 });
    expect(find(r, 'goal_below_floor').evidence.goalIds).toEqual(['g-b']);
  });

  it('a goal without data is never passed by the score: with no goal marked required it is a criterion, so the evidence is insufficient', () => {
    // (Before issue 16 a required goal elsewhere let the score rule judge it, as 0 against its floor;
    // the score rule now applies only when no goal is marked required, and then every goal counts.)
    const r = recommend({ goals: [lagging('g-a', { required: false }), goal('g-b', { required: false, attainmentClamped: null, progress: null, observed: null })], score: 85 });
    expect(r.outcome).toBe('insufficient_evidence');
    expect(find(r, 'required_goal_without_data')).toMatchObject({ message: 'No data yet for "Goal g-b".', evidence: { goalIds: ['g-b'] } });
  });

  it('score exactly at successScore with a goal below its floor: goal_below_floor is reported', () => {
    const r = recommend({ goals: [lagging('g-a', { required: false, attainmentClamped: 0.4, attainment: 0.4 })], score: 80 });
    expect(codes(r)).toEqual(['required_goal_not_met', 'goal_below_floor', 'improvement_past_threshold']);
    // a required goal: the score rule does not apply, so no floor is reported
    expect(codes(recommend({ goals: [lagging('g-a', { attainmentClamped: 0.4, attainment: 0.4 })], score: 80 }))).toEqual(['required_goal_not_met', 'improvement_past_threshold']);
  });

  it('several goals below their floors are named together', () => {
    const r = recommend({ goals: [lagging('g-a', { required: false, attainmentClamped: 0.2, attainment: 0.2 }), goal('g-b', { required: false, progress: 0.1 })], score: 90 });
    expect(find(r, 'goal_below_floor').message).toBe(
      'Below their floors: "Goal g-a": attainment 20%, recent level 60% of the gap, against a floor of 50% and "Goal g-b": attainment 100%, recent level 10% of the gap, against a floor of 50%.',
    );
    expect(find(r, 'goal_below_floor').evidence.figures).toEqual({ 'attainment:g-a': 0.2, 'progress:g-a': 0.6, 'floor:g-a': 0.5, 'attainment:g-b': 1, 'progress:g-b': 0.1, 'floor:g-b': 0.5 });
  });

  it("uses each goal's own floor (the evaluation's), not the policy's defaultGoalFloor", () => {
    const goals = [lagging('g-a', { required: false, floor: 0.3, attainment: 0.35, attainmentClamped: 0.35, progress: 0.35 })];
    expect(recommend({ goals, score: 80 }).outcome).toBe('successful');
    expect(recommend({ goals: [lagging('g-a', { required: false, floor: 0.4, attainment: 0.35, attainmentClamped: 0.35, progress: 0.35 })], score: 80 }).outcome).not.toBe('successful');
  });

  it("a goal's floor defaults to the policy's defaultGoalFloor, and that floor is the edge success by score respects", () => {
    for (const defaultGoalFloor of [0.3, 0.7]) {
      const e = evaluatePlan(planOf(withRecords(fixtureInput())), [], { asOf: '2026-04-06', policy: { defaultGoalFloor } });
      expect(e.goals.map((g) => g.floor)).toEqual(e.goals.map(() => defaultGoalFloor));
      // no goal marked required: success by score applies
      const at = { ...e, score: { ...e.score, value: 90 }, goals: e.goals.map((g) => ({ ...g, required: false, met: false, attainment: defaultGoalFloor, attainmentClamped: defaultGoalFloor, progress: defaultGoalFloor, observed: 1, coverage: { ...g.coverage, withData: g.coverage.elapsed, share: 1 } })), evidence: evaluation().evidence };
      expect(recommendOutcome(at).outcome, String(defaultGoalFloor)).toBe('successful');
      const below = { ...at, goals: at.goals.map((g, i) => (i === 0 ? { ...g, attainmentClamped: defaultGoalFloor - 0.0001 } : g)) };
      const r = recommendOutcome(below);
      expect(r.outcome).not.toBe('successful');
      expect(find(r, 'goal_below_floor').evidence.goalIds).toEqual([e.goals[0]!.goalId]);
    }
  });

  it('no goal_below_floor reason when the score is below successScore', () => {
    const r = recommend({ goals: [lagging('g-a', { attainmentClamped: 0.1, attainment: 0.1, progress: 0.1 })], score: 79.9 });
    expect(codes(r)).not.toContain('goal_below_floor');
  });

  it('met but not sustained: required_goal_not_sustained with the sustained share', () => {
    const g = goal('g-a', { sustainment: { unit: 'week', periods: 4, considered: 4, atTarget: 2, share: 0.5, sustained: false } });
    const r = recommend({ goals: [g], score: 40, progress: 0.1 });
    expect(r.outcome).toBe('not_met');
    expect(codes(r)).toEqual(['required_goal_not_sustained', 'no_real_improvement']);
    expect(wording(find(r, 'required_goal_not_sustained'))).toEqual({
      code: 'required_goal_not_sustained',
      message: 'Met but not held over the last periods: "Goal g-a": at or past 12% in 2 of the last 4 weeks (75% of the last 4 needed).',
      evidence: { goalIds: ['g-a'], figures: { sustainShare: D.sustainShare, 'sustained:g-a': 0.5, 'atTarget:g-a': 2, 'periods:g-a': 4 }, dates: finalDates },
    });
  });

  it('honours a successScore override, from the call or from the evaluation\'s own policy', () => {
    const scene: Scene = { goals: [lagging('g-a', { required: false })], score: 75 };
    expect(recommend(scene).outcome).toBe('extend');
    expect(recommend(scene, { successScore: 75 }).outcome).toBe('successful');
    expect(recommend({ ...scene, policy: { ...D, successScore: 75 } }).outcome).toBe('successful');
    // the call's override wins over the evaluation's policy
    expect(recommend({ ...scene, policy: { ...D, successScore: 75 } }, { successScore: 76 }).outcome).toBe('extend');
  });
});

describe('rule 3: extend', () => {
  it('score exactly at extendScore: improvement_past_threshold with score, progress and both thresholds', () => {
    const r = recommend({ goals: [lagging('g-a'), goal('g-b', { required: false })], score: 50, progress: 0.1 });
    expect(r.outcome).toBe('extend');
    expect(wording(find(r, 'improvement_past_threshold'))).toEqual({
      code: 'improvement_past_threshold',
      message: 'Real improvement: the score is 50 (extend threshold 50) and the recent level has closed 10% of the gaps.',
      evidence: { goalIds: ['g-a', 'g-b'], figures: { score: 50, extendScore: 50, progress: 0.1, improvementShare: 0.25 }, dates: finalDates },
    });
  });

  it('progress exactly at improvementShare extends; just below (with the score below extendScore) does not', () => {
    expect(recommend({ goals: [lagging('g-a')], score: 10, progress: 0.25 }).outcome).toBe('extend');
    const r = recommend({ goals: [lagging('g-a')], score: 49.9, progress: 0.2499 });
    expect(r.outcome).toBe('not_met');
    expect(codes(r)).toEqual(['required_goal_not_met', 'no_real_improvement']);
    expect(wording(find(r, 'no_real_improvement'))).toEqual({
      code: 'no_real_improvement',
      message: 'No real improvement: the score is 49.9 (extend threshold 50) and the recent level has closed 25% of the gaps.',
      evidence: { goalIds: ['g-a'], figures: { score: 49.9, extendScore: 50, progress: 0.2499, improvementShare: 0.25 }, dates: finalDates },
    });
  });

  it('honours extendScore and improvementShare overrides', () => {
    expect(recommend({ goals: [lagging('g-a')], score: 40, progress: 0 }, { extendScore: 40 }).outcome).toBe('extend');
    expect(recommend({ goals: [lagging('g-a')], score: 55, progress: 0 }, { extendScore: 60 }).outcome).toBe('not_met');
    expect(recommend({ goals: [lagging('g-a')], score: 0, progress: 0.1 }, { improvementShare: 0.1 }).outcome).toBe('extend');
    const r = recommend({ goals: [lagging('g-a')], score: 0, progress: 0.3 }, { improvementShare: 0.4 });
    expect(r.outcome).toBe('not_met');
    expect(find(r, 'no_real_improvement').evidence.figures['improvementShare']).toBe(0.4);
  });

  it('leading indicators improving extend, with the skill and behavior goals and each component\'s progress', () => {
    const e = evaluation({ goals: [lagging('g-a')], score: 10, progress: 0, leadingImproving: true });
    const t = e.triad;
    const withProgress = { ...e, triad: { ...t, skill: { ...t.skill, goalIds: ['g-s'], progress: 0.4 }, behavior: { ...t.behavior, goalIds: ['g-b1', 'g-b2'], progress: null }, outcome: { ...t.outcome, progress: -0.1 }, code: 'improving_lagging_results' as const } };
    const r = recommendOutcome(withProgress);
    expect(r.outcome).toBe('extend');
    expect(codes(r)).toEqual(['required_goal_not_met', 'leading_indicators_improving']);
    expect(wording(find(r, 'leading_indicators_improving'))).toEqual({
      code: 'leading_indicators_improving',
      message: 'Leading indicators improve while outcomes lag. Skill and behavior are improving but outcomes lag: improvement that has not reached the numbers yet, not failure.',
      evidence: { goalIds: ['g-s', 'g-b1', 'g-b2'], figures: { 'progress:skill': 0.4, 'progress:outcome': -0.1 }, dates: finalDates },
    });
  });

  it('extendWhenLeadingImproves false: leading indicators alone do not extend', () => {
    const r = recommend({ goals: [lagging('g-a')], score: 10, progress: 0, leadingImproving: true }, { extendWhenLeadingImproves: false });
    expect(r.outcome).toBe('not_met');
    expect(codes(r)).not.toContain('leading_indicators_improving');
    expect(codes(r)).toContain('no_real_improvement');
  });

  it('extension cap: extend below it, not at it (extension_cap_reached with the count and cap)', () => {
    const scene: Scene = { goals: [lagging('g-a')], score: 60 };
    expect(recommend({ ...scene, extensionsGranted: 0 }).outcome).toBe('extend');
    const capped = recommend({ ...scene, extensionsGranted: 1 });
    expect(capped.outcome).toBe('not_met');
    expect(codes(capped)).toEqual(['required_goal_not_met', 'improvement_past_threshold', 'extension_cap_reached']);
    expect(wording(find(capped, 'extension_cap_reached'))).toEqual({
      code: 'extension_cap_reached',
      message: 'The plan has had 1 of the 1 extensions the policy allows; another cannot be recommended.',
      evidence: { goalIds: [], figures: { extensionsGranted: 1, maxExtensions: 1 }, dates: finalDates },
    });
    expect(find(capped, 'extension_cap_reached').facts).toEqual({ count: 1, cap: 1 });
    expect(recommend({ ...scene, extensionsGranted: 1 }, { maxExtensions: 2 }).outcome).toBe('extend');
    expect(recommend({ ...scene, extensionsGranted: 2 }, { maxExtensions: 2 }).outcome).toBe('not_met');
    expect(recommend({ ...scene, extensionsGranted: 0 }, { maxExtensions: 0 }).outcome).toBe('not_met');
  });

  it('the cap does not stop success', () => {
    expect(recommend({ extensionsGranted: 5 }).outcome).toBe('successful');
  });
});

describe('rule 4: the fairness guard', () => {
  const shortfallReason = (r: Recommendation) => find(r, 'company_commitment_shortfall');
  const baseFigures = { supportDue: 4, supportDelivered: 4, checkInsDue: 5, checkInsHeld: 5, minSupportDeliveredShare: 0.8, minCommitmentDeliveredShare: 0.5, minCheckInHeldShare: 0.8, supportDeliveredShare: 1, checkInsHeldShare: 1 };

  it('support delivered exactly at minSupportDeliveredShare: no guard, not met', () => {
    const r = recommend({ ...flat, support: { due: 5, delivered: 4, deliveredShare: 0.8 } });
    expect(r.outcome).toBe('not_met');
    expect(codes(r)).not.toContain('company_commitment_shortfall');
  });

  it('support delivered just below it: extend instead of not met, with the figures behind it', () => {
    const r = recommend({ ...flat, support: { due: 4, delivered: 3, deliveredShare: 0.75 } });
    expect(r.outcome).toBe('extend');
    expect(codes(r)).toEqual(['required_goal_not_met', 'no_real_improvement', 'company_commitment_shortfall']);
    expect(wording(shortfallReason(r))).toEqual({
      code: 'company_commitment_shortfall',
      message: 'The company\'s side of the plan fell short (3 of 4 support sessions due were delivered (75%)): the plan cannot fairly end in "not met".',
      evidence: { goalIds: [], figures: { ...baseFigures, supportDelivered: 3, supportDeliveredShare: 0.75 }, dates: finalDates },
    });
  });

  it('one commitment exactly at minCommitmentDeliveredShare is fine; just below it is a shortfall naming it', () => {
    const commitments = (delivered: number, due: number) => [
      { commitmentId: 'c-coach', kind: 'coaching' as const, description: 'Weekly coaching', due: 8, delivered: 8, share: 1 },
      { commitmentId: 'c-train', kind: 'training' as const, description: 'Discovery workshop', due, delivered, share: delivered / due },
    ];
    const at = recommend({ ...flat, support: { due: 10, delivered: 9, deliveredShare: 0.9, commitments: commitments(1, 2) } });
    expect(at.outcome).toBe('not_met');
    const below = recommend({ ...flat, support: { due: 11, delivered: 9, deliveredShare: 9 / 11, commitments: commitments(1, 3) } });
    expect(below.outcome).toBe('extend');
    const reason = shortfallReason(below);
    expect(reason.message).toBe(`The company's side of the plan fell short (9 of 11 support sessions due were delivered (81.8%); "Discovery workshop": 1 of 3): the plan cannot fairly end in "not met".`);
    expect(reason.evidence.figures).toEqual({ ...baseFigures, supportDue: 11, supportDelivered: 9, supportDeliveredShare: 9 / 11, 'delivered:c-train': 1, 'due:c-train': 3 });
    expect(reason.facts).toEqual({ support: { delivered: 9, due: 11, share: 9 / 11 }, commitments: [{ description: 'Discovery workshop', delivered: 1, due: 3 }], checkIns: null });
  });

  it('check-ins held exactly at minCheckInHeldShare is fine; just below it is a shortfall', () => {
    expect(recommend({ ...flat, checkIns: { due: 5, held: 4, heldShare: 0.8, documented: 4 } }).outcome).toBe('not_met');
    const r = recommend({ ...flat, checkIns: { due: 4, held: 3, missed: 1, heldShare: 0.75, documented: 3, documentedShare: 1 } });
    expect(r.outcome).toBe('extend');
    expect(shortfallReason(r).message).toBe('The company\'s side of the plan fell short (3 of 4 check-ins due were held (75%)): the plan cannot fairly end in "not met".');
    expect(shortfallReason(r).evidence.figures).toEqual({ ...baseFigures, checkInsDue: 4, checkInsHeld: 3, checkInsHeldShare: 0.75 });
  });

  it('no support committed, or no check-in held, past the grace days', () => {
    const noSupport = recommend({ ...flat, support: { committed: 0, due: 0, delivered: 0, deliveredShare: null, commitments: [], shortfall: true } });
    expect(noSupport.outcome).toBe('extend');
    expect(shortfallReason(noSupport).message).toBe('The company\'s side of the plan fell short (no support was committed): the plan cannot fairly end in "not met".');
    const { supportDeliveredShare: _s, ...withoutSupportShare } = baseFigures;
    expect(shortfallReason(noSupport).evidence.figures).toEqual({ ...withoutSupportShare, supportDue: 0, supportDelivered: 0 });

    const noCheckIns = recommend({ ...flat, checkIns: { scheduled: 0, due: 0, held: 0, documented: 0, heldShare: null, documentedShare: null, shortfall: true } });
    expect(noCheckIns.outcome).toBe('extend');
    expect(shortfallReason(noCheckIns).message).toBe('The company\'s side of the plan fell short (no check-in was held): the plan cannot fairly end in "not met".');
    const { checkInsHeldShare: _c, ...withoutHeldShare } = baseFigures;
    expect(shortfallReason(noCheckIns).evidence.figures).toEqual({ ...withoutHeldShare, checkInsDue: 0, checkInsHeld: 0 });
    // within the grace days (the evaluation's shortfall flag off) nothing committed is no shortfall yet
    expect(recommend({ ...flat, support: { committed: 0, due: 0, delivered: 0, deliveredShare: null, commitments: [], shortfall: false } }).outcome).toBe('not_met');
  });

  it("judges shortfalls by the policy's shares, not by the evaluation's own flag, except for nothing committed or held", () => {
    // the flag alone (support committed and delivered, check-ins held) is no shortfall
    expect(recommend({ ...flat, support: { shortfall: true }, checkIns: { shortfall: true } }).outcome).toBe('not_met');
    // nothing committed or held, but inside the grace days (flag off): no shortfall yet
    expect(recommend({ ...flat, checkIns: { scheduled: 0, due: 0, held: 0, documented: 0, heldShare: null, documentedShare: null, shortfall: false } }).outcome).toBe('not_met');
    // check-ins scheduled but none due yet, flag on: the held share (null) decides, so no shortfall
    expect(recommend({ ...flat, checkIns: { scheduled: 3, due: 0, held: 0, documented: 0, heldShare: null, documentedShare: null, shortfall: true } }).outcome).toBe('not_met');
  });

  it('names only commitments strictly below their share, and none without sessions due', () => {
    const r = recommend({
      ...flat,
      support: {
        due: 6,
        delivered: 3,
        deliveredShare: 0.5,
        commitments: [
          { commitmentId: 'c-half', kind: 'coaching', description: 'Coaching', due: 4, delivered: 2, share: 0.5 },
          { commitmentId: 'c-none', kind: 'shadowing', description: 'Shadowing', due: 0, delivered: 0, share: null },
          { commitmentId: 'c-low', kind: 'training', description: 'Workshop', due: 2, delivered: 0, share: 0 },
        ],
      },
    });
    expect(shortfallReason(r).message).toBe('The company\'s side of the plan fell short (3 of 6 support sessions due were delivered (50%); "Workshop": 0 of 2): the plan cannot fairly end in "not met".');
    expect(Object.keys(shortfallReason(r).evidence.figures).filter((k) => k.includes(':'))).toEqual(['delivered:c-low', 'due:c-low']);
    // a commitment with nothing due yet is no shortfall on its own
    expect(recommend({ ...flat, support: { commitments: [{ commitmentId: 'c-none', kind: 'shadowing', description: 'Shadowing', due: 0, delivered: 0, share: null }] } }).outcome).toBe('not_met');
  });

  it('check-ins held below the share are counted, not called "none held", when some were scheduled or held', () => {
    const noneOfThree = recommend({ ...flat, checkIns: { scheduled: 4, due: 3, held: 0, missed: 3, documented: 0, heldShare: 0, documentedShare: null } });
    expect(shortfallReason(noneOfThree).message).toBe('The company\'s side of the plan fell short (0 of 3 check-ins due were held (0%)): the plan cannot fairly end in "not met".');
    // held without any scheduled (ad hoc check-ins), flag on: judged by the held share
    const adHoc = recommend({ ...flat, checkIns: { scheduled: 0, due: 4, held: 2, documented: 2, heldShare: 0.5, shortfall: true } });
    expect(shortfallReason(adHoc).message).toBe('The company\'s side of the plan fell short (2 of 4 check-ins due were held (50%)): the plan cannot fairly end in "not met".');
    expect(recommend({ ...flat, checkIns: { scheduled: 0, due: 5, held: 5, heldShare: 1, shortfall: true } }).outcome).toBe('not_met');
  });

  it('both sides short: one reason naming both, support first', () => {
    const r = recommend({ ...flat, support: { due: 4, delivered: 2, deliveredShare: 0.5 }, checkIns: { due: 4, held: 2, heldShare: 0.5, documented: 2 } });
    expect(r.reasons.filter((x) => x.code === 'company_commitment_shortfall')).toHaveLength(1);
    expect(shortfallReason(r).message).toBe('The company\'s side of the plan fell short (2 of 4 support sessions due were delivered (50%); 2 of 4 check-ins due were held (50%)): the plan cannot fairly end in "not met".');
  });

  it('honours the share overrides', () => {
    const scene: Scene = { ...flat, support: { due: 4, delivered: 3, deliveredShare: 0.75 }, checkIns: { due: 4, held: 3, heldShare: 0.75, documented: 3 } };
    expect(recommend(scene, { minSupportDeliveredShare: 0.75, minCheckInHeldShare: 0.75 }).outcome).toBe('not_met');
    expect(recommend({ ...flat, support: { due: 10, delivered: 9, deliveredShare: 0.9 } }, { minSupportDeliveredShare: 0.95 }).outcome).toBe('extend');
    expect(recommend({ ...flat, checkIns: { due: 10, held: 9, heldShare: 0.9, documented: 9 } }, { minCheckInHeldShare: 0.95 }).outcome).toBe('extend');
    const oneCommitment = { ...flat, support: { due: 4, delivered: 4, deliveredShare: 1, commitments: [{ commitmentId: 'c-x', kind: 'coaching' as const, description: 'Coaching', due: 4, delivered: 3, share: 0.75 }] } };
    expect(recommend(oneCommitment).outcome).toBe('not_met');
    const r = recommend(oneCommitment, { minCommitmentDeliveredShare: 0.8 });
    expect(r.outcome).toBe('extend');
    expect(shortfallReason(r).evidence.figures).toMatchObject({ minCommitmentDeliveredShare: 0.8, 'delivered:c-x': 3, 'due:c-x': 4 });
  });

  it("shortfallOutcome 'insufficient_evidence' is honoured; at the extension cap the guard gives insufficient evidence", () => {
    const scene: Scene = { ...flat, support: { due: 4, delivered: 3, deliveredShare: 0.75 } };
    expect(recommend(scene, { shortfallOutcome: 'insufficient_evidence' }).outcome).toBe('insufficient_evidence');
    const capped = recommend({ ...scene, extensionsGranted: 1 });
    expect(capped.outcome).toBe('insufficient_evidence');
    expect(codes(capped)).toEqual(['required_goal_not_met', 'no_real_improvement', 'company_commitment_shortfall']);
    const cappedImproving = recommend({ ...scene, score: 60, extensionsGranted: 1 });
    expect(cappedImproving.outcome).toBe('insufficient_evidence');
    expect(codes(cappedImproving)).toEqual(['required_goal_not_met', 'improvement_past_threshold', 'extension_cap_reached', 'company_commitment_shortfall']);
  });

  it('the guard also explains an extend and an insufficient-evidence outcome, but never a success', () => {
    const short = { support: { due: 4, delivered: 3, deliveredShare: 0.75 } };
    expect(codes(recommend({ ...short, goals: [lagging('g-a')], score: 60 }))).toEqual(['required_goal_not_met', 'improvement_past_threshold', 'company_commitment_shortfall']);
    expect(codes(recommend({ ...short, checkIns: { documentedShare: 0.1 } }))).toEqual(['check_ins_undocumented', 'company_commitment_shortfall']);
    const success = recommend(short);
    expect(success.outcome).toBe('successful');
    expect(codes(success)).toEqual(['required_goals_met_and_sustained']);
  });
});
