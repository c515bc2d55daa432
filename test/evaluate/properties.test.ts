import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertPlan,
  evaluatePlan,
  OUTCOME_RANK,
  parsePlan,
  planEndDate,
  recommendOutcome,
  shiftDate,
  summarizeEvaluation,
  toDayNumber,
  type Observation,
  type PlanEvaluation,
  type PlanInput,
} from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { runs } from '../support/runs.js';

const within = (value: number | null, lo: number, hi: number): boolean => value === null || (value >= lo && value <= hi);

/** Every leaf is JSON: strings, finite numbers, booleans, null; no undefined anywhere. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object') return Object.values(value as object).every((v) => v !== undefined && isPlainJson(v));
  return false;
}

function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((x) => x.item);
}

describe('bounds and shape', () => {
  it('keeps scores, attainments, shares and weights within bounds; results are frozen plain JSON', () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary(), ({ plan, feed, asOf }) => {
        const e = evaluatePlan(plan, feed, { asOf });
        expect(e.score.value).toBeGreaterThanOrEqual(0);
        expect(e.score.value).toBeLessThanOrEqual(100);
        const points = e.score.categories.reduce((sum, c) => sum + c.points, 0);
        // The score is rounded to 0.1, each category's points to 0.0001.
        expect(Math.abs(points - e.score.value)).toBeLessThanOrEqual(0.05 + 0.00005 * e.score.categories.length + 1e-9);
        const weights = e.goals.reduce((sum, g) => sum + g.weight, 0);
        if (e.goals.some((g) => g.phase !== 'not_started')) expect(weights).toBeCloseTo(100, 2);
        for (const g of e.goals) {
          expect(within(g.attainmentClamped, 0, 1)).toBe(true);
          if (g.attainment !== null) expect(Number.isFinite(g.attainment)).toBe(true);
          if (g.attainment !== null) expect(g.attainmentClamped).toBe(Math.min(1, Math.max(0, g.attainment)));
          expect(within(g.metShare, 0, 1)).toBe(true);
          expect(within(g.sustainment?.share ?? null, 0, 1)).toBe(true);
          expect(within(g.coverage.share, 0, 1)).toBe(true);
          expect(g.coverage.withData).toBeLessThanOrEqual(g.coverage.elapsed);
          if (g.met) expect(g.status).toBe('met');
        }
        for (const c of [e.triad.skill, e.triad.behavior, e.triad.outcome]) expect(within(c.attainment, 0, 1)).toBe(true);
        expect(within(e.progress, -1, 1)).toBe(true);
        for (const share of [e.evidence.coverage.share, e.evidence.checkIns.heldShare, e.evidence.checkIns.documentedShare, e.evidence.support.deliveredShare]) {
          expect(within(share, 0, 1)).toBe(true);
        }
        const r = recommendOutcome(e);
        expect(r.rank).toBe(OUTCOME_RANK[r.outcome]);
        expect(r.final).toBe(e.final);
        for (const reason of r.reasons) expect(reason.message.length).toBeGreaterThan(0);
        const summary = summarizeEvaluation(e, { recommendation: r });
        expect(isDeepFrozen(e)).toBe(true);
        expect(isDeepFrozen(r)).toBe(true);
        expect(isPlainJson(e)).toBe(true);
        expect(isPlainJson(summary)).toBe(true);
      }),
      { numRuns: runs(120) },
    );
  });
});

describe('order of observations', () => {
  it('does not change the evaluation, the recommendation or the summary', () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary(), fc.array(fc.integer(), { minLength: 1, maxLength: 50 }), ({ input, plan, feed, asOf }, keys) => {
        const a = summarizeEvaluation(evaluatePlan(plan, feed, { asOf }));
        const reordered = assertPlan({ ...input, observations: shuffle(input.observations ?? [], keys) });
        const b = summarizeEvaluation(evaluatePlan(reordered, shuffle(feed, [...keys].reverse()), { asOf }));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('order of goals', () => {
  it("does not change any goal's reading, whichever windows the goals share", () => {
    fc.assert(
      fc.property(
        evaluationCaseArbitrary(),
        fc.array(fc.record({ start: fc.constantFrom(0, 0, 7, 13), length: fc.integer({ min: 6, max: 80 }) }), { minLength: 5, maxLength: 5 }),
        ({ input, feed, asOf }, windows) => {
          // Goals that start on the same day with different ends (and some on other days) share
          // the periods an evaluation lays out once per window.
          const planLength = toDayNumber(planEndDate(assertPlan(input))) - toDayNumber(input.startDate) + 1;
          const goals = (input.goals ?? []).map((goal, i) => {
            const w = windows[i % windows.length]!;
            const start = Math.min(w.start, planLength - 1);
            const { deadline: _deadline, milestones: _milestones, ...rest } = goal;
            return { ...rest, window: { start: shiftDate(input.startDate, start), end: shiftDate(input.startDate, Math.min(start + w.length, planLength - 1)) } };
          });
          const parsed = parsePlan({ ...input, goals });
          fc.pre(parsed.ok);
          if (!parsed.ok) return;
          const reversed = assertPlan({ ...parsed.plan, goals: [...parsed.plan.goals].reverse() });
          const byId = (e: PlanEvaluation) => Object.fromEntries(e.goals.map((g) => [g.goalId, g]));
          expect(byId(evaluatePlan(reversed, feed, { asOf }))).toEqual(byId(evaluatePlan(parsed.plan, feed, { asOf })));
        },
      ),
      { numRuns: runs(80) },
    );
  });
});

/** Move one observation's value in the favourable direction of its metric by `delta`. */
function improve(observation: Observation, direction: 'higher_is_better' | 'lower_is_better', delta: number): Observation {
  const sign = direction === 'higher_is_better' ? 1 : -1;
  if (observation.numerator !== undefined && observation.denominator !== undefined) {
    return { ...observation, numerator: Math.max(0, observation.numerator + sign * delta) };
  }
  return { ...observation, value: (observation.value ?? 0) + sign * delta };
}

