/**
 * Issue 19, item 4, as a rule over generated plans: closing with the outcome the evaluation
 * recommends, on a basis built by `closeBasis` from that evaluation, is never refused for its
 * basis; closing with another outcome is refused for its basis exactly when no non-blank reason is
 * given (`reason_required_against_recommendation`). Other refusals (the not-met rule, who may
 * close) may still apply; the property looks only at the three basis codes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeBasis, evaluatePlan, recommendOutcome, shiftDate, transition, type Plan } from '../../src/index.js';
import { followsRecommendation } from '../../src/schema/follows-recommendation.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';
import { HR } from './helpers.js';

const BASIS_CODES: ReadonlySet<string> = new Set(['evaluation_missing', 'evaluation_out_of_date', 'reason_required_against_recommendation']);
const REASONS = [undefined, '', '   ', '\n\t', 'The last four weeks were all at target.'] as const;
const blank = (reason: string | undefined): boolean => reason === undefined || reason.trim() === '';

describe('issue 19 item 4: the basis rule over generated plans', () => {
  it('the recommended outcome is never refused for its basis; another is accepted for its basis iff a non-blank reason is given', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(
        evaluationCaseArbitrary({ feed: false, atEnd: true }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('successful', 'not_met', 'extended_then_closed'),
        fc.constantFrom(...REASONS),
        ({ plan: ended, asOf: end }, later, outcome, reason) => {
          const closeOn = shiftDate(end, later);
          const plan: Plan = { ...ended, status: 'in_evaluation', phase: undefined };
          const evaluation = evaluatePlan(plan, null, { asOf: closeOn });
          const recommendation = recommendOutcome(evaluation);
          const basis = closeBasis(evaluation, recommendation);
          const result = transition(plan, { type: 'close', outcome, ...(reason === undefined ? {} : { reason }), basis }, { asOf: closeOn, actor: HR });
          const code = result.ok ? 'accepted' : result.rejection.code;
          seen.set(code, (seen.get(code) ?? 0) + 1);
          if (followsRecommendation(outcome, recommendation.outcome) || !blank(reason)) expect(BASIS_CODES.has(code)).toBe(false);
          else if (!(outcome === 'extended_then_closed' && plan.extensions.length === 0)) expect(code).toBe('reason_required_against_recommendation');
        },
      ),
      { numRuns: runs(200) },
    );
    // the property saw both sides of the rule
    expect(seen.get('accepted') ?? 0).toBeGreaterThan(0);
    expect(seen.get('reason_required_against_recommendation') ?? 0).toBeGreaterThan(0);
  });
});
