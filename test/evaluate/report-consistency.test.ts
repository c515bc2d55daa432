/**
 * Issue 16, part 1: the summary a manager reads never contradicts itself. Over generated plans
 * (drafts and running plans, any `asOf`, any feed), the headline (the recommendation), the goal
 * rows (met, status, sustained, recent level) and the reasons agree with one another and with the
 * plan's success criteria (its goals marked `required`, or every goal when none is).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluatePlan,
  recommendOutcome,
  renderEvaluation,
  summarizeEvaluation,
  type EvaluationSummary,
  type GoalSummaryRow,
} from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';

/** The property's run count (reported in issue 16's resolution). */
export const CONSISTENCY_RUNS = runs(300);

const atOrPast = (row: GoalSummaryRow, value: number): boolean =>
  row.direction === 'lower_is_better' ? value <= row.target : value >= row.target;

/** Every contradiction between the headline, the rows and the reasons of one summary (empty when none). */
export function contradictions(summary: EvaluationSummary, requiredMarked: boolean): string[] {
  const out: string[] = [];
  const r = summary.recommendation;
  const reasons = r.reasons;
  const codes = reasons.map((x) => x.code);
  const named = (code: string) => new Set(reasons.filter((x) => x.code === code).flatMap((x) => x.evidence.goalIds));
  const namedAnywhere = new Set(reasons.flatMap((x) => x.evidence.goalIds));
  const started = summary.goals.filter((g) => g.phase !== 'not_started');
  const marked = started.filter((g) => g.required);
  const criteria = marked.length > 0 ? marked : started;

  if (!summary.plan.running) {
    if (r.outcome !== 'insufficient_evidence' || r.final || summary.plan.final) out.push('a plan not running reads as running');
    return out;
  }
  if (r.outcome === 'successful') {
    const held = named('required_goal_held_recently');
    for (const g of criteria) {
      const metAndHeld = g.met && g.sustained !== false;
      const heldRecently = held.has(g.goalId) && g.recentValue !== null && atOrPast(g, g.recentValue) && g.sustained === true;
      const byScore = marked.length === 0 && codes.includes('score_past_success_threshold');
      if (!metAndHeld && !heldRecently && !byScore) out.push(`successful while criterion goal ${g.goalId} is not met, with no rule naming it`);
    }
    // a red row on a successful page always has its sentence
    for (const g of started) if (!g.met && !namedAnywhere.has(g.goalId)) out.push(`successful page: goal ${g.goalId} not met and named by no reason`);
    if (held.size > 0) {
      for (const id of held) {
        const reason = reasons.find((x) => x.code === 'required_goal_held_recently')!;
        for (const key of ['observed', 'target', 'recent']) if (reason.evidence.figures[`${key}:${id}`] === undefined) out.push(`held-recently reason lacks ${key} for ${id}`);
      }
    }
  }
  if (marked.length > 0 && codes.includes('score_past_success_threshold')) out.push('success by score while a goal is marked required');
  if (!requiredMarked) {
    for (const x of reasons) {
      const text = x.message.replace(/no goal is marked required/gi, '');
      if (/\brequired\b/i.test(text)) out.push(`"${x.code}" speaks of required goals when none is marked: ${x.message}`);
    }
  }
  for (const x of reasons.filter((x) => x.code === 'required_goal_not_met')) {
    for (const id of x.evidence.goalIds) {
      const g = summary.goals.find((row) => row.goalId === id);
      if (g?.met) out.push(`goal ${id} is met in its row but "not met" in the reasons`);
      if (x.evidence.figures[`target:${id}`] === undefined) out.push(`not-met reason lacks the target of ${id}`);
    }
  }
  if (r.outcome === 'not_met' && started.length > 0 && started.every((g) => g.status === 'met' || g.status === 'on_track')) {
    out.push('"not met" while every started goal is met or on track');
  }
  if (r.outcome === 'successful' && codes.includes('required_goal_not_met')) out.push('successful with a required goal not met');
  for (const g of summary.goals) if (g.phase === 'ended' && g.projected !== null) out.push(`goal ${g.goalId} projected after its window ended`);
  if (summary.plan.final !== r.final) out.push('the plan and the recommendation disagree on final');
  return out;
}

describe('the summary never contradicts itself (issue 16)', () => {
  it(`headline, goal rows, reasons and success criteria agree over generated plans (${CONSISTENCY_RUNS} runs)`, () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(evaluationCaseArbitrary({ drafts: true, maxPerMetric: 30 }), fc.boolean(), (c, lenient) => {
        // a lenient policy reaches "successful" (and success by score) more often
        const policy = lenient ? { successScore: 40, defaultGoalFloor: 0.1, sustainShare: 0.25, periodMetShare: 0.3 } : {};
        const evaluation = evaluatePlan(c.plan, c.feed, { asOf: c.asOf, policy });
        const summary = summarizeEvaluation(evaluation);
        seen.set(summary.recommendation.outcome, (seen.get(summary.recommendation.outcome) ?? 0) + 1);
        expect(contradictions(summary, c.plan.goals.some((g) => g.required))).toEqual([]);
        // the page: a successful headline with a criterion goal short of target says why, in its first lines
        if (summary.recommendation.outcome === 'successful' && summary.goals.some((g) => g.phase !== 'not_started' && !g.met)) {
          const page = renderEvaluation(summary, { format: 'markdown', audience: 'hr' });
          const glance = page.slice(0, page.indexOf('## Goals'));
          expect(glance).toMatch(/\*\*Why:\*\*/);
        }
      }),
      { numRuns: CONSISTENCY_RUNS },
    );
    // the generated plans reach the outcomes the property is about
    expect(seen.get('successful') ?? 0).toBeGreaterThan(0);
    expect(seen.get('insufficient_evidence') ?? 0).toBeGreaterThan(0);
  });

  it('the checker finds a contradiction when there is one', () => {
    const evaluation = evaluatePlan(
      fc.sample(evaluationCaseArbitrary({ atEnd: true }), { numRuns: 1, seed: 7 })[0]!.plan,
      null,
      { asOf: '2030-01-01' },
    );
    const summary = summarizeEvaluation(evaluation);
    const forged: EvaluationSummary = {
      ...summary,
      recommendation: { ...summary.recommendation, outcome: 'successful', reasons: [] },
      goals: summary.goals.map((g) => ({ ...g, met: false, sustained: false, phase: 'ended' as const })),
    };
    expect(contradictions(forged, true).length).toBeGreaterThan(0);
  });
});