describe('monotonicity: a better value never makes anything worse (coverage fixed)', () => {
  it("never lowers the goal's attainment, the plan score or the recommendation's rank", () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary(), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 40 }), ({ plan, feed, asOf }, goalPick, obsPick, delta) => {
        const goal = plan.goals[goalPick % plan.goals.length]!;
        const metric = plan.metrics.find((m) => m.id === goal.metricId)!;
        const own = feed.map((o, i) => ({ o, i })).filter(({ o }) => o.metricId === metric.id);
        if (own.length === 0) return;
        const target = own[obsPick % own.length]!.i;
        const step = metric.unit === 'currency' ? delta * 10_000 : metric.unit === 'ratio' && metric.aggregation !== 'ratio' ? delta / 100 : delta;
        const better = feed.map((o, i) => (i === target ? improve(o, metric.direction, step) : o));
        const before = evaluatePlan(plan, feed, { asOf });
        const after = evaluatePlan(plan, better, { asOf });
        const g0 = before.goals.find((g) => g.goalId === goal.id)!;
        const g1 = after.goals.find((g) => g.goalId === goal.id)!;
        expect(g1.coverage).toEqual(g0.coverage);
        if (g0.attainment !== null) expect(g1.attainment!).toBeGreaterThanOrEqual(g0.attainment);
        if (g0.attainmentClamped !== null) expect(g1.attainmentClamped!).toBeGreaterThanOrEqual(g0.attainmentClamped);
        if (g0.met) expect(g1.met).toBe(true);
        expect(after.score.value).toBeGreaterThanOrEqual(before.score.value);
        expect(after.progress).toBeGreaterThanOrEqual(before.progress);
        expect(recommendOutcome(after).rank).toBeGreaterThanOrEqual(recommendOutcome(before).rank);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('monotonicity at the final review, with the company\'s side kept', () => {
  it('never lowers attainment, score or rank when every observation of one goal improves', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(evaluationCaseArbitrary({ commitmentsKept: true, atEnd: true, feed: false }), fc.nat(), fc.integer({ min: 1, max: 30 }), ({ input, plan, asOf }, goalPick, delta) => {
        const goal = plan.goals[goalPick % plan.goals.length]!;
        const metric = plan.metrics.find((m) => m.id === goal.metricId)!;
        const step = metric.unit === 'currency' ? delta * 20_000 : metric.unit === 'score' ? 1 : delta;
        const better = assertPlan({
          ...input,
          observations: (input.observations ?? []).map((o) => (o.metricId === metric.id ? improve(o, metric.direction, step) : o)),
        });
        const before = evaluatePlan(plan, [], { asOf });
        const after = evaluatePlan(better, [], { asOf });
        const g0 = before.goals.find((g) => g.goalId === goal.id)!;
        const g1 = after.goals.find((g) => g.goalId === goal.id)!;
        if (g0.attainment !== null) expect(g1.attainment!).toBeGreaterThanOrEqual(g0.attainment);
        expect(after.score.value).toBeGreaterThanOrEqual(before.score.value);
        const r0 = recommendOutcome(before);
        const r1 = recommendOutcome(after);
        expect(r1.rank).toBeGreaterThanOrEqual(r0.rank);
        seen.add(`${r0.outcome}->${r1.outcome}`);
      }),
      { numRuns: runs(150) },
    );
    // The generated cases reach the decisions that matter, not only one outcome.
    expect([...seen].some((t) => t.startsWith('not_met'))).toBe(true);
    expect([...seen].some((t) => t.endsWith('successful'))).toBe(true);
  });
});

