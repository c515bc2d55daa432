/**
 * `summarizeEvaluation`: the flat, serialisable view renderers and hosts read. Every figure in it
 * is the evaluation's own (nothing recomputed), its recommendation is `recommendOutcome`'s, and
 * it is deeply frozen. (Written for mutation testing of src/evaluate/summary.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, recommendOutcome, summarizeEvaluation, type PlanEvaluation } from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { runs } from '../support/runs.js';
import { fixtureInput, planOf, withRecords } from '../support/scenario.js';

function expectSummaryOf(e: PlanEvaluation): void {
  const recommendation = recommendOutcome(e);
  const s = summarizeEvaluation(e);
  expect(s.kind).toBe('evaluation_summary');
  expect(s.version).toBe(1);
  expect(s.plan).toEqual({
    id: e.planId,
    title: e.title,
    employee: e.employee,
    manager: e.manager,
    startDate: e.startDate,
    endDate: e.endDate,
    asOf: e.asOf,
    running: e.running,
    final: e.final,
    extensionsGranted: e.extensionsGranted,
  });
  expect(s.score).toEqual({ value: e.score.value, weighting: e.score.weighting, categories: e.score.categories });
  expect(s.progress).toBe(e.progress);
  expect(s.triad.code).toBe(e.triad.code);
  expect(s.triad.message).toBe(e.triad.message);
  expect(s.triad.components.map((c) => [c.name, c.state, c.attainment, c.progress, c.trend])).toEqual(
    [e.triad.skill, e.triad.behavior, e.triad.outcome].map((c) => [c.name, c.state, c.attainment, c.progress, c.trend?.direction ?? null]),
  );
  expect(s.goals.map((row) => row.goalId)).toEqual(e.goals.map((g) => g.goalId));
  s.goals.forEach((row, i) => {
    const g = e.goals[i]!;
    // A report shows the clamped attainment and keeps the raw one beside it; the figures are the evaluation's.
    expect([row.attainment, row.attainmentRaw]).toEqual([g.attainmentClamped, g.attainment]);
    if (row.attainment !== null) expect(row.attainment >= 0 && row.attainment <= 1).toBe(true);
    expect([row.observed, row.target, row.baseline, row.status, row.met]).toEqual([g.observed, g.target, g.baseline, g.status, g.met]);
    // The recent level and the periods at target are the evaluation's; no projection once the window has ended.
    expect([row.recentValue, row.recentStart, row.recentEnd, row.metShare, row.periodsCounted]).toEqual([g.recent?.value ?? null, g.recent?.start ?? null, g.recent?.end ?? null, g.metShare, g.periods.length]);
    expect(row.projected).toBe(g.phase === 'ended' ? null : g.projected);
    // The metric's unit and currency travel with the row, so a renderer can format it alone.
    expect([row.unit, row.currency ?? null]).toEqual([g.metric.unit, g.metric.currency ?? null]);
  });
  // Plain data: it survives JSON unchanged.
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  const { checkIns, support } = e.evidence;
  expect(s.checkIns).toEqual({
    scheduled: checkIns.scheduled,
    due: checkIns.due,
    held: checkIns.held,
    missed: checkIns.missed,
    documented: checkIns.documented,
    heldShare: checkIns.heldShare,
    documentedShare: checkIns.documentedShare,
    log: checkIns.log,
  });
  expect(s.support).toEqual({
    committed: support.committed,
    due: support.due,
    delivered: support.delivered,
    missed: support.missed,
    deliveredShare: support.deliveredShare,
    commitments: support.commitments,
    ledger: support.ledger,
  });
  expect(s.coverage).toEqual(e.evidence.coverage);
  expect(s.recommendation).toEqual({ outcome: recommendation.outcome, final: recommendation.final, reasons: recommendation.reasons });
  expect(s.issues).toEqual(e.issues);
  expect(isDeepFrozen(s)).toBe(true);
}

describe('summarizeEvaluation', () => {
  it('carries the fixture evaluation through unchanged, with its records', () => {
    const e = evaluatePlan(planOf(withRecords(fixtureInput())), [], { asOf: '2026-04-06' });
    expect(e.goals.length).toBeGreaterThan(0);
    expect(e.evidence.checkIns.log.length).toBeGreaterThan(0);
    expectSummaryOf(e);
  });

  it('property: every generated evaluation is carried through unchanged and frozen', () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary(), ({ plan, feed, asOf }) => expectSummaryOf(evaluatePlan(plan, feed, { asOf }))),
      { numRuns: runs(60) },
    );
  });

  it('uses the recommendation it is given instead of making one', () => {
    const e = evaluatePlan(planOf(withRecords(fixtureInput())), [], { asOf: '2026-04-06' });
    const own = recommendOutcome(e);
    const given = { ...own, outcome: own.outcome === 'not_met' ? ('extend' as const) : ('not_met' as const), reasons: [] };
    expect(summarizeEvaluation(e, { recommendation: given }).recommendation).toEqual({ outcome: given.outcome, final: given.final, reasons: [] });
    // ...and makes one under the policy it is given otherwise.
    const strict = { successScore: 100, extendScore: 100 };
    expect(summarizeEvaluation(e, { policy: strict }).recommendation.outcome).toBe(recommendOutcome(e, strict).outcome);
  });
});
