/**
 * The figures path takes the recommendation's decision without its words: no reason sentence, and
 * none of the goal phrases a sentence is made of, is built for figures. The message functions are
 * wrapped in counters (the module is the real one; only the counting is added).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as messages from '../../src/evaluate/messages.js';
import { evaluatePlan, evaluatePlanFigures, figuresOf, recommendOutcome } from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';

vi.mock('../../src/evaluate/messages.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/evaluate/messages.js')>();
  return {
    ...original,
    reasonMessage: vi.fn(original.reasonMessage),
    goalShortfall: vi.fn(original.goalShortfall),
    goalNotHeld: vi.fn(original.goalNotHeld),
    goalHeldRecently: vi.fn(original.goalHeldRecently),
    goalUnderFloor: vi.fn(original.goalUnderFloor),
  };
});

const WORDING = ['reasonMessage', 'goalShortfall', 'goalNotHeld', 'goalHeldRecently', 'goalUnderFloor'] as const;
const calls = (name: (typeof WORDING)[number]): number => vi.mocked(messages[name]).mock.calls.length;
const allCalls = (): Record<string, number> => Object.fromEntries(WORDING.map((name) => [name, calls(name)]));
const none = Object.fromEntries(WORDING.map((name) => [name, 0]));

describe('the figures path builds no reason sentence', () => {
  beforeEach(() => {
    for (const name of WORDING) vi.mocked(messages[name]).mockClear();
  });

  it('evaluatePlanFigures and figuresOf word nothing; recommendOutcome words each reason once', () => {
    let worded = 0;
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 10 }), ({ plan, feed, asOf }) => {
        for (const name of WORDING) vi.mocked(messages[name]).mockClear();
        const figures = evaluatePlanFigures(plan, feed, { asOf });
        const evaluation = evaluatePlan(plan, feed, { asOf });
        expect(figuresOf(evaluation)).toEqual(figures);
        expect(allCalls()).toEqual(none);
        // The same decision, worded: one sentence per reason, the codes in the same order.
        const recommendation = recommendOutcome(evaluation);
        expect(recommendation.reasons.map((r) => r.code)).toEqual(figures.reasons);
        expect(calls('reasonMessage')).toBe(recommendation.reasons.length);
        if (recommendation.reasons.length > 0) worded += 1;
      }),
      { numRuns: runs(60) },
    );
    // The property saw reasons to word (else "words nothing" would prove nothing).
    expect(worded).toBeGreaterThan(0);
  });
});
