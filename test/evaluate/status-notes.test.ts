/**
 * A goal's status note and the triad's sentence come from catalogs (issue 20): the note is
 * `GOAL_STATUS_MESSAGES[status]` of the goal's evaluation, the triad's `TRIAD_MESSAGES[code]`, so
 * a stored evaluation is worded again from its own data, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, GOAL_STATUS_MESSAGES, TRIAD_MESSAGES, type GoalEvaluation } from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';

describe('status notes and the triad, worded from stored data', () => {
  it('every goal note and triad sentence is its catalog entry of the evaluation read back from JSON', () => {
    const statuses = new Set<string>();
    const triads = new Set<string>();
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 10 }), ({ plan, feed, asOf }) => {
        const evaluation = evaluatePlan(plan, feed, { asOf });
        for (const goal of evaluation.goals) {
          const stored = JSON.parse(JSON.stringify(goal)) as GoalEvaluation;
          expect(GOAL_STATUS_MESSAGES[stored.status](stored)).toBe(goal.statusNote);
          statuses.add(goal.status);
        }
        const triad = JSON.parse(JSON.stringify(evaluation.triad)) as typeof evaluation.triad;
        expect(TRIAD_MESSAGES[triad.code]({})).toBe(evaluation.triad.message);
        triads.add(triad.code);
      }),
      { numRuns: runs(80) },
    );
    // the run saw more than one status and more than one triad combination
    expect(statuses.size).toBeGreaterThan(2);
    expect(triads.size).toBeGreaterThan(1);
  });
});