/** Mirror every non-ratio metric: negate its values and figures and flip its direction. */
function mirror(input: PlanInput): { original: PlanInput; mirrored: PlanInput; mirroredIds: Set<string> } {
  const withoutRubrics = (p: PlanInput): PlanInput => ({ ...p, metrics: (p.metrics ?? []).map(({ rubric: _rubric, ...m }) => m) });
  const original = withoutRubrics(input);
  const ids = new Set((original.metrics ?? []).filter((m) => m.aggregation !== 'ratio').map((m) => m.id));
  const neg = (v: number) => (v === 0 ? 0 : -v);
  const mirrored: PlanInput = {
    ...original,
    metrics: (original.metrics ?? []).map((m) =>
      ids.has(m.id) ? { ...m, direction: m.direction === 'higher_is_better' ? ('lower_is_better' as const) : ('higher_is_better' as const) } : m,
    ),
    gaps: (original.gaps ?? []).map((g) => (ids.has(g.metricId) ? { ...g, current: neg(g.current), standard: neg(g.standard) } : g)),
    goals: (original.goals ?? []).map((g) =>
      ids.has(g.metricId)
        ? {
            ...g,
            baseline: neg(g.baseline),
            target: neg(g.target),
            ...(g.comparator ? { comparator: g.comparator === 'at_least' ? ('at_most' as const) : ('at_least' as const) } : {}),
            ...(g.milestones ? { milestones: g.milestones.map((m) => ({ ...m, target: neg(m.target) })) } : {}),
          }
        : g,
    ),
    observations: (original.observations ?? []).map((o) => (ids.has(o.metricId) && o.value !== undefined ? { ...o, value: neg(o.value) } : o)),
  };
  return { original, mirrored, mirroredIds: ids };
}

