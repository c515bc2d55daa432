/**
 * Single evaluatePlan calls share the memo of dates and period grids (by working days) and the
 * indexing buffers (src/evaluate/evaluate-plan.ts, SHARED_MEMOS and freeBuffers): nothing of one
 * call may show in another. The oracle is a fresh run (prepareEvaluation without sharing:
 * what every evaluatePlan call did before), compared as JSON text and deep frozenness.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateInRun, prepareEvaluation, type EvaluatePlanOptions } from '../../src/evaluate/evaluate-plan.js';
import { evaluatePlan, evaluatePlans, shiftDate, type Observation, type Plan } from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { runs } from '../support/runs.js';

/** Overrides that change what the shared memo holds (working days) or only the policy; some invalid. */
const POLICIES: readonly (EvaluatePlanOptions['policy'] | undefined)[] = [
  undefined,
  {},
  { workingDays: [1, 2, 3, 4, 5, 6] },
  { workingDays: [1, 2, 3, 4] },
  { workingDays: [7, 1, 2, 3, 4] },
  { seriesUnit: 'month' },
  { sustainShare: 3 },
  { windowsFollowPauses: false },
  { maxIssues: 1 },
  { sustainPeriods: { week: 2 }, coverageUnitByKind: { activity: 'day' } },
];

function fresh(plan: Plan, feed: readonly Observation[] | null, options: EvaluatePlanOptions): string {
  return JSON.stringify(evaluateInRun(plan, feed, prepareEvaluation(options)));
}

const callArbitrary = fc.record({
  evaluation: evaluationCaseArbitrary({ maxPerMetric: 10 }),
  policy: fc.nat(POLICIES.length - 1),
  holidayOffsets: fc.option(fc.uniqueArray(fc.integer({ min: -3, max: 120 }), { maxLength: 4 }), { nil: undefined }),
  withFeed: fc.boolean(),
  viaBatch: fc.boolean(),
});

describe('evaluatePlan one call at a time', () => {
  it('gives what a fresh evaluation gives, whatever calls (other policies, asOf, holidays, batches) came before', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(callArbitrary, { minLength: 2, maxLength: 5 }), (calls) => {
        for (const { evaluation, policy, holidayOffsets, withFeed, viaBatch } of calls) {
          const { plan, feed, asOf } = evaluation;
          // A new overrides object every call: the same content is shared, an equal object is not needed.
          const overrides = structuredClone(POLICIES[policy]);
          const holidays = holidayOffsets?.map((offset) => shiftDate(plan.startDate, offset));
          const options: EvaluatePlanOptions = { asOf, ...(overrides === undefined ? {} : { policy: overrides }), ...(holidays ? { holidays } : {}) };
          const single = evaluatePlan(plan, withFeed ? feed : null, options);
          expect(JSON.stringify(single)).toBe(fresh(plan, withFeed ? feed : null, options));
          expect(isDeepFrozen(single)).toBe(true);
          // A batch between single calls neither takes nor leaves anything in what they share.
          if (viaBatch) expect(JSON.stringify([...evaluatePlans([plan], { ...options, observationsFor: () => (withFeed ? feed : null) })][0])).toBe(JSON.stringify(single));
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('reads an overrides object anew when it changed between calls', () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary({ feed: false }), ({ plan, asOf }) => {
        const policy: { successScore?: number; workingDays?: (1 | 2 | 3 | 4 | 5 | 6 | 7)[] } = { successScore: 75 };
        expect(evaluatePlan(plan, null, { asOf, policy }).policy.successScore).toBe(75);
        policy.successScore = 90;
        policy.workingDays = [1, 2, 3];
        const after = evaluatePlan(plan, null, { asOf, policy });
        expect([after.policy.successScore, after.policy.workingDays]).toEqual([90, [1, 2, 3]]);
        expect(JSON.stringify(after)).toBe(fresh(plan, null, { asOf, policy }));
        // An invalid value is reported each time it is given, and no longer once it is fixed.
        policy.successScore = -1;
        expect(evaluatePlan(plan, null, { asOf, policy }).issues.map((issue) => issue.code)).toContain('policy_invalid');
        delete policy.successScore;
        expect(evaluatePlan(plan, null, { asOf, policy }).issues.map((issue) => issue.code)).not.toContain('policy_invalid');
      }),
      { numRuns: runs(20) },
    );
  });

  it('tells apart overrides whose JSON text is the same (NaN and null, -0 and 0, a hole and undefined)', () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary({ feed: false }), ({ plan, asOf }) => {
        const pairs: unknown[][] = [
          [{ successScore: Number.NaN }, { successScore: null }],
          [{ commitmentGraceDays: -0 }, { commitmentGraceDays: 0 }],
          // eslint-disable-next-line no-sparse-arrays
          [{ workingDays: [1, , 3] }, { workingDays: [1, undefined, 3] }, { workingDays: [1, 3] }],
          [{ seriesUnit: 'week' }, { seriesUnit: { toString: () => 'week' } }],
        ];
        for (const pair of pairs) {
          for (const policy of pair) {
            const options = { asOf, policy } as EvaluatePlanOptions;
            expect(JSON.stringify(evaluatePlan(plan, null, options))).toBe(fresh(plan, null, options));
          }
        }
      }),
      { numRuns: runs(10) },
    );
  });

  it('a feed whose iterator evaluates another plan while it is read (the buffers are lent out) gives fresh results to both', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 10 }), evaluationCaseArbitrary({ maxPerMetric: 10 }), (outer, inner) => {
        let innerJson = '';
        function* feed(): Generator<Observation> {
          for (const [i, observation] of outer.feed.entries()) {
            if (i === outer.feed.length >> 1) innerJson = JSON.stringify(evaluatePlan(inner.plan, inner.feed, { asOf: inner.asOf }));
            yield observation;
          }
        }
        const result = evaluatePlan(outer.plan, feed(), { asOf: outer.asOf });
        expect(JSON.stringify(result)).toBe(fresh(outer.plan, outer.feed, { asOf: outer.asOf }));
        if (outer.feed.length > 0) expect(innerJson).toBe(fresh(inner.plan, inner.feed, { asOf: inner.asOf }));
      }),
      { numRuns: runs(30) },
    );
  });
});
