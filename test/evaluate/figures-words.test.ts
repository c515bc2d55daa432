/**
 * The figures path takes the recommendation's decision without its words: no reason sentence, and
 * none of the goal phrases a sentence is made of, is built for figures. The catalog's functions are
 * wrapped in counters (the catalog is the real one; only the counting is added).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RECOMMENDATION_MESSAGES } from '../../src/evaluate/reason-messages.js';
import { evaluatePlan, evaluatePlanFigures, figuresOf, recommendOutcome } from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';

// Every sentence of a reason comes from the catalog: each of its functions is wrapped in a counter.
vi.mock('../../src/evaluate/reason-messages.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/evaluate/reason-messages.js')>();
  const counted = Object.fromEntries(Object.entries(original.RECOMMENDATION_MESSAGES).map(([code, write]) => [code, vi.fn(write)]));
  return { ...original, RECOMMENDATION_MESSAGES: counted };
});

const counters = () => Object.values(RECOMMENDATION_MESSAGES) as unknown as ReturnType<typeof vi.fn>[];
const worded = (): number => counters().reduce((sum, f) => sum + f.mock.calls.length, 0);

describe('the figures path builds no reason sentence', () => {
  beforeEach(() => {
    for (const f of counters()) f.mockClear();
  });

  it('evaluatePlanFigures and figuresOf word nothing; recommendOutcome words each reason once', () => {
    let withReasons = 0;
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 10 }), ({ plan, feed, asOf }) => {
        for (const f of counters()) f.mockClear();
        const figures = evaluatePlanFigures(plan, feed, { asOf });
        const evaluation = evaluatePlan(plan, feed, { asOf });
        expect(figuresOf(evaluation)).toEqual(figures);
        expect(worded()).toBe(0);
        // The same decision, worded: one sentence per reason, the codes in the same order.
        const recommendation = recommendOutcome(evaluation);
        expect(recommendation.reasons.map((r) => r.code)).toEqual(figures.reasons);
        expect(worded()).toBe(recommendation.reasons.length);
        if (recommendation.reasons.length > 0) withReasons += 1;
      }),
      { numRuns: runs(60) },
    );
    // The property saw reasons to word (else "words nothing" would prove nothing).
    expect(withReasons).toBeGreaterThan(0);
  });
});