/** What must be identical between a plan and its mirror. */
function verdicts(e: PlanEvaluation) {
  return {
    goals: e.goals.map((g) => ({
      id: g.goalId,
      attainment: g.attainment,
      clamped: g.attainmentClamped,
      basis: g.attainmentBasis,
      met: g.met,
      metShare: g.metShare,
      status: g.status,
      sustainment: g.sustainment,
      trend: g.trend ? { direction: g.trend.direction, slopeShare: g.trend.slopeShare } : null,
      progress: g.recent?.progress ?? null,
      behind: g.expected?.behindShare ?? null,
      coverage: g.coverage,
      atStandard: g.skill?.atStandard ?? null,
    })),
    score: e.score,
    progress: e.progress,
    triad: e.triad,
  };
}

describe('lower-is-better mirrors higher-is-better', () => {
  it('gives the same attainments, statuses, score, triad and recommendation for a mirrored plan', () => {
    fc.assert(
      fc.property(planArbitrary({ withObservations: true, withRecords: true }), fc.integer({ min: 0, max: 140 }), (input, dayShare) => {
        const { original, mirrored } = mirror(input);
        const a = assertPlan(original);
        const b = assertPlan(mirrored);
        const at = { asOf: shiftDate(a.startDate, Math.round((100 * dayShare) / 100)) };
        const ea = evaluatePlan(a, [], at);
        const eb = evaluatePlan(b, [], at);
        expect(verdicts(eb)).toEqual(verdicts(ea));
        const ra = recommendOutcome(ea);
        const rb = recommendOutcome(eb);
        expect(rb.outcome).toBe(ra.outcome);
        expect(rb.reasons.map((r) => r.code)).toEqual(ra.reasons.map((r) => r.code));
        // The observed figures themselves are mirrored exactly.
        for (const [i, g] of ea.goals.entries()) {
          const m = eb.goals[i]!;
          if (g.metric.aggregation !== 'ratio' && g.observed !== null) expect(m.observed! + g.observed).toBe(0);
        }
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('the fairness guard', () => {
  it('never recommends "not met" while support delivered or check-ins held fall short, whatever the data and policy', () => {
    fc.assert(
      fc.property(
        evaluationCaseArbitrary(),
        fc.record({ maxExtensions: fc.constantFrom(0, 1, 2), shortfallOutcome: fc.constantFrom('extend' as const, 'insufficient_evidence' as const) }),
        ({ plan, feed, asOf }, policy) => {
          const e = evaluatePlan(plan, feed, { asOf, policy });
          const r = recommendOutcome(e);
          const { support, checkIns } = e.evidence;
          const short =
            (support.deliveredShare !== null && support.deliveredShare < 0.8) ||
            support.commitments.some((c) => c.share !== null && c.share < 0.5) ||
            (checkIns.heldShare !== null && checkIns.heldShare < 0.8);
          if (short) expect(e.evidence.commitmentShortfall).toBe(true);
          if (e.evidence.commitmentShortfall) {
            expect(r.outcome).not.toBe('not_met');
            if (r.outcome !== 'successful') expect(r.reasons.map((x) => x.code)).toContain('company_commitment_shortfall');
          }
        },
      ),
      { numRuns: runs(150) },
    );
  });
});

describe('inputs are not mutated', () => {
  it('leaves an unfrozen plan copy and the feed exactly as they were', () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 10 }), ({ plan, feed, asOf }) => {
        const loosePlan = structuredClone(plan);
        const looseFeed = structuredClone(feed);
        const planBefore = JSON.stringify(loosePlan);
        const feedBefore = JSON.stringify(looseFeed);
        const e = evaluatePlan(loosePlan, looseFeed, { asOf, policy: { sustainShare: 0.5 } });
        summarizeEvaluation(e);
        expect(JSON.stringify(loosePlan)).toBe(planBefore);
        expect(JSON.stringify(looseFeed)).toBe(feedBefore);
        expect(Object.isFrozen(loosePlan)).toBe(false);
        expect(Object.isFrozen(looseFeed)).toBe(false);
      }),
      { numRuns: runs(40) },
    );
  });
});
